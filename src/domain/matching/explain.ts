/**
 * Explanations of a solved cohort, made from the numbers the solver used (fit points, places taken) so
 * each claim is true: «ниже балл» only when lower, a tie named as a tie with what decided it, «занята/занят»
 * by the person, an approved row called approved.
 */
import { shownScore, type Weights } from './criteria';
import { agreed } from './gender';
import type { PreparedMentee, PreparedMentor } from './prepared';
import { forbiddenPrepared, type RuleOptions } from './rules';

export interface Solved {
  readonly mentees: readonly PreparedMentee[];
  readonly mentors: readonly PreparedMentor[];
  readonly weights: Weights;
  readonly rules: RuleOptions;
  /** Places taken per mentor after the suggestion (confirmed pairs, locks and suggested pairs). */
  readonly load: Int32Array;
  /** Mentee → mentor index, or -1. */
  readonly chosen: Int32Array;
  readonly locked: ReadonlyMap<number, number>;
  /** Whether the load-spreading tie rule was in force. */
  readonly spread: boolean;
  points(i: number, t: number): number;
}

/** «Петрова Анна Ивановна (НС-1)», as the dropdown shows a person. */
export const label = (m: PreparedMentor): string => `${m.person.fullName} (${m.person.id})`;

/** «занята: 2 из 2» / «занят: 2 из 2» / «мест нет: 2 из 2». */
export function busyText(s: Solved, t: number): string {
  const m = s.mentors[t].person;
  return `${agreed(m.fullName, 'занята', 'занят', 'мест нет')}: ${s.load[t]} из ${m.capacity}`;
}

const isFull = (s: Solved, t: number): boolean => s.load[t] >= s.mentors[t].person.capacity;
const exact = (points: number): string => (points / 100).toFixed(2).replace('.', ',');

/** Why mentor t is not mentee i's suggestion. */
export function whyNot(s: Solved, i: number, t: number): string {
  const forbidden = forbiddenPrepared(s.mentees[i], s.mentors[t], s.rules);
  if (forbidden !== null) return forbidden;
  if (s.locked.has(i)) return 'строка утверждена куратором с другим наставником';
  const c = s.chosen[i];
  const full = isFull(s, t);
  if (c < 0) return full ? busyText(s, t) : 'не выбран';
  const px = s.points(i, t);
  const py = s.points(i, c);
  const x = shownScore(px);
  const y = shownScore(py);
  if (x < y) return `ниже балл: ${x} против ${y}`;
  if (full) return x === y ? `равный балл (${x}), но ${busyText(s, t)}` : busyText(s, t);
  if (x > y) return 'не выбран';
  // The same shown score and a free place: a tie, decided by the exact points or the load.
  if (px < py) return `равный балл (${x}); решил точный балл: ${exact(px)} против ${exact(py)}`;
  if (px > py) return 'не выбран';
  const others = s.load[c] - 1;
  if (s.spread && s.load[t] > others) return `равный балл (${x}); выбран наставник с меньшей нагрузкой: ${others} против ${s.load[t]}`;
  if (s.spread && s.load[t] < others) return 'не выбран';
  return `равный балл (${x}) и ${s.spread ? 'равная нагрузка' : 'нагрузка не учитывалась'} — равноценный вариант`;
}

const LIST_LIMIT = 6;

/** «a, b, c и ещё 4». */
export function shortList(items: readonly string[], limit = LIST_LIMIT): string {
  return items.length <= limit ? items.join(', ') : `${items.slice(0, limit).join(', ')} и ещё ${items.length - limit}`;
}

/** Why mentee i got nobody: the rule that leaves no mentor, or the mentors who could, all full. */
export function unmatchedReason(s: Solved, i: number): string {
  const mentee = s.mentees[i];
  if (!mentee.person.consent) return 'нет согласия на обработку персональных данных';
  const consenting = s.mentors.filter((m) => m.person.consent);
  if (consenting.length === 0) return 'нет наставников с согласием на обработку персональных данных';
  const fit: number[] = [];
  s.mentors.forEach((m, t) => {
    if (forbiddenPrepared(mentee, m, s.rules) === null) fit.push(t);
  });
  if (fit.length === 0) {
    const reasons = new Set(consenting.map((m) => forbiddenPrepared(mentee, m, s.rules)));
    if (mentee.requests.length > 0 && reasons.size === 1 && reasons.has('не закрывает ни одного запроса')) {
      return `ни один наставник не закрывает запросы: ${mentee.person.requests.join(', ')}`;
    }
    return `нет подходящих наставников (${[...reasons].filter((r) => r !== null).join('; ')})`;
  }
  if (fit.every((t) => isFull(s, t))) {
    return `все подходящие наставники заняты: ${shortList(fit.map((t) => `${s.mentors[t].person.fullName} (${s.load[t]} из ${s.mentors[t].person.capacity})`))}`;
  }
  return 'не подобран: так больше общий балл (включено «Подбор: сначала общий балл»)';
}

/** What the coordinator saw in «Подбор» before this run, for one mentee. */
export interface PreviousSuggestion {
  readonly menteeId: string;
  readonly mentorId: string | null;
  readonly score: number | null;
}

/** «было: …; why the new suggestion differs», or null when the mentor is the same. */
export function changeText(s: Solved, i: number, previous: PreviousSuggestion, mentorIndex: ReadonlyMap<string, number>): string | null {
  const c = s.chosen[i];
  const nowId = c >= 0 ? s.mentors[c].person.id : null;
  if (previous.mentorId === nowId) return null;
  const p = previous.mentorId === null ? undefined : mentorIndex.get(previous.mentorId);
  const name = p !== undefined ? label(s.mentors[p]) : previous.mentorId;
  const was = previous.mentorId === null ? 'было: без пары' : `было: ${name}${previous.score === null ? '' : `, балл ${previous.score}`}`;
  if (c < 0) return `${was}; теперь без пары: ${unmatchedReason(s, i)}`;
  if (previous.mentorId === null) return `${was}; теперь ${agreed(s.mentors[c].person.fullName, 'нашлась', 'нашёлся', 'найден')} наставник, балл ${shownScore(s.points(i, c))}`;
  if (p === undefined) return `${was}; этого наставника нет в банке`;
  if (s.locked.has(i)) return `${was}; строка утверждена куратором`;
  return `${was}; ${whyNot(s, i, p)}`;
}
