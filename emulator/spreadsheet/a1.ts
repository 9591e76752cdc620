/** A1 notation: 'B3', 'A1:C3', 'A:C', '2:5', with an optional sheet prefix ('Лист1'!A1, Sheet1!A1). */
export interface A1Range {
  sheetName?: string;
  row: number;
  column: number;
  /** null: to the sheet's last row/column (whole columns or rows). */
  numRows: number | null;
  numColumns: number | null;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function parseA1(notation: string): A1Range | null {
  let text = notation.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b] = text.split(':');
  const first = /^([A-Za-z]*)(\d*)$/.exec(a ?? '');
  const second = b === undefined ? first : /^([A-Za-z]*)(\d*)$/.exec(b);
  if (!first || !second || (first[1] === '' && first[2] === '')) return null;
  const c1 = first[1] ? columnNumber(first[1]) : 1;
  const r1 = first[2] ? Number(first[2]) : 1;
  if (b === undefined) {
    if (!first[1] || !first[2]) return null;
    return { sheetName, row: r1, column: c1, numRows: 1, numColumns: 1 };
  }
  const c2 = second[1] ? columnNumber(second[1]) : null;
  const r2 = second[2] ? Number(second[2]) : null;
  const row = Math.min(r1, r2 ?? r1);
  const column = Math.min(c1, c2 ?? c1);
  return {
    sheetName,
    row,
    column,
    numRows: first[2] && r2 !== null ? Math.abs(r2 - r1) + 1 : null,
    numColumns: first[1] && c2 !== null ? Math.abs(c2 - c1) + 1 : null,
  };
}

export function toA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
