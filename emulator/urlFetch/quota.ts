/**
 * The daily quota on URL fetches: "URL Fetch calls: 20,000 / day (consumer), 100,000 / day (Google Workspace)",
 * per user, reset 24 hours after the first request (developers.google.com/apps-script/guides/services/quotas).
 * Every request counts, those of a fetchAll each. Past it Google throws «Service invoked too many times for one
 * day: urlfetch.» ([C] e.g. github.com/evepraisal/evepraisal-google-sheets/issues/2, joseballester/muFunds#98).
 */
import type { Workspace } from '../workspace';

export const URL_FETCH_QUOTA_TEXT = 'Service invoked too many times for one day: urlfetch.';
export const URL_FETCHES_PER_DAY = { consumer: 20_000, workspace: 100_000 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface UrlFetchQuotaOptions {
  /** The account's type; the world's default is a Google Workspace account (a school's). */
  readonly account: 'workspace' | 'consumer';
  /** A smaller limit for a test; by default the account type's. */
  readonly perDay?: number;
}

interface QuotaState {
  options: UrlFetchQuotaOptions;
  readonly windows: Map<string, { startMs: number; count: number }>;
}

const stateOf = (ws: Workspace): QuotaState => ws.state('urlFetch.quota', () => ({ options: { account: 'workspace' }, windows: new Map() }));

/** Scenario control: the account type and, for a test, a smaller daily limit. */
export function setUrlFetchQuota(ws: Workspace, options: UrlFetchQuotaOptions): void {
  stateOf(ws).options = { ...options };
}

const userOf = (ws: Workspace): string => ws.rt.execution?.user || ws.userEmail;

/** Requests left today for the running user. */
export function urlFetchesLeft(ws: Workspace): number {
  const state = stateOf(ws);
  const limit = state.options.perDay ?? URL_FETCHES_PER_DAY[state.options.account];
  const window = state.windows.get(userOf(ws));
  if (!window || ws.rt.clock.now() >= window.startMs + DAY_MS) return limit;
  return Math.max(0, limit - window.count);
}

/** Counts one request; false when the day's quota is used up (the caller throws Google's text). */
export function takeUrlFetch(ws: Workspace): boolean {
  if (urlFetchesLeft(ws) <= 0) return false;
  const state = stateOf(ws);
  const now = ws.rt.clock.now();
  let window = state.windows.get(userOf(ws));
  if (!window || now >= window.startMs + DAY_MS) {
    window = { startMs: now, count: 0 };
    state.windows.set(userOf(ws), window);
  }
  window.count += 1;
  return true;
}
