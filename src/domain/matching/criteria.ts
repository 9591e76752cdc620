/**
 * The compatibility of a mentor for a mentee: named, weighted criteria, each a value in [0, 1] with a
 * reason in Russian, so the coordinator sees why («закрывает 3 из 4 запросов: …; тот же предмет; стаж 18 лет»).
 */
import { QUALIFICATIONS, sameWords } from '../catalog';
import type { Mentee, Mentor } from '../people';

export const WEIGHT_KEYS = ['requests', 'subject', 'experience', 'qualification', 'form', 'time'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type Weights = Record<WeightKey, number>;

/** Requests dominate: a mentor who can help with what the mentee asked matters most. */
export const DEFAULT_WEIGHTS: Weights = { requests: 50, subject: 20, experience: 10, qualification: 10, form: 5, time: 5 };

export const WEIGHT_LABELS: Record<WeightKey, string> = {
  requests: 'Вес: запросы закрыты компетенциями',
  subject: 'Вес: тот же предмет',
  experience: 'Вес: разница в стаже',
  qualification: 'Вес: квалификационная категория',
  form: 'Вес: предпочтительная форма',
  time: 'Вес: удобное время',
};

export interface CriterionResult {
  readonly key: WeightKey;
  /** In [0, 1]. */
  readonly value: number;
  /** Empty when the criterion says nothing worth showing. */
  readonly reason: string;
}

/** Ten years more experience than the mentee counts in full. */
const FULL_EXPERIENCE_GAP = 10;

export function requestsCovered(mentee: Mentee, mentor: Mentor): string[] {
  return mentee.requests.filter((r) => mentor.competences.some((c) => sameWords(c, r)));
}

export function evaluateCriteria(mentee: Mentee, mentor: Mentor): CriterionResult[] {
  const covered = requestsCovered(mentee, mentor);
  const total = mentee.requests.length;
  const sameSubject = mentee.subject !== '' && sameWords(mentee.subject, mentor.subject);
  const gap = mentor.experience !== null && mentee.experience !== null ? mentor.experience - mentee.experience : null;
  const rank = QUALIFICATIONS.findIndex((q) => sameWords(q, mentor.qualification));
  const commonForms = mentee.forms.filter((f) => mentor.forms.some((g) => sameWords(f, g)));
  const commonTimes = mentee.times.filter((t) => mentor.times.some((u) => sameWords(t, u)));
  return [
    {
      key: 'requests',
      value: total === 0 ? 0 : covered.length / total,
      reason: total === 0 ? 'запросы не указаны' : covered.length === 0 ? '' : `закрывает ${covered.length} из ${total} запросов: ${covered.join(', ')}`,
    },
    { key: 'subject', value: sameSubject ? 1 : 0, reason: sameSubject ? 'тот же предмет' : '' },
    {
      key: 'experience',
      value: gap === null ? 0 : Math.max(0, Math.min(1, gap / FULL_EXPERIENCE_GAP)),
      reason: mentor.experience === null ? '' : `стаж ${mentor.experience} ${yearsWord(mentor.experience)}`,
    },
    {
      key: 'qualification',
      value: rank < 0 ? 0 : rank / (QUALIFICATIONS.length - 1),
      reason: rank < 2 ? '' : rank <= 3 ? `${QUALIFICATIONS[rank]} категория` : QUALIFICATIONS[rank],
    },
    { key: 'form', value: commonForms.length > 0 ? 1 : 0, reason: commonForms.length > 0 ? `форма: ${commonForms.join(', ')}` : '' },
    { key: 'time', value: commonTimes.length > 0 ? 1 : 0, reason: commonTimes.length > 0 ? `время: ${commonTimes.join(', ')}` : '' },
  ];
}

/** «1 год», «2 года», «18 лет». */
export function yearsWord(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'год';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'года';
  return 'лет';
}

/** Score 0–100 and the reasons, from the criteria and the weights. */
export function scorePair(mentee: Mentee, mentor: Mentor, weights: Weights): { score: number; reasons: string[] } {
  const results = evaluateCriteria(mentee, mentor);
  const totalWeight = WEIGHT_KEYS.reduce((sum, k) => sum + Math.max(0, weights[k]), 0);
  const sum = results.reduce((acc, r) => acc + Math.max(0, weights[r.key]) * r.value, 0);
  const score = totalWeight === 0 ? 0 : Math.round((100 * sum) / totalWeight);
  return { score, reasons: results.filter((r) => r.reason !== '' && weights[r.key] > 0).map((r) => r.reason) };
}
