/** Installs FormApp and ScriptApp's triggers among an execution's globals. */
import { scriptAppTriggers } from '../script/triggers';
import type { Workspace } from '../workspace';
import { formApp } from './formApp';

export function installForms(ws: Workspace, globals: Record<string, unknown>): void {
  globals.FormApp = formApp(ws);
  globals.ScriptApp = { ...((globals.ScriptApp as object | undefined) ?? {}), ...scriptAppTriggers(ws) };
}
