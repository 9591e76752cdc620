/**
 * The matching's contract against brute force: count first or score first (score-0 pairs allowed, the
 * load rule never outranking a match, all weights zero = a maximum matching), locks, duplicate IDs, the
 * bound (max-flow) equal to the solver's count, and the sparse solver equal to today's dense one.
 */
import { DEFAULT_WEIGHTS, forbiddenReason, scorePair, suggestPairs, type Weights } from '../../../src/domain/matching';
import { criteriaValues, fitPoints, WEIGHT_KEYS } from '../../../src/domain/matching/criteria';
import { pairScorer } from '../../../src/domain/matching/fastScore';
import { prepareMentee, prepareMentor } from '../../../src/domain/matching/prepared';
import { forbiddenPrepared } from '../../../src/domain/matching/rules';
import { solveSparse } from '../../../src/domain/matching/sparseAssignment';
import type { Mentee, Mentor } from '../../../src/domain/people';
import { mentee, mentor, randomPeople, rng } from './fixtures';
import { referenceSuggest } from './reference';

const NO_RULES = { onlyTrained: false, banned: new Set<string>() };
const ZERO: Weights = { requests: 0, subject: 0, experience: 0, qualification: 0, form: 0, time: 0 };

interface Best {
  matched: number;
  points: number;
}

/** Every feasible assignment of the free mentees (locked ones fixed), best by the mode's order. */
function bruteForce(mentees: Mentee[], mentors: Mentor[], scoreFirst: boolean, weights: Weights = DEFAULT_WEIGHTS, locked: Map<string, string> = new Map()): Best {
  let best: Best = { matched: -1, points: -1 };
  const load = new Map<string, number>();
  for (const id of locked.values()) load.set(id, (load.get(id) ?? 0) + 1);
  const visit = (i: number, matched: number, points: number): void => {
    if (i === mentees.length) {
      const better = scoreFirst ? points > best.points || (points === best.points && matched > best.matched) : matched > best.matched || (matched === best.matched && points > best.points);
      if (better) best = { matched, points };
      return;
    }
    const lock = locked.get(mentees[i].id);
    if (lock !== undefined) {
      const m = mentors.find((x) => x.id === lock)!;
      visit(i + 1, matched + 1, points + scorePair(mentees[i], m, weights).points);
      return;
    }
    visit(i + 1, matched, points);
    for (const m of mentors) {
      if (forbiddenReason(mentees[i], m, NO_RULES) || (load.get(m.id) ?? 0) >= m.capacity) continue;
      load.set(m.id, (load.get(m.id) ?? 0) + 1);
      visit(i + 1, matched + 1, points + scorePair(mentees[i], m, weights).points);
      load.set(m.id, (load.get(m.id) ?? 0) - 1);
    }
  };
  visit(0, 0, 0);
  return best;
}

const randomWeights = (random: () => number): Weights => {
  const w = { ...ZERO };
  for (const k of WEIGHT_KEYS) w[k] = random() < 0.3 ? 0 : Math.floor(random() * 60);
  return w;
};

