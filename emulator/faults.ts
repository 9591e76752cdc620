/**
 * Fault injection: Google's services fail in production in ways a healthy emulator never does — a
 * service briefly unavailable, a rate or daily quota hit, an execution killed, a lock not granted.
 * A test or the fault campaign (`npm run faults`) plans faults here; `Runtime.call` consults the plan
 * on every service call, after the scope and auth checks (a refused call never reaches Google).
 *
 * Error texts are Google's as reported in production (gas-api.md §13, vector 46).
 */
import { ExecutionTimeoutError, GasException } from './exceptions';

export type FaultKind =
  /** A transient outage of the service: retrying later succeeds. */
  | 'transient'
  /** A short-term rate limit: retrying after a pause succeeds. */
  | 'rate'
  /** The execution is killed at this call, as by Apps Script's time limit (nothing after it runs). */
  | 'kill';

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

/** The service name Google puts in its messages for a metered method. */
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
    Drive: 'Drive',
  };
  return names[head] ?? head;
}

/** Google's text for a fault of this kind at this method (vector 46). */
export function faultMessage(method: string, kind: FaultKind): string {
  const service = serviceOf(method);
  if (kind === 'kill') return 'Exceeded maximum execution time';
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

  inject(rule: FaultRule): this {
    this.rules.push({ rule, skip: rule.skip ?? 0, left: rule.times ?? 1 });
    return this;
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Rules still waiting to fire. */
  get pending(): number {
    return this.rules.filter((r) => r.left > 0).length;
  }

  /** Called by Runtime.call: throws Google's error when a planned fault matches this call. */
  check(method: string, executionFunction: string | null): void {
    for (const active of this.rules) {
      if (active.left <= 0 || !matches(active.rule.method, method)) continue;
      if (active.skip > 0) {
        active.skip -= 1;
        continue;
      }
      active.left -= 1;
      const message = active.rule.message ?? faultMessage(method, active.rule.kind);
      this.injected.push({ method, kind: active.rule.kind, message, executionFunction });
      if (active.rule.kind === 'kill') throw new ExecutionTimeoutError();
      throw new GasException(message);
    }
  }
}

function matches(pattern: string | RegExp, method: string): boolean {
  return typeof pattern === 'string' ? pattern === method : pattern.test(method);
}
