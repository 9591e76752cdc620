/**
 * A typed table over one sheet: the header row maps to the schema's column keys through developer
 * metadata on whole columns, so a coordinator who reorders, renames or adds columns breaks nothing.
 * Reads and writes go in whole ranges: the number of service calls does not grow with the rows.
 */
import type { CellValue, LinkedText, Row, TablePort, TableRow } from '../app/ports';
import { asCellText } from '../domain/cellText';
import type { ColumnSchema, TableSchema } from '../domain/tables';
import { ZoneDays } from './zoneDays';

export const TABLE_KEY = 'nastavnik.table';
export const COLUMN_KEY = 'nastavnik.column';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetValue = string | number | boolean | Date;

/** The sheet that carries our table's mark, or null (the first, if a copy made by hand carries it too). */
export function findTableSheet(ss: Spreadsheet, schema: TableSchema): Sheet | null {
  return findTableSheets(ss, schema)[0] ?? null;
}

/** Every sheet carrying our table's mark: more than one when a person duplicated the sheet (vector 60). */
export function findTableSheets(ss: Spreadsheet, schema: TableSchema): Sheet[] {
  const sheets: Sheet[] = [];
  for (const meta of ss.createDeveloperMetadataFinder().withKey(TABLE_KEY).withValue(schema.id).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet && !sheets.some((s) => s.getSheetId() === sheet.getSheetId())) sheets.push(sheet);
  }
  return sheets;
}

/** Takes our marks off a copy of a table's sheet, so the copy becomes a sheet of the coordinator's own. */
export function unmarkTableCopy(copy: Sheet): void {
  for (const meta of copy.getDeveloperMetadata()) if (meta.getKey() === TABLE_KEY) meta.remove();
  for (const meta of copy.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) meta.remove();
}

export class SheetTable implements TablePort {
  /** Dates of the spreadsheet's zone, shared by every table of the execution (a call per month, not per cell). */
  private readonly days: ZoneDays;

  private constructor(
    readonly sheet: Sheet,
    readonly schema: TableSchema,
    /** 1-based column of each schema key present in the sheet. */
    private columnOf: Map<string, number>,
    timeZone: string,
    private readonly restore: (table: SheetTable, missing: ColumnSchema[]) => void,
  ) {
    this.days = zoneDaysOf(timeZone);
  }

  /** Opens the table on `sheet`, finding its columns by their metadata. */
  static open(sheet: Sheet, schema: TableSchema, restore: (table: SheetTable, missing: ColumnSchema[]) => void): SheetTable {
    const timeZone = sheet.getParent().getSpreadsheetTimeZone();
    return new SheetTable(sheet, schema, locateColumns(sheet, schema), timeZone, restore);
  }

  get sheetName(): string {
    return this.sheet.getName();
  }

  /** The sheet's column numbers that carry a mark of this table. */
  columnPositions(): number[] {
    return [...this.columnOf.values()];
  }

  /** Columns of the schema that the sheet lacks (deleted by hand). */
  missingColumns(): ColumnSchema[] {
    return this.schema.columns.filter((c) => !this.columnOf.has(c.key));
  }

  restoreMissingColumns(): string[] {
    const missing = this.missingColumns();
    if (missing.length === 0) return [];
    this.restore(this, missing);
    this.columnOf = locateColumns(this.sheet, this.schema);
    return missing.map((c) => c.title);
  }

  /** Every data row (below the header), with one read. Empty rows are skipped; `keys` limits the columns converted. */
  readAll(keys?: readonly string[]): TableRow[] {
    const lastRow = this.sheet.getLastRow();
    if (lastRow < 2 || this.columnOf.size === 0) return [];
    const width = Math.max(...this.columnOf.values());
    const grid = this.sheet.getRange(2, 1, lastRow - 1, width).getValues() as SheetValue[][];
    const rows: TableRow[] = [];
    grid.forEach((cells, i) => {
      const values: Row = {};
      let empty = true;
      for (const column of this.schema.columns) {
        // Converting dates costs a service call per cell: skip the columns nobody asked for.
        if (keys && !keys.includes(column.key)) continue;
        const at = this.columnOf.get(column.key);
        const value = at === undefined ? '' : this.fromSheet(cells[at - 1]);
        if (value !== '' && value !== false) empty = false;
        values[column.key] = value;
      }
      if (!empty) rows.push({ rowNumber: i + 2, values });
    });
    return rows;
  }

  /**
   * Writes `rows` from `firstRow` on: only the given keys (default: all of ours), one setValues per run
   * of adjacent columns; text is written so Sheets never evaluates it (plain-text cells, see assertPlainText).
   */
  writeRows(firstRow: number, rows: readonly Row[], keys?: readonly string[]): void {
    if (rows.length === 0) return;
    for (const run of this.columnRuns(keys)) {
      this.assertPlainText(firstRow, rows.length, run);
      const grid = rows.map((row) => run.columns.map((column) => this.toSheet(column, row[column.key])));
      this.sheet.getRange(firstRow, run.start, rows.length, run.columns.length).setValues(grid);
    }
  }

