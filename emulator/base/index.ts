/** Installs the base services among an execution's globals: fresh objects each time, state in the Workspace. */
import type { Workspace } from '../workspace';
import { htmlService } from './html';
import { logger, MIME_TYPE, scriptAppBase, session, utilities } from './services';

export function installBaseServices(ws: Workspace, globals: Record<string, unknown>): void {
  const { Logger, console } = logger(ws);
  globals.Logger = Logger;
  globals.console = console;
  globals.PropertiesService = ws.properties.service();
  globals.LockService = ws.locks.service();
  globals.Session = session(ws);
  globals.Utilities = utilities(ws);
  globals.HtmlService = htmlService(ws);
  globals.ScriptApp = { ...scriptAppBase(ws), ...((globals.ScriptApp as object | undefined) ?? {}) };
  globals.MimeType = MIME_TYPE;
}
