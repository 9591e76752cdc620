import { DEFAULT_WEIGHTS, forbiddenReason, scorePair, suggestPairs } from '../../../src/domain/matching';
import type { Mentee, Mentor } from '../../../src/domain/people';
import { mentee, mentor, randomPeople, rng } from './fixtures';

/** Every feasible assignment (each mentee: nobody or an allowed mentor with room), best by (count, total). */
function bruteForce(mentees: Mentee[], mentors: Mentor[], scoreFirst: boolean): { matched: number; total: number } {
  const rules = { onlyTrained: false, banned: new Set<string>() };
  let best = { matched: -1, total: -1 };
  const load = new Map<string, number>();
  const visit = (i: number, matched: number, total: number): void => {
    if (i === mentees.length) {
      const better = scoreFirst
        ? total > best.total || (total === best.total && matched > best.matched)
        : matched > best.matched || (matched === best.matched && total > best.total);
      if (better) best = { matched, total };
      return;
    }
    visit(i + 1, matched, total);
    for (const m of mentors) {
      if (forbiddenReason(mentees[i], m, rules) || (load.get(m.id) ?? 0) >= m.capacity) continue;
      load.set(m.id, (load.get(m.id) ?? 0) + 1);
      visit(i + 1, matched + 1, total + scorePair(mentees[i], m, DEFAULT_WEIGHTS).score);
      load.set(m.id, (load.get(m.id) ?? 0) - 1);
    }
  };
  visit(0, 0, 0);
  return best;
}

