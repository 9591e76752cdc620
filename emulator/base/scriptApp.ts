/**
 * ScriptApp (developers.google.com/apps-script/reference/script/script-app): for now its AuthMode enum
 * and the script's ID. Installable triggers grow here (one file for the whole ScriptApp global).
 */
import { guard } from '../guard';
import type { Workspace } from '../workspace';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type ScriptAppApi = Pick<ScriptApp, 'AuthMode' | 'getScriptId'>;

/** Enum values compare equal to what the loader puts in `e.authMode` (runtime.ts AuthModeName). */
export const AUTH_MODE = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;

/** Shaped like a real script ID (57 characters starting with 1); the same for every emulated project. */
export const SCRIPT_ID = '1NastavnikEmulatedScript0000000000000000000000000000000000'.slice(0, 57);

export function createScriptApp(ws: Workspace): ScriptApp {
  const api: ScriptAppApi = {
    AuthMode: guard({ ...AUTH_MODE }, 'AuthMode') as unknown as typeof GoogleAppsScript.Script.AuthMode,
    getScriptId: () => {
      ws.rt.call('ScriptApp.getScriptId', { minAuth: 'NONE' });
      return SCRIPT_ID;
    },
  };
  return guard(api, 'ScriptApp') as ScriptApp;
}
