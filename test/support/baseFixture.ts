/**
 * Fixtures of the base-service fidelity tests: a small script project written to a temp folder and run
 * by the real loader, and direct executions for calling services from the test itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Addon } from '../../emulator/load';
import { type AuthModeName, type ExecutionKind, SCOPE } from '../../emulator/runtime';
import { Workspace, type WorkspaceOptions } from '../../emulator/workspace';

/** What an editor add-on that works on its spreadsheet declares (gas-api.md §1), plus create for set-up. */
export const FIXTURE_SCOPES: readonly string[] = [SCOPE.containerUi, SCOPE.spreadsheets, SCOPE.userEmail];

export interface ProjectOptions extends WorkspaceOptions {
  /** HTML files by name without `.html`. */
  html?: Record<string, string>;
  scopes?: readonly string[];
  manifestTimeZone?: string;
  /** Give the project an active spreadsheet (made with SpreadsheetApp.create). Default true. */
  document?: boolean;
}

/** A one-file script project (Code.js, appsscript.json, HTML files) loaded through Workspace.fromBuild. */
export function project(code: string, options: ProjectOptions = {}): Addon {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-base-'));
  writeFileSync(join(dir, 'Code.js'), code);
  const manifest = { timeZone: options.manifestTimeZone ?? 'Europe/Moscow', runtimeVersion: 'V8', oauthScopes: [...(options.scopes ?? FIXTURE_SCOPES)] };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  for (const [name, html] of Object.entries(options.html ?? {})) writeFileSync(join(dir, `${name}.html`), html);
  const ws = Workspace.fromBuild(dir, options);
  if (options.document ?? true) giveDocument(ws);
  return new Addon(ws, dir);
}

/** Makes a spreadsheet through the public API and makes it the active one. */
export function giveDocument(ws: Workspace): string {
  const id = inExecution(ws, (g) => (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Проверка').getId(), {
    kind: 'user',
  });
  ws.activeSpreadsheetId = id;
  return id;
}

/** The Apps Script globals of one execution, typed for the services these tests call. */
export interface BaseGlobals {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MimeType: Record<string, string>;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  [name: string]: unknown;
}

/** Runs `body` as one execution of `kind` (default: a menu click, FULL), ending it and its locks after. */
export function inExecution<T>(ws: Workspace, body: (g: BaseGlobals) => T, options: { kind?: ExecutionKind; authMode?: AuthModeName } = {}): T {
  const exec = ws.rt.begin({ kind: options.kind ?? 'menu', authMode: options.authMode, functionName: '(test)' });
  try {
    return body(ws.globals() as BaseGlobals);
  } finally {
    ws.locks.releaseAll(exec);
    ws.rt.end();
  }
}

/** A workspace with an active spreadsheet and the fixture scopes, for direct service calls. */
export function workspace(options: WorkspaceOptions = {}): Workspace {
  const ws = new Workspace({ manifest: { oauthScopes: [...FIXTURE_SCOPES], timeZone: 'Europe/Moscow' }, ...options });
  giveDocument(ws);
  return ws;
}
