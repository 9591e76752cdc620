/**
 * Fault injection: Google's services fail in production in ways a healthy emulator never does — a
 * service briefly unavailable, a rate or daily quota hit, an execution killed, a lock not granted.
 * A test or the fault campaign (`npm run faults`) plans faults here; `Runtime.call` consults the plan
 * on every service call, after the scope and auth checks (a refused call never reaches Google).
 *
 * Error texts are Google's as reported in production (gas-api.md §13, vectors 46 and 53). The plan also
 * counts every call it is consulted on (`calls`), so a campaign can aim a fault at the k-th call of a method.
 */
import { ExecutionTimeoutError, GasException } from './exceptions';

export type FaultKind =
  /** A transient outage of the service: retrying later succeeds. */
  | 'transient'
  /** A short-term rate limit: retrying after a pause succeeds. */
  | 'rate'
  /**
   * The execution is killed at this call, as by Apps Script's time limit: nothing after it runs — every
   * later service call of the same execution (a catch block's alert, a finally's lock release) fails too.
   */
  | 'kill'
  /**
   * A daily quota is used up: «Service invoked too many times for one day: <service> <operation>.»
   * (developers.google.com/apps-script/guides/services/quotas; gas-api.md §13 vector 53). Retrying today
   * does not help; the plan fails only the planned calls (the campaign's "next day").
   */
  | 'daily-quota'
  /**
   * At `Lock.tryLock`/`Lock.waitLock`: the lock is not granted, as when another execution holds it past
   * the timeout — tryLock returns false, waitLock throws «Lock timeout: another process was holding the
   * lock for too long.» (emulator/base/lock.ts). At any other method it does nothing.
   */
  | 'lock-timeout';

export interface FaultRule {
  /** `Service.method` as the meter names it ('FormApp.openById'), or a pattern ('^Drive\\.'). */
  readonly method: string | RegExp;
  readonly kind: FaultKind;
  /** How many matching calls fail in a row (default 1). */
  readonly times?: number;
  /** Matching calls that pass before the first failure (default 0). */
  readonly skip?: number;
  /** Overrides the text Google would give. */
  readonly message?: string;
  /**
   * For 'kill': the call takes effect and the execution ends right after it — at its next service call —
   * as when Apps Script's limit falls while Google's answer is on its way back.
   */
  readonly afterCall?: boolean;
}

export interface InjectedFault {
  readonly method: string;
  readonly kind: FaultKind;
  readonly message: string;
  readonly executionFunction: string | null;
}

interface ActiveRule {
  readonly rule: FaultRule;
  skip: number;
  left: number;
}

/** The service name Google puts in its messages for a metered method (an item or element counts as its service). */
function serviceOf(method: string): string {
  const head = method.split('.')[0];
  const names: Record<string, string> = {
    FormApp: 'Forms',
    Form: 'Forms',
    DocumentApp: 'Documents',
    Document: 'Documents',
    Body: 'Documents',
    SpreadsheetApp: 'Spreadsheets',
    Spreadsheet: 'Spreadsheets',
    Sheet: 'Spreadsheets',
    Range: 'Spreadsheets',
    ScriptApp: 'Script',
    TriggerBuilder: 'Script',
    PropertiesService: 'Properties',
    LockService: 'Lock',
    Drive: 'Drive',
  };
  if (names[head]) return names[head];
  if (/Item$/.test(head) && !/^ListItem$/.test(head)) return 'Forms';
  if (/^(DeveloperMetadata|Protection|DataValidation|RichTextValue)/.test(head)) return 'Spreadsheets';
  if (/^(Paragraph|ListItem|Text|Table|TableRow|TableCell|HorizontalRule|PageBreak|InlineImage)$/.test(head)) return 'Documents';
  return head;
}