  /** Rich text with named links in one column: one setNumberFormat('@') and one setRichTextValues for the block. */
  writeLinkedText(firstRow: number, key: string, cells: readonly LinkedText[]): void {
    const at = this.columnOf.get(key);
    if (at === undefined || cells.length === 0) return;
    const range = this.sheet.getRange(firstRow, at, cells.length, 1);
    range.setNumberFormat('@');
    range.setRichTextValues(
      cells.map((cell) => {
        const builder = SpreadsheetApp.newRichTextValue().setText(cell.text);
        for (const link of cell.links) builder.setLinkUrl(link.start, link.end, link.url);
        return [builder.build()];
      }),
    );
  }

  /**
   * Our text columns are plain text ('@'), where Sheets evaluates nothing, so text is written as typed:
   * no apostrophe, which a plain-text cell may keep visibly (gas-api.md §13 vector 51). A coordinator may
   * have reformatted a cell since set-up, so the format is set again right before each write — one call
   * per run of adjacent text columns — and a typed «=…» can never become a formula.
   */
  private assertPlainText(firstRow: number, numRows: number, run: { start: number; columns: ColumnSchema[] }): void {
    let start = -1;
    run.columns.forEach((column, i) => {
      const text = isTextColumn(column);
      if (text && start < 0) start = i;
      const last = i === run.columns.length - 1;
      if (start >= 0 && (!text || last)) {
        const end = text ? i + 1 : i;
        this.sheet.getRange(firstRow, run.start + start, numRows, end - start).setNumberFormat('@');
        start = -1;
      }
    });
  }

  /** Appends rows after the last row with data (checkbox cells alone do not count). */
  append(rows: readonly Row[]): void {
    const existing = this.readAll();
    const last = existing.length > 0 ? existing[existing.length - 1].rowNumber : 1;
    this.ensureRows(last + rows.length);
    this.writeRows(last + 1, rows);
  }

  replaceAll(rows: readonly Row[]): void {
    const existing = this.readAll();
    const oldLast = existing.length > 0 ? existing[existing.length - 1].rowNumber : 1;
    const blank: Row = {};
    const block = [...rows];
    while (block.length < oldLast - 1) block.push(blank);
    this.ensureRows(block.length + 1);
    this.writeRows(2, block);
  }

  setChoices(key: string, values: readonly string[]): void {
    const at = this.columnOf.get(key);
    if (at === undefined || values.length === 0) return;
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...values], true).setAllowInvalid(false).build();
    this.sheet.getRange(2, at, this.sheet.getMaxRows() - 1, 1).setDataValidation(rule);
  }

  /** Grows the sheet to hold `lastRow` rows, as a person adding rows would. */
  private ensureRows(lastRow: number): void {
    const max = this.sheet.getMaxRows();
    if (lastRow > max) this.sheet.insertRowsAfter(max, lastRow - max);
  }

  /** Runs of adjacent sheet columns that hold the wanted keys, left to right. */
  private columnRuns(keys?: readonly string[]): { start: number; columns: ColumnSchema[] }[] {
    const wanted = this.schema.columns.filter((c) => this.columnOf.has(c.key) && (!keys || keys.includes(c.key)));
    wanted.sort((a, b) => this.columnOf.get(a.key)! - this.columnOf.get(b.key)!);
    const runs: { start: number; columns: ColumnSchema[] }[] = [];
    for (const column of wanted) {
      const at = this.columnOf.get(column.key)!;
      const last = runs[runs.length - 1];
      if (last && last.start + last.columns.length === at) last.columns.push(column);
      else runs.push({ start: at, columns: [column] });
    }
    return runs;
  }

  private fromSheet(value: SheetValue | undefined): CellValue {
    if (value === undefined) return '';
    if (value instanceof Date) return this.days.isoDay(value);
    return value;
  }

  private toSheet(column: ColumnSchema, value: CellValue | undefined): SheetValue {
    if (value === undefined) return column.type === 'boolean' ? false : '';
    if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return this.days.midnight(value);
    }
    if (typeof value !== 'string') return value;
    // A plain-text cell takes the text as it is; elsewhere the apostrophe is Sheets' "show as text" prefix.
    return isTextColumn(column) ? value : asCellText(value);
  }
}

const zoneDays = new Map<string, ZoneDays>();
function zoneDaysOf(timeZone: string): ZoneDays {
  let days = zoneDays.get(timeZone);
  if (!days) {
    days = new ZoneDays(timeZone);
    zoneDays.set(timeZone, days);
  }
  return days;
}

/** Columns formatted as plain text ('@') by set-up and before every write. */
function isTextColumn(column: ColumnSchema): boolean {
  return column.type === 'text' || column.type === 'link';
}

function locateColumns(sheet: Sheet, schema: TableSchema): Map<string, number> {
  const columnOf = new Map<string, number>();
  const prefix = `${schema.id}.`;
  for (const meta of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const value = meta.getValue() ?? '';
    if (!value.startsWith(prefix)) continue;
    const key = value.slice(prefix.length);
    const column = meta.getLocation().getColumn();
    if (column && schema.columns.some((c) => c.key === key)) columnOf.set(key, column.getColumn());
  }
  return columnOf;
}
