/**
 * Resumable jobs for long work (hundreds of documents): each execution works within a time budget well
 * under Apps Script's six minutes, saves its progress after every item, and the next execution — started
 * by the dialog calling the server again, since an editor add-on may run time triggers only hourly —
 * goes on from there. Items are done in order; an item redone after a killed execution must be
 * harmless (documents are updated in place, never copied).
 *
 * The state is spread over small properties, because a document property holds at most 9 KB and a store
 * 500 KB (gas-api.md §13, vector 52): a head (`nastavnik.job.<kind>`), the cursor (`….at`, the only
 * property written after every item), the items in chunks (`….items.<n>`) and the problems met — failures
 * and notes on items that were done — appended to chunks (`….issues.<n>`) within a byte budget.
 */
import type { DocumentStorePort } from './ports';

/** A problem met on an item: it failed, or it was done but needs the coordinator's attention. */
export interface JobIssue {
  readonly item: string;
  readonly kind: 'failed' | 'note';
  readonly message: string;
}

export interface JobProgress {
  readonly kind: string;
  readonly total: number;
  readonly done: number;
  readonly finished: boolean;
  readonly failed: readonly JobIssue[];
  readonly notes: readonly JobIssue[];
  /** Failed items in all, including those whose message was not kept (over the budget). */
  readonly failedCount: number;
  /** Issues met but not kept, so that the state stays within the store's 500 KB. */
  readonly untold: number;
  /** Executions the job has taken so far, this one included. */
  readonly executions: number;
  /** Why the job stopped before its end and waits to be continued later (e.g. a daily quota); null otherwise. */
  readonly paused: string | null;
}

export interface JobClock {
  /** Milliseconds since this execution started. */
  elapsedMs(): number;
}

/** Thrown by an item to stop the job without marking the item: it is done again when the job goes on. */
export class JobPause extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobPause';
  }
}

/** The job's progress could not be saved: it stops rather than redo the same item again and again. */
export class JobStateError extends Error {
  constructor(cause: unknown) {
    super(
      `Не удалось сохранить ход работы в свойствах таблицы (${messageOf(cause)}). ` +
        'Работа остановлена, чтобы не повторять один и тот же документ снова и снова. Сообщите разработчику надстройки.',
    );
    this.name = 'JobStateError';
  }
}

/** Leaves room for the item in hand and for writing the progress: Apps Script stops at 360 s. */
export const DEFAULT_BUDGET_MS = 240_000;
/** Bytes of one chunk's JSON: well under the 9,216 bytes of a property value. */
export const CHUNK_BYTES = 4_000;
/** Bytes of all kept issues: with a thousand documents' records the store stays under its 500 KB. */
export const ISSUE_BUDGET_BYTES = 64_000;
/** Characters kept of one message (Cyrillic takes two bytes a character). */
const MESSAGE_CHARS = 400;

interface Head {
  readonly v: 2;
  readonly kind: string;
  readonly total: number;
  readonly chunks: number;
  readonly executions: number;
}

interface Cursor {
  /** Index of the next item to do. */
  readonly next: number;
  readonly issueChunks: number;
  readonly issueBytes: number;
  readonly failed: number;
  readonly untold: number;
  readonly paused: string | null;
}

/** One kept issue; `at` is the item's index, so an issue written by an execution killed before its cursor is dropped. */
interface StoredIssue {
  readonly at: number;
  readonly item: string;
  readonly kind: 'failed' | 'note';
  readonly message: string;
}

/** The one-property state of the first version, still read so that an unfinished job of it goes on. */
interface LegacyState {
  readonly kind: string;
  readonly items: readonly string[];
  readonly next: number;
  readonly failed: readonly { item: string; message: string }[];
  readonly executions: number;
}

const headKey = (kind: string): string => `nastavnik.job.${kind}`;
const cursorKey = (kind: string): string => `nastavnik.job.${kind}.at`;
const itemsKey = (kind: string, n: number): string => `nastavnik.job.${kind}.items.${n}`;
const issuesKey = (kind: string, n: number): string => `nastavnik.job.${kind}.issues.${n}`;

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** UTF-8 bytes of a string, as PropertiesService counts them (no TextEncoder in Apps Script). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

const jsonBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value));

