/**
 * ScriptApp (developers.google.com/apps-script/reference/script/script-app): its AuthMode enum, the script's
 * ID and the user's OAuth token (for UrlFetchApp's requests to Google APIs, emulator/urlFetch). Installable
 * triggers grow here (one file for the whole ScriptApp global).
 */
import { guard } from '../guard';
import { issueToken } from '../urlFetch/token';
import type { Workspace } from '../workspace';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type ScriptAppApi = Pick<ScriptApp, 'AuthMode' | 'getScriptId' | 'getOAuthToken'>;

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
    /** [U] Needs FULL: the token acts for the user (a LIMITED execution has no UrlFetch either, gas-api.md §1). */
    getOAuthToken: () => {
      ws.rt.call('ScriptApp.getOAuthToken', { minAuth: 'FULL' });
      return issueToken(ws);
    },
  };
  return guard(api, 'ScriptApp') as ScriptApp;
}
