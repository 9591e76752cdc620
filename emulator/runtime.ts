/**
 * The emulator's execution runtime: one Apps Script execution at a time, its auth mode and limits,
 * the manifest's scopes, a call meter and a virtual clock. Every emulated service method goes
 * through `Runtime.call`, so scopes, auth modes, load-time calls and time limits are enforced in one place.
 */
import { costOf } from './costs';
import { ExecutionTimeoutError, GasException } from './exceptions';
import { FaultPlan } from './faults';

/** Apps Script's ScriptApp.AuthMode names (developers.google.com/apps-script/reference/script/auth-mode). */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** How an execution started; decides its time limit, whether it has a UI and its auth mode. */
export type ExecutionKind =
  | 'simple-trigger' // onOpen, onEdit, onInstall (onInstall runs in FULL)
  | 'menu' // a menu item click
  | 'script-run' // google.script.run from a dialog or sidebar
  | 'installable-trigger' // e.g. a spreadsheet form-submit trigger
  | 'editor' // run from the script editor
  | 'user'; // not a script: a person editing the spreadsheet by hand (tests and the demo), no scope checks

export interface ExecutionOptions {
  kind: ExecutionKind;
  authMode?: AuthModeName;
  functionName: string;
  /** Who runs it (a trigger runs as its owner); simultaneous executions are counted per user. */
  user?: string;
  /**
   * Virtual time the execution arrives (a burst of simultaneous executions, emulator/concurrency.ts):
   * the world clock is set to it, so each execution of a burst sees its own time.
   */
  startAtMs?: number;
}

export interface Execution {
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
  readonly functionName: string;
  /** Virtual ms since the execution started. */
  elapsedMs: number;
  readonly limitMs: number;
  /** Whether SpreadsheetApp.getUi() is available (not in triggers). */
  readonly hasUi: boolean;
  /** Locks held by this execution; released when it ends. */
  readonly heldLocks: Set<string>;
  /** Who runs it; virtual time it started (its arrival). */
  readonly user: string;
  readonly startedAtMs: number;
  /** Virtual ms spent waiting for locks, and how many lock requests timed out (emulator/base/lock.ts). */
  lockWaitMs: number;
  lockTimeouts: number;
}

/**
 * Apps Script's limit on simultaneous executions: 30 per user, 1,000 per script
 * (developers.google.com/apps-script/guides/services/quotas, «Current limitations»). Over it an
 * execution does not start; the page's troubleshooting text is the error.
 */
export const SIMULTANEOUS_PER_USER = 30;
export const TOO_MANY_SIMULTANEOUS = 'There are too many scripts running simultaneously for this Google user account.';

/** An execution refused at its start because the user already runs SIMULTANEOUS_PER_USER. */
export class TooManySimultaneousError extends GasException {
  constructor() {
    super(TOO_MANY_SIMULTANEOUS);
  }
}

/** What the runtime remembers of an execution that ended, to count overlaps in a burst. */
interface FinishedExecution {
  readonly user: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** What a service method needs to run. */
export interface CallRequirement {
  /** Any one of these OAuth scopes (full URLs) must be in the manifest. Empty: no scope needed. */
  scopes?: readonly string[];
  /** The weakest auth mode that may call it. NONE: menus, Logger, Utilities. LIMITED: the bound document. */
  minAuth?: 'NONE' | 'LIMITED' | 'FULL';
  /** Extra virtual ms on top of the method's table cost (e.g. per cell). */
  extraMs?: number;
  /** Cells or items the call touches, for per-cell costs. */
  cells?: number;
  /** A read forces pending writes to flush first (developers.google.com/apps-script/guides/support/best-practices). */
  read?: boolean;
  write?: boolean;
}

export const SCOPE = {
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  forms: 'https://www.googleapis.com/auth/forms',
  formsCurrentOnly: 'https://www.googleapis.com/auth/forms.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  documentsCurrentOnly: 'https://www.googleapis.com/auth/documents.currentonly',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  drive: 'https://www.googleapis.com/auth/drive',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  /** UrlFetchApp (developers.google.com/apps-script/reference/url-fetch/url-fetch-app). */
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
} as const;

export { ExecutionTimeoutError, GasException } from './exceptions';

/** Counts calls per `Service.method`, per execution and in total. */
export class CallMeter {
  private readonly totals = new Map<string, number>();
  private current = new Map<string, number>();

