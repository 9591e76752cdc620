/**
 * Session, Utilities, Logger/console, ScriptApp (auth modes) and MimeType
 * (developers.google.com/apps-script/reference/base/session, …/utilities/utilities, …/script/script-app).
 */
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { guard } from '../guard';
import { SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import { formatDate, parseDate } from './timezone';

export function session(ws: Workspace): GoogleAppsScript.Base.Session {
  const user = (email: () => string) => guard({ getEmail: email, toString: email }, 'User');
  const object = {
    /** Blank in a simple trigger, where Google withholds the identity (gas-api.md §8). */
    getActiveUser: () =>
      user(() => {
        ws.rt.call('User.getEmail', { scopes: [SCOPE.userEmail], minAuth: 'NONE' });
        return ws.rt.execution?.kind === 'simple-trigger' ? '' : ws.userEmail;
      }),
    getEffectiveUser: () => user(() => ws.userEmail),
    getScriptTimeZone: () => ws.timeZone,
    getActiveUserLocale: () => 'ru',
    getTemporaryActiveUserKey: () => `key-${ws.userEmail.length}-${ws.userEmail.charCodeAt(0)}`,
  };
  return guard(object, 'Session') as unknown as GoogleAppsScript.Base.Session;
}

export function utilities(ws: Workspace): GoogleAppsScript.Utilities.Utilities {
  const object = {
    formatDate: (date: Date, timeZone: string, pattern: string) => {
      ws.rt.call('Utilities.formatDate', { minAuth: 'NONE' });
      return formatDate(date, timeZone, pattern);
    },
    parseDate: (text: string, timeZone: string, pattern: string) => {
      ws.rt.call('Utilities.parseDate', { minAuth: 'NONE' });
      return parseDate(text, timeZone, pattern);
    },
    formatString: (template: string, ...args: unknown[]) => format(template, ...args),
    getUuid: () => randomUUID(),
    sleep: (ms: number) => {
      ws.rt.call('Utilities.sleep', { minAuth: 'NONE' });
      ws.rt.spend(ms);
    },
    base64Encode: (data: string) => Buffer.from(data, 'utf8').toString('base64'),
    base64Decode: (data: string) => [...Buffer.from(data, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
  };
  return guard(object, 'Utilities') as unknown as GoogleAppsScript.Utilities.Utilities;
}

export function logger(ws: Workspace): { Logger: GoogleAppsScript.Base.Logger; console: Console } {
  const write = (level: string, args: unknown[]): void => {
    const [first, ...rest] = args;
    ws.logs.push(`${level}: ${typeof first === 'string' ? format(first, ...rest) : format(first, ...rest)}`);
  };
  const log = guard(
    {
      log: (...args: unknown[]) => {
        write('INFO', args);
        return log;
      },
      getLog: () => ws.logs.join('\n'),
      clear: () => undefined,
    },
    'Logger',
  ) as unknown as GoogleAppsScript.Base.Logger;
  const cons = {
    log: (...args: unknown[]) => write('INFO', args),
    info: (...args: unknown[]) => write('INFO', args),
    warn: (...args: unknown[]) => write('WARNING', args),
    error: (...args: unknown[]) => write('ERROR', args),
  } as unknown as Console;
  return { Logger: log, console: cons };
}

export const AUTH_MODE = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;

/** ScriptApp's enums and identity; triggers come with the forms work. */
export function scriptAppBase(ws: Workspace): Record<string, unknown> {
  return {
    AuthMode: AUTH_MODE,
    getScriptId: () => 'script-nastavnik-emulated',
    getOAuthToken: () => {
      ws.rt.call('ScriptApp.getOAuthToken', { minAuth: 'FULL' });
      return 'emulated-token';
    },
  };
}

export const MIME_TYPE = {
  PDF: 'application/pdf',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  FOLDER: 'application/vnd.google-apps.folder',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
} as const;
