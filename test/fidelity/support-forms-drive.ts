/** Helpers for the forms and Drive fidelity tests: a world with FormApp, DocumentApp and Advanced Drive v3 under drive.file. */
import { Workspace } from '../../emulator/workspace';

const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
];
const DRIVE = { enabledAdvancedServices: [{ serviceId: 'drive', userSymbol: 'Drive', version: 'v3' }] };

export interface FormsDriveWorld {
  ws: Workspace;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Drive: GoogleAppsScript.Drive;
}

/** Opens an execution (end it with ws.rt.end()). */
export function formsDriveWorld(setUp: (ws: Workspace) => void = () => {}): FormsDriveWorld {
  const ws = new Workspace({ manifest: { oauthScopes: SCOPES, dependencies: DRIVE } });
  ws.activeSpreadsheetId = ws.spreadsheets.create('Программа').id;
  setUp(ws);
  ws.rt.begin({ kind: 'menu', functionName: 'test' });
  const g = ws.globals();
  const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return {
    ws,
    ss: app.getActiveSpreadsheet()!,
    FormApp: g.FormApp as GoogleAppsScript.Forms.FormApp,
    DocumentApp: g.DocumentApp as GoogleAppsScript.Document.DocumentApp,
    Drive: g.Drive as GoogleAppsScript.Drive,
  };
}

export const noMedia = null as unknown as GoogleAppsScript.Base.Blob;
