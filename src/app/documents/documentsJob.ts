/**
 * «Документы»: the chosen groups of documents made by a resumable job. The dialog starts it and calls
 * again until it is finished; each execution works within the budget (src/app/jobs.ts). A lease in the
 * document's properties keeps two executions (two open dialogs) from working on the same items at once;
 * it is renewed after every document, so the lease of a killed execution runs out within a minute and a half.
 */

import { continueJob, type JobClock, type JobProgress, jobProgress, readJob, startJob } from '../jobs';
import type { ClockPort, DrivePort } from '../ports';
import { type DocumentGroup, documentItems, isDocumentGroup, itemLabel } from './catalog';
import { documentFolders } from './folders';
import { type DocumentPorts, makeDocument } from './makeDocument';
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
}

export interface DocumentsJobView {
  readonly total: number;
  readonly done: number;
  readonly finished: boolean;
  readonly executions: number;
  readonly created: number;
  readonly updated: number;
  readonly failed: readonly { label: string; message: string }[];
  /** Another execution holds the job: the dialog waits and calls again. */
  readonly busy: boolean;
  readonly folderUrl: string;
}

interface Stats {
  created: number;
  updated: number;
  folderUrl: string;
}

function view(progress: JobProgress, stats: Stats, sources: Sources | null, busy: boolean): DocumentsJobView {
  return {
    total: progress.total,
    done: progress.done,
    finished: progress.finished,
    executions: progress.executions,
    created: stats.created,
    updated: stats.updated,
    failed: progress.failed.map((f) => ({ label: itemLabel(f.item, sources), message: f.message })),
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
  if (current && current.next < current.items.length) {
    return view(jobProgress(current), ports.store.get<Stats>(STATS_KEY, { created: 0, updated: 0, folderUrl: '' }), sources, false);
  }
  const items = documentItems(sources, chosen);
  if (items.length === 0) throw new Error('Для выбранных групп нет документов: нет действующих пар с данными в банках.');
  const folders = documentFolders(ports);
  ports.store.set(STATS_KEY, { created: 0, updated: 0, folderUrl: folders.rootUrl });
  const progress = startJob(ports.store, DOCUMENTS_JOB, items);
  return view(progress, ports.store.get<Stats>(STATS_KEY, { created: 0, updated: 0, folderUrl: folders.rootUrl }), sources, false);
}

/** One execution's share of the job. */
export function continueDocumentsJob(ports: DocumentsJobPorts, clock: JobClock): DocumentsJobView {
  const state = readJob(ports.store, DOCUMENTS_JOB);
  if (!state) throw new Error('Задание на документы не найдено: начните его заново.');
  const stats = ports.store.get<Stats>(STATS_KEY, { created: 0, updated: 0, folderUrl: '' });
  if (state.next >= state.items.length) return view(jobProgress(state), stats, null, false);

  const now = ports.nowMs();
  const leased = ports.lock.withDocumentLock(() => {
    if (ports.store.get<number>(LEASE_KEY, 0) > now) return false;
    ports.store.set(LEASE_KEY, now + LEASE_MS);
    return true;
  });
  if (!leased) return view(jobProgress(state), stats, null, true);
  try {
    const today = ports.clock.today();
    const sources = readSources(ports.workbook, today);
    const folders = documentFolders(ports);
    const progress = continueJob(ports.store, DOCUMENTS_JOB, clock, (item) => {
      const created = makeDocument(ports, sources, folders, item, today);
      ports.store.set(LEASE_KEY, ports.nowMs() + LEASE_MS);
      if (created) stats.created += 1;
      else stats.updated += 1;
      ports.store.set(STATS_KEY, { ...stats, folderUrl: folders.rootUrl });
    });
    const result = view(progress, { ...stats, folderUrl: folders.rootUrl }, sources, false);
    if (progress.finished) {
      ports.journal().log(
        'Документы',
        `Создано: ${stats.created}, обновлено: ${stats.updated}, не удалось: ${progress.failed.length}; запусков: ${progress.executions}.`,
      );
    }
    return result;
  } finally {
    ports.store.set(LEASE_KEY, 0);
  }
}

/** The last job's progress for the dialog, without reading the sheets; null when there was none. */
export function documentsJobStatus(store: DocumentsJobPorts['store']): DocumentsJobView | null {
  const state = readJob(store, DOCUMENTS_JOB);
  if (!state) return null;
  return view(jobProgress(state), store.get<Stats>(STATS_KEY, { created: 0, updated: 0, folderUrl: '' }), null, false);
}
