/**
 * Consent withdrawn, to the end (152-ФЗ ст. 21 ч. 5): the person leaves their pair or group, their name gives
 * way to their ID in every sheet the add-on writes, and their documents are closed, rewritten or trashed.
 * Two phases: the sheets under the caller's lock (withdrawFromSheets), the documents after it (finishWithdrawals).
 */
import { SUPPORT_STATUS } from '../domain/people';
import { ALL_TABLES, MATCHING_TABLE, MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, SETTINGS_TABLE } from '../domain/tables';
import { nameScrubber, type PairChange, pairWithdrawal, type WithdrawnPerson } from '../domain/withdrawal';
import { idFromLabel, isActivePair, pairFromRow } from './bankRecords';
import type { ClockPort, DocumentStorePort, JournalPort, Row, TablePort, WorkbookPort } from './ports';

export type { WithdrawnPerson } from '../domain/withdrawal';

/** Document property: IDs (never names) whose documents still wait for phase two. */
export const PENDING_KEY = 'nastavnik.withdrawal.pending';

export interface PendingDocuments {
  /** Withdrawn people, by ID. */
  readonly ids: string[];
  /** Pairs ended by a withdrawal: their programme is closed and emptied. */
  readonly ended: string[];
  /** Groups that go on without someone: their programme is written anew. */
  readonly groups: string[];
  /** Withdrawn mentors: their consent and agreement drafts go to the trash. */
  readonly mentors: string[];
  /** Mentors who stay but lost a mentee: their consent and agreement are written anew (or emptied). */
  readonly affectedMentors: string[];
}

const NONE: PendingDocuments = { ids: [], ended: [], groups: [], mentors: [], affectedMentors: [] };

export interface SheetPorts {
  readonly workbook: WorkbookPort;
  readonly store: DocumentStorePort;
  readonly clock: ClockPort;
  readonly journal: () => JournalPort;
}

export interface SheetOutcome {
  readonly ended: readonly string[];
  readonly groups: readonly string[];
}

/**
 * Phase one, under the caller's lock, after the bank rows are erased: pairs and groups, statuses, «Подбор»,
 * and every text column of the add-on's sheets with the names replaced by IDs. Records phase two.
 */
export function withdrawFromSheets(ports: SheetPorts, people: readonly WithdrawnPerson[]): SheetOutcome {
  if (people.length === 0) return { ended: [], groups: [] };
  const today = ports.clock.today();
  const byId = new Map(people.map((p) => [p.id, p]));
  const changes = withdrawFromPairs(ports.workbook, byId, today);
  withdrawFromMatching(ports.workbook, byId);
  const scrub = nameScrubber(people);
  // «Подбор» is a table of the add-on's too, made later than set-up.
  for (const schema of [...ALL_TABLES, MATCHING_TABLE]) {
    const table = ports.workbook.table(schema);
    if (table) scrubTable(table, scrub);
  }
  // A programme names the person whether the pair ended now or before: every one of them is closed.
  const ended = changes.filter((c) => !c.goesOn).map((c) => c.pairId);
  const groups = changes.filter((c) => c.goesOn).map((c) => c.pairId);
  const pending = ports.store.get<PendingDocuments>(PENDING_KEY, NONE);
  const merge = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  ports.store.set(PENDING_KEY, {
    ids: merge(pending.ids, people.map((p) => p.id)),
    ended: merge(pending.ended, ended),
    groups: merge(pending.groups, groups),
    mentors: merge(pending.mentors, people.filter((p) => p.role === 'mentor').map((p) => p.id)),
    // Mentors who stay: their consent and agreement list the pair's mentees.
    affectedMentors: merge(pending.affectedMentors, changes.flatMap((c) => (byId.has(c.mentorId) || c.mentorId === '' ? [] : [c.mentorId]))),
  } satisfies PendingDocuments);
  const lines = [
    `Согласие на обработку ПДн отозвано: ${people.map((p) => p.id).join(', ')}. Имена и адреса заменены на ID во всех листах надстройки.`,
    ...changes.filter((c) => c.ended).map((c) => `${c.pairId}: расторгнута.`),
    ...changes.filter((c) => c.goesOn).map((c) => `${c.pairId}: группа продолжает без ${c.withdrawnIds.join(', ')}.`),
  ];
  ports.journal().log('Отзыв согласия', lines.join(' '));
  return { ended, groups };
}

