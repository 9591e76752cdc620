/**
 * Hard rules: a pair that breaks one is not an option at all (a missing edge, not a low score).
 * Capacity is the solver's; pairs locked by the coordinator are placed before it runs.
 */
import { sameWords } from '../catalog';
import type { Mentee, Mentor } from '../people';
import { requestsCovered } from './criteria';

export interface RuleOptions {
  /** Only mentors who finished training. */
  readonly onlyTrained: boolean;
  /** Pairs the coordinator banned, as `${menteeId}|${mentorId}`. */
  readonly banned: ReadonlySet<string>;
}

export const pairKey = (menteeId: string, mentorId: string): string => `${menteeId}|${mentorId}`;

/** null when the pair is allowed; otherwise why not, in Russian. */
export function forbiddenReason(mentee: Mentee, mentor: Mentor, options: RuleOptions): string | null {
  if (mentee.id === mentor.id || (mentee.email !== '' && sameWords(mentee.email, mentor.email))) return 'это тот же человек';
  if (!mentor.consent) return 'нет согласия наставника';
  if (!mentee.consent) return 'нет согласия наставляемого';
  if (options.banned.has(pairKey(mentee.id, mentor.id))) return 'пара запрещена куратором';
  if (options.onlyTrained && !mentor.trained) return 'не прошёл обучение';
  if (mentor.capacity <= 0) return 'не берёт наставляемых';
  if (mentee.requests.length > 0 && requestsCovered(mentee, mentor).length === 0) return 'не закрывает ни одного запроса';
  return null;
}
