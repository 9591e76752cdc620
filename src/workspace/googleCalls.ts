/**
 * Calling Google without mistaking a fault for an answer. Services fail in production for reasons that
 * pass — «Service unavailable: Forms», «Service invoked too many times in a short time», Drive's 429/5xx,
 * «Service Documents failed while accessing document…» (gas-api.md §13, vector 46). Only Google's
 * documented not-found means a file is gone; a transient fault is retried with backoff, and if it
 * persists the action stops with a Russian message before it makes anything new.
 */

/**
 * Google's answers that mean "there is no such file (for you)": Drive v3's 404 «File not found: <id>.»,
 * FormApp/DriveApp's «No item with the given ID could be found[, or you do not have permission to access it].»
 * and DocumentApp.openById's «Document is missing (perhaps it was deleted, or you don't have read access?)».
 */
const NOT_FOUND = [/File not found/i, /No item with the given ID could be found/i, /Requested entity was not found/i, /Document is missing/i];

/** Faults that pass: retrying after a pause is what Google advises for them. */
const TRANSIENT = [
  /Service unavailable/i,
  /Service invoked too many times in a short time/i,
  /failed while accessing document/i,
  /Internal Error/i,
  /Backend Error/i,
  /rate limit exceeded/i,
  /rateLimitExceeded|userRateLimitExceeded|backendError/i,
  /Service error/i,
  /Server error/i,
  /temporarily unavailable/i,
  /Address unavailable/i,
  /returned code 5\d\d|HTTP 5\d\d|\b50[0234]\b|\b429\b/i,
];

/** Daily quotas: retrying today does not help (vector 53). */
const DAILY_QUOTA = /Service invoked too many times for one day/i;

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function isNotFound(error: unknown): boolean {
  const text = messageOf(error);
  return NOT_FOUND.some((p) => p.test(text));
}

export function isTransient(error: unknown): boolean {
  const text = messageOf(error);
  return !DAILY_QUOTA.test(text) && TRANSIENT.some((p) => p.test(text));
}

export function isDailyQuota(error: unknown): boolean {
  return DAILY_QUOTA.test(messageOf(error));
}

/** A Google service kept failing with a transient fault: the action stops and makes nothing new. */
export class GoogleUnavailableError extends Error {
  constructor(what: string, cause: unknown) {
    super(
      `Сервис Google сейчас не отвечает (${what}): ${messageOf(cause)}. ` +
        'Ничего нового не создано. Повторите действие через несколько минут.',
    );
    this.name = 'GoogleUnavailableError';
  }
}

/** Pauses between attempts, ms: about half a minute in all, well inside an execution's six minutes. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];

/**
 * Runs `call`, retrying a transient fault with exponential backoff; any other error is rethrown as it is
 * (a not-found included: the caller decides what absent means). `what` names the call for the person.
 */
export function withRetry<T>(what: string, call: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= BACKOFF_MS.length) throw new GoogleUnavailableError(what, error);
      Utilities.sleep(BACKOFF_MS[attempt]);
    }
  }
}

/** Whether a file is there: only a documented not-found says 'absent'; a persistent fault stops the action. */
export type Presence = 'present' | 'trashed' | 'absent';

export function presenceOf(what: string, probe: () => { trashed: boolean }): Presence {
  try {
    return withRetry(what, probe).trashed ? 'trashed' : 'present';
  } catch (error) {
    if (isNotFound(error)) return 'absent';
    throw error;
  }
}
