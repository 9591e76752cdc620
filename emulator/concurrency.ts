/**
 * Simultaneous executions, modelled (gas-api.md vector 54): a burst of executions that arrive at nearby
 * virtual times, e.g. thirty form-submit triggers after a staff meeting, contending for the document lock.
 *
 * The bundle runs as synchronous JS, one execution at a time, so true interleaving is impossible. The
 * model: executions run one after another in the order they arrive, each at its OWN virtual time (the
 * world clock is set back to its arrival when it starts), with its own 6-minute limit counted from there.
 * The lock store remembers when each lock was last released; an execution asking for it earlier waits
 * until then, or times out (tryLock → false, waitLock → «Lock timeout…») after exactly its timeout —
 * what it would see in Google where the earlier ones hold the lock in turn. An execution arriving while
 * 30 of the same user's are still running does not start («There are too many scripts running
 * simultaneously…»). Things that happen in the world at a time (an answer landing in its response sheet)
 * are scheduled and take effect at the first service call at or after that time, by any execution.
 *
 * Not captured (stated in emulator/DIVERGENCES.md): reads OUTSIDE a lock see a sequential world (every
 * write of the executions run before, even those made "later" in virtual time); the lock is granted in
 * arrival order (an earlier arrival that asks late still goes first; Google gives no order); Google's
 * per-service concurrency limits («Too many simultaneous invocations: Spreadsheets») are not modelled.
 */
import type { Addon, RunOptions } from './load';
import { ExecutionTimeoutError, TooManySimultaneousError } from './runtime';

export type BurstStatus =
  /** Ran to the end. */
  | 'ok'
  /** Threw after a lock request timed out (tryLock false / waitLock threw). */
  | 'lock-timeout'
  /** Refused at its start: the user already ran 30 executions. */
  | 'not-started'
  /** Killed: past its time limit, or a 'kill' fault. */
  | 'killed'
  /** Threw something else. */
  | 'error';

export interface BurstOutcome {
  readonly label: string;
  readonly arrivalMs: number;
  readonly status: BurstStatus;
  /** The text the execution failed with (the executions page would show it). */
  readonly error?: string;
  /** Virtual time it ended (arrival for one that did not start). */
  readonly endedAtMs: number;
  /** Virtual ms spent waiting for locks; lock requests that timed out. */
  readonly lockWaitMs: number;
  readonly lockTimeouts: number;
  /** Service calls it made (the meter's window). */
  readonly calls: number;
}

export interface BurstItem {
  readonly label: string;
  /** Virtual arrival time, epoch ms. */
  readonly atMs: number;
  /** What happens in the world at `atMs` (before any execution sees it). */
  readonly arrive?: () => void;
  /** Runs the one execution it starts, passing these options on to `Addon.run`/`runWith`. */
  readonly execute: (options: RunOptions) => void;
}

/** Runs a burst; afterwards the world clock stands at the latest end (or arrival) of the burst. */
export function runBurst(addon: Addon, items: readonly BurstItem[]): BurstOutcome[] {
  const { rt } = addon.ws;
  const start = rt.clock.now();
  if (items.some((i) => i.atMs < start)) throw new Error('Emulator: a burst cannot arrive before the current virtual time');
  for (const item of items) if (item.arrive) rt.schedule(item.atMs, item.arrive);
  const ordered = [...items].sort((a, b) => a.atMs - b.atMs);
  let latest = start;
  const outcomes: BurstOutcome[] = [];
  for (const item of ordered) {
    const before = addon.executions.length;
    let status: BurstStatus = 'ok';
    let error: string | undefined;
    // The world at its arrival (its own answer landed) comes before the execution starts, or fails to.
    rt.clock.set(item.atMs);
    rt.happenUntil(item.atMs);
    try {
      item.execute({ startAtMs: item.atMs });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      status = statusOf(e, addon.executions.length > before ? addon.executions[addon.executions.length - 1].lockTimeouts : 0);
    }
    const exec = addon.executions.length > before ? addon.executions[addon.executions.length - 1] : null;
    const calls = exec ? Object.values(rt.meter.window()).reduce((a, b) => a + b, 0) : 0;
    const endedAtMs = exec ? rt.clock.now() : item.atMs;
    latest = Math.max(latest, endedAtMs, item.atMs);
    outcomes.push({ label: item.label, arrivalMs: item.atMs, status, error, endedAtMs, lockWaitMs: exec?.lockWaitMs ?? 0, lockTimeouts: exec?.lockTimeouts ?? 0, calls });
  }
  rt.clock.set(latest);
  rt.happenUntil(latest);
  return outcomes;
}

function statusOf(e: unknown, lockTimeouts: number): BurstStatus {
  if (e instanceof TooManySimultaneousError) return 'not-started';
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof ExecutionTimeoutError || message === new ExecutionTimeoutError().message) return 'killed';
  return lockTimeouts > 0 ? 'lock-timeout' : 'error';
}

/** A one-line summary of a burst for test messages and the fault campaign: «ok 28, not-started 2». */
export function burstSummary(outcomes: readonly BurstOutcome[]): string {
  const counts = new Map<BurstStatus, number>();
  for (const o of outcomes) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} ${n}`).join(', ');
}
