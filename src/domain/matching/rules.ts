/**
 * Hard rules: a pair that breaks one is not an option at all (a missing edge, not a low score).
 * Capacity is the solver's; pairs locked by the coordinator are placed before it runs.
 */
import type { Mentee, Mentor } from '../people';
import { countCovered, type PreparedMentee, type PreparedMentor, prepareMentee, prepareMentor } from './prepared';

export interface RuleOptions {
  /** Only mentors who finished training. */
  readonly onlyTrained: boolean;
  /** Pairs the coordinator banned, as `${menteeId}|${mentorId}`. */
  readonly banned: ReadonlySet<string>;
}

export const pairKey = (menteeId: string, mentorId: string): string => `${menteeId}|${mentorId}`;

/** null when the pair is allowed; otherwise why not, in Russian. */
export function forbiddenReason(mentee: Mentee, mentor: Mentor, options: RuleOptions): string | null {
  return forbiddenPrepared(prepareMentee(mentee), prepareMentor(mentor), options);
}

export function forbiddenPrepared(mentee: PreparedMentee, mentor: PreparedMentor, options: RuleOptions): string | null {
  if (mentee.person.id === mentor.person.id || (mentee.email !== '' && mentee.email === mentor.email)) return 'это тот же человек';
  if (!mentor.person.consent) return 'нет согласия наставника';
  if (!mentee.person.consent) return 'нет согласия наставляемого';
  if (options.banned.size > 0 && options.banned.has(pairKey(mentee.person.id, mentor.person.id))) return 'пара запрещена куратором';
  if (options.onlyTrained && !mentor.person.trained) return 'обучение не пройдено';
  if (mentor.person.capacity <= 0) return 'не берёт наставляемых';
  if (mentee.requests.length > 0 && countCovered(mentee, mentor) === 0) return 'не закрывает ни одного запроса';
  return null;
}
