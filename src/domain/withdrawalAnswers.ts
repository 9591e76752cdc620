/**
 * A second answer from an address already in a bank, on a form that does not verify addresses (anyone may
 * type anyone's e-mail): it neither withdraws nor overwrites that person's row. It waits for the coordinator,
 * with a note in the row's «Проблемы» saying what to do. On a verified form such answers go in as usual.
 */
import type { BankAnswer, BankRow } from './banks';

export interface HeldAnswer {
  /** The bank row it was held against, and that row with the note (unchanged when the note is there). */
  readonly index: number;
  readonly row: BankRow;
  readonly note: string;
  /** For «Журнал»: IDs and row numbers only. */
  readonly journal: string;
}

export function withdrawalNote(responseRow: number): string {
  return (
    `Строка ${responseRow} анкеты: повторный ответ «не даю согласия» с этого адреса. Анкета не подтверждает адрес, ` +
    'поэтому это не отзыв: если человек отзывает согласие, отметьте «Отзыв согласия» и выберите «Применить отзывы согласий».'
  );
}

export function heldUpdateNote(responseRow: number): string {
  return (
    `Строка ${responseRow} анкеты: новый ответ с этого адреса не внесён — анкета не подтверждает адрес. ` +
    `Если ответ отправил сам человек, впишите ${responseRow} в «Строка анкеты» и выберите «Обновить банки».`
  );
}

/**
 * Held, or null when the answer goes the usual way: a new address, an older or the same answer (the row's
 * «Строка анкеты» at or after it: the coordinator accepts a held answer by typing its row there), or a verified
 * form (`verifies` is asked only when it matters: it opens the form).
 */
export function holdUnverified(rows: readonly BankRow[], answer: BankAnswer, verifies: () => boolean): HeldAnswer | null {
  if (answer.blank || answer.failure !== undefined || answer.email === '') return null;
  const index = rows.findIndex((r) => String(r.email ?? '').toLowerCase() === answer.email);
  if (index < 0) return null;
  const current = rows[index];
  if (Number(current.responseRow) >= answer.responseRow) return null;
  if (!answer.consent && current.consent !== true) return null;
  if (verifies()) return null;
  const note = answer.consent ? heldUpdateNote(answer.responseRow) : withdrawalNote(answer.responseRow);
  const problems = String(current.problems ?? '');
  const row = problems.includes(note) ? current : { ...current, problems: [problems, note].filter((p) => p !== '').join('\n') };
  const id = String(current.id ?? '');
  const journal = answer.consent
    ? `Строка ${answer.responseRow} анкеты не внесена: адрес ${id} уже в банке, а анкета не подтверждает адрес. Подробности — в «Проблемах» ${id}.`
    : `Строка ${answer.responseRow} анкеты: «не даю согласия» с адреса ${id}, анкета не подтверждает адрес — отзыв ждёт подтверждения куратора.`;
  return { index, row, note, journal };
}
