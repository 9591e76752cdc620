/** Matching mentors to mentees: criteria, hard rules, the optimal assignment, explained suggestions. */
export { type AssignmentProblem, solveAssignment } from './assignment';
export { DEFAULT_WEIGHTS, scorePair, WEIGHT_KEYS, WEIGHT_LABELS, type WeightKey, type Weights, yearsWord } from './criteria';
export { forbiddenReason, pairKey } from './rules';
export { type Alternative, type PairRef, type SuggestInput, type Suggestion, type SuggestResult, suggestPairs } from './suggest';
