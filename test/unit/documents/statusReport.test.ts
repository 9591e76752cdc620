import type { StageReport } from '../../../src/domain/documents/inputs';
import { type Block, documentText } from '../../../src/domain/documents/model';
import { countStates, statusReport } from '../../../src/domain/documents/statusReport';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { coveringRange, parsePlannedPeriods, SEED_STAGES, stageState } from '../../../src/domain/roadmap';
import { plain, SEED_SETTINGS } from './seedSettings';

const SETTINGS: ProgrammeSettings = SEED_SETTINGS;

/** The seed's stages as of a day, stages 1 and 2 marked done, with the state the roadmap module computes. */
function seedReports(today: string, done: readonly string[] = ['1', '2']): StageReport[] {
  return SEED_STAGES.map((s) => ({
    number: s.number,
    title: s.title,
    plannedText: s.plannedText,
    state: stageState(coveringRange(parsePlannedPeriods(s.plannedText)), done.includes(s.number), today).state,
    evidence: s.number === '5' ? ['Наставляемых в банке (с согласием на обработку ПДн): 12'] : s.number === '8' ? ['Действующих пар и групп: 5', 'Персонализированных программ составлено: 4'] : [],
  }));
}

const tableOf = (blocks: readonly Block[]) => {
  const t = blocks.find((b) => b.kind === 'table');
  if (t?.kind !== 'table') throw new Error('no table');
  return t;
};

describe('statusReport', () => {
  const stages = seedReports('2022-10-20');
  const doc = statusReport(SETTINGS, stages, '2022-10-20');
  const text = plain(documentText(doc));

  it('is dated in running text and names the school', () => {
    expect(text).toContain('Отчёт о ходе реализации дорожной карты');
    expect(text).toContain('по внедрению программы наставничества в МБОУ СОШ № 13');
    expect(text).toContain('по состоянию на 20 октября 2022 г.');
    expect(text).not.toMatch(/undefined|null|NaN|TODO|\[/);
  });

  it('counts the stages by state, and the counts match the table', () => {
    const counts = countStates(stages);
    // 20.10.2022: 1–2 marked done; 3–5 (September) overdue; 6–8, 10 under way (to May 2023); 9 (May 2023) not started.
    expect(counts).toEqual({ выполнен: 2, идёт: 4, просрочен: 3, 'не начат': 1, 'нет срока': 0, other: 0 });
    expect(text).toContain('Всего этапов дорожной карты: 10. Из них выполнено — 2; в работе — 4; просрочено — 3; не начато — 1; без указанного срока — 0.');
    const states = tableOf(doc.blocks).rows.map((r) => r[3]);
    expect(states.filter((s) => s === 'просрочен')).toHaveLength(counts.просрочен);
    expect(states.filter((s) => s === 'идёт')).toHaveLength(counts.идёт);
  });

  it('has a row per stage with its planned date, state and evidence one per line', () => {
    const t = tableOf(doc.blocks);
    expect(t.header).toEqual(['№', 'Этап', 'Планируемая дата', 'Состояние', 'Подтверждение']);
    expect(t.rows).toHaveLength(10);
    expect(t.rows[5]).toEqual(['6', 'Формирование банка наставников', 'Август-сентябрь 2022 г.\nВ течение 2022-2023 учебного года', 'идёт', '—']);
    expect(t.rows[7][4].split('\n')).toEqual(['Действующих пар и групп: 5', 'Персонализированных программ составлено: 4']);
  });

  it('lists the overdue stages as needing attention', () => {
    const heading = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Требуют внимания');
    const list = doc.blocks[heading + 1];
    if (list.kind !== 'list') throw new Error('no list of overdue stages');
    expect(list.items.map((i) => documentText({ fileName: '', blocks: [{ kind: 'list', ordered: false, items: [i] }] }))).toEqual([
      'Этап 3 «Информирование родительского сообщества» (планируемая дата: Сентябрь 2022 г.);',
      'Этап 4 «Информирование обучающихся» (планируемая дата: Сентябрь 2022 г.);',
      'Этап 5 «Формирование банка наставляемых» (планируемая дата: Сентябрь 2022 г.).',
    ]);
    expect(text).not.toContain('Просроченных этапов нет.');
  });

  it('says so when nothing is overdue, and points to unreadable dates', () => {
    const early = seedReports('2022-08-10');
    const withUndated = [...early, { number: '11', title: 'Дополнительный этап', plannedText: 'по мере необходимости', state: 'нет срока', evidence: [] }];
    const t = plain(documentText(statusReport(SETTINGS, withUndated, '2022-08-10')));
    expect(t).toContain('Просроченных этапов нет.');
    expect(t).toContain('по состоянию на 10 августа 2022 г.');
    expect(t).toContain('без указанного срока — 1');
    expect(t).toContain('Срок не указан в виде даты или месяца (этап 11)');
  });

  it('is signed by the coordinator, initials first', () => {
    expect(doc.blocks[doc.blocks.length - 1]).toEqual({ kind: 'signatures', lines: [{ role: 'Куратор программы наставничества', name: 'Е.\u00a0А.\u00a0Соколова' }] });
  });

  it('refuses an empty roadmap, in Russian', () => {
    expect(() => statusReport(SETTINGS, [], '2022-10-20')).toThrow('нет ни одного этапа');
  });
});
