/**
 * Runs the built add-on (`build/Code.js`) in the emulator, one Apps Script execution per call:
 * a fresh V8 context through gas-local on a fresh set of globals, so global variables start over
 * while the emulated Workspace (sheets, properties, files) persists, as in Apps Script.
 */
import { resolve } from 'node:path';
import gasLocal from 'gas-local';
import type { AuthModeName, Execution, ExecutionKind } from './runtime';
import { Workspace, type WorkspaceOptions } from './workspace';

export const DEFAULT_BUILD_DIR = resolve(__dirname, '..', 'build');

export interface RunOptions {
  kind?: ExecutionKind;
  authMode?: AuthModeName;
  /** Who runs it (default: the Workspace's user); a trigger runs as its owner. */
  user?: string;
  /** Arrival in virtual time, for executions of a burst (emulator/concurrency.ts). */
  startAtMs?: number;
}

export interface LoadedContext {
  /** The V8 context's global object after the script loaded. */
  context: Record<string, unknown>;
  /** Names the script added to the global object (its top-level `function`s and `var`s). */
  ownNames: string[];
}

export class Addon {
  readonly ws: Workspace;
  readonly buildDir: string;
  /** Executions run so far, most recent last. */
  readonly executions: Execution[] = [];

  constructor(ws: Workspace, buildDir: string) {
    this.ws = ws;
    this.buildDir = buildDir;
  }

  /** Loads the bundle into a fresh context without calling anything (an execution is still open while it loads). */
  load(options: RunOptions & { functionName?: string } = {}): LoadedContext {
    return this.inExecution(options.functionName ?? '(load)', options, (loaded) => loaded);
  }

  /** One execution of a top-level function, as a menu click, a trigger or the editor would start it. */
  run<T = unknown>(functionName: string, args: unknown[] = [], options: RunOptions = {}): T {
    return this.inExecution(functionName, options, ({ context }) => {
      const fn = context[functionName];
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${functionName}`);
      }
      return fn(...args) as T;
    });
  }

  /** One execution whose arguments are made once it has begun (e.g. a trigger's event with a live Range). */
  runWith<T = unknown>(functionName: string, makeArgs: () => unknown[], options: RunOptions = {}): T {
    return this.inExecution(functionName, options, ({ context }) => {
      const fn = context[functionName];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${functionName}`);
      return fn(...makeArgs()) as T;
    });
  }

  /** The spreadsheet is opened: the simple trigger onOpen with Google's event object. */
  open(authMode: AuthModeName = 'LIMITED'): void {
    this.run('onOpen', [{ authMode, user: undefined, source: undefined }], { kind: 'simple-trigger', authMode });
  }

  /** A click on a menu item of the add-on: finds the item's function in the menu the last onOpen built. */
  clickMenu(caption: string): unknown {
    const item = this.ws.ui.findMenuItem(caption);
    if (!item) throw new Error(`Emulator: no menu item «${caption}» in ${JSON.stringify(this.ws.ui.menuCaptions())}`);
    return this.run(item.functionName, [], { kind: 'menu' });
  }

  /**
   * `google.script.run.<name>(...args)` from a dialog or sidebar: arguments and the result cross as
   * Google documents (developers.google.com/apps-script/guides/html/communication): a Date or a function
   * fails the request, names ending in `_` are private, `undefined` in arrays becomes `null`, and a
   * result holding a Date reaches the client as `null`.
   */
  async scriptRun(name: string, ...args: unknown[]): Promise<unknown> {
    await Promise.resolve();
    for (const arg of args) assertLegalParameter(arg, name);
    const sent = args.map((a) => toWire(a));
    if (name.endsWith('_')) throw new Error(`${name} is not a function`);
    const result = this.run(name, sent, { kind: 'script-run' });
    return containsIllegal(result) ? null : toWire(result);
  }

  private inExecution<T>(functionName: string, options: RunOptions, body: (loaded: LoadedContext) => T): T {
    const { rt } = this.ws;
    const exec = rt.begin({ kind: options.kind ?? 'editor', authMode: options.authMode, functionName, user: options.user ?? this.ws.userEmail, startAtMs: options.startAtMs });
    this.executions.push(exec);
    try {
      const globals = this.executionGlobals();
      const baseline = new Set(Object.keys(globals));
      rt.setLoading(true);
      const context = gasLocal.require(this.buildDir, globals, { filter: (f: string) => f.endsWith('.js') }) as Record<string, unknown>;
      rt.setLoading(false);
      this.ws.scriptContext = context;
      const ownNames = Object.keys(context).filter((k) => !baseline.has(k));
      return body({ context, ownNames });
    } finally {
      this.ws.locks.releaseAll(exec);
      this.ws.scriptContext = null;
      rt.end();
    }
  }

  private executionGlobals(): Record<string, unknown> {
    const globals = this.ws.globals();
    globals.Date = virtualDate(() => this.ws.rt.clock.now());
    return globals;
  }
}

/** Loads the add-on built in `buildDir` (default `build/`) into a new or given Workspace. */
export function loadAddon(options: WorkspaceOptions & { buildDir?: string; workspace?: Workspace } = {}): Addon {
  const buildDir = options.buildDir ?? DEFAULT_BUILD_DIR;
  const ws = options.workspace ?? Workspace.fromBuild(buildDir, options);
  return new Addon(ws, buildDir);
}

/** `Date` for the script's context: the host's Date (so `instanceof Date` holds across the boundary), on virtual time. */
const HostDate = Date;

function virtualDate(now: () => number): DateConstructor {
  class VirtualDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return now();
    }
    /** Dates made by the emulator (host realm) are Dates to the script too. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof HostDate;
    }
  }
  return VirtualDate as unknown as DateConstructor;
}

function assertLegalParameter(value: unknown, name: string): void {
  if (containsIllegal(value)) {
    throw new Error(`Failed due to illegal value in property: ${name}`);
  }
}

function containsIllegal(value: unknown, seen = new Set<unknown>()): boolean {
  if (value instanceof Date || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => containsIllegal(child, seen));
}

/** What survives the trip: plain data; `undefined` fields dropped, `undefined` array items as `null`. */
function toWire(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toWire(v)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
  return out;
}
