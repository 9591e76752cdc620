/**
 * «Документы»: the chosen groups of documents made by a resumable job. The dialog starts it and calls
 * again until it is finished; each execution works within the budget (src/app/jobs.ts). A lease in the
 * document's properties keeps two executions (two open dialogs) from working on the same items at once;
 * it is renewed while documents are written, so the lease of a killed execution runs out within a minute and a half.
 * Google's daily quota on new documents pauses the job (the item is not marked failed); it goes on the next day.
 * A document a person changed since the add-on wrote it is left as it is and listed; the coordinator may
 * overwrite the ones they tick with a job over just those (startOverwriteJob).
 */

import { dailyQuotaMessage, isDailyQuotaText } from '../../domain/googleQuota';
import { continueJobInBatches, type ItemOutcome, type JobClock, type JobProgress, JobStateError, messageOf, readJob, startJob } from '../jobs';
import type { ClockPort, DriveBatchPort, DrivePort } from '../ports';
import { type DocumentGroup, documentItems, isDocumentGroup, itemLabel } from './catalog';
import { documentOptions } from './documentSettings';
import { documentFolders } from './folders';
import { decodeItemNote, encodeItemNote, handEditLine } from './handEdits';
import { type DocumentLink, writeDocumentLinks } from './links';
import { type DocumentPorts, freshRecord, type MadeDocument, makeDocument, type Plan, planDocument } from './makeDocument';
import { type NewOutcome, writeNewDocuments } from './newDocuments';
import { type DocumentRecord, documentRecord, documentRecordEntry } from './registry';
import { encodeRefusals, refusalLines } from './sharingNotes';
import { readSources, type Sources } from './sources';

export const DOCUMENTS_JOB = 'documents';
const LEASE_KEY = 'nastavnik.job.documents.lease';
const STATS_KEY = 'nastavnik.job.documents.stats';
/** Far longer than one document takes (seconds), far shorter than Apps Script's 360 s. */
const LEASE_MS = 90_000;

export interface DocumentsJobPorts extends DocumentPorts {
  readonly drive: DrivePort;
  readonly clock: ClockPort;
  readonly journal: () => { log(action: string, details: string): void };
  /** Milliseconds of wall-clock time (Date.now in Apps Script). */
  readonly nowMs: () => number;
  /** Drive requests sent together, for documents made for the first time; without it, one document at a time. */
  readonly batch?: DriveBatchPort;
}

export interface DocumentsJobView {
  readonly total: number;
  readonly done: number;
  readonly finished: boolean;
  readonly executions: number;
  readonly created: number;
  readonly updated: number;
  /** Documents changed by hand and left as they are. */
  readonly kept: number;
  readonly failed: readonly { label: string; message: string }[];
  /** Failed documents whose reasons were not kept (too many to keep): they are counted only. */
  readonly failedUntold: number;
  /** Documents made that need the coordinator: per person, what to do so that they can open it. */
  readonly notes: readonly { label: string; lines: readonly string[] }[];
  /** Documents a person changed since the add-on wrote them, left as they are: the dialog offers to overwrite them. */
  readonly handEdited: readonly { item: string; label: string; line: string }[];
  /** The job waits for tomorrow (Google's daily limit), in Russian; null when it is not paused. */
  readonly paused: string | null;
  /** The job stopped and cannot go on by itself, in Russian; null otherwise. */
  readonly stopped: string | null;
  /** Another execution holds the job: the dialog waits and calls again. */
  readonly busy: boolean;
  readonly folderUrl: string;
}

interface Stats {
  created: number;
  updated: number;
  kept?: number;
  folderUrl: string;
  /** This job rewrites its items even if a person changed them (the coordinator asked for it). */
  overwrite?: boolean;
  /** Items written whose links are not in the sheets yet: an execution killed before it wrote them leaves them here. */
  unlinked?: string[];
}

/**
 * Links go to the sheets at the end of every execution, or sooner after this many documents: each batch reads the
 * sheets again (a person may have moved rows), and the items waiting in the job's stats stay far below 9 KB.
 */
