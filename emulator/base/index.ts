/**
 * Installs the base services among an execution's globals: fresh service objects each time, bound to
 * the Workspace, whose stores (properties, locks, UI, logs) hold the state between executions.
 */
import { guard } from '../guard';
import type { Workspace } from '../workspace';
import { createHtmlService } from './html';
import { createLogging } from './logger';
import { createScriptApp } from './scriptApp';
import { createSession } from './session';
import { createUtilities } from './utilities';

/** The MimeType enum's values that Drive, Docs and Forms code here names (…/reference/base/mime-type). */
export const MIME_TYPE = {
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_DRIVE: 'application/vnd.google-apps.drive-sdk',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  JSON: 'application/json',
  ZIP: 'application/zip',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function installBaseServices(ws: Workspace, globals: Record<string, unknown>): void {
  const { Logger, console } = createLogging(ws);
  globals.Logger = Logger;
  globals.console = console;
  globals.PropertiesService = ws.properties.service();
  globals.LockService = ws.locks.service();
  globals.Session = createSession(ws);
  globals.Utilities = createUtilities(ws);
  globals.HtmlService = createHtmlService(ws);
  globals.ScriptApp = createScriptApp(ws);
  globals.MimeType = guard({ ...MIME_TYPE }, 'MimeType');
}
