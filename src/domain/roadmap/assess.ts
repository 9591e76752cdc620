/**
 * One roadmap stage judged as of today: its planned period read in the programme's school year, its
 * evidence, its state, and what a person should look at («Проверка») — an empty or unread planned date,
 * a wording that reads two ways. Recurring and conditional terms are not problems.
 */
import type { IsoDate } from '../dates';
import { type ProgrammeFacts, type StageEvidence, stageEvidence, stageKind } from './evidence';
import { coveringRange, type DateRange, type PeriodParse, parsePlannedPeriods } from './periods';
import { type StageState, stageStateWithEvidence } from './status';

export interface StageRow {
  readonly number: string;
  readonly title: string;
  readonly content: string;
  readonly planned: string;
  readonly done: boolean;
}

export interface StageAssessment {
  readonly range: DateRange | null;
  readonly parse: PeriodParse;
  readonly evidence: StageEvidence;
  readonly state: StageState;
  /** For «Проверка»: one line per problem, in Russian; empty when all is read. */
  readonly problems: readonly string[];
}

export function assessStage(row: StageRow, facts: ProgrammeFacts, today: IsoDate): StageAssessment {
  const parse = parsePlannedPeriods(row.planned, facts.schoolYearStart === undefined ? {} : { schoolYearStart: facts.schoolYearStart });
  const evidence = stageEvidence(stageKind(row.title, row.content), row.number, facts);
  return { range: coveringRange(parse), parse, evidence, state: stageStateWithEvidence(parse, evidence, row.done, today), problems: periodProblems(row.planned, parse) };
}

export function periodProblems(planned: string, parse: PeriodParse): string[] {
  if (planned.trim() === '') return ['Не указана планируемая дата.'];
  const problems: string[] = [];
  if (parse.unreadable.length > 0) problems.push(`Не удалось прочитать срок: «${parse.unreadable.join('», «')}».`);
  for (const a of parse.ambiguous) problems.push(`Срок читается двояко: «${a.source}» — ${a.reason}.`);
  return problems;
}
