/** Events planned from the roadmap: the stage by its content's words, a working day inside its first period. */

import { nextEventIds, proposeEvents, workingDayWithin } from '../../../src/domain/events/plan';
import { defaultRoadmap } from '../../../src/domain/roadmap';

const seed = defaultRoadmap('МБОУ СОШ № 13', 2022).map((s) => ({ number: s.number, content: s.content, plannedText: s.plannedText }));

describe('proposeEvents', () => {
  it('ties each event to the stage that names it, dated inside the stage', () => {
    const plan = proposeEvents(seed);
    expect(plan.notes).toEqual([]);
    expect(plan.events.map((e) => `${e.stage} ${e.kind} ${e.date}`)).toEqual([
      '2 педагогический совет 2022-08-30',
      '3 родительское собрание 2022-09-15',
      '4 ученический совет 2022-09-21',
      '7 установочная сессия наставников 2022-09-21',
      '7 установочная сессия наставников 2022-10-06',
      '7 установочная сессия наставников 2022-10-24',
      '9 конференция или семинар 2023-05-15',
      '9 круглый стол 2023-05-26',
    ]);
  });

  it('follows a renumbered roadmap and skips what was proposed before', () => {
    const renumbered = seed.map((s) => (s.number === '2' ? { ...s, number: '2а' } : s));
    const plan = proposeEvents(renumbered, new Set(['3:родители']));
    expect(plan.events[0].stage).toBe('2а');
    expect(plan.events.some((e) => e.plan === '3:родители')).toBe(false);
  });

  it('says what it cannot place, never guesses', () => {
    const noDates = seed.map((s) => (s.number === '4' ? { ...s, plannedText: 'по мере необходимости' } : s));
    const plan = proposeEvents(noDates.filter((s) => s.number !== '3'));
    expect(plan.notes).toEqual([
      '«Родительские собрания: информирование о программе наставничества»: в «Дорожной карте» нет этапа, где оно названо, — добавьте мероприятие сами.',
      '«Заседание Ученического совета: о программе наставничества»: срок этапа 4 не прочитан — укажите дату сами.',
    ]);
  });
});

describe('dates and ids', () => {
  it('moves a weekend back to Friday, forward when Friday is outside', () => {
    expect(workingDayWithin('2022-09-04', '2022-09-01', '2022-09-30')).toBe('2022-09-02');
    expect(workingDayWithin('2022-10-01', '2022-10-01', '2022-10-31')).toBe('2022-10-03');
    expect(workingDayWithin('2023-06-10', '2023-05-01', '2023-05-31')).toBe('2023-05-31');
  });
  it('numbers after the largest id', () => {
    expect(nextEventIds(['М-002', 'моё', 'М-010'], 2)).toEqual(['М-011', 'М-012']);
  });
});