const LINK_BATCH = 100;
/**
 * Documents that report on the others (the status report counts the pairs' programmes and the acts made): made
 * after the job's documents before them are written, recorded and linked in the sheets they are read from.
 */
const SUMMARIES: ReadonlySet<string> = new Set(['report']);
/** Documents sent to Drive together: ten files, their people and versions in three calls; a batch stays seconds long. */
const BATCH = 10;
/** The lease is renewed when less than this is left of it. */
const LEASE_RENEW_MS = 60_000;

const NO_STATS: Stats = { created: 0, updated: 0, folderUrl: '' };

function view(progress: JobProgress, stats: Stats, sources: Sources | null, busy: boolean, stopped: string | null = null): DocumentsJobView {
  const notes = progress.notes.map((n) => ({ item: n.item, label: itemLabel(n.item, sources), ...decodeItemNote(n.message) }));
  return {
    total: progress.total,
    done: progress.done,
    finished: progress.finished,
    executions: progress.executions,
    created: stats.created,
    updated: stats.updated,
    kept: stats.kept ?? 0,
    failed: progress.failed.map((f) => ({ label: itemLabel(f.item, sources), message: f.message })),
    failedUntold: progress.failedCount - progress.failed.length,
    notes: notes.flatMap((n) => (n.refusals === null ? [] : [{ label: n.label, lines: refusalLines(n.refusals) }])),
    handEdited: notes.flatMap((n) => (n.handEdited === null ? [] : [{ item: n.item, label: n.label, line: handEditLine(n.label, n.handEdited) }])),
    paused: progress.paused,
    stopped,
    busy,
    folderUrl: stats.folderUrl,
  };
}

/** Starts the job for these groups; an unfinished job goes on instead (its progress is returned). */
export function startDocumentsJob(ports: DocumentsJobPorts, groups: readonly unknown[]): DocumentsJobView {
  const chosen = groups.filter(isDocumentGroup) as DocumentGroup[];
  if (chosen.length === 0) throw new Error('Выберите хотя бы одну группу документов.');
  const current = readJob(ports.store, DOCUMENTS_JOB);
  const sources = readSources(ports.workbook, ports.clock.today());
  // Pressing «Сформировать» on a paused job means "try again now": the next call does, and pauses again if need be.
  if (current && !current.finished) return view({ ...current, paused: null }, ports.store.get<Stats>(STATS_KEY, NO_STATS), sources, false);
  const items = documentItems(sources, chosen);
  if (items.length === 0) throw new Error('Для выбранных групп нет документов: нет действующих пар с данными в банках.');
  const folders = documentFolders(ports);
  const stats: Stats = { created: 0, updated: 0, folderUrl: folders.rootUrl };
  ports.store.set(STATS_KEY, stats);
  return view(startJob(ports.store, DOCUMENTS_JOB, items), stats, sources, false);
}

/**
 * «Перезаписать отмеченные»: a job over just these documents that rewrites them although a person changed
 * them. Only documents the add-on left as they are can be asked for; an unfinished job must end first.
 */
export function startOverwriteJob(ports: DocumentsJobPorts, items: readonly unknown[]): DocumentsJobView {
  const current = readJob(ports.store, DOCUMENTS_JOB);
  if (current && !current.finished) throw new Error('Формирование документов ещё не закончено: дождитесь его конца и перезапишите документы потом.');
  const chosen = [...new Set(items.filter((i): i is string => typeof i === 'string'))].filter(
    (item) => documentRecord(ports.store, item)?.handEdited !== undefined,
  );
  if (chosen.length === 0) throw new Error('Отметьте хотя бы один документ, изменённый вручную.');
  const sources = readSources(ports.workbook, ports.clock.today());
  const folders = documentFolders(ports);
  const stats: Stats = { created: 0, updated: 0, folderUrl: folders.rootUrl, overwrite: true };
  ports.store.set(STATS_KEY, stats);
  return view(startJob(ports.store, DOCUMENTS_JOB, chosen), stats, sources, false);
}

