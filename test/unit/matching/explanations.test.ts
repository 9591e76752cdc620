/**
 * Every explanation is true: each «ниже балл: X против Y» and each tie checked against the scores the
 * solver used, «занята/занят» against the places, «стаж» only when the mentor has more, gendered words by
 * the patronymic, the uncovered request named, the change column against the previous suggestion.
 */
import { genderOf, shownScore, suggestPairs, type Weights } from '../../../src/domain/matching';
import { mentee, mentor, randomPeople, rng } from './fixtures';

const FEMALE = ['Петрова Анна Ивановна', 'Ильина Галина Никитична', 'Алиева Лейла Рашид кызы'];
const MALE = ['Орлов Павел Андреевич', 'Кузьмин Илья Ильич', 'Мамедов Рашид Гасан оглы'];

describe('explanations', () => {
  it('every «ниже балл», tie and «занята/занят» claim holds for the numbers the solver used', () => {
    const random = rng(31);
    let lower = 0;
    let ties = 0;
    let busy = 0;
    for (let round = 0; round < 300; round++) {
      const people = randomPeople(random, 2 + Math.floor(random() * 12), 1 + Math.floor(random() * 6), 2);
      const names = [...FEMALE, ...MALE, 'Наставник Без Отчества'];
      people.mentors = people.mentors.map((m, k) => ({ ...m, fullName: names[k % names.length] }));
      const weights: Partial<Weights> = random() < 0.5 ? {} : { subject: 0, experience: Math.floor(random() * 30), time: 0 };
      const result = suggestPairs({ ...people, weights, scoreFirst: random() < 0.3 });
      const load = new Map<string, number>();
      for (const s of result.suggestions) if (s.mentorId) load.set(s.mentorId, (load.get(s.mentorId) ?? 0) + 1);
      for (const s of result.suggestions) {
        if (s.mentorId) expect(s.score).toBe(shownScore(s.points));
        for (const a of s.alternatives) {
          const claim = /^ниже балл: (\d+) против (\d+)$/.exec(a.whyNot);
          if (claim) {
            lower++;
            expect(Number(claim[1])).toBe(a.score);
            expect(Number(claim[2])).toBe(s.score);
            expect(a.score).toBeLessThan(s.score);
          }
          const tie = /^равный балл \((\d+)\)/.exec(a.whyNot);
          if (tie) {
            ties++;
            expect(Number(tie[1])).toBe(a.score);
            expect(a.score).toBe(s.score);
          }
          const full = /(занята|занят|мест нет): (\d+) из (\d+)/.exec(a.whyNot);
          if (full) {
            busy++;
            const m = people.mentors.find((x) => x.id === a.mentorId)!;
            expect(Number(full[2])).toBe(load.get(m.id) ?? 0);
            expect(Number(full[3])).toBe(m.capacity);
            expect(Number(full[2])).toBeGreaterThanOrEqual(m.capacity);
            const g = genderOf(m.fullName);
            expect(full[1]).toBe(g === 'f' ? 'занята' : g === 'm' ? 'занят' : 'мест нет');
          }
          expect(a.whyNot).not.toBe('не выбран');
        }
        if (s.mentorId === null && s.unmatchedReason?.startsWith('все подходящие наставники заняты')) {
          for (const [, taken, cap] of s.unmatchedReason.matchAll(/\((\d+) из (\d+)\)/g)) expect(Number(taken)).toBeGreaterThanOrEqual(Number(cap));
        }
      }
    }
    // The cohorts are varied enough that every kind of claim was checked.
    expect(lower).toBeGreaterThan(50);
    expect(ties).toBeGreaterThan(5);
    expect(busy).toBeGreaterThan(20);
  });

  it('names a tie as a tie and what decided it', () => {
    const mentors = [mentor('M1', { capacity: 2 }), mentor('M2', { capacity: 2 })];
    const result = suggestPairs({ mentees: [mentee('E1'), mentee('E2'), mentee('E3')], mentors });
    const texts = result.suggestions.flatMap((s) => s.alternatives.map((a) => a.whyNot));
    expect(texts.some((t) => /^равный балл \(\d+\); выбран наставник с меньшей нагрузкой: \d+ против \d+$/.test(t) || /^равный балл \(\d+\) и равная нагрузка — равноценный вариант$/.test(t))).toBe(true);
  });

  it('names experience only when the mentor has more, and the uncovered request', () => {
    const junior = suggestPairs({ mentees: [mentee('E1', { experience: 20, requests: ['методика преподавания', 'обучающиеся с ОВЗ'] })], mentors: [mentor('M1', { experience: 15 })] });
    expect(junior.suggestions[0].reasons).not.toContain('стаж');
    expect(junior.suggestions[0].reasons).toContain('не закрыт запрос: обучающиеся с ОВЗ');
    const senior = suggestPairs({ mentees: [mentee('E1', { experience: 2 })], mentors: [mentor('M1', { experience: 15 })] });
    expect(senior.suggestions[0].reasons).toContain('стаж 15 лет');
  });

  it('agrees words with the person, neutral when the patronymic does not say', () => {
    for (const name of FEMALE) expect(genderOf(name)).toBe('f');
    for (const name of MALE) expect(genderOf(name)).toBe('m');
    expect(genderOf('Ким Саша')).toBeNull();
    const result = suggestPairs({
      mentees: [mentee('E1'), mentee('E2')],
      mentors: [mentor('M1', { fullName: 'Петрова Анна Ивановна', experience: 30 }), mentor('M2', { fullName: 'Орлов Павел Андреевич', experience: 29, trained: false })],
      onlyTrained: true,
    });
    const whyNot = result.suggestions.flatMap((s) => s.alternatives.map((a) => a.whyNot));
    expect(whyNot).toContain('обучение не пройдено');
    expect(whyNot).toContain('занята: 1 из 1');
  });

  it('says which suggestions changed and why against the previous «Подбор»', () => {
    const mentors = [mentor('M1', { fullName: 'Петрова Анна Ивановна', subject: 'физика' }), mentor('M2', { fullName: 'Орлов Павел Андреевич', experience: 5, qualification: 'первая' })];
    const mentees = [mentee('E1')];
    const first = suggestPairs({ mentees, mentors, weights: { subject: 0 } });
    expect(first.suggestions[0].mentorId).toBe('M1');
    const previous = first.suggestions.map((s) => ({ menteeId: s.menteeId, mentorId: s.mentorId, score: s.score }));
    const second = suggestPairs({ mentees, mentors, previous });
    const s = second.suggestions[0];
    expect(s.mentorId).toBe('M2');
    const old = s.alternatives.find((a) => a.mentorId === 'M1')!;
    expect(s.change).toBe(`было: Петрова Анна Ивановна (M1), балл ${first.suggestions[0].score}; ниже балл: ${old.score} против ${s.score}`);
    expect(suggestPairs({ mentees, mentors, previous: second.suggestions.map((x) => ({ menteeId: x.menteeId, mentorId: x.mentorId, score: x.score })) }).suggestions[0].change).toBeNull();
  });
});