/** Google's text for a fault of this kind at this method (vectors 46 and 53). */
export function faultMessage(method: string, kind: FaultKind): string {
  const service = serviceOf(method);
  if (kind === 'kill') return 'Exceeded maximum execution time';
  if (kind === 'lock-timeout') return 'Lock timeout: another process was holding the lock for too long.';
  if (kind === 'daily-quota') {
    // Google names the quota (e.g. «document create», «urlfetch»); the operation is the method's verb.
    const operation = (method.split('.').pop() ?? '').replace(/[A-Z].*$/, '');
    return `Service invoked too many times for one day: ${service.toLowerCase().replace(/s$/, '')} ${operation}.`;
  }
  if (service === 'Drive') {
    // Advanced services report the REST error: «API call to drive.files.get failed with error: …».
    const call = method.split('.').slice(1).join('.').toLowerCase();
    return kind === 'rate'
      ? `API call to drive.${call} failed with error: User rate limit exceeded.`
      : `API call to drive.${call} failed with error: Internal Error`;
  }
  if (kind === 'rate') return `Service invoked too many times in a short time: ${service.toLowerCase()}. Try Utilities.sleep(1000) between calls.`;
  if (service === 'Documents' || service === 'Spreadsheets') return `Service ${service} failed while accessing document with id 0.`;
  return `Service unavailable: ${service}`;
}

export class FaultPlan {
  private readonly rules: ActiveRule[] = [];
  /** Every fault injected so far, in order. */
  readonly injected: InjectedFault[] = [];
  /** Calls the plan was consulted on, by method (script calls only: a person's edits by hand are not faulted). */
  readonly calls = new Map<string, number>();
  /** When set (`plan.trace = []`), every call consulted, in order: a clean run's list to aim faults at. */
  trace: string[] | null = null;
  /** Executions killed by a 'kill' fault: the rest of their calls fail as well. */
  private readonly killed = new Set<number>();
  /** Executions to be killed at their next call (a kill planned after a call's effect). */
  private readonly killNext = new Set<number>();
  /** Lock requests to refuse, set by a 'lock-timeout' fault at Lock.tryLock/waitLock. */
  private lockDenials = 0;

  inject(rule: FaultRule): this {
    this.rules.push({ rule, skip: rule.skip ?? 0, left: rule.times ?? 1 });
    return this;
  }

  /** Forgets the plan's rules (what was injected and the calls counted stay). */
  clear(): void {
    this.rules.length = 0;
    this.lockDenials = 0;
  }

  /** Every call counted so far, in total. */
  get callCount(): number {
    let n = 0;
    for (const count of this.calls.values()) n += count;
    return n;
  }

  /** Called by the lock service after its `Lock.tryLock`/`waitLock` call: whether a planned lock timeout takes this request. */
  takeLockDenial(): boolean {
    if (this.lockDenials === 0) return false;
    this.lockDenials -= 1;
    return true;
  }

  /** Rules still waiting to fire. */
  get pending(): number {
    return this.rules.filter((r) => r.left > 0).length;
  }

  /** Called by Runtime.call: throws Google's error when a planned fault matches this call. */
  check(method: string, executionFunction: string | null, executionId: number | null = null): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    this.trace?.push(method);
    if (executionId !== null && this.killNext.delete(executionId)) this.killed.add(executionId);
    if (executionId !== null && this.killed.has(executionId)) throw new ExecutionTimeoutError();
    for (const active of this.rules) {
      if (active.left <= 0 || !matches(active.rule.method, method)) continue;
      if (active.rule.kind === 'lock-timeout' && !LOCK_REQUEST.test(method)) continue;
      if (active.skip > 0) {
        active.skip -= 1;
        continue;
      }
      active.left -= 1;
      const message = active.rule.message ?? faultMessage(method, active.rule.kind);
      this.injected.push({ method, kind: active.rule.kind, message, executionFunction });
      if (active.rule.kind === 'lock-timeout') {
        this.lockDenials += 1;
        return;
      }
      if (active.rule.kind === 'kill' && active.rule.afterCall) {
        if (executionId !== null) this.killNext.add(executionId);
        return;
      }
      if (active.rule.kind === 'kill') {
        if (executionId !== null) this.killed.add(executionId);
        throw new ExecutionTimeoutError();
      }
      throw new GasException(message);
    }
  }
}

const LOCK_REQUEST = /^Lock\.(tryLock|waitLock)$/;

function matches(pattern: string | RegExp, method: string): boolean {
  return typeof pattern === 'string' ? pattern === method : pattern.test(method);
}