/** Pairs and groups: ended or shrunk; the people left without a partner get their status back. */
function withdrawFromPairs(workbook: WorkbookPort, byId: ReadonlyMap<string, WithdrawnPerson>, today: string): PairChange[] {
  const pairs = workbook.table(PAIRS_TABLE);
  if (!pairs) return [];
  const rows = pairs.readAll();
  const changes = rows.flatMap((r) => pairWithdrawal(r.rowNumber, r.values, byId, today) ?? []);
  for (const c of changes) pairs.writeRows(c.rowNumber, [c.values], Object.keys(c.values));
  const freedMentees = new Set(changes.flatMap((c) => c.menteesFreed));
  const freedMentors = new Set(changes.flatMap((c) => (c.mentorFreed ? [c.mentorFreed] : [])));
  if (freedMentees.size > 0) setStatus(workbook.table(MENTEES_TABLE), freedMentees, SUPPORT_STATUS);
  if (freedMentors.size > 0) {
    // A mentor with another pair at work stays «в паре».
    const after = pairs.readAll().map((r) => pairFromRow(r.rowNumber, r.values));
    const busy = new Set(after.filter(isActivePair).map((p) => p.mentorId));
    setStatus(workbook.table(MENTORS_TABLE), new Set([...freedMentors].filter((id) => !busy.has(id))), 'в банке');
  }
  return changes;
}

function setStatus(table: TablePort | null, ids: ReadonlySet<string>, status: string): void {
  if (!table || ids.size === 0) return;
  for (const r of table.readAll(['id', 'status'])) {
    if (ids.has(String(r.values.id)) && r.values.status !== 'отозвал согласие') table.writeRows(r.rowNumber, [{ status }], ['status']);
  }
}

/**
 * «Подбор»: a withdrawn mentee's suggestion goes; a suggestion of a withdrawn mentor is emptied with the reason,
 * and alternatives naming them go, so nobody is confirmed with a person who withdrew.
 */
function withdrawFromMatching(workbook: WorkbookPort, byId: ReadonlyMap<string, WithdrawnPerson>): void {
  const matching = workbook.table(MATCHING_TABLE);
  if (!matching) return;
  const rows = matching.readAll();
  const mentions = (text: string): string | undefined => [...byId.keys()].find((id) => text.includes(id));
  const kept: Row[] = [];
  let changed = false;
  for (const r of rows) {
    if (byId.has(String(r.values.menteeId ?? '').trim())) {
      changed = true;
      continue;
    }
    const row: Row = { ...r.values };
    const mentorId = idFromLabel(String(row.mentor ?? ''));
    if (byId.has(mentorId)) {
      Object.assign(row, { mentor: '', score: '', reasons: '', approve: false, unmatched: `Наставник ${mentorId} отозвал согласие на обработку ПДн: выполните «Подобрать пары» заново.` });
      changed = true;
    }
    for (const key of ['alternative1', 'alternative2', 'group']) {
      if (mentions(String(row[key] ?? ''))) {
        row[key] = '';
        changed = true;
      }
    }
    kept.push(row);
  }
  if (changed) matching.replaceAll(kept);
}

/** Every text cell of the add-on's columns: names and addresses of the withdrawn become their IDs. */
function scrubTable(table: TablePort, scrub: (text: string) => string): void {
  // «Настройки»: only the labels (documents named after a person); the values are the school's own settings
  // (a director or coordinator is named there as such, not as a participant).
  const keys = table.schema.id === SETTINGS_TABLE.id ? ['label'] : table.schema.columns.filter((c) => c.type === 'text' || c.type === 'link').map((c) => c.key);
  for (const r of table.readAll()) {
    const changes: Row = {};
    for (const key of keys) {
      const value = r.values[key];
      if (typeof value !== 'string' || value === '') continue;
      const after = scrub(value);
      if (after !== value) changes[key] = after;
    }
    const changedKeys = Object.keys(changes);
    if (changedKeys.length > 0) table.writeRows(r.rowNumber, [changes], changedKeys);
  }
}

export const pendingDocuments = (store: DocumentStorePort): PendingDocuments => store.get<PendingDocuments>(PENDING_KEY, NONE);
