/** The roadmap: the seed, the default for a school and year, period wordings, evidence, stage states, import. */
export { assessStage, periodProblems, type StageAssessment, type StageRow } from './assess';
export {
  type EvidenceLine,
  type EvidencePart,
  evidenceCell,
  evidenceText,
  type ProgrammeFacts,
  type StageEvidence,
  type StageKind,
  stageEvidence,
  stageKind,
} from './evidence';
export {
  coveringRange,
  type DateRange,
  type ParsedPeriod,
  type PeriodContext,
  type PeriodParse,
  parsePlannedPeriods,
  schoolYearRange,
} from './periods';
export { SEED_APPROVAL, SEED_SCHOOL_SHORT_NAME, SEED_STAGES, SEED_START_YEAR, SEED_TITLE_LINES } from './seed';
export { STAGE_STATES, type StageState, type StageStateName, stageState, stageStateOfText, stageStateWithEvidence } from './status';
export { defaultRoadmap, roadmapTitle, shiftYears } from './template';
export type { RoadmapStage } from './types';
