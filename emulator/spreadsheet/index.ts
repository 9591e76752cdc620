/** Installs SpreadsheetApp among an execution's globals. */
import type { Workspace } from '../workspace';
import { spreadsheetApp } from './spreadsheet';

export function installSpreadsheetApp(ws: Workspace, globals: Record<string, unknown>): void {
  globals.SpreadsheetApp = spreadsheetApp(ws);
}