describe('the contract of «Подобрать пары»', () => {
  it('score first: the highest total points, then as many pairs as possible among equal totals (brute force, random weights)', () => {
    const random = rng(14);
    for (let round = 0; round < 250; round++) {
      const { mentees, mentors } = randomPeople(random, 1 + Math.floor(random() * 5), 1 + Math.floor(random() * 4), 2);
      const weights = randomWeights(random);
      const result = suggestPairs({ mentees, mentors, weights, scoreFirst: true });
      expect({ matched: result.matched, points: result.points }).toEqual(bruteForce(mentees, mentors, true, weights));
    }
  });

  it('count first with random weights, zero weights included (brute force)', () => {
    const random = rng(141);
    for (let round = 0; round < 250; round++) {
      const { mentees, mentors } = randomPeople(random, 1 + Math.floor(random() * 5), 1 + Math.floor(random() * 4), 2);
      const weights = randomWeights(random);
      const result = suggestPairs({ mentees, mentors, weights });
      expect({ matched: result.matched, points: result.points }).toEqual(bruteForce(mentees, mentors, false, weights));
    }
  });

  it('with all weights zero is a maximum matching in both modes, score-0 pairs allowed, and the reason is true', () => {
    const random = rng(0);
    for (let round = 0; round < 120; round++) {
      const { mentees, mentors } = randomPeople(random, 1 + Math.floor(random() * 6), 1 + Math.floor(random() * 4), 2);
      const best = bruteForce(mentees, mentors, false, ZERO);
      for (const scoreFirst of [false, true]) {
        const result = suggestPairs({ mentees, mentors, weights: ZERO, scoreFirst });
        expect(result.matched).toBe(best.matched);
        expect(result.certificate.bound).toBe(best.matched);
        for (const s of result.suggestions) if (s.mentorId === null) expect(s.unmatchedReason).not.toContain('не подобран');
      }
    }
    const simple = suggestPairs({ mentees: [mentee('E1'), mentee('E2')], mentors: [mentor('M1', { capacity: 2 })], weights: ZERO, scoreFirst: true });
    expect(simple.matched).toBe(2);
    expect(simple.suggestions.every((s) => s.score === 0)).toBe(true);
  });

  it('never lets the load-spreading rule outrank a match: score first still matches as many among equal totals', () => {
    // M1 has two places; with the score first and all fits equal, both mentees still get M1.
    const result = suggestPairs({ mentees: [mentee('E1'), mentee('E2')], mentors: [mentor('M1', { capacity: 2 })], scoreFirst: true });
    expect(result.matched).toBe(2);
  });

  it('locks: a place only for a mentee still in the bank and without a pair, once per mentee (brute force with locks)', () => {
    const random = rng(77);
    for (let round = 0; round < 150; round++) {
      const { mentees, mentors } = randomPeople(random, 2 + Math.floor(random() * 4), 1 + Math.floor(random() * 3), 2);
      const lockable = mentees.flatMap((e) => mentors.filter((m) => !forbiddenReason(e, m, NO_RULES)).map((m) => ({ menteeId: e.id, mentorId: m.id })));
      const lock = lockable.length > 0 ? lockable[Math.floor(random() * lockable.length)] : null;
      const locked = lock ? [lock, lock, { menteeId: 'GONE', mentorId: lock.mentorId }] : [{ menteeId: 'GONE', mentorId: mentors[0].id }];
      const result = suggestPairs({ mentees, mentors, locked });
      const fixed = new Map(lock ? [[lock.menteeId, lock.mentorId]] : []);
      const lockedMentor = lock ? mentors.find((m) => m.id === lock.mentorId)! : null;
      if (lockedMentor && lockedMentor.capacity < 1) continue;
      expect({ matched: result.matched, points: result.points + (lock ? scorePair(mentees.find((e) => e.id === lock.menteeId)!, lockedMentor!, DEFAULT_WEIGHTS).points : 0) }).toEqual(
        bruteForce(mentees, mentors, false, DEFAULT_WEIGHTS, fixed),
      );
      if (lock) expect(result.suggestions.find((s) => s.menteeId === lock.menteeId)).toMatchObject({ mentorId: lock.mentorId, locked: true });
      expect(result.certificate.bound).toBe(result.matched);
    }
  });

  it('an approved row says it was approved; two different approvals for one mentee are a problem, not a row-order result', () => {
    const mentors = [mentor('M1', { experience: 3 }), mentor('M2')];
    const result = suggestPairs({ mentees: [mentee('E1')], mentors, locked: [{ menteeId: 'E1', mentorId: 'M1' }] });
    expect(result.suggestions[0].reasons.startsWith('утверждено куратором')).toBe(true);
    expect(result.suggestions[0].alternatives[0].whyNot).toBe('строка утверждена куратором с другим наставником');
    const a = suggestPairs({ mentees: [mentee('E1')], mentors, locked: [{ menteeId: 'E1', mentorId: 'M1' }, { menteeId: 'E1', mentorId: 'M2' }] });
    const b = suggestPairs({ mentees: [mentee('E1')], mentors, locked: [{ menteeId: 'E1', mentorId: 'M2' }, { menteeId: 'E1', mentorId: 'M1' }] });
    expect(a).toEqual(b);
    expect(a.problems[0]).toContain('утверждены разные наставники');
    expect(a.suggestions[0].locked).toBe(false);
  });

  it('duplicate IDs in a bank are a problem in Russian and never depend on row order', () => {
    const mentees = [mentee('E1', { fullName: 'Иванова Анна Петровна' }), mentee('E1', { fullName: 'Петров Иван Ильич', subject: 'физика' }), mentee('E2')];
    const mentors = [mentor('M1'), mentor('M1', { fullName: 'Другой Наставник' }), mentor('M2')];
    const a = suggestPairs({ mentees, mentors });
    const b = suggestPairs({ mentees: [...mentees].reverse(), mentors: [...mentors].reverse() });
    expect(b).toEqual(a);
    expect(a.problems).toEqual([
      'В банке «Наставники» ID M1 повторяется (Другой Наставник, Наставник M1): эти строки не участвуют в подборе, пока ID не исправлен.',
      'В банке «Наставляемые» ID E1 повторяется (Иванова Анна Петровна, Петров Иван Ильич): эти строки не участвуют в подборе, пока ID не исправлен.',
    ]);
    expect(a.suggestions.map((s) => [s.menteeId, s.mentorId])).toEqual([['E2', 'M2']]);
  });

  it('the bound (a max-flow on allowed pairs and places) equals the solver\'s count when the score does not come first', () => {
    const random = rng(2024);
    for (let round = 0; round < 200; round++) {
      const { mentees, mentors } = randomPeople(random, 1 + Math.floor(random() * 40), 1 + Math.floor(random() * 15), 3);
      const result = suggestPairs({ mentees, mentors, weights: randomWeights(random) });
      expect(result.certificate.bound).toBe(result.matched);
      const scoreFirst = suggestPairs({ mentees, mentors, scoreFirst: true });
      expect(scoreFirst.certificate.bound).toBe(result.matched);
      expect(scoreFirst.matched).toBeLessThanOrEqual(result.matched);
    }
  });

  it('names the binding reason per group: an uncovered request, or the only mentors, full', () => {
    const mentors = [mentor('M1', { fullName: 'Петрова Анна Ивановна', capacity: 1 }), mentor('M2', { fullName: 'Орлов Павел Андреевич', capacity: 1, competences: ['работа с родителями'] })];
    const mentees = [mentee('E1'), mentee('E2'), mentee('E3', { requests: ['обучающиеся с ОВЗ'] }), mentee('E4', { requests: ['работа с родителями'] })];
    const result = suggestPairs({ mentees, mentors });
    expect(result.certificate.bound).toBe(2);
    expect(result.certificate.lines[0]).toBe('Наибольшее возможное число пар при этих правилах: 2 из 4; подобрано: 2.');
    const text = result.certificate.lines.join('\n');
    expect(text).toContain('ни один наставник не закрывает запросы: обучающиеся с ОВЗ; без пары: Наставляемый E3');
    expect(text).toContain('для 2 наставляемых подходят только Петрова Анна Ивановна (1 из 1) — свободных мест у них было 1, без пары остаются 1');
  });

  it('the sparse solver reaches today\'s dense optimum (count, points, load penalty), also when pricing must widen the candidate lists', () => {
    const random = rng(99);
    for (let round = 0; round < 40; round++) {
      const people = randomPeople(random, 20 + Math.floor(random() * 60), 5 + Math.floor(random() * 30), 1 + Math.floor(random() * 4));
      const result = suggestPairs(people);
      const reference = referenceSuggest(people);
      expect({ matched: result.matched, points: result.points, penalty: result.penalty }).toEqual({ matched: reference.matched, points: reference.points, penalty: reference.penalty });
    }
    // One candidate per row at first: the optimum is reached only through pricing rounds.
    const rowStart = Int32Array.from([0, 2, 4, 6]);
    const column = Int32Array.from([0, 1, 0, 1, 0, 1]);
    const points = Uint16Array.from([9, 8, 9, 1, 9, 1]);
    const problem = { rows: 3, columns: 2, rowStart, column, points, matchValue: 1000, pointValue: 1, places: Int32Array.from([1, 1]), firstPenalty: new Int32Array(2) };
    const wide = solveSparse(problem, 10);
    const narrow = solveSparse(problem, 1);
    const total = (a: Int32Array) => [...a].reduce((sum, j, r) => sum + (j < 0 ? 0 : 1000 + points[rowStart[r] + (column[rowStart[r]] === j ? 0 : 1)]), 0);
    expect(total(narrow)).toBe(total(wide));
    expect(total(wide)).toBe(1000 * 2 + 9 + 8);
  });

  it('the interned scorer gives the same points and the same verdict as the criteria and the rules', () => {
    const random = rng(5);
    const { mentees, mentors } = randomPeople(random, 40, 25);
    const pm = mentees.map(prepareMentee);
    const pt = mentors.map(prepareMentor);
    const rules = { onlyTrained: true, banned: new Set([`${mentees[0].id}|${mentors[0].id}`]) };
    const weights = randomWeights(random);
    const scorer = pairScorer(pm, pt, weights, rules);
    const values = new Float64Array(WEIGHT_KEYS.length);
    pm.forEach((e, i) => {
      pt.forEach((m, t) => {
        criteriaValues(e, m, values);
        expect(scorer.points(i, t)).toBe(fitPoints(values, weights));
        expect(scorer.allowed(i, t)).toBe(forbiddenPrepared(e, m, rules) === null);
      });
    });
  });
});
