/** Installs FormApp and ScriptApp's triggers among an execution's globals. */
import { guard } from '../guard';
import { scriptAppTriggers } from '../script/triggers';
import type { Workspace } from '../workspace';
import { formApp } from './formApp';

export function installForms(ws: Workspace, globals: Record<string, unknown>): void {
  globals.FormApp = formApp(ws);
  // Merged into the base ScriptApp, guarded again so a misspelled member still fails loudly.
  globals.ScriptApp = guard({ ...((globals.ScriptApp as object | undefined) ?? {}), ...scriptAppTriggers(ws) }, 'ScriptApp');
}
