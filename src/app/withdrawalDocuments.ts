/**
 * Phase two of a consent withdrawal: the documents. A programme of a pair that ended is closed to everyone
 * and emptied; a group's programme, the order on pairs and a remaining mentor's papers are written anew from
 * the sheets (which no longer hold the person); a withdrawn mentor's own drafts go to the trash. Nothing new
 * is ever made. A document a person edited by hand is not rewritten: it is closed to the withdrawn and flagged.
 */
import { PAIRS_TABLE, SETTINGS_TABLE } from '../domain/tables';
import { endedProgrammeNotice, withdrawnDocumentNotice } from '../domain/withdrawalNotices';
import { type DocumentFolders, documentFolders } from './documents/folders';
import { changedByHand } from './documents/handEdits';
import { type DocumentLink, writeDocumentLinks } from './documents/links';
import { type DocumentPorts, makeDocument } from './documents/makeDocument';
import { type DocumentRecord, documentRecord, saveDocumentRecord } from './documents/registry';
import { readSources } from './documents/sources';
import type { ClockPort, JournalPort, TrashPort } from './ports';
import { PENDING_KEY, pendingDocuments } from './withdrawal';

export interface WithdrawalDocumentPorts extends DocumentPorts {
  readonly clock: ClockPort;
  readonly journal: () => JournalPort;
  readonly trash: TrashPort;
  /** Milliseconds of wall-clock time (Date.now in Apps Script). */
  readonly nowMs: () => number;
}

/** First words of the pair's «Проблемы» lines written here (the documents job leaves other lines alone). */
export const WITHDRAWAL_PREFIX = 'Согласие отозвано';

/**
 * Does what phase one recorded. `emails` (known only within the execution that erased them, never stored) are
 * also removed from every file touched, in case someone shared it with them by hand. Returns lines for the person.
 */
export function finishWithdrawals(ports: WithdrawalDocumentPorts, emails: readonly string[] = []): string[] {
  const pending = pendingDocuments(ports.store);
  if (pending.ids.length === 0) return [];
  const today = ports.clock.today();
  const sources = readSources(ports.workbook, today);
  const gone = emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '');
  const lines: string[] = [];
  const pairNotes = new Map<string, string>();
  const closeTo = (record: DocumentRecord, extra: readonly string[]): void => {
    if (gone.length + extra.length > 0) ports.sharing.shareOnly(record.docId, [], [...new Set([...extra, ...gone])], false);
  };

  // Programmes of pairs that ended (now or before): closed to everyone the add-on gave access to, then emptied.
  for (const pairId of pending.ended) {
    const item = `pair:${pairId}`;
    const record = live(ports, item);
    if (!record) continue;
    // Asked before the add-on touches its sharing: that moves Drive's version too, and would read as a person's edit.
    const edited = handEdited(ports, record);
    closeTo(record, record.sharedWith);
    if (edited === null) {
      ports.documents.fill(record.docId, endedProgrammeNotice(pairId, idsOf(pending.ids, pairId, ports), today, sources.settings.schoolShortName));
      pairNotes.set(pairId, `${WITHDRAWAL_PREFIX}: программа пары очищена и закрыта для участников.`);
    } else {
      pairNotes.set(pairId, `${WITHDRAWAL_PREFIX}: программа изменена вручную и не перезаписана — доступ закрыт; удалите из неё данные ${pending.ids.join(', ')}.`);
    }
    saveDocumentRecord(ports.store, item, { ...record, sharedWith: [], ...stateAfter(ports, record, edited) });
  }

  // A withdrawn mentor's consent and supplementary agreement as the add-on drafted them: their whole content is
  // the person's data and nothing in them is needed any more. The papers the school signed (the agreement to
  // the labour contract, the written withdrawal) are the school's to keep by law, outside the add-on (README).
  for (const mentorId of pending.mentors) {
    for (const kind of ['consent', 'agreement']) {
      const item = `${kind}:${mentorId}`;
      const record = documentRecord(ports.store, item);
      if (!record) continue;
      closeTo(record, record.sharedWith);
      if (ports.trash.trash(record.docId)) lines.push(`${mentorId}: черновик «${kind === 'consent' ? 'Согласие наставника' : 'Доп. соглашение'}» перемещён в корзину.`);
      else lines.push(`${mentorId}: черновик «${kind === 'consent' ? 'Согласие наставника' : 'Доп. соглашение'}» не удалось переместить в корзину — удалите его вручную.`);
      // Forgotten: the documents job never finds it again (and cannot remake it: the bank row is erased).
      ports.store.set(`nastavnik.doc.${item}`, null);
      forgetSettingsLink(ports, item);
    }
  }

  // Written anew from the sheets, which no longer hold the person: nothing is made that was not there.
  let folders: DocumentFolders | null = null;
  const items = [
    ...pending.groups.map((id) => `pair:${id}`),
    ...pending.affectedMentors.filter((id) => !pending.mentors.includes(id)).flatMap((id) => [`consent:${id}`, `agreement:${id}`]),
    'pairsOrder',
    // The banks' paper consents list everyone with consent: rewritten without the person.
    'pdConsents:mentor',
    'pdConsents:mentee',
  ];
  const links: DocumentLink[] = [];
  for (const item of items) {
    const record = live(ports, item);
    if (!record) continue;
    const pairId = item.startsWith('pair:') ? item.slice(5) : undefined;
    try {
      folders ??= documentFolders(ports);
      const made = makeDocument(ports, sources, folders, item, today, { nowMs: ports.nowMs() });
      links.push(made.link);
      if (made.handEdited !== null && pairId) {
        pairNotes.set(pairId, `${WITHDRAWAL_PREFIX}: программа изменена вручную и не перезаписана — удалите из неё данные ${pending.ids.join(', ')}.`);
      } else if (made.handEdited !== null) lines.push(`Документ ${item} изменён вручную и не перезаписан: удалите из него данные ${pending.ids.join(', ')}.`);
    } catch {
      // It cannot be written without the person (a mentor with no pair left, no pair at work): emptied instead.
      if (handEdited(ports, record) === null) ports.documents.fill(record.docId, withdrawnDocumentNotice(pending.ids, today));
      else lines.push(`Документ ${item} изменён вручную и не перезаписан: удалите из него данные ${pending.ids.join(', ')}.`);
    }
    const after = documentRecord(ports.store, item) ?? record;
    closeTo(after, []);
  }

  if (links.length > 0) ports.lock.withDocumentLock(() => writeDocumentLinks(ports.workbook, ports.store, sources, links));
  if (pairNotes.size > 0) ports.lock.withDocumentLock(() => notePairs(ports, pairNotes));
  ports.store.set(PENDING_KEY, null);
  const summary = [`Документы: доступ закрыт, тексты без данных ${pending.ids.join(', ')}.`, ...lines].join(' ');
  ports.journal().log('Отзыв согласия', summary);
  return lines;
}

