/** The roadmap: the seed, the default for a school and year, period wordings, stage states. */
export { coveringRange, type DateRange, type ParsedPeriod, type PeriodParse, parsePlannedPeriods } from './periods';
export { SEED_APPROVAL, SEED_SCHOOL_SHORT_NAME, SEED_STAGES, SEED_START_YEAR, SEED_TITLE_LINES } from './seed';
export { STAGE_STATES, type StageState, type StageStateName, stageState, stageStateOfText } from './status';
export { defaultRoadmap, roadmapTitle, shiftYears } from './template';
export type { RoadmapStage } from './types';
