/**
 * How many mentees a mentor takes: one rule for every reader (the matching, «Закрепить утверждённые»), so
 * a capacity typed oddly — fractional, negative, huge, in words — is read the same everywhere and the
 * coordinator is told which number is used. The Положение's limit caps it.
 */

/** The Положение's default: «не более двух наставляемых в индивидуальной форме». */
export const DEFAULT_MENTEES_PER_MENTOR = 2;

const WORDS: Readonly<Record<string, number>> = {
  ноль: 0,
  один: 1,
  одна: 1,
  одного: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
};

export interface Capacity {
  /** The number the matching and the confirmation use. */
  readonly value: number;
  /** Why it differs from what was typed, in Russian; null when it was read as typed. */
  readonly note: string | null;
}

/** The capacity typed in the bank, read by one rule and capped by the Положение's `limit`. */
export function readCapacity(typed: string | number | boolean | undefined, limit: number): Capacity {
  const text = typeof typed === 'number' ? String(typed) : String(typed ?? '').trim().toLowerCase().replace(/ё/g, 'е');
  if (text === '') return { value: Math.min(1, limit), note: `«Сколько наставляемых» не указано — используется ${Math.min(1, limit)}.` };
  // As the coordinator sees it: a number with a decimal comma.
  const shown = typeof typed === 'number' ? String(typed).replace('.', ',') : String(typed ?? '').trim();
  const word = WORDS[text.replace(/[^а-я]/g, '')];
  const number = typeof typed === 'number' ? typed : /^[+-]?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : word;
  if (number === undefined || !Number.isFinite(number)) {
    return { value: Math.min(1, limit), note: `«Сколько наставляемых»: «${shown}» — не число; используется ${Math.min(1, limit)}.` };
  }
  if (number < 0) return { value: 0, note: `«Сколько наставляемых»: ${shown} — меньше нуля; используется 0 (наставник не берёт наставляемых).` };
  const whole = Math.floor(number);
  if (whole > limit) {
    return { value: limit, note: `«Сколько наставляемых»: ${shown} — больше, чем допускает Положение (не более ${limit}); используется ${limit}.` };
  }
  if (whole !== number) return { value: whole, note: `«Сколько наставляемых»: ${shown} — не целое; используется ${whole}.` };
  return { value: whole, note: null };
}
