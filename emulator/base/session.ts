/**
 * Session and User (developers.google.com/apps-script/reference/base/session, …/base/user): who runs
 * the script, the script's time zone and the user's locale. The active user's e-mail is withheld where
 * Google withholds it: in a simple trigger, which runs without the user's authorization.
 */
import { createHash } from 'node:crypto';
import { guard } from '../guard';
import { SCOPE } from '../runtime';
import type { Workspace } from '../workspace';

type Session = GoogleAppsScript.Base.Session;
type User = GoogleAppsScript.Base.User;
type SessionApi = Pick<Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'>;

function user(ws: Workspace, email: () => string): User {
  const api: Pick<User, 'getEmail'> & { toString(): string } = {
    getEmail: () => {
      ws.rt.call('User.getEmail', { minAuth: 'NONE' });
      return email();
    },
    toString: () => email(),
  };
  return guard(api, 'User') as User;
}

export function createSession(ws: Workspace): Session {
  const gate = (method: string, scopes: readonly string[] = []): void => ws.rt.call(`Session.${method}`, { scopes, minAuth: 'NONE' });
  const api: SessionApi = {
    /**
     * "the user's email address is not available in any context that allows a script to run without that
     * user's authorization, like a simple onOpen(e) or onEdit(e) trigger" — onInstall runs in FULL, so it has it.
     */
    getActiveUser: () => {
      gate('getActiveUser', [SCOPE.userEmail]);
      const exec = ws.rt.execution;
      const withheld = exec?.kind === 'simple-trigger' && exec.authMode !== 'FULL';
      return user(ws, () => (withheld ? '' : ws.userEmail));
    },
    /** The user under whose authority the script runs; the emulator has one user, who also installs triggers. */
    getEffectiveUser: () => {
      gate('getEffectiveUser', [SCOPE.userEmail]);
      return user(ws, () => ws.userEmail);
    },
    getScriptTimeZone: () => {
      gate('getScriptTimeZone');
      return ws.timeZone;
    },
    getActiveUserLocale: () => {
      gate('getActiveUserLocale');
      return 'ru';
    },
    /** "unique to the active user but does not reveal the user identity": a digest of user and script. */
    getTemporaryActiveUserKey: () => {
      gate('getTemporaryActiveUserKey');
      return createHash('sha256').update(`${ws.userEmail}\u0000nastavnik`).digest('base64url').slice(0, 43);
    },
  };
  return guard(api, 'Session') as Session;
}