  record(method: string): void {
    this.totals.set(method, (this.totals.get(method) ?? 0) + 1);
    this.current.set(method, (this.current.get(method) ?? 0) + 1);
  }

  /** Starts counting a new window (an execution, or a measured scenario). */
  resetWindow(): void {
    this.current = new Map();
  }

  /** Calls since the last `resetWindow`, by method, sorted by name. */
  window(): Record<string, number> {
    return sortedRecord(this.current);
  }

  totalsByMethod(): Record<string, number> {
    return sortedRecord(this.totals);
  }

  windowCount(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.current) if (k.startsWith(prefix)) n += v;
    return n;
  }
}

function sortedRecord(map: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...map.keys()].sort()) out[k] = map.get(k)!;
  return out;
}

/** Virtual wall-clock time of the emulated world, in epoch ms. Advances only by charged costs and by `advance`. */
export class VirtualClock {
  constructor(private epochMs: number) {}
  now(): number {
    return this.epochMs;
  }
  advance(ms: number): void {
    this.epochMs += ms;
  }
  set(epochMs: number): void {
    this.epochMs = epochMs;
  }
}

const LIMIT_MS: Record<ExecutionKind, number> = {
  'simple-trigger': 30_000,
  menu: 360_000,
  'script-run': 360_000,
  'installable-trigger': 360_000,
  editor: 360_000,
  user: Number.POSITIVE_INFINITY,
};

const AUTH_RANK: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 1, FULL: 2 };

export interface RuntimeOptions {
  /** Manifest oauthScopes; undefined means automatic detection (every scope granted). */
  oauthScopes?: readonly string[];
  /** World time at start, epoch ms. */
  nowMs?: number;
  /** Cost of starting an execution, ms (performance.md §6: 400 + 0.06 per KB of bundle). */
  startupMs?: number;
}

export class Runtime {
  readonly meter = new CallMeter();
  /** Faults planned by a test or the fault campaign (emulator/faults.ts). */
  readonly faults = new FaultPlan();
  readonly clock: VirtualClock;
  oauthScopes: readonly string[] | undefined;
  startupMs: number;
  private active: Execution | null = null;
  private loading = false;
  private nextId = 1;
  private pendingWrites = 0;
  private killNext: number | null = null;
  /** Recent executions' spans (bounded), for the simultaneous limit. */
  private readonly finished: FinishedExecution[] = [];
  /** Things that happen in the world at a virtual time (an answer landing in its sheet), soonest first. */
  private scheduled: { atMs: number; happen: () => void }[] = [];

  constructor(options: RuntimeOptions = {}) {
    this.clock = new VirtualClock(options.nowMs ?? Date.UTC(2026, 10, 25, 6, 0, 0));
    this.oauthScopes = options.oauthScopes;
    this.startupMs = options.startupMs ?? 400;
  }

  get execution(): Execution | null {
    return this.active;
  }

  /** Begins an execution: globals start over in the loader, state here persists. */
  begin(options: ExecutionOptions): Execution {
    if (this.active) throw new Error(`Emulator: execution ${this.active.functionName} is still running`);
    if (options.startAtMs !== undefined) this.clock.set(options.startAtMs);
    this.happenUntil(this.clock.now());
    const user = options.user ?? '';
    const startedAtMs = this.clock.now();
    if (options.kind !== 'user' && this.runningAt(user, startedAtMs) >= SIMULTANEOUS_PER_USER) throw new TooManySimultaneousError();
    const authMode = options.authMode ?? (options.kind === 'simple-trigger' ? 'LIMITED' : 'FULL');
    const exec: Execution = {
      id: this.nextId++,
      kind: options.kind,
      authMode,
      functionName: options.functionName,
      elapsedMs: 0,
      limitMs: this.killNext ?? LIMIT_MS[options.kind],
      hasUi: options.kind === 'simple-trigger' || options.kind === 'menu' || options.kind === 'script-run' || options.kind === 'editor' || options.kind === 'user',
      heldLocks: new Set(),
      user,
      startedAtMs,
      lockWaitMs: 0,
      lockTimeouts: 0,
    };
    this.killNext = null;
    this.active = exec;
    this.pendingWrites = 0;
    this.meter.resetWindow();
    this.spend(this.startupMs);
    return exec;
  }

