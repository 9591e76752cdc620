/**
 * Resumable jobs for long work (dozens of documents): each execution works within a time budget well
 * under Apps Script's six minutes, saves its progress after every item, and the next execution — started
 * by the dialog calling the server again, since an editor add-on may run time triggers only hourly —
 * goes on from there. Items are done in order; an item redone after a killed execution must be
 * harmless (documents are updated in place, never copied).
 */
import type { DocumentStorePort } from './ports';

export interface JobState {
  readonly kind: string;
  readonly items: readonly string[];
  /** Index of the next item to do. */
  next: number;
  readonly failed: { item: string; message: string }[];
  readonly executions: number;
}

export interface JobProgress {
  readonly kind: string;
  readonly total: number;
  readonly done: number;
  readonly finished: boolean;
  readonly failed: readonly { item: string; message: string }[];
  /** Executions the job has taken so far, this one included. */
  readonly executions: number;
}

export interface JobClock {
  /** Milliseconds since this execution started. */
  elapsedMs(): number;
}

/** Leaves room for the item in hand and for writing the progress: Apps Script stops at 360 s. */
export const DEFAULT_BUDGET_MS = 240_000;

const key = (kind: string): string => `nastavnik.job.${kind}`;

/** The job of this kind as last saved, or null when there was none. */
export function readJob(store: DocumentStorePort, kind: string): JobState | null {
  return store.get<JobState | null>(key(kind), null);
}

export function jobProgress(state: JobState): JobProgress {
  return {
    kind: state.kind,
    total: state.items.length,
    done: state.next,
    finished: state.next >= state.items.length,
    failed: state.failed,
    executions: state.executions,
  };
}

/** Starts a job (or restarts a finished one) over `items`; an unfinished job of the same kind goes on instead. */
export function startJob(store: DocumentStorePort, kind: string, items: readonly string[]): JobProgress {
  const current = readJob(store, kind);
  if (current && current.next < current.items.length) return jobProgress(current);
  const state: JobState = { kind, items: [...items], next: 0, failed: [], executions: 0 };
  store.set(key(kind), state);
  return jobProgress(state);
}

/**
 * One execution's share of the job: items in order while the budget lasts, progress saved after each.
 * An item that throws is recorded as failed (with its Russian message) and the job goes on.
 */
export function continueJob(
  store: DocumentStorePort,
  kind: string,
  clock: JobClock,
  doItem: (item: string) => void,
  budgetMs = DEFAULT_BUDGET_MS,
): JobProgress {
  const state = readJob(store, kind);
  if (!state) throw new Error('Задание не найдено: начните его заново.');
  const run: JobState = { ...state, executions: state.executions + 1 };
  let slowest = 0;
  while (run.next < run.items.length) {
    const before = clock.elapsedMs();
    if (before + slowest > budgetMs) break;
    const item = run.items[run.next];
    try {
      doItem(item);
    } catch (error) {
      run.failed.push({ item, message: error instanceof Error ? error.message : String(error) });
    }
    run.next += 1;
    store.set(key(kind), run);
    slowest = Math.max(slowest, clock.elapsedMs() - before);
  }
  store.set(key(kind), run);
  return jobProgress(run);
}