describe('suggestPairs', () => {
  it('is optimal against brute force on 300 small random instances (count first, then score)', () => {
    const random = rng(20221001);
    for (let round = 0; round < 300; round++) {
      const { mentees, mentors } = randomPeople(random, 1 + Math.floor(random() * 5), 1 + Math.floor(random() * 4), 2);
      const result = suggestPairs({ mentees, mentors });
      const best = bruteForce(mentees, mentors, false);
      expect({ matched: result.matched, total: result.totalScore }).toEqual(best);
    }
  });

  it('is optimal against brute force when many mentees compete for few places', () => {
    const random = rng(1309);
    for (let round = 0; round < 150; round++) {
      const { mentees, mentors } = randomPeople(random, 6, 1 + Math.floor(random() * 3), 1);
      const result = suggestPairs({ mentees, mentors });
      expect({ matched: result.matched, total: result.totalScore }).toEqual(bruteForce(mentees, mentors, false));
    }
  });

  it('is optimal against brute force with the score first', () => {
    const random = rng(7);
    for (let round = 0; round < 200; round++) {
      const { mentees, mentors } = randomPeople(random, 1 + Math.floor(random() * 5), 1 + Math.floor(random() * 4), 2);
      const result = suggestPairs({ mentees, mentors, scoreFirst: true });
      expect(result.totalScore).toBe(bruteForce(mentees, mentors, true).total);
    }
  });

  it('matches more mentees rather than a higher score, unless told otherwise', () => {
    // M1 is the better mentor for both, but only E1 can take M2: count-first gives E2 M1 and E1 M2.
    const mentors = [mentor('M1', { competences: ['методика преподавания', 'работа с родителями'] }), mentor('M2', { subject: 'физика', competences: ['работа с родителями'], experience: 2, qualification: 'без категории' })];
    const mentees = [mentee('E1', { requests: ['методика преподавания', 'работа с родителями'] }), mentee('E2')];
    const result = suggestPairs({ mentees, mentors });
    expect(result.matched).toBe(2);
    expect(result.suggestions.map((s) => [s.menteeId, s.mentorId])).toEqual([
      ['E1', 'M2'],
      ['E2', 'M1'],
    ]);
  });

  it('never exceeds a capacity and spreads load when scores tie', () => {
    const mentors = [mentor('M1', { capacity: 2 }), mentor('M2', { capacity: 2 })];
    const mentees = ['E1', 'E2', 'E3'].map((id) => mentee(id));
    const result = suggestPairs({ mentees, mentors });
    const load = new Map<string, number>();
    for (const s of result.suggestions) load.set(s.mentorId!, (load.get(s.mentorId!) ?? 0) + 1);
    expect([...load.values()].sort()).toEqual([1, 2]);
    const single = suggestPairs({ mentees, mentors: [mentor('M1', { capacity: 2 })] });
    expect(single.matched).toBe(2);
    expect(single.suggestions.find((s) => s.mentorId === null)?.unmatchedReason).toBe('все подходящие наставники заняты: Наставник M1 (2 из 2)');
  });

  it('obeys every hard rule', () => {
    const rules = { onlyTrained: true, banned: new Set(['E1|M2']) };
    const e = mentee('E1');
    expect(forbiddenReason(e, mentor('E1'), rules)).toBe('это тот же человек');
    expect(forbiddenReason(e, mentor('M9', { email: 'E1@school.example' }), rules)).toBe('это тот же человек');
    expect(forbiddenReason(e, mentor('M1', { consent: false }), rules)).toBe('нет согласия наставника');
    expect(forbiddenReason(mentee('E1', { consent: false }), mentor('M1'), rules)).toBe('нет согласия наставляемого');
    expect(forbiddenReason(e, mentor('M2'), rules)).toBe('пара запрещена куратором');
    expect(forbiddenReason(e, mentor('M3', { trained: false }), rules)).toBe('обучение не пройдено');
    expect(forbiddenReason(e, mentor('M4', { competences: ['работа с родителями'] }), rules)).toBe('не закрывает ни одного запроса');
    expect(forbiddenReason(e, mentor('M5'), rules)).toBeNull();
  });

  it('keeps locked pairs, never suggests banned ones, skips mentees already in a pair', () => {
    const mentors = [mentor('M1', { capacity: 2 }), mentor('M2', { experience: 3 })];
    const mentees = [mentee('E1'), mentee('E2'), mentee('E3')];
    const result = suggestPairs({
      mentees,
      mentors,
      locked: [{ menteeId: 'E1', mentorId: 'M2' }],
      banned: [{ menteeId: 'E2', mentorId: 'M1' }],
      existing: [{ menteeId: 'E3', mentorId: 'M1' }],
    });
    expect(result.suggestions.map((s) => [s.menteeId, s.mentorId, s.locked])).toEqual([
      ['E1', 'M2', true],
      ['E2', null, false],
    ]);
    expect(result.suggestions[1].unmatchedReason).toContain('все подходящие наставники заняты');
    expect(result.suggestions[1].alternatives.map((a) => a.whyNot)).toEqual(['пара запрещена куратором', 'мест нет: 1 из 1']);
  });

  it('is deterministic whatever the input order', () => {
    const { mentees, mentors } = randomPeople(rng(3), 30, 15);
    const a = suggestPairs({ mentees, mentors });
    const b = suggestPairs({ mentees: [...mentees].reverse(), mentors: [...mentors].reverse() });
    expect(b).toEqual(a);
  });

  it('explains the choice and the alternatives in Russian', () => {
    const mentors = [
      mentor('M1', { competences: ['методика преподавания', 'работа с родителями', 'цифровые инструменты'], experience: 18, capacity: 1 }),
      mentor('M2', { subject: 'физика', experience: 6, qualification: 'первая' }),
      mentor('M3', { consent: false, experience: 30 }),
    ];
    const mentees = [mentee('E1', { requests: ['методика преподавания', 'работа с родителями', 'цифровые инструменты', 'подготовка к аттестации'] })];
    const [s] = suggestPairs({ mentees, mentors }).suggestions;
    expect(s.mentorId).toBe('M1');
    expect(s.reasons).toBe(
      'закрывает 3 из 4 запросов: методика преподавания, работа с родителями, цифровые инструменты; тот же предмет; стаж 18 лет; высшая категория; форма: педагог – педагог; время: после уроков; не закрыт запрос: подготовка к аттестации',
    );
    expect(s.alternatives.map((a) => [a.mentorId, a.whyNot])).toEqual([
      ['M3', 'нет согласия наставника'],
      ['M2', `ниже балл: ${s.alternatives[1].score} против ${s.score}`],
    ]);
  });

  it('gives the binding reason for a mentee left alone', () => {
    expect(suggestPairs({ mentees: [mentee('E1', { consent: false })], mentors: [mentor('M1')] }).suggestions[0].unmatchedReason).toBe(
      'нет согласия на обработку персональных данных',
    );
    expect(suggestPairs({ mentees: [mentee('E1')], mentors: [mentor('M1', { consent: false })] }).suggestions[0].unmatchedReason).toBe(
      'нет наставников с согласием на обработку персональных данных',
    );
    expect(
      suggestPairs({ mentees: [mentee('E1', { requests: ['обучающиеся с ОВЗ'] })], mentors: [mentor('M1')] }).suggestions[0].unmatchedReason,
    ).toBe('ни один наставник не закрывает запросы: обучающиеся с ОВЗ');
  });

  it('puts mentees waiting for support first and marks a mentor with several mentees in a group format as a group', () => {
    const mentors = [mentor('M1', { capacity: 3, forms: ['педагог – педагог', 'групповое'] })];
    const mentees = [mentee('E1'), mentee('E2', { status: 'поддержка, поиск наставника' })];
    const result = suggestPairs({ mentees, mentors });
    expect(result.suggestions.map((s) => s.menteeId)).toEqual(['E2', 'E1']);
    expect(result.suggestions.every((s) => s.groupId === 'M1')).toBe(true);
  });
});
