import { stageState } from '../../../src/domain/roadmap';

const august = { start: '2022-08-01', end: '2022-08-31' };

describe('stageState', () => {
  it.each([
    ['2022-07-31', 'не начат'],
    ['2022-08-01', 'идёт'],
    ['2022-08-31', 'идёт'],
    ['2022-09-01', 'просрочен'],
  ])('on %s the stage is %s', (today, state) => {
    expect(stageState(august, false, today).state).toBe(state);
  });

  it('is done when the coordinator marked it, whatever the dates', () => {
    expect(stageState(august, true, '2026-11-25').state).toBe('выполнен');
    expect(stageState(null, true, '2026-11-25').state).toBe('выполнен');
  });

  it('has no term when the date could not be read, and says why', () => {
    const state = stageState(null, false, '2022-08-10');
    expect(state.state).toBe('нет срока');
    expect(state.reason).toContain('не удалось прочитать');
  });

  it('explains the term in Russian dates', () => {
    expect(stageState(august, false, '2026-11-25').reason).toBe('срок 01.08.2022–31.08.2022, сегодня 25.11.2026');
  });
});
