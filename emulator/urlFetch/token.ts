/**
 * The OAuth token ScriptApp.getOAuthToken() gives the script: it carries the scopes the user granted (the manifest's
 * oauthScopes) and "expires after a time (a few minutes at minimum)"; scripts should ask for a fresh one when needed
 * (developers.google.com/apps-script/reference/script/script-app#getOAuthToken()). Drive's REST API in the emulator
 * (driveRest.ts) accepts only tokens issued here, to the running user, and not yet expired.
 */
import type { Workspace } from '../workspace';

/** [U] How long a token works: "a few minutes at minimum" — the stricter reading, 5 minutes from when it was got. */
export const TOKEN_LIFETIME_MS = 5 * 60 * 1000;

interface IssuedToken {
  readonly user: string;
  readonly issuedMs: number;
  /** The granted scopes; undefined: automatic detection (every scope). */
  readonly scopes: readonly string[] | undefined;
}

interface TokenState {
  count: number;
  readonly issued: Map<string, IssuedToken>;
}

const tokens = (ws: Workspace): TokenState => ws.state('urlFetch.tokens', () => ({ count: 0, issued: new Map<string, IssuedToken>() }));

/** A new access token for the running user, shaped like Google's («ya29.…»). */
export function issueToken(ws: Workspace): string {
  const state = tokens(ws);
  state.count += 1;
  const user = ws.rt.execution?.user || ws.userEmail;
  const token = `ya29.emulated${state.count.toString(36).padStart(6, '0')}${Buffer.from(user).toString('hex').slice(0, 24)}`;
  state.issued.set(token, { user, issuedMs: ws.rt.clock.now(), scopes: ws.rt.oauthScopes });
  return token;
}

/** The scopes a bearer token carries, or null when Drive would answer 401 (unknown, another user's, expired). */
export function tokenScopes(ws: Workspace, token: string): { scopes: readonly string[] | undefined } | null {
  const issued = tokens(ws).issued.get(token);
  if (!issued) return null;
  const user = ws.rt.execution?.user || ws.userEmail;
  if (issued.user !== user || ws.rt.clock.now() >= issued.issuedMs + TOKEN_LIFETIME_MS) return null;
  return { scopes: issued.scopes };
}
