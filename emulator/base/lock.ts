/**
 * LockService (developers.google.com/apps-script/reference/lock/lock-service, …/lock/lock): document,
 * script and user locks held by an execution until released or until it ends. Executions run one after
 * another; in a burst (emulator/concurrency.ts) each keeps its own arrival time, and a lock released at
 * virtual time R makes a later-run execution that asks before R wait until R (or time out), as it would
 * queue behind the earlier holders in Google. `holdByOtherExecution` simulates any other holder.
 */
import { guard } from '../guard';
import { type Execution, GasException } from '../runtime';
import type { Workspace } from '../workspace';

type Lock = GoogleAppsScript.Lock.Lock;
type LockService = GoogleAppsScript.Lock.LockService;
type LockApi = Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>;
type LockServiceApi = Pick<LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>;
export type LockKind = 'document' | 'script' | 'user';

/** Who holds a lock: an execution of this emulator, or the simulated other one until a virtual time. */
type Holder = { execution: number } | { other: true; untilMs: number };

const TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockStore {
  private readonly holders = new Map<string, Holder>();
  /** Virtual time each lock was last released by an execution of this emulator: it is busy until then. */
  private readonly freeFromMs = new Map<string, number>();

  constructor(private readonly ws: Workspace) {}

  private key(kind: LockKind): string {
    if (kind === 'document') return `document:${this.ws.activeSpreadsheetId}`;
    if (kind === 'user') return `user:${this.ws.userEmail}`;
    return 'script';
  }

  /**
   * Test control: another execution holds the lock until the returned function is called, or, with
   * `forMs`, for that much virtual time (a waiting tryLock/waitLock then gets it once that time is spent).
   */
  holdByOtherExecution(kind: LockKind, forMs = Number.POSITIVE_INFINITY): () => void {
    const key = this.key(kind);
    const holder: Holder = { other: true, untilMs: this.ws.rt.clock.now() + forMs };
    this.holders.set(key, holder);
    return () => {
      if (this.holders.get(key) === holder) this.holders.delete(key);
    };
  }

  /** Test control: whether anyone holds the lock now. */
  isHeld(kind: LockKind): boolean {
    return this.holderNow(this.key(kind)) !== undefined;
  }

  /** Test control: the virtual time until which earlier executions of a burst held the lock. */
  busyUntil(kind: LockKind): number {
    return this.freeFromMs.get(this.key(kind)) ?? Number.NEGATIVE_INFINITY;
  }

  /**
   * Locks are released when their execution ends (the loader calls this): «any locks you hold will be
   * released at the end of script execution» (Google's LockService announcement, 2011; …/lock/lock releaseLock).
   */
  releaseAll(exec: Execution): void {
    for (const [key, holder] of this.holders) {
      if ('execution' in holder && holder.execution === exec.id) {
        this.holders.delete(key);
        this.released(key);
      }
    }
    exec.heldLocks.clear();
  }

  private released(key: string): void {
    const now = this.ws.rt.clock.now();
    this.freeFromMs.set(key, Math.max(now, this.freeFromMs.get(key) ?? now));
  }

  /** The LockService global of one execution. */
  service(): LockService {
    const gate = (method: string): void => this.ws.rt.call(`LockService.${method}`, { minAuth: 'LIMITED' });
    const api: LockServiceApi = {
      /** "If this method is called outside of the context of a containing document …, null is returned." */
      getDocumentLock: () => {
        gate('getDocumentLock');
        return (this.ws.activeSpreadsheetId ? this.lock('document') : null) as Lock;
      },
      getScriptLock: () => {
        gate('getScriptLock');
        return this.lock('script');
      },
      getUserLock: () => {
        gate('getUserLock');
        return this.lock('user');
      },
    };
    return guard(api, 'LockService') as LockService;
  }

  /** The holder of `key` now; a simulated holder whose time has passed has let go. */
  private holderNow(key: string): Holder | undefined {
    const holder = this.holders.get(key);
    if (holder && 'other' in holder && holder.untilMs <= this.ws.rt.clock.now()) {
      this.holders.delete(key);
      return undefined;
    }
    return holder;
  }

  private lock(kind: LockKind): Lock {
    const key = this.key(kind);
    const { rt } = this.ws;
    const mine = (): boolean => {
      const holder = this.holderNow(key);
      return holder !== undefined && 'execution' in holder && holder.execution === rt.execution?.id;
    };
    /**
     * Takes the lock within `timeoutMs` of virtual time, spending the wait; false if it stays taken.
     * Busy until the later of a simulated holder's end and the last release by an earlier execution
     * of a burst (that one ran first here, so it was ahead in the queue).
     */
    const acquire = (timeoutMs: number): boolean => {
      const exec = rt.requireExecution();
      const holder = this.holderNow(key);
      if (holder && 'execution' in holder && holder.execution === exec.id) return true;
      const now = rt.clock.now();
      const busyUntil = Math.max(now, holder && 'other' in holder ? holder.untilMs : now, this.freeFromMs.get(key) ?? now);
      const wait = busyUntil - now;
      if (wait > timeoutMs || rt.faults.takeLockDenial()) {
        exec.lockTimeouts += 1;
        exec.lockWaitMs += Math.max(0, timeoutMs);
        rt.spend(Math.max(0, timeoutMs));
        return false;
      }
      exec.lockWaitMs += wait;
      rt.spend(wait);
      this.holders.set(key, { execution: exec.id });
      exec.heldLocks.add(key);
      return true;
    };
    const api: LockApi = {
      /** "Attempts to acquire the lock, timing out after the provided number of milliseconds." */
      tryLock: (timeoutInMillis) => {
        rt.call('Lock.tryLock', { minAuth: 'LIMITED' });
        return acquire(Number(timeoutInMillis));
      },
      /** "Throws an exception when the lock could not be acquired" (text: gas-api.md §8, real logs). */
      waitLock: (timeoutInMillis) => {
        rt.call('Lock.waitLock', { minAuth: 'LIMITED' });
        if (!acquire(Number(timeoutInMillis))) throw new GasException(TIMEOUT_MESSAGE);
      },
      /** Releasing commits the execution's pending spreadsheet writes first (virtual time). */
      releaseLock: () => {
        rt.call('Lock.releaseLock', { minAuth: 'LIMITED' });
        if (!mine()) return;
        rt.flushWrites();
        this.holders.delete(key);
        this.released(key);
        rt.execution?.heldLocks.delete(key);
      },
      hasLock: () => {
        rt.call('Lock.hasLock', { minAuth: 'LIMITED' });
        return mine();
      },
    };
    return guard(api, 'Lock') as Lock;
  }
}
