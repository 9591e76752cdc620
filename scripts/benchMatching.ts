/**
 * Matching in Node: a school (150 × 80), a district (2,000 × 1,000) and a large district (5,000 × 2,500).
 * The sparse solver against today's dense one (test/unit/matching/reference.ts) in the same run, the optimum
 * (count, total points, load penalty) checked equal, and the greedy baseline for scale.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_WEIGHTS, forbiddenReason, scorePair, suggestPairs } from '../src/domain/matching';
import type { Mentee, Mentor } from '../src/domain/people';
import { randomPeople, rng } from '../test/unit/matching/fixtures';
import { referenceSuggest } from '../test/unit/matching/reference';

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

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

export function benchMatching(): string[] {
  const lines = [
    'Matching (suggestPairs, Node): the sparse solver against today\'s dense one, measured in the same run; the optimum is (matched, Σ fit points, Σ load penalty) and must be equal:',
    '',
    '| cohort | mentees × mentors | sparse: runs, min–max | dense (today): runs, min–max | ratio (dense min / sparse min) | optimum equal | matched | total score | bound | greedy: matched | greedy: total score |',
    '| --- | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const sizes = [
    ['school', 150, 80, 7, 5],
    ['district', 2000, 1000, 7, 3],
    ['large district', 5000, 2500, 3, 1],
  ] as const;
  for (const [name, mentees, mentors, sparseRuns, denseRuns] of sizes) {
    const people = randomPeople(rng(2022), mentees, mentors);
    const sparse: number[] = [];
    let result = suggestPairs(people);
    for (let r = 0; r < sparseRuns; r++) {
      const t = timed(() => suggestPairs(people));
      sparse.push(t.ms);
      result = t.value;
    }
    const dense: number[] = [];
    let reference = referenceSuggest(people);
    for (let r = 0; r < denseRuns; r++) {
      const t = timed(() => referenceSuggest(people));
      dense.push(t.ms);
      reference = t.value;
    }
    const equal = result.matched === reference.matched && result.points === reference.points && result.penalty === reference.penalty;
    if (!equal) {
      throw new Error(`${name}: optimum differs — sparse ${result.matched}/${result.points}/${result.penalty}, dense ${reference.matched}/${reference.points}/${reference.penalty}`);
    }
    const g = greedy(people.mentees, people.mentors);
    const span = (xs: number[]): string => `${xs.length}, ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
    lines.push(
      `| ${name} | ${mentees} × ${mentors} | ${span(sparse)} | ${span(dense)} | ${(Math.min(...dense) / Math.min(...sparse)).toFixed(1)}× | ${equal ? 'yes' : 'NO'} (${reference.matched} / ${reference.points} / ${reference.penalty}) | ${result.matched} | ${result.totalScore} | ${result.certificate.bound} | ${g.matched} | ${g.total} |`,
    );
  }
  return lines;
}

if (require.main === module) console.log(benchMatching().join('\n'));
