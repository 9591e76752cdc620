/**
 * «Отчёт о ходе реализации дорожной карты» as of a day: how many stages are done, under way, overdue, not started or
 * without a readable term; each stage with its state and evidence; the overdue ones to attend to, and the ones
 * done only by the coordinator's tick, with what does not confirm them — as the roadmap sheet shows the tick.
 */
import { formatLongRussianDate, type IsoDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import { STAGE_STATES, type StageStateName } from '../roadmap/status';
import type { StageReport } from './inputs';
import { bulleted, type DocumentModel, h1, h2, p, pAligned, table } from './model';
import { initialsFirst } from './names';
import { school, typesetModel, yearDigits } from './phrases';

/** How the summary names the count of each state. */
const STATE_WORDS: Record<StageStateName, string> = {
  выполнен: 'выполнено',
  идёт: 'в работе',
  просрочен: 'просрочено',
  'не начат': 'не начато',
  'нет срока': 'без указанного срока',
};
const SUMMARY_ORDER: readonly StageStateName[] = ['выполнен', 'идёт', 'просрочен', 'не начат', 'нет срока'];

export type StateCounts = Record<StageStateName, number> & { readonly other: number };

/** A stage as the report tells it. */
export interface ReportedStage extends StageReport {
  /** The coordinator ticked «Выполнено» though the evidence does not confirm it; what is missing, when known. */
  readonly tickedUnconfirmed?: { readonly missing: readonly string[] };
}

const isState = (state: string): state is StageStateName => (STAGE_STATES as readonly string[]).includes(state);

export function countStates(stages: readonly StageReport[]): StateCounts {
  const counts = { выполнен: 0, идёт: 0, просрочен: 0, 'не начат': 0, 'нет срока': 0, other: 0 };
  for (const stage of stages) {
    const state = stage.state.trim();
    if (isState(state)) counts[state] += 1;
    else counts.other += 1;
  }
  return counts;
}

/** «Этап 3 «Информирование родительского сообщества» (планируемая дата: Сентябрь 2022 г.)». */
function stageLine(stage: StageReport): string {
  const planned = stage.plannedText.replace(/\s*\n\s*/g, '; ').trim();
  return `Этап ${stage.number} «${stage.title}»${planned === '' ? '' : ` (планируемая дата: ${planned})`}`;
}

/** What keeps a ticked stage unconfirmed: «не подтверждено: мероприятие ещё не проведено». */
function tickNote(stage: ReportedStage): string {
  const missing = stage.tickedUnconfirmed?.missing ?? [];
  return missing.length > 0 ? `не подтверждено: ${missing.join('; ')}` : 'подтверждения нет';
}

function evidenceCell(stage: ReportedStage): string {
  const lines = [...stage.evidence, ...(stage.tickedUnconfirmed ? [`Выполнение отмечено куратором; ${tickNote(stage)}`] : [])];
  return lines.length > 0 ? lines.join('\n') : '—';
}

export function statusReport(settings: ProgrammeSettings, stages: readonly ReportedStage[], today: IsoDate): DocumentModel {
  if (stages.length === 0) throw new Error('На листе «Дорожная карта» нет ни одного этапа: отчёт не составлен.');
  const counts = countStates(stages);
  const ticked = stages.filter((s) => s.tickedUnconfirmed !== undefined);
  const parts = SUMMARY_ORDER.map((s) => `${STATE_WORDS[s]} — ${counts[s]}${s === 'выполнен' && ticked.length > 0 ? ` (в том числе по отметке куратора без подтверждения — ${ticked.length})` : ''}`);
  if (counts.other > 0) parts.push(`с иным состоянием — ${counts.other}`);
  const overdue = stages.filter((s) => s.state.trim() === 'просрочен');
  const undated = stages.filter((s) => s.state.trim() === 'нет срока');

  return typesetModel({
    fileName: `Отчёт о ходе реализации дорожной карты — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      h1('Отчёт о ходе реализации дорожной карты'),
      pAligned('center', `(плана мероприятий) по внедрению программы наставничества в ${school(settings)}`),
      pAligned('center', `по состоянию на ${formatLongRussianDate(today)}`),
      p(`Всего этапов дорожной карты: ${stages.length}. Из них ${parts.join('; ')}.`),
      table(
        ['№', 'Этап', 'Планируемая дата', 'Состояние', 'Подтверждение'],
        stages.map((s) => [s.number, s.title, s.plannedText, s.tickedUnconfirmed ? `${s.state}\n(отмечен куратором)` : s.state, evidenceCell(s)]),
      ),
      h2('Требуют внимания'),
      overdue.length > 0
        ? bulleted(...overdue.map((s, i) => `${stageLine(s)}${i === overdue.length - 1 ? '.' : ';'}`))
        : p('Просроченных этапов нет.'),
      ...(ticked.length > 0
        ? [
            p(`${ticked.length === 1 ? 'Отмечен' : 'Отмечены'} куратором как ${ticked.length === 1 ? 'выполненный' : 'выполненные'}, но не ${ticked.length === 1 ? 'подтверждён' : 'подтверждены'}:`),
            bulleted(...ticked.map((s, i) => `${stageLine(s)} — ${tickNote(s)}${i === ticked.length - 1 ? '.' : ';'}`)),
          ]
        : []),
      ...(undated.length > 0
        ? [
            p(
              `Срок не указан в виде даты или месяца (${undated.length === 1 ? 'этап' : 'этапы'} ${undated.map((s) => s.number).join(', ')}): ` +
                'укажите его на листе «Дорожная карта» (например, «Октябрь 2022 г.»).',
            ),
          ]
        : []),
      { kind: 'signatures', lines: [{ role: 'Куратор программы наставничества', name: initialsFirst(settings.coordinatorName) }] },
    ],
  });
}
