/**
 * Bank rows («Наставники», «Наставляемые», «Пары и группы») as domain records and back: lists are
 * «a; b» in a cell, numbers may be typed as text, a person is known by «ФИО (ID)» in dropdowns.
 */
import { splitList } from '../domain/catalog';
import type { Mentee, Mentor, Person } from '../domain/people';
import { knownStatus, pairAtWork } from '../domain/statuses';
import { PAIR_STATUSES, PERSON_STATUSES } from '../domain/tables';
import type { CellValue, Row } from './ports';

/** A cell as trimmed text ('' when absent). */
export const text = (value: CellValue | undefined): string => (value === undefined ? '' : String(value).trim());

/** A count typed as a number or as text starting with digits («15 лет»); null when none. */
export function count(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const match = /^\s*(\d+)/.exec(text(value));
  return match ? Number(match[1]) : null;
}

const yes = (value: CellValue | undefined): boolean => value === true || /^(да|true|истина|1)$/i.test(text(value));

/** What mentors and mentees share: identity, preferences, consent and status. */
function personFromRow(row: Row): Person {
  return {
    id: text(row.id),
    fullName: text(row.fullName),
    email: text(row.email).toLowerCase(),
    subject: text(row.subject),
    experience: count(row.experience),
    forms: splitList(text(row.forms)),
    times: splitList(text(row.times)),
    consent: yes(row.consent),
    status: knownStatus(text(row.status), PERSON_STATUSES) ?? text(row.status),
  };
}

export function mentorFromRow(row: Row): Mentor {
  return {
    ...personFromRow(row),
    qualification: text(row.qualification),
    competences: splitList(text(row.competences)),
    capacity: count(row.capacity) ?? 1,
    trained: yes(row.trained),
  };
}

export function menteeFromRow(row: Row): Mentee {
  return { ...personFromRow(row), category: text(row.category), requests: splitList(text(row.requests)) };
}

/** «Иванова Анна Сергеевна (Н-003)» — how a person appears in a dropdown. */
export function personLabel(person: { fullName: string; id: string }): string {
  return `${person.fullName} (${person.id})`;
}

/** The ID in «… (ID)», or the text itself when it is a bare ID. */
export function idFromLabel(label: string): string {
  const match = /\(([^()]+)\)\s*$/.exec(label.trim());
  return match ? match[1].trim() : label.trim();
}

export interface PairRecord {
  readonly rowNumber: number;
  readonly id: string;
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
  /** The known status as the list spells it, or the text as typed when it is not one of them. */
  readonly status: string;
}

export function pairFromRow(rowNumber: number, row: Row): PairRecord {
  return {
    rowNumber,
    id: text(row.id),
    mentorId: text(row.mentorId),
    menteeIds: splitList(text(row.menteeIds)),
    status: knownStatus(text(row.status), PAIR_STATUSES) ?? text(row.status),
  };
}

/** Pairs still at work: their mentees are taken, their mentors' places are used (an unknown status included). */
export const isActivePair = (pair: PairRecord): boolean => pairAtWork(pair.status);
