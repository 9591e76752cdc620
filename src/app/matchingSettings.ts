/**
 * The matching's settings in «Настройки»: criterion weights and two switches, with defaults the
 * coordinator can change in the sheet. Set-up adds the rows once; a value that cannot be read falls back.
 */
import { DEFAULT_MENTEES_PER_MENTOR } from '../domain/capacity';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, WEIGHT_LABELS, type Weights } from '../domain/matching';
import type { CapacityLimits } from './bankRecords';
import type { Row } from './ports';

export interface MatchingOptions {
  weights: Weights;
  onlyTrained: boolean;
  scoreFirst: boolean;
  /** The Положение's limits on a mentor's mentees, used by the matching, the confirmation and the documents. */
  limits: CapacityLimits;
}

export const ONLY_TRAINED_KEY = 'matching.onlyTrained';
export const SCORE_FIRST_KEY = 'matching.scoreFirst';
export const PER_MENTOR_KEY = 'matching.menteesPerMentor';
export const GROUP_SIZE_KEY = 'matching.groupSize';
/** A group is small by nature; five is the school's default, changed in «Настройки». */
export const DEFAULT_GROUP_SIZE = 5;

export function matchingSettingsRows(): { key: string; label: string; value: string }[] {
  return [
    ...WEIGHT_KEYS.map((k) => ({ key: `weight.${k}`, label: WEIGHT_LABELS[k], value: String(DEFAULT_WEIGHTS[k]) })),
    { key: ONLY_TRAINED_KEY, label: 'Подбор: только наставники, прошедшие обучение (да/нет)', value: 'нет' },
    { key: SCORE_FIRST_KEY, label: 'Подбор: сначала общий балл, а не число пар (да/нет)', value: 'нет' },
    { key: PER_MENTOR_KEY, label: 'Положение: наставляемых у одного наставника в индивидуальной форме, не более', value: String(DEFAULT_MENTEES_PER_MENTOR) },
    { key: GROUP_SIZE_KEY, label: 'Положение: наставляемых в одной наставнической группе, не более', value: String(DEFAULT_GROUP_SIZE) },
  ];
}

export function matchingOptions(settingsRows: readonly Row[]): MatchingOptions {
  const value = new Map(settingsRows.map((r) => [String(r.key), String(r.value).trim().toLowerCase()]));
  const weights = { ...DEFAULT_WEIGHTS };
  for (const k of WEIGHT_KEYS) {
    const n = Number((value.get(`weight.${k}`) ?? '').replace(',', '.'));
    if (value.has(`weight.${k}`) && Number.isFinite(n) && n >= 0) weights[k] = n;
  }
  const yes = (key: string): boolean => ['да', 'true', '1', 'истина'].includes(value.get(key) ?? '');
  const whole = (key: string, fallback: number): number => {
    const n = Number((value.get(key) ?? '').replace(',', '.'));
    return value.has(key) && Number.isInteger(n) && n >= 1 ? n : fallback;
  };
  return {
    weights,
    onlyTrained: yes(ONLY_TRAINED_KEY),
    scoreFirst: yes(SCORE_FIRST_KEY),
    limits: { individual: whole(PER_MENTOR_KEY, DEFAULT_MENTEES_PER_MENTOR), group: whole(GROUP_SIZE_KEY, DEFAULT_GROUP_SIZE) },
  };
}
