/**
 * Statuses typed or pasted by hand: «Действует», « действует », «ДЕЙСТВУЕТ» are one status (case, spaces
 * and ё do not matter). A status the add-on does not know is kept as typed and reported, never guessed.
 */
import { normaliseWords } from './catalog';
import { PAIR_STATUSES } from './tables';

export type PairStatus = (typeof PAIR_STATUSES)[number];

/** The known status `typed` stands for, or null when it is none of them ('' is not a status either). */
export function knownStatus<T extends string>(typed: string, known: readonly T[]): T | null {
  const words = normaliseWords(typed);
  if (words === '') return null;
  return known.find((k) => normaliseWords(k) === words) ?? null;
}

/**
 * Whether a pair is still at work. Only a recognised ending («завершена», «расторгнута») ends it: an empty
 * or unknown status keeps the pair at work, so nobody in it is paired twice by a typo.
 */
export function pairAtWork(typed: string): boolean {
  const status = knownStatus(typed, PAIR_STATUSES);
  return status === null || status === 'действует';
}

/** The text to show for a status the add-on cannot read, or null when it reads it. */
export function unreadablePairStatus(pairId: string, typed: string): string | null {
  if (typed.trim() === '' || knownStatus(typed, PAIR_STATUSES) !== null) return null;
  return `${pairId}: статус «${typed.trim()}» не распознан — пара считается действующей. Выберите статус из списка: ${PAIR_STATUSES.join(', ')}.`;
}