/** One execution's share of the job. */
export function continueDocumentsJob(ports: DocumentsJobPorts, clock: JobClock): DocumentsJobView {
  const state = readJob(ports.store, DOCUMENTS_JOB);
  if (!state) throw new Error('Задание на документы не найдено: начните его заново.');
  const stats = ports.store.get<Stats>(STATS_KEY, NO_STATS);
  if (state.finished) return view(state, stats, null, false);

  const now = ports.nowMs();
  const leased = ports.lock.withDocumentLock(() => {
    if (ports.store.get<number>(LEASE_KEY, 0) > now) return false;
    ports.store.set(LEASE_KEY, now + LEASE_MS);
    return true;
  });
  if (!leased) return view(state, stats, null, true);
  try {
    const today = ports.clock.today();
    const sources = readSources(ports.workbook, today);
    const folders = documentFolders(ports);
    const links: DocumentLink[] = [];
    const flushLinks = (): void => {
      if (links.length === 0 && (stats.unlinked ?? []).length === 0) return;
      ports.lock.withDocumentLock(() => writeDocumentLinks(ports.workbook, ports.store, sources, links));
      links.length = 0;
      stats.unlinked = [];
      ports.store.set(STATS_KEY, { ...stats, folderUrl: folders.rootUrl });
    };
    // Documents an execution killed before its links were written: their links come from their records.
    links.push(...linksOfUnlinked(ports, stats.unlinked ?? [], state.notes));
    flushLinks();
    let leaseUntil = now + LEASE_MS;
    // Final records of the documents just made, saved with the job's progress in one write (`alongside`).
    let finalRecords: Record<string, unknown> = {};
    const renewLease = (): void => {
      if (leaseUntil - ports.nowMs() >= LEASE_RENEW_MS) return;
      leaseUntil = ports.nowMs() + LEASE_MS;
      ports.store.set(LEASE_KEY, leaseUntil);
    };
    const account = (item: string, made: MadeDocument): ItemOutcome => {
      if (made.created) stats.created += 1;
      else if (made.handEdited !== null) stats.kept = (stats.kept ?? 0) + 1;
      else stats.updated += 1;
      links.push(made.link);
      stats.unlinked = [...(stats.unlinked ?? []), item];
      const note = encodeItemNote(made.handEdited, made.refused.length > 0 ? encodeRefusals(made.refused) : undefined);
      return note ? { kind: 'done', note } : { kind: 'done' };
    };
    const doItem = (item: string, known?: DocumentRecord | null): ItemOutcome => {
      try {
        const made = makeDocument(ports, sources, folders, item, today, {
          ...(known !== undefined ? { known } : {}),
          nowMs: ports.nowMs(),
          overwrite: stats.overwrite === true,
          saveFinal: (record) => Object.assign(finalRecords, documentRecordEntry(item, record)),
        });
        return account(item, made);
      } catch (error) {
        // Retrying today does not help, and the item is not at fault: the job waits for tomorrow.
        if (isDailyQuotaText(error)) return { kind: 'pause', message: dailyQuotaMessage(error) };
        if (error instanceof JobStateError) throw error;
        return { kind: 'failed', message: messageOf(error) };
      }
    };
    const settings = documentOptions(new Map(sources.settingsRows.map((r) => [String(r.values.key), String(r.values.value)])));
    /** Documents with no file yet and no PDF go to Drive together (newDocuments.ts); the rest one by one, in order. */
    const doBatch = (items: readonly string[]): ItemOutcome[] => {
      // Before the next documents, so that every record the links are built from is saved.
      if ((stats.unlinked ?? []).length >= LINK_BATCH) flushLinks();
      const outcomes: ItemOutcome[] = [];
      let fresh: { at: number; item: string; plan: Plan }[] = [];
      let paused = false;
      const writeFresh = (): void => {
        if (!ports.batch || fresh.length === 0) return;
        // Files of these documents that a killed or failed run made but could not record: written in place, not made twice.
        const adopted = adoptUnrecorded(
          ports,
          fresh.map((f) => ({ item: f.item, name: f.plan.model.fileName, folderId: folders[f.plan.folder] })),
          ports.nowMs(),
        );
        for (const f of fresh.filter((x) => adopted.has(x.item))) {
          outcomes[f.at] = paused ? { kind: 'pause', message: '' } : doItem(f.item);
          if (outcomes[f.at].kind === 'pause') paused = true;
        }
        fresh = fresh.filter((f) => !adopted.has(f.item));
        if (fresh.length === 0) return;
        if (paused) {
          for (const f of fresh) outcomes[f.at] = { kind: 'pause', message: '' };
          fresh = [];
          return;
        }
        let written: NewOutcome[];
        try {
          written = writeNewDocuments(
            { batch: ports.batch, store: ports.store },
            fresh.map((f) => ({ item: f.item, plan: f.plan, folderId: folders[f.plan.folder] })),
            { role: settings.shareRole, notify: settings.notify },
            ports.nowMs(),
          );
        } catch (error) {
          if (error instanceof JobStateError) throw error;
          // Google kept failing: each of them fails as one document would (a file already made is found again).
          written = fresh.map(() => ({ kind: 'failed' as const, message: messageOf(error) }));
        }
        written.forEach((w, k) => {
          const { at, item } = fresh[k];
          if (w.kind === 'made') Object.assign(finalRecords, documentRecordEntry(item, w.record));
          // After a pause only the records count: those documents are done again (in place) when the job goes on.
          if (paused) outcomes[at] = { kind: 'pause', message: '' };
          else if (w.kind === 'made') outcomes[at] = account(item, w.made);
          else if (w.kind === 'pause') {
            paused = true;
            outcomes[at] = { kind: 'pause', message: dailyQuotaMessage(w.message) };
          } else outcomes[at] = { kind: 'failed', message: w.message };
        });
        fresh = [];
      };
      for (let at = 0; at < items.length && !paused; at++) {
        const item = items[at];
        // Read once here for both: whether it is new, and (when it is not) what makeDocument starts from.
        const known = ports.batch && stats.overwrite !== true ? documentRecord(ports.store, item) : undefined;
        const summary = SUMMARIES.has(item);
        const plan = known === null && !summary ? newDocumentPlan(item) : null;
        if (plan) {
          fresh.push({ at, item, plan });
          continue;
        }
        // Items keep their order: the new documents before this one are written first.
        writeFresh();
        if (paused) break;
        if (summary) linkWritten();
        outcomes[at] = doItem(item, known);
        if (outcomes[at].kind === 'pause') paused = true;
      }
      if (!paused) writeFresh();
      renewLease();
      return outcomes;
    };
    /**
     * The documents written so far in the sheets: their records saved first (the links of school documents are built
     * from them; a record saved before the job's progress only makes a rerun write it in place).
     */
    const linkWritten = (): void => {
      if (Object.keys(finalRecords).length > 0) {
        if (ports.store.setMany) ports.store.setMany(finalRecords);
        else for (const [key, value] of Object.entries(finalRecords)) ports.store.set(key, value);
        finalRecords = {};
      }
      flushLinks();
    };
    /** The plan of a document with no record yet, if it has no PDF to go with it; null otherwise (or when it cannot be made). */
    const newDocumentPlan = (item: string): Plan | null => {
      try {
        const plan = planDocument(item, sources, ports, today);
        return plan.pdf ? null : plan;
      } catch {
        // makeDocument says why, as the item's failure.
        return null;
      }
    };
    // The counts, the items not linked yet and the documents' records go with the job's progress: one write per batch.
    const progress = continueJobInBatches(ports.store, DOCUMENTS_JOB, clock, ports.batch ? BATCH : 1, doBatch, undefined, () => {
      const entries = { ...finalRecords, [STATS_KEY]: { ...stats, folderUrl: folders.rootUrl } };
      finalRecords = {};
      return entries;
    });
    flushLinks();
    const result = view(progress, { ...stats, folderUrl: folders.rootUrl }, sources, false);
    if (progress.finished) {
      ports.journal().log(
        'Документы',
        `Создано: ${stats.created}, обновлено: ${stats.updated}, не удалось: ${progress.failedCount}` +
          ((stats.kept ?? 0) > 0 ? `, не перезаписано (изменены вручную): ${stats.kept}` : '') +
          (stats.overwrite ? ' (перезапись отмеченных)' : '') +
          (progress.notes.length > 0 ? `, без доступа для участников: ${progress.notes.length}` : '') +
          `; запусков: ${progress.executions}.`,
      );
    } else if (progress.paused) {
      ports.journal().log('Документы', `Приостановлено: готово ${progress.done} из ${progress.total}. ${progress.paused}`);
    }
    return result;
  } catch (error) {
    // Progress that cannot be saved would make every next call redo the same document: stop and say so.
    if (error instanceof JobStateError) return view(readJob(ports.store, DOCUMENTS_JOB) ?? state, stats, null, false, error.message);
    throw error;
  } finally {
    ports.store.set(LEASE_KEY, 0);
  }
}

