/**
 * Bank rows («Наставники», «Наставляемые», «Пары и группы») as domain records and back: lists are
 * «a; b» in a cell, numbers may be typed as text, a person is known by «ФИО (ID)» in dropdowns.
 */
import { DEFAULT_MENTEES_PER_MENTOR, readCapacity } from '../domain/capacity';
import { GROUP_FORMAT, normaliseWords, splitList } from '../domain/catalog';
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

/** The Положение's limits: mentees of one mentor in the individual form, and in one group. */
export interface CapacityLimits {
  readonly individual: number;
  readonly group: number;
}

const DEFAULT_LIMITS: CapacityLimits = { individual: DEFAULT_MENTEES_PER_MENTOR, group: 5 };

/** A mentor as the matching and the confirmation read them: capacity by one rule (src/domain/capacity.ts). */
export function mentorFromRow(row: Row, limits: CapacityLimits = DEFAULT_LIMITS): Mentor & { capacityNote: string | null } {
  const person = personFromRow(row);
  const leadsGroups = person.forms.some((f) => normaliseWords(f) === normaliseWords(GROUP_FORMAT));
  const capacity = readCapacity(row.capacity, leadsGroups ? limits.group : limits.individual);
  return {
    ...person,
    qualification: text(row.qualification),
    competences: splitList(text(row.competences)),
    capacity: capacity.value,
    capacityNote: capacity.note,
    trained: yes(row.trained),
  };
}

/** «Петрова Анна Ивановна: …» for each mentor whose capacity was not read as typed. */
export function capacityNotes(mentors: readonly { fullName: string; capacityNote: string | null }[]): string[] {
  return mentors.flatMap((m) => (m.capacityNote ? [`${m.fullName}: ${m.capacityNote}`] : []));
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
