/** Matching mentors to mentees: criteria, hard rules, the optimal assignment, explained suggestions, the bound. */

export type { PairRef } from './cohort';
export { DEFAULT_WEIGHTS, MAX_POINTS, scorePair, shownScore, WEIGHT_KEYS, WEIGHT_LABELS, type WeightKey, type Weights, yearsWord } from './criteria';
export type { PreviousSuggestion } from './explain';
export { genderOf } from './gender';
export { forbiddenReason, pairKey } from './rules';
export { type Alternative, type Certificate, type SuggestInput, type Suggestion, type SuggestResult, suggestPairs } from './suggest';
