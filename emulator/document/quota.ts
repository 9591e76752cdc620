/**
 * The daily quota on new documents: "Documents created: 250 / day (consumer), 1,500 / day (Google Workspace)";
 * "Quotas are per user and reset 24 hours after the first request"
 * (developers.google.com/apps-script/guides/services/quotas; gas-api.md §13, vector 53). Past it,
 * DocumentApp.create throws «Service invoked too many times for one day: document create.» ([C] the message).
 */
import { GasException } from '../runtime';
import type { Workspace } from '../workspace';

export const DOCUMENT_CREATE_QUOTA_TEXT = 'Service invoked too many times for one day: document create.';
export const DOCUMENTS_PER_DAY = { consumer: 250, workspace: 1_500 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DocumentQuotaOptions {
  /** The account's type; the world's default is a Google Workspace account (a school's). */
  account: 'workspace' | 'consumer';
  /** A smaller limit for a test; by default the account type's. */
  perDay?: number;
}

interface Window {
  startMs: number;
  count: number;
}

interface QuotaState {
  options: DocumentQuotaOptions;
  /** Per user e-mail: the 24-hour window opened by the first request, and the creations in it. */
  windows: Map<string, Window>;
}

const states = new WeakMap<Workspace, QuotaState>();

function stateOf(ws: Workspace): QuotaState {
  let state = states.get(ws);
  if (!state) {
    state = { options: { account: 'workspace' }, windows: new Map() };
    states.set(ws, state);
  }
  return state;
}

/** Scenario control: the account type and, for a test, a smaller daily limit. */
export function setDocumentQuota(ws: Workspace, options: DocumentQuotaOptions): void {
  stateOf(ws).options = { ...options };
}

/** Creations left today for the current user (a test's view). */
export function documentCreatesLeft(ws: Workspace): number {
  const state = stateOf(ws);
  const limit = state.options.perDay ?? DOCUMENTS_PER_DAY[state.options.account];
  const window = state.windows.get(ws.userEmail);
  if (!window || ws.rt.clock.now() >= window.startMs + DAY_MS) return limit;
  return Math.max(0, limit - window.count);
}

/** Counts one DocumentApp.create of the current user, or throws Google's text when the day's quota is used up. */
export function chargeDocumentCreate(ws: Workspace): void {
  const state = stateOf(ws);
  const now = ws.rt.clock.now();
  let window = state.windows.get(ws.userEmail);
  if (!window || now >= window.startMs + DAY_MS) {
    window = { startMs: now, count: 0 };
    state.windows.set(ws.userEmail, window);
  }
  if (documentCreatesLeft(ws) <= 0) throw new GasException(DOCUMENT_CREATE_QUOTA_TEXT);
  window.count += 1;
}
