/** Fidelity-test helpers: a world with one active spreadsheet and an open execution. */
import type { ExecutionKind } from '../../emulator/runtime';
import { Workspace, type WorkspaceOptions } from '../../emulator/workspace';

export const ALL_SHEETS_SCOPES = [
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/userinfo.email',
];

export interface World {
  ws: Workspace;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  globals: Record<string, unknown>;
}

/** Starts an execution of `kind` on a fresh world (end it with ws.rt.end()). */
export function world(kind: ExecutionKind = 'menu', options: WorkspaceOptions = {}): World {
  const ws = new Workspace({ manifest: { oauthScopes: ALL_SHEETS_SCOPES }, ...options });
  ws.activeSpreadsheetId = ws.spreadsheets.create('Проверка').id;
  ws.rt.begin({ kind, functionName: 'test' });
  const globals = ws.globals();
  const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = kind === 'installable-trigger' || kind === 'menu' || kind === 'editor' ? app.getActiveSpreadsheet() : (null as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
  return { ws, app, ss, globals };
}