/** The record of a document that is still there (not trashed, not deleted), or null. */
function live(ports: WithdrawalDocumentPorts, item: string): DocumentRecord | null {
  const record = documentRecord(ports.store, item);
  if (!record) return null;
  return ports.documents.state(record.docId).presence === 'present' ? record : null;
}

function handEdited(ports: WithdrawalDocumentPorts, record: DocumentRecord): string | null {
  return changedByHand(record, ports.documents.state(record.docId));
}

/** After the add-on's own write the version recorded moves on, so the add-on's write never reads as a person's. */
function stateAfter(ports: WithdrawalDocumentPorts, record: DocumentRecord, edited: string | null): Partial<DocumentRecord> {
  if (edited !== null) return { handEdited: edited };
  const state = ports.documents.state(record.docId);
  return state.version !== null ? { version: state.version } : {};
}

/** The withdrawn IDs of this pair, read from its row (the IDs stay there). */
function idsOf(ids: readonly string[], pairId: string, ports: WithdrawalDocumentPorts): string[] {
  const row = ports.workbook.table(PAIRS_TABLE)?.readAll(['id', 'mentorId', 'menteeIds']).find((r) => String(r.values.id) === pairId);
  if (!row) return [...ids];
  const text = `${row.values.mentorId ?? ''};${row.values.menteeIds ?? ''}`;
  const here = ids.filter((id) => text.includes(id));
  return here.length > 0 ? here : [...ids];
}

/** One «Проблемы» line per pair; an earlier line of ours is replaced, anything else stays. */
function notePairs(ports: WithdrawalDocumentPorts, notes: ReadonlyMap<string, string>): void {
  const table = ports.workbook.table(PAIRS_TABLE);
  if (!table) return;
  for (const r of table.readAll(['id', 'problems'])) {
    const note = notes.get(String(r.values.id));
    if (!note) continue;
    const others = String(r.values.problems ?? '').split('\n').filter((l) => l !== '' && !l.startsWith(WITHDRAWAL_PREFIX));
    table.writeRows(r.rowNumber, [{ problems: [...others, note].join('\n') }], ['problems']);
  }
}

/** The «Настройки» rows of a trashed draft keep a label with the ID and say where the file went. */
function forgetSettingsLink(ports: WithdrawalDocumentPorts, item: string): void {
  ports.lock.withDocumentLock(() => {
    const table = ports.workbook.table(SETTINGS_TABLE);
    if (!table) return;
    for (const r of table.readAll(['key', 'value'])) {
      if (r.values.key === `doc.${item}` || r.values.key === `doc.${item}.pdf`) {
        table.writeRows(r.rowNumber, [{ value: 'в корзине: согласие отозвано' }], ['value']);
      }
    }
  });
}
