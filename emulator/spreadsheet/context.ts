/** What every SpreadsheetApp object carries: the world, its spreadsheet, and the gate for calls. */
import { type CallRequirement, SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import type { SpreadsheetState } from './store';

export const SHEETS_SCOPES = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets] as const;

export interface SheetsContext {
  readonly ws: Workspace;
  readonly ss: SpreadsheetState;
}

/** Gate of a spreadsheet method: the bound document needs LIMITED auth and a spreadsheets scope. */
export function gate(ws: Workspace, method: string, req: CallRequirement = {}): void {
  ws.rt.call(method, { scopes: SHEETS_SCOPES, minAuth: 'LIMITED', ...req });
}
