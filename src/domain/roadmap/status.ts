/**
 * A stage's state from what happened (its evidence), its dates, today and the coordinator's tick
 * «Выполнено» (which overrides, and says so): не начат / идёт / выполнен / просрочен / нет срока.
 */
import { formatRussianDate, type IsoDate } from '../dates';
import type { StageEvidence } from './evidence';
import { coveringRange, type DateRange, type PeriodContext, type PeriodParse, parsePlannedPeriods } from './periods';

export const STAGE_STATES = ['не начат', 'идёт', 'выполнен', 'просрочен', 'нет срока'] as const;
export type StageStateName = (typeof STAGE_STATES)[number];

export interface StageState {
  readonly state: StageStateName;
  /** Why, in Russian: «срок 01.08.2022–31.08.2022, сегодня 25.11.2026». */
  readonly reason: string;
}

/** The state from dates and the tick alone (no evidence known). */
export function stageState(range: DateRange | null, done: boolean, today: IsoDate): StageState {
  const when = range ? `срок ${formatRussianDate(range.start)}–${formatRussianDate(range.end)}, сегодня ${formatRussianDate(today)}` : '';
  if (done) return { state: 'выполнен', reason: 'отмечен куратором как выполненный' };
  if (!range) return { state: 'нет срока', reason: 'планируемую дату не удалось прочитать' };
  if (today < range.start) return { state: 'не начат', reason: when };
  if (today <= range.end) return { state: 'идёт', reason: when };
  return { state: 'просрочен', reason: when };
}

/** The state of a stage from its planned period as typed in the roadmap («Август-сентябрь 2022 г.»). */
export function stageStateOfText(plannedText: string, done: boolean, today: IsoDate, context: PeriodContext = {}): StageState {
  return stageState(coveringRange(parsePlannedPeriods(plannedText, context)), done, today);
}

/**
 * The state from the evidence first: the result exists → выполнен (a year-long stage: идёт until its end);
 * begun → идёт, or просрочен once its term is over with something missing; nothing yet → by the dates.
 * A recurring or conditional term without a date follows the evidence alone and is never an error.
 */
export function stageStateWithEvidence(parse: PeriodParse, evidence: StageEvidence, done: boolean, today: IsoDate): StageState {
  const range = coveringRange(parse);
  const until = range ? `до ${formatRussianDate(range.end)}` : '';
  const missing = evidence.missing.length > 0 ? `; не хватает: ${evidence.missing.join('; ')}` : '';
  if (done) return { state: 'выполнен', reason: tickReason(evidence) };
  const openEnded = parse.recurring.length > 0 || parse.conditional.length > 0;
  if (evidence.level === 'complete') {
    if (evidence.continuous && (range ? today <= range.end : openEnded)) return { state: 'идёт', reason: `подтверждено; работа продолжается${until ? ` ${until}` : ''}` };
    return { state: 'выполнен', reason: 'подтверждено' };
  }
  if (evidence.level === 'partial') {
    if (range && today > range.end) return { state: 'просрочен', reason: `срок истёк ${formatRussianDate(range.end)}${missing}` };
    return { state: 'идёт', reason: `начато${missing}` };
  }
  if (!range) {
    if (parse.conditional.length > 0) return { state: 'не начат', reason: 'по мере необходимости; подтверждений пока нет' };
    if (parse.recurring.length > 0) return { state: 'не начат', reason: 'повторяется; подтверждений пока нет' };
    return { state: 'нет срока', reason: 'планируемую дату не удалось прочитать' };
  }
  const dated = stageState(range, false, today);
  return { state: dated.state, reason: `${dated.reason}${missing}` };
}

/**
 * The coordinator's tick «Выполнено» decides the state; when the evidence does not confirm it, the reason says so and
 * names what is missing — the sheet, the sidebar and the status report tell the same.
 */
export function tickReason(evidence: StageEvidence): string {
  if (evidence.level === 'complete') return 'отмечен куратором как выполненный; подтверждено';
  return `отмечен куратором как выполненный; не подтверждено${evidence.missing.length > 0 ? `: ${evidence.missing.join('; ')}` : ''}`;
}
