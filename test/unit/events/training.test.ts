/** The training rule: parsed from «Настройки» with a Russian message; a tick of the coordinator's own is kept. */
import { nextTrainingMark, parseTrainingRule, trainingOf } from '../../../src/domain/events/training';

const sessions = [{ id: 'М-1', hours: 2 }, { id: 'М-2', hours: 2 }, { id: 'М-3', hours: 1.5 }];

describe('training rule', () => {
  it('reads the wordings', () => {
    expect(parseTrainingRule('Все установочные сессии')).toEqual({ ok: true, rule: { kind: 'all' } });
    expect(parseTrainingRule('не менее 4,5 часов')).toEqual({ ok: true, rule: { kind: 'hours', hours: 4.5 } });
    expect(parseTrainingRule('6 ч')).toEqual({ ok: true, rule: { kind: 'hours', hours: 6 } });
    const bad = parseTrainingRule('иногда');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('не распознано: «иногда»');
  });

  it('counts sessions and hours', () => {
    expect(trainingOf({ kind: 'all' }, sessions, new Set(['М-1', 'М-2'])).done).toBe(false);
    expect(trainingOf({ kind: 'hours', hours: 4 }, sessions, new Set(['М-1', 'М-2']))).toEqual({
      attended: 2,
      hours: 4,
      done: true,
      basis: 'по посещению: 2 из 3 установочных сессий, 4 ч',
    });
    expect(trainingOf({ kind: 'all' }, [], new Set()).done).toBe(false);
  });

  it('keeps the coordinator’s tick and basis; follows its own', () => {
    const done = trainingOf({ kind: 'all' }, sessions, new Set(['М-1', 'М-2', 'М-3']));
    const none = trainingOf({ kind: 'all' }, sessions, new Set());
    expect(nextTrainingMark({ trained: true, basis: 'КПК 72 ч, удостоверение № 123' }, none)).toBeNull();
    expect(nextTrainingMark({ trained: true, basis: '' }, none)).toBeNull();
    expect(nextTrainingMark({ trained: false, basis: '' }, done)).toEqual({ trained: true, basis: done.basis });
    expect(nextTrainingMark({ trained: true, basis: done.basis }, none)).toEqual({ trained: false, basis: '' });
    expect(nextTrainingMark({ trained: true, basis: done.basis }, done)).toBeNull();
  });
});
