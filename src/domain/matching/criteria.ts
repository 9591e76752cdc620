/**
 * The compatibility of a mentor for a mentee: named, weighted criteria, each a value in [0, 1] with a
 * reason in Russian, so the coordinator sees why («закрывает 3 из 4 запросов: …; тот же предмет; стаж 18 лет»).
 */
import { normaliseWords, QUALIFICATIONS } from '../catalog';
import type { Mentee, Mentor } from '../people';
import { countCovered, intersects, type PreparedMentee, type PreparedMentor, prepareMentee, prepareMentor } from './prepared';

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

/** Ten years more experience than the mentee counts in full. */
const FULL_EXPERIENCE_GAP = 10;

/** The criteria's values in [0, 1], in WEIGHT_KEYS order (the hot path: no strings made). */
export function criteriaValues(mentee: PreparedMentee, mentor: PreparedMentor, out: Float64Array): void {
  const total = mentee.requests.length;
  out[0] = total === 0 ? 0 : countCovered(mentee, mentor) / total;
  out[1] = mentee.subject !== '' && mentee.subject === mentor.subject ? 1 : 0;
  const a = mentor.person.experience;
  const b = mentee.person.experience;
  out[2] = a === null || b === null ? 0 : Math.max(0, Math.min(1, (a - b) / FULL_EXPERIENCE_GAP));
  out[3] = mentor.rank < 0 ? 0 : mentor.rank / (QUALIFICATIONS.length - 1);
  out[4] = intersects(mentee.forms, mentor.forms) ? 1 : 0;
  out[5] = intersects(mentee.times, mentor.times) ? 1 : 0;
}

/** Σ weight × value over Σ weight, in [0, 1]. */
export function weightedFit(values: Float64Array, weights: Weights): number {
  let sum = 0;
  let total = 0;
  WEIGHT_KEYS.forEach((key, k) => {
    const w = Math.max(0, weights[key]);
    sum += w * values[k];
    total += w;
  });
  return total === 0 ? 0 : sum / total;
}

/** Fit in integer points (0–10,000): what the solver adds up. */
export const MAX_POINTS = 10_000;

/** Fit points of a pair: the one number the solver and every explanation use. */
export function fitPoints(values: Float64Array, weights: Weights): number {
  return Math.round(MAX_POINTS * weightedFit(values, weights));
}

/** The score shown (0–100) from the points: the one rounding used everywhere. */
export function shownScore(points: number): number {
  return Math.round(points / (MAX_POINTS / 100));
}

/** Score 0–100 and the reasons, for showing one pair. */
export function scorePair(mentee: Mentee, mentor: Mentor, weights: Weights): { score: number; points: number; reasons: string[] } {
  const pm = prepareMentee(mentee);
  const pt = prepareMentor(mentor);
  const values = new Float64Array(WEIGHT_KEYS.length);
  criteriaValues(pm, pt, values);
  const points = fitPoints(values, weights);
  return { score: shownScore(points), points, reasons: reasonsFor(pm, pt, weights) };
}

/**
 * Why this mentor, from the criteria values the score is made of: a criterion is named only when it
 * adds to the score (its weight and its value above zero); an uncovered request is always named.
 */
export function reasonsFor(mentee: PreparedMentee, mentor: PreparedMentor, weights: Weights): string[] {
  const values = new Float64Array(WEIGHT_KEYS.length);
  criteriaValues(mentee, mentor, values);
  const m = mentee.person;
  const t = mentor.person;
  const covered = m.requests.filter((_, i) => mentor.competences.has(mentee.requests[i]));
  const uncovered = m.requests.filter((_, i) => !mentor.competences.has(mentee.requests[i]));
  const texts: Record<WeightKey, string> = {
    requests: `закрывает ${covered.length} из ${m.requests.length} ${ofRequests(m.requests.length)}: ${covered.join(', ')}`,
    subject: 'тот же предмет',
    experience: t.experience === null ? '' : `стаж ${t.experience} ${yearsWord(t.experience)}`,
    qualification: mentor.rank === 2 || mentor.rank === 3 ? `${QUALIFICATIONS[mentor.rank]} категория` : mentor.rank > 0 ? QUALIFICATIONS[mentor.rank] : '',
    form: `форма: ${commonLabels(m.forms, mentor.forms)}`,
    time: `время: ${commonLabels(m.times, mentor.times)}`,
  };
  const reasons = WEIGHT_KEYS.filter((key, k) => weights[key] > 0 && values[k] > 0 && texts[key] !== '').map((key) => texts[key]);
  if (m.requests.length === 0) reasons.unshift('запросы не указаны');
  else if (uncovered.length > 0) reasons.push(`${uncovered.length === 1 ? 'не закрыт запрос' : 'не закрыты запросы'}: ${uncovered.join(', ')}`);
  return reasons;
}

function commonLabels(labels: readonly string[], other: ReadonlySet<string>): string {
  return labels.filter((l) => other.has(normaliseWords(l))).join(', ');
}

/** «1 год», «2 года», «18 лет». */
export function yearsWord(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'год';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'года';
  return 'лет';
}

/** «из 1 запроса», «из 21 запроса», but «из 4 запросов», «из 11 запросов»: after «из» the genitive agrees with the number. */
function ofRequests(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? 'запроса' : 'запросов';
}
