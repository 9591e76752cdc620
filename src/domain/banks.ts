/**
 * How answers become bank rows: one row per person (by e-mail), the newest answer wins and keeps the
 * person's ID; the same answer twice changes nothing; no consent, no row. Used by the form-submit
 * trigger (one answer) and by «Обновить банки» (every answer, in order), so both give the same banks.
 */
import { type ParsedAnswer, problemsText } from './intake';

export type BankValue = string | number | boolean;
export type BankRow = Record<string, BankValue>;

export interface BankAnswer extends ParsedAnswer {
  /** Row of the response sheet: answers are applied in this order. */
  readonly responseRow: number;
  /** Why the answer could not be turned into a bank row (it stays in the response sheet); absent when it could. */
  readonly failure?: string;
}

export type UpsertOutcome =
  | { kind: 'inserted'; row: BankRow }
  | { kind: 'updated'; index: number; row: BankRow }
  | { kind: 'unchanged' }
  | { kind: 'no-consent'; responseRow: number }
  | { kind: 'unidentified'; responseRow: number; problems: readonly string[] }
  | { kind: 'blank' }
  /** Not taken in; the person's row, when there is one, gets a note in «Проблемы» (`index`, `row`). */
  | { kind: 'failed'; responseRow: number; reason: string; index?: number; row?: BankRow };

/** The note a person's row gets when one of their answers could not be taken in. */
export const failureNote = (responseRow: number, reason: string): string => `Ответ из строки ${responseRow} листа ответов не внесён в банк: ${reason}`;

/** «НЛ-007» → 7. */
function idNumber(id: BankValue | undefined): number {
  const m = /(\d+)\s*$/.exec(String(id ?? ''));
  return m ? Number(m[1]) : 0;
}

export function nextId(rows: readonly BankRow[], prefix: string): string {
  const max = rows.reduce((m, r) => Math.max(m, idNumber(r.id)), 0);
  return `${prefix}-${String(max + 1).padStart(3, '0')}`;
}

/**
 * Applies one answer to the bank (in place of nothing: returns what to write). A person who answers
 * again without consent is withdrawn: their row is emptied by the caller (see withdrawRow).
 */
export function upsertAnswer(rows: readonly BankRow[], answer: BankAnswer, idPrefix: string): UpsertOutcome {
  if (answer.blank) return { kind: 'blank' };
  if (answer.failure !== undefined) return failed(rows, answer, answer.failure);
  if (answer.email === '') return { kind: 'unidentified', responseRow: answer.responseRow, problems: answer.problems };
  const index = rows.findIndex((r) => String(r.email ?? '').toLowerCase() === answer.email);
  if (!answer.consent) {
    if (index >= 0 && rows[index].consent === true && Number(rows[index].responseRow) < answer.responseRow) {
      return { kind: 'updated', index, row: withdrawRow(rows[index]) };
    }
    return { kind: 'no-consent', responseRow: answer.responseRow };
  }
  const values: BankRow = { ...answer.values, email: answer.email, consent: true, problems: problemsText(answer.problems), responseRow: answer.responseRow };
  if (index < 0) return { kind: 'inserted', row: { ...values, id: nextId(rows, idPrefix), status: 'в банке' } };
  const current = rows[index];
  // An older answer delivered late (or the same one twice) never overwrites a newer one.
  if (Number(current.responseRow) > answer.responseRow) return { kind: 'unchanged' };
  const next: BankRow = { ...current, ...values, status: current.status || 'в банке' };
  const changed = Object.keys(next).some((k) => String(next[k]) !== String(current[k] ?? ''));
  return changed ? { kind: 'updated', index, row: next } : { kind: 'unchanged' };
}

/** Personal data erased, the anonymous ID kept (152-ФЗ: processing stops on withdrawal). */
export function withdrawRow(row: BankRow): BankRow {
  const erased: BankRow = {};
  for (const key of Object.keys(row)) erased[key] = typeof row[key] === 'boolean' ? false : '';
  return { ...erased, id: row.id, status: 'отозвал согласие', responseRow: row.responseRow ?? '' };
}

/** A failed answer: reported, and noted on its person's row unless a newer answer is already there. */
function failed(rows: readonly BankRow[], answer: BankAnswer, reason: string): UpsertOutcome {
  const outcome = { kind: 'failed' as const, responseRow: answer.responseRow, reason };
  const index = answer.email === '' ? -1 : rows.findIndex((r) => String(r.email ?? '').toLowerCase() === answer.email);
  if (index < 0 || Number(rows[index].responseRow) > answer.responseRow) return outcome;
  const note = failureNote(answer.responseRow, reason);
  const problems = String(rows[index].problems ?? '');
  if (problems.includes(note)) return outcome;
  return { ...outcome, index, row: { ...rows[index], problems: problemsText([problems, note].filter((p) => p !== '')) } };
}
