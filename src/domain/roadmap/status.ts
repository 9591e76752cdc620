/**
 * A stage's state from its dates, today and the coordinator's mark «Выполнено»: marked → выполнен;
 * before the start → не начат; within → идёт; after the end → просрочен; no readable date → нет срока.
 */
import { formatRussianDate, type IsoDate } from '../dates';
import { coveringRange, type DateRange, parsePlannedPeriods } from './periods';

export const STAGE_STATES = ['не начат', 'идёт', 'выполнен', 'просрочен', 'нет срока'] as const;
export type StageStateName = (typeof STAGE_STATES)[number];

export interface StageState {
  readonly state: StageStateName;
  /** Why, in Russian: «срок 01.08.2022–31.08.2022, сегодня 25.11.2026». */
  readonly reason: string;
}

export function stageState(range: DateRange | null, done: boolean, today: IsoDate): StageState {
  const when = range ? `срок ${formatRussianDate(range.start)}–${formatRussianDate(range.end)}, сегодня ${formatRussianDate(today)}` : '';
  if (done) return { state: 'выполнен', reason: 'отмечен куратором как выполненный' };
  if (!range) return { state: 'нет срока', reason: 'планируемую дату не удалось прочитать' };
  if (today < range.start) return { state: 'не начат', reason: when };
  if (today <= range.end) return { state: 'идёт', reason: when };
  return { state: 'просрочен', reason: when };
}

/** The state of a stage from its planned period as typed in the roadmap («Август-сентябрь 2022 г.»). */
export function stageStateOfText(plannedText: string, done: boolean, today: IsoDate): StageState {
  return stageState(coveringRange(parsePlannedPeriods(plannedText)), done, today);
}
