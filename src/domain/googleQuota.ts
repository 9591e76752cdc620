/**
 * Google's daily quotas by their message (gas-api.md §13, vector 53: «Service invoked too many times for one
 * day: document create.»). Pure, so the use cases can tell a daily quota — retrying today does not help —
 * from a failure without importing the workspace layer; src/workspace/googleCalls.ts uses the same text.
 */

/**
 * Apps Script's text, and Drive's daily limit as the advanced service reports it (reason dailyLimitExceeded,
 * developers.google.com/workspace/drive/api/guides/handle-errors).
 */
const DAILY_QUOTA = /Service invoked too many times for one day|dailyLimitExceeded|Daily Limit Exceeded/i;
const DOCUMENT_CREATE = /for one day:\s*document create/i;

const textOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function isDailyQuotaText(error: unknown): boolean {
  return DAILY_QUOTA.test(textOf(error));
}

/** The Russian words for a daily quota reached: what happened, that nothing is lost or doubled, when to go on. */
export function dailyQuotaMessage(error: unknown): string {
  const what = DOCUMENT_CREATE.test(textOf(error))
    ? 'Google не даёт сегодня создавать новые документы: достигнут дневной лимит вашего аккаунта на новые документы ' +
      '(1 500 в сутки для аккаунта Google Workspace, 250 — для обычного аккаунта Gmail).'
    : `Достигнут дневной лимит Google для вашего аккаунта (${textOf(error)}).`;
  return (
    `${what} Работа приостановлена. Продолжите завтра: откройте «Документы…» и нажмите «Сформировать» — ` +
    'формирование продолжится с того же места; уже созданные документы не повторятся.'
  );
}
