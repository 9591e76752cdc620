/**
 * People Drive refused to share a document with (vector 48: an address without a Google account gets access
 * only with a notification e-mail): kept compactly as the job's note on the item, and said in Russian — what
 * to do, per person — in the dialog and in the pair's «Проблемы».
 */
import type { ShareOutcome } from '../ports';

type Refused = ShareOutcome['refused'];

/** First words of the pair's «Проблемы» lines the job writes, so it can replace them and leave others alone. */
export const ACCESS_PREFIX = 'Нет доступа к программе';

/** [email] for an address without a Google account, [email, Google's text] otherwise. */
type Encoded = [string] | [string, string];

export function encodeRefusals(refused: Refused): string {
  return JSON.stringify(refused.map((r): Encoded => (r.reason === 'no-google-account' ? [r.email] : [r.email, r.message.slice(0, 200)])));
}

export function refusalLine(email: string, message?: string): string {
  if (message === undefined) {
    return (
      `${email}: у адреса нет аккаунта Google — укажите в банке адрес Google или включите в «Настройках» ` +
      'письмо участникам («Документы: письмо участникам при открытии доступа» — «да»).'
    );
  }
  return `${email}: Google не открыл доступ (${message}).`;
}

export function refusalLines(note: string): string[] {
  try {
    const list = JSON.parse(note) as Encoded[];
    if (Array.isArray(list)) return list.map(([email, message]) => refusalLine(email, message));
  } catch {
    // A note of another kind: shown as it is.
  }
  return [note];
}

export function refusalLinesOf(refused: Refused): string[] {
  return refused.map((r) => refusalLine(r.email, r.reason === 'no-google-account' ? undefined : r.message));
}