/** The items cut into chunks of at most CHUNK_BYTES of JSON each. */
export function chunkItems(items: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let bytes = 2;
  for (const item of items) {
    const size = jsonBytes(item) + 1;
    if (chunk.length > 0 && bytes + size > CHUNK_BYTES) {
      chunks.push(chunk);
      chunk = [];
      bytes = 2;
    }
    chunk.push(item);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

function save(store: DocumentStorePort, key: string, value: unknown, alongside: Readonly<Record<string, unknown>> = {}): void {
  try {
    if (Object.keys(alongside).length === 0) store.set(key, value);
    else if (store.setMany) store.setMany({ ...alongside, [key]: value });
    else for (const [k, v] of Object.entries({ ...alongside, [key]: value })) store.set(k, v);
  } catch (error) {
    throw new JobStateError(error);
  }
}

const NO_CURSOR: Cursor = { next: 0, issueChunks: 0, issueBytes: 0, failed: 0, untold: 0, paused: null };

function readHead(store: DocumentStorePort, kind: string): Head | LegacyState | null {
  return store.get<Head | LegacyState | null>(headKey(kind), null);
}

const isLegacy = (state: Head | LegacyState): state is LegacyState => Array.isArray((state as LegacyState).items);

function readIssues(store: DocumentStorePort, kind: string, cursor: Cursor): StoredIssue[] {
  const issues: StoredIssue[] = [];
  for (let n = 0; n < cursor.issueChunks; n++) issues.push(...store.get<StoredIssue[]>(issuesKey(kind, n), []));
  return issues.filter((i) => i.at < cursor.next);
}

/** Writes a fresh state over `items`, clearing the chunks of the job before it (their bytes count in the store). */
function writeState(store: DocumentStorePort, kind: string, items: readonly string[], cursor: Cursor, executions: number, issues: StoredIssue[]): void {
  const previous = readHead(store, kind);
  const oldCursor = store.get<Cursor>(cursorKey(kind), NO_CURSOR);
  const chunks = chunkItems(items);
  chunks.forEach((chunk, n) => {
    save(store, itemsKey(kind, n), chunk);
  });
  if (previous && !isLegacy(previous)) for (let n = chunks.length; n < previous.chunks; n++) save(store, itemsKey(kind, n), null);
  let issueChunks = 0;
  let issueBytes = 0;
  let chunk: StoredIssue[] = [];
  for (const issue of issues) {
    chunk.push(issue);
    issueBytes += jsonBytes(issue);
    if (jsonBytes(chunk) > CHUNK_BYTES / 2) {
      save(store, issuesKey(kind, issueChunks++), chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) save(store, issuesKey(kind, issueChunks++), chunk);
  for (let n = issueChunks; n < oldCursor.issueChunks; n++) save(store, issuesKey(kind, n), null);
  save(store, cursorKey(kind), { ...cursor, issueChunks, issueBytes });
  const head: Head = { v: 2, kind, total: items.length, chunks: chunks.length, executions };
  save(store, headKey(kind), head);
}

/** A job saved in the one-property shape goes on in the chunked one. */
function migrate(store: DocumentStorePort, kind: string, legacy: LegacyState): void {
  const issues = legacy.failed.map((f) => ({ at: Math.max(0, legacy.items.indexOf(f.item)), item: f.item, kind: 'failed' as const, message: f.message }));
  const cursor: Cursor = { ...NO_CURSOR, next: legacy.next, failed: legacy.failed.length };
  writeState(store, kind, legacy.items, cursor, legacy.executions, issues);
}

function progressOf(store: DocumentStorePort, head: Head, cursor: Cursor): JobProgress {
  const issues = readIssues(store, head.kind, cursor);
  const strip = ({ item, kind, message }: StoredIssue): JobIssue => ({ item, kind, message });
  return {
    kind: head.kind,
    total: head.total,
    done: Math.min(cursor.next, head.total),
    finished: cursor.next >= head.total,
    failed: issues.filter((i) => i.kind === 'failed').map(strip),
    notes: issues.filter((i) => i.kind === 'note').map(strip),
    failedCount: cursor.failed,
    untold: cursor.untold,
    executions: head.executions,
    paused: cursor.paused,
  };
}

/** The job of this kind as last saved (cheap: the head, the cursor and the issues, not the items), or null. */
export function readJob(store: DocumentStorePort, kind: string): JobProgress | null {
  let head = readHead(store, kind);
  if (!head) return null;
  if (isLegacy(head)) {
    migrate(store, kind, head);
    head = readHead(store, kind) as Head;
  }
  return progressOf(store, head as Head, store.get<Cursor>(cursorKey(kind), NO_CURSOR));
}

/** Starts a job (or restarts a finished one) over `items`; an unfinished job of the same kind goes on instead. */
export function startJob(store: DocumentStorePort, kind: string, items: readonly string[]): JobProgress {
  const current = readJob(store, kind);
  if (current && !current.finished) return current;
  writeState(store, kind, items, NO_CURSOR, 0, []);
  return readJob(store, kind) as JobProgress;
}

function readItems(store: DocumentStorePort, head: Head): string[] {
  const items: string[] = [];
  for (let n = 0; n < head.chunks; n++) items.push(...store.get<string[]>(itemsKey(head.kind, n), []));
  if (items.length !== head.total) throw new Error('Список документов задания повреждён: начните формирование заново.');
  return items;
}

/** Appends an issue to the last chunk (dropping what a killed execution left there past the cursor); returns the new cursor. */
function keepIssue(store: DocumentStorePort, kind: string, cursor: Cursor, issue: StoredIssue): Cursor {
  const stored = { ...issue, message: issue.message.length > MESSAGE_CHARS ? `${issue.message.slice(0, MESSAGE_CHARS)}…` : issue.message };
  const size = jsonBytes(stored);
  const counted = issue.kind === 'failed' ? { failed: cursor.failed + 1 } : {};
  if (cursor.issueBytes + size > ISSUE_BUDGET_BYTES) return { ...cursor, ...counted, untold: cursor.untold + 1 };
  const last = cursor.issueChunks - 1;
  const chunk = last >= 0 ? store.get<StoredIssue[]>(issuesKey(kind, last), []).filter((i) => i.at < issue.at) : [];
  if (last >= 0 && jsonBytes(chunk) + size + 1 <= CHUNK_BYTES) {
    save(store, issuesKey(kind, last), [...chunk, stored]);
    return { ...cursor, ...counted, issueBytes: cursor.issueBytes + size };
  }
  save(store, issuesKey(kind, last + 1), [stored]);
  return { ...cursor, ...counted, issueChunks: last + 2, issueBytes: cursor.issueBytes + size };
}

/** What became of one item of a batch: done (with a note or not), failed, or the job pauses at it. */
export type ItemOutcome =
  | { readonly kind: 'done'; readonly note?: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'pause'; readonly message: string };

/**
 * One execution's share of the job: items in order while the budget lasts, progress saved after each.
 * An item that throws is recorded as failed (with its Russian message) and the job goes on; an item that
 * returns a text is done and carries it as a note; an item that throws JobPause stops the job where it is.
 */
export function continueJob(
  store: DocumentStorePort,
  kind: string,
  clock: JobClock,
  doItem: (item: string) => string | undefined,
  budgetMs = DEFAULT_BUDGET_MS,
  /** The caller's own values to save in the same write as the progress after each item. */
  alongside: () => Readonly<Record<string, unknown>> = () => ({}),
): JobProgress {
  const one = (items: readonly string[]): ItemOutcome[] => {
    try {
      const note = doItem(items[0]);
      return [note ? { kind: 'done', note } : { kind: 'done' }];
    } catch (error) {
      if (error instanceof JobPause) return [{ kind: 'pause', message: error.message }];
      if (error instanceof JobStateError) throw error;
      return [{ kind: 'failed', message: messageOf(error) }];
    }
  };
  return continueJobInBatches(store, kind, clock, 1, one, budgetMs, alongside);
}

/**
 * continueJob for work that is cheaper done several items at once (Drive requests sent together): `doBatch`
 * gets up to `batchSize` items in order and answers one outcome per item, in the same order (throwing only what
 * must stop the execution). Progress is saved once per batch; a pause at an item leaves it and those after it
 * for later, even if some of them were done (the caller makes items safe to do again).
 */
export function continueJobInBatches(
  store: DocumentStorePort,
  kind: string,
  clock: JobClock,
  batchSize: number,
  doBatch: (items: readonly string[]) => readonly ItemOutcome[],
  budgetMs = DEFAULT_BUDGET_MS,
  alongside: () => Readonly<Record<string, unknown>> = () => ({}),
): JobProgress {
  const progress = readJob(store, kind);
  if (!progress) throw new Error('Задание не найдено: начните его заново.');
  const head = readHead(store, kind) as Head;
  if (progress.finished) return progress;
  const items = readItems(store, head);
  const run: Head = { ...head, executions: head.executions + 1 };
  save(store, headKey(kind), run);
  let cursor: Cursor = { ...store.get<Cursor>(cursorKey(kind), NO_CURSOR), paused: null };
  let slowest = 0;
  while (cursor.next < items.length && cursor.paused === null) {
    const before = clock.elapsedMs();
    if (before + slowest > budgetMs) break;
    const batch = items.slice(cursor.next, cursor.next + Math.max(1, batchSize));
    const from = cursor.next;
    const outcomes = doBatch(batch);
    for (const outcome of outcomes.slice(0, batch.length)) {
      const at = cursor.next;
      // An item the batch did not get to is not done: the job goes on from it.
      if (!outcome) break;
      if (outcome.kind === 'pause') {
        cursor = { ...cursor, paused: outcome.message };
        break;
      }
      const issue: StoredIssue | null =
        outcome.kind === 'failed'
          ? { at, item: items[at], kind: 'failed', message: outcome.message }
          : outcome.note
            ? { at, item: items[at], kind: 'note', message: outcome.note }
            : null;
      if (issue) cursor = keepIssue(store, kind, cursor, issue);
      cursor = { ...cursor, next: at + 1 };
    }
    save(store, cursorKey(kind), cursor, alongside());
    slowest = Math.max(slowest, clock.elapsedMs() - before);
    // A batch that did none of its items would be asked for the same ones again and again: the next call goes on.
    if (cursor.next === from) break;
  }
  save(store, cursorKey(kind), cursor);
  if (cursor.next >= items.length) return progressOf(store, releaseItems(store, run), cursor);
  return progressOf(store, run, cursor);
}

/**
 * A finished job needs its head, cursor and problems (the dialog shows them), not its list of items: the list
 * is freed, since the documents' own records need most of the store's 500 KB at a thousand pairs.
 */
function releaseItems(store: DocumentStorePort, head: Head): Head {
  for (let n = 0; n < head.chunks; n++) save(store, itemsKey(head.kind, n), null);
  const released: Head = { ...head, chunks: 0 };
  save(store, headKey(head.kind), released);
  return released;
}
