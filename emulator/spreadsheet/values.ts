/**
 * How Sheets (ru_RU locale) takes a value written by setValue(s) and how it shows it: strings are
 * parsed like typed input (developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues:
 * "If a value begins with =, it's interpreted as a formula"); a leading apostrophe keeps text verbatim;
 * the plain-text format '@' keeps strings as they are (gas-api.md §3, vectors 7–10; §13 vector 51).
 */
import { SpreadsheetErrors } from './errors';
import type { CellState, CellValue } from './store';

export const MAX_CELL_CHARS = 50_000;

export interface Written {
  value?: CellValue;
  formula?: string;
}

/**
 * The stored cell for a value written by a script. A plain-text cell ('@') takes a string as it is — nothing
 * is evaluated there (gas-api.md §3 [C]); whether it also keeps a leading apostrophe is unconfirmed
 * (vector 51), so `apostrophe` decides: 'kept' (the stricter reading, default) or 'dropped'. In any other
 * cell the apostrophe is the "show as text" prefix and is dropped (gas-api.md §3 vector 7 [C]), and a
 * string beginning with '=' is a formula (Range.setValue [D]).
 */
export function writeValue(
  input: unknown,
  numberFormat: string | undefined,
  timeZoneOffsetMs: (d: Date) => number,
  apostrophe: 'kept' | 'dropped' = 'kept',
): Written {
  if (input === null || input === undefined || input === '') return {};
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (input instanceof Date) return { value: new Date(input.getTime()) };
  const text = String(input);
  if (text.length > MAX_CELL_CHARS) throw SpreadsheetErrors.cellTooLong();
  if (numberFormat === '@') return { value: text.startsWith("'") && apostrophe === 'dropped' ? text.slice(1) : text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text, value: evaluateFormula(text) };
  return { value: parseTyped(text, timeZoneOffsetMs) };
}

/** What typing `text` into a ru_RU cell gives: numbers, TRUE/FALSE, dates; otherwise the text. */
export function parseTyped(text: string, timeZoneOffsetMs: (d: Date) => number): CellValue {
  const t = text.trim();
  if (/^[+-]?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'ИСТИНА') return true;
  if (upper === 'FALSE' || upper === 'ЛОЖЬ') return false;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return dateInZone(Number(m[1]), Number(m[2]), Number(m[3]), timeZoneOffsetMs) ?? text;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return dateInZone(Number(m[3]), Number(m[2]), Number(m[1]), timeZoneOffsetMs) ?? text;
  return text;
}

/** Midnight of a calendar day in the spreadsheet's time zone, or null for a day that does not exist. */
function dateInZone(y: number, m: number, d: number, offsetMs: (d: Date) => number): Date | null {
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d) return null;
  return new Date(utc.getTime() - offsetMs(utc));
}

/** Sheets evaluates formulas; the emulator only does plain arithmetic, anything else is an error value. */
export function evaluateFormula(formula: string): CellValue {
  const expr = formula.slice(1).trim();
  if (/^[\d\s+\-*/().,]+$/.test(expr)) {
    const value = arithmetic(expr.replace(/,/g, '.'));
    if (value !== null) return value;
  }
  return '#ERROR!';
}

/** A tiny recursive-descent evaluator for + - * / and parentheses (no eval). */
function arithmetic(expr: string): number | null {
  let pos = 0;
  const peek = (): string => expr[pos] ?? '';
  const skip = (): void => {
    while (peek() === ' ') pos++;
  };
  const number = (): number | null => {
    skip();
    if (peek() === '(') {
      pos++;
      const v = sum();
      skip();
      if (peek() !== ')') return null;
      pos++;
      return v;
    }
    if (peek() === '-') {
      pos++;
      const v = number();
      return v === null ? null : -v;
    }
    const m = /^\d+(\.\d+)?/.exec(expr.slice(pos));
    if (!m) return null;
    pos += m[0].length;
    return Number(m[0]);
  };
  const product = (): number | null => {
    let v = number();
    for (skip(); v !== null && (peek() === '*' || peek() === '/'); skip()) {
      const op = expr[pos++];
      const r = number();
      if (r === null) return null;
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  function sum(): number | null {
    let v = product();
    for (skip(); v !== null && (peek() === '+' || peek() === '-'); skip()) {
      const op = expr[pos++];
      const r = product();
      if (r === null) return null;
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }
  const result = sum();
  skip();
  return result !== null && pos === expr.length && Number.isFinite(result) ? result : null;
}

/** The value getValues returns for a cell: '' for empty, false for an empty checkbox. */
export function readValue(cell: CellState | undefined): CellValue {
  if (!cell) return '';
  if (cell.value === undefined || cell.value === '') return cell.validation?.criteria === 'CHECKBOX' ? false : '';
  return cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value;
}

/** What the ru_RU locale shows: decimal comma, dates dd.MM.yyyy, booleans as TRUE/FALSE. */
export function displayValue(cell: CellState | undefined, formatDate: (d: Date, pattern: string) => string): string {
  const value = readValue(cell);
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (value instanceof Date) {
    const format = cell?.numberFormat;
    if (format && /h/i.test(format)) return formatDate(value, 'dd.MM.yyyy HH:mm:ss');
    return formatDate(value, 'dd.MM.yyyy');
  }
  return value;
}