  /** The next execution dies once it has run `ms` of virtual time, as one killed by Apps Script (tests of resumable work). */
  killNextExecutionAfter(ms: number): void {
    this.killNext = ms;
  }

  /** Ends the current execution; the caller releases its locks. */
  end(): Execution | null {
    const exec = this.active;
    if (exec && exec.kind !== 'user') {
      this.finished.push({ user: exec.user, startMs: exec.startedAtMs, endMs: this.clock.now() });
      if (this.finished.length > 1000) this.finished.shift();
    }
    this.active = null;
    this.loading = false;
    this.pendingWrites = 0;
    return exec;
  }

  /** Executions of `user` that had started by `atMs` and not yet ended (only a burst rewinds the clock into them). */
  runningAt(user: string, atMs: number): number {
    return this.finished.filter((f) => f.user === user && f.startMs <= atMs && f.endMs > atMs).length;
  }

  /** Something happens in the world at `atMs` of virtual time: it takes effect at the first service call at or after then. */
  schedule(atMs: number, happen: () => void): void {
    this.scheduled.push({ atMs, happen });
    this.scheduled.sort((a, b) => a.atMs - b.atMs);
  }

  /** Lets everything scheduled up to `atMs` happen, in time order. */
  happenUntil(atMs: number): void {
    while (this.scheduled.length > 0 && this.scheduled[0].atMs <= atMs) this.scheduled.shift()!.happen();
  }

  setLoading(loading: boolean): void {
    this.loading = loading;
  }

  /** Runs `fn` as if inside an execution when none is active (for tests setting up state directly). */
  requireExecution(): Execution {
    if (!this.active) throw new Error('Emulator: no execution is running; start one with Runtime.begin or the loader');
    return this.active;
  }

  /**
   * The gate of every emulated service method: refuses calls at load time, in a too-weak auth mode,
   * or without a manifest scope; then counts the call and charges its virtual time.
   */
  call(method: string, req: CallRequirement = {}): void {
    if (this.loading) {
      throw new Error(`Emulator: ${method} was called while the script was loading; global code must not call services`);
    }
    this.happenUntil(this.clock.now());
    const exec = this.active;
    if (exec?.kind === 'user') {
      this.meter.record(method);
      return;
    }
    if (exec) {
      const needed = req.minAuth ?? 'FULL';
      if (AUTH_RANK[exec.authMode] < AUTH_RANK[needed]) {
        throw new GasException(
          `You do not have permission to call ${method} in authorization mode ${exec.authMode}. ` +
            'The add-on is not authorized to run in this file yet.',
        );
      }
    }
    if (req.scopes && req.scopes.length > 0 && this.oauthScopes) {
      const granted = this.oauthScopes;
      if (!req.scopes.some((s) => granted.includes(s))) {
        const list = req.scopes.length === 1 ? req.scopes[0] : `(${req.scopes.join(' || ')})`;
        throw new GasException(`You do not have permission to call ${method}. Required permissions: ${list}`);
      }
    }
    this.meter.record(method);
    this.faults.check(method, exec?.functionName ?? null, exec?.id ?? null);
    let ms = costOf(method, req.cells ?? 0) + (req.extraMs ?? 0);
    if (req.read && this.pendingWrites > 0) {
      ms += costOf('SpreadsheetApp.flush', this.pendingWrites);
      this.pendingWrites = 0;
    }
    if (req.write) this.pendingWrites += req.cells ?? 1;
    this.spend(ms);
  }

  /** Flushes pending writes (SpreadsheetApp.flush, lock release). */
  flushWrites(): void {
    if (this.pendingWrites > 0) this.spend(costOf('SpreadsheetApp.flush', this.pendingWrites));
    this.pendingWrites = 0;
  }

  /** Advances virtual time inside the current execution, failing past its limit as Apps Script does. */
  spend(ms: number): void {
    const exec = this.active;
    if (exec && exec.elapsedMs + ms > exec.limitMs) {
      // Apps Script stops the execution at its limit, not at the end of the wait or call that passes it.
      this.clock.advance(Math.max(0, exec.limitMs - exec.elapsedMs));
      exec.elapsedMs = Math.max(exec.elapsedMs, exec.limitMs);
      throw new ExecutionTimeoutError();
    }
    this.clock.advance(ms);
    if (exec) exec.elapsedMs += ms;
  }
}