/**
 * Documents made by an execution that was killed, or could not save their records, before recording them (the
 * records of a batch are written right after its files are made): found by name in their folders — one list per
 * folder before each batch of new documents — and recorded, so the job writes them in place instead of making them
 * twice. A file Drive's search does not list yet is made again (a duplicate, never a loss: emulator/DIVERGENCES.md,
 * «Drive files.list»). Returns the items recorded so.
 */
function adoptUnrecorded(ports: DocumentsJobPorts, wanted: readonly { item: string; name: string; folderId: string }[], nowMs: number): Set<string> {
  const adopted = new Set<string>();
  if (wanted.length === 0) return adopted;
  const entries: Record<string, unknown> = {};
  for (const folderId of new Set(wanted.map((w) => w.folderId))) {
    const files = ports.documents.documentsIn(folderId);
    const taken = new Set<string>();
    for (const w of wanted.filter((x) => x.folderId === folderId)) {
      // A document's name is its own (its pair, its mentor, the year), so a Doc of that name is this item's file.
      const file = files.find((f) => f.name === w.name && !taken.has(f.id));
      if (!file) continue;
      taken.add(file.id);
      adopted.add(w.item);
      // Marked as being written: what Drive saw since is the killed write's, and the job rewrites it in place.
      Object.assign(entries, documentRecordEntry(w.item, freshRecord({ id: file.id, url: `https://docs.google.com/document/d/${file.id}/edit` }, nowMs)));
    }
  }
  if (adopted.size === 0) return adopted;
  if (ports.store.setMany) ports.store.setMany(entries);
  else for (const [key, value] of Object.entries(entries)) ports.store.set(key, value);
  return adopted;
}

/** The links of documents written but not linked, rebuilt from their records and the job's notes on them. */
function linksOfUnlinked(ports: DocumentsJobPorts, items: readonly string[], notes: JobProgress['notes']): DocumentLink[] {
  return items.flatMap((item) => {
    const record = documentRecord(ports.store, item);
    if (!record) return [];
    const note = notes.find((n) => n.item === item);
    const refusals = note ? decodeItemNote(note.message).refusals : null;
    return [
      {
        item,
        url: record.url,
        pairId: item.startsWith('pair:') ? item.slice('pair:'.length) : null,
        accessLines: refusals === null ? [] : refusalLines(refusals),
        handEdited: record.handEdited ?? null,
      },
    ];
  });
}

/** The last job's progress for the dialog, without reading the sheets; null when there was none. */
export function documentsJobStatus(store: DocumentsJobPorts['store']): DocumentsJobView | null {
  const state = readJob(store, DOCUMENTS_JOB);
  if (!state) return null;
  return view(state, store.get<Stats>(STATS_KEY, NO_STATS), null, false);
}
