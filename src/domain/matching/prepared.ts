/**
 * People with their words normalised once (lower case, ё → е, single spaces) into sets, so scoring
 * every mentor for every mentee of a district (2,000 × 1,000) is set lookups, not string work.
 */
import { normaliseWords, QUALIFICATIONS } from '../catalog';
import type { Mentee, Mentor } from '../people';

export interface PreparedMentee {
  readonly person: Mentee;
  readonly email: string;
  readonly subject: string;
  readonly requests: readonly string[];
  readonly forms: ReadonlySet<string>;
  readonly times: ReadonlySet<string>;
}

export interface PreparedMentor {
  readonly person: Mentor;
  readonly email: string;
  readonly subject: string;
  readonly competences: ReadonlySet<string>;
  readonly forms: ReadonlySet<string>;
  readonly times: ReadonlySet<string>;
  /** Index in QUALIFICATIONS, -1 when unknown. */
  readonly rank: number;
}

const NORMAL_QUALIFICATIONS = QUALIFICATIONS.map(normaliseWords);
const set = (items: readonly string[]): Set<string> => new Set(items.map(normaliseWords));

export function prepareMentee(person: Mentee): PreparedMentee {
  return {
    person,
    email: normaliseWords(person.email),
    subject: normaliseWords(person.subject),
    requests: person.requests.map(normaliseWords),
    forms: set(person.forms),
    times: set(person.times),
  };
}

export function prepareMentor(person: Mentor): PreparedMentor {
  return {
    person,
    email: normaliseWords(person.email),
    subject: normaliseWords(person.subject),
    competences: set(person.competences),
    forms: set(person.forms),
    times: set(person.times),
    rank: NORMAL_QUALIFICATIONS.indexOf(normaliseWords(person.qualification)),
  };
}

export function countCovered(mentee: PreparedMentee, mentor: PreparedMentor): number {
  let n = 0;
  for (const r of mentee.requests) if (mentor.competences.has(r)) n++;
  return n;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
