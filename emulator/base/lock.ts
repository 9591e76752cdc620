/**
 * LockService (developers.google.com/apps-script/reference/lock/lock): document, script and user locks
 * held by an execution until released or until it ends. Executions in the emulator run one at a time, so
 * another process holding a lock is a test control: `holdByOtherExecution`.
 */
import { guard } from '../guard';
import { type Execution, GasException } from '../runtime';
import type { Workspace } from '../workspace';

type LockKind = 'document' | 'script' | 'user';

export class LockStore {
  /** Lock key → the execution id holding it (-1: another process, by test control). */
  private readonly holders = new Map<string, number>();

  constructor(private readonly ws: Workspace) {}

  private key(kind: LockKind): string {
    if (kind === 'document') return `document:${this.ws.activeSpreadsheetId}`;
    if (kind === 'user') return `user:${this.ws.userEmail}`;
    return 'script';
  }

  /** Test control: another execution holds the lock until the returned function is called. */
  holdByOtherExecution(kind: LockKind): () => void {
    const key = this.key(kind);
    this.holders.set(key, -1);
    return () => {
      if (this.holders.get(key) === -1) this.holders.delete(key);
    };
  }

  /** Locks are released when their execution ends. */
  releaseAll(exec: Execution): void {
    for (const [key, holder] of this.holders) if (holder === exec.id) this.holders.delete(key);
  }

  service(): GoogleAppsScript.Lock.LockService {
    const service = {
      getDocumentLock: () => (this.ws.activeSpreadsheetId ? this.lock('document') : null),
      getScriptLock: () => this.lock('script'),
      getUserLock: () => this.lock('user'),
    };
    return guard(service, 'LockService') as unknown as GoogleAppsScript.Lock.LockService;
  }

  private lock(kind: LockKind): GoogleAppsScript.Lock.Lock {
    const key = this.key(kind);
    const { rt } = this.ws;
    const mine = (): boolean => this.holders.get(key) === rt.execution?.id;
    const acquire = (): boolean => {
      const holder = this.holders.get(key);
      if (holder !== undefined && holder !== rt.execution?.id) return false;
      this.holders.set(key, rt.requireExecution().id);
      return true;
    };
    const object = {
      tryLock: (timeoutMs: number) => {
        rt.call('Lock.tryLock', { minAuth: 'LIMITED' });
        if (acquire()) return true;
        rt.spend(timeoutMs);
        return false;
      },
      waitLock: (timeoutMs: number) => {
        rt.call('Lock.waitLock', { minAuth: 'LIMITED' });
        if (acquire()) return;
        rt.spend(timeoutMs);
        throw new GasException('Lock timeout: another process was holding the lock for too long.');
      },
      releaseLock: () => {
        rt.call('Lock.releaseLock', { minAuth: 'LIMITED' });
        if (mine()) {
          rt.flushWrites();
          this.holders.delete(key);
        }
      },
      hasLock: () => mine(),
    };
    return guard(object, 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
  }
}
