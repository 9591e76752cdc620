/**
 * Matching in Node: a school (150 mentees × 80 mentors) and a district (2,000 × 1,000), with the total
 * score of the optimal assignment against a greedy one (mentees in id order take their best free mentor).
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_WEIGHTS, forbiddenReason, scorePair, suggestPairs } from '../src/domain/matching';
import type { Mentee, Mentor } from '../src/domain/people';
import { randomPeople, rng } from '../test/unit/matching/fixtures';

function greedy(mentees: readonly Mentee[], mentors: readonly Mentor[]): { matched: number; total: number } {
  const load = new Map<string, number>();
  const rules = { onlyTrained: false, banned: new Set<string>() };
  let matched = 0;
  let total = 0;
  for (const mentee of [...mentees].sort((a, b) => a.id.localeCompare(b.id))) {
    let best: { mentor: Mentor; score: number } | null = null;
    for (const mentor of mentors) {
      if ((load.get(mentor.id) ?? 0) >= mentor.capacity || forbiddenReason(mentee, mentor, rules)) continue;
      const score = scorePair(mentee, mentor, DEFAULT_WEIGHTS).score;
      if (!best || score > best.score) best = { mentor, score };
    }
    if (best) {
      load.set(best.mentor.id, (load.get(best.mentor.id) ?? 0) + 1);
      matched++;
      total += best.score;
    }
  }
  return { matched, total };
}

export function benchMatching(): string[] {
  const lines = ['Matching (suggestPairs, Node), optimal vs greedy on the same input:', ''];
  lines.push('| cohort | mentees × mentors | time, ms | matched | total score | greedy: matched | greedy: total score |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, mentees, mentors] of [
    ['school', 150, 80],
    ['district', 2000, 1000],
  ] as const) {
    const people = randomPeople(rng(2022), mentees, mentors);
    const runs = name === 'school' ? 5 : 1;
    let best = Number.POSITIVE_INFINITY;
    let result = suggestPairs(people);
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      result = suggestPairs(people);
      best = Math.min(best, performance.now() - start);
    }
    const g = greedy(people.mentees, people.mentors);
    lines.push(`| ${name} | ${mentees} × ${mentors} | ${best.toFixed(0)} | ${result.matched} | ${result.totalScore} | ${g.matched} | ${g.total} |`);
  }
  return lines;
}
