/**
 * Creates a table's sheet, or repairs one whose columns were deleted by hand: header row (bold,
 * frozen, protected with a warning), column marks, dropdowns, checkboxes and formats.
 *
 * Google may fail or kill an execution between any two calls (gas-api.md §13 vector 46). So what is being
 * built is recorded first (`nastavnik.setupPending`), a column is marked only once it is complete, and the
 * next run finishes an interrupted sheet or column block in place — it never adds a second block of columns
 * beside titles that were written without their marks, and never mistakes its own half-made sheet for the
 * coordinator's.
 */
import type { ColumnSchema, TableSchema } from '../domain/tables';
import { columnLetters } from './a1';
import { COLUMN_KEY, type SheetTable, TABLE_KEY } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_PROTECTION = 'Заголовки таблицы «Наставничество»: переименовывать можно, удалять и переставлять — тоже, надстройка найдёт столбцы.';
const DATE_FORMAT = 'dd.mm.yyyy';

const PENDING_KEY = 'nastavnik.setupPending';

/** What set-up had begun and not finished: sheets being made (by table id), column blocks being added (by sheet id). */
interface Pending {
  sheets: Record<string, true>;
  columns: Record<string, { first: number; keys: string[] }>;
}

function readPending(): Pending {
  const raw = PropertiesService.getDocumentProperties().getProperty(PENDING_KEY);
  const parsed = raw ? (JSON.parse(raw) as Partial<Pending>) : {};
  return { sheets: parsed.sheets ?? {}, columns: parsed.columns ?? {} };
}

function writePending(pending: Pending): void {
  const props = PropertiesService.getDocumentProperties();
  if (Object.keys(pending.sheets).length === 0 && Object.keys(pending.columns).length === 0) props.deleteProperty(PENDING_KEY);
  else props.setProperty(PENDING_KEY, JSON.stringify(pending));
}

/** What set-up had begun and not finished, for a workbook to read once per execution. */
export interface SetupPending {
  /** Set-up was making this table's sheet when it was stopped: a namesake without our mark is then ours. */
  sheetBeingMade(schema: TableSchema): boolean;
  /** A block of columns was being added to this sheet when set-up was stopped. */
  columnsBeingAdded(sheet: Sheet): boolean;
}

export function setupPending(): SetupPending {
  const pending = readPending();
  return {
    sheetBeingMade: (schema) => pending.sheets[schema.id] === true,
    columnsBeingAdded: (sheet) => pending.columns[String(sheet.getSheetId())] !== undefined,
  };
}

/** Marks a sheet an interrupted creation left without its table mark, so it is found and finished. */
export function adoptInterruptedSheet(sheet: Sheet, schema: TableSchema): void {
  sheet.addDeveloperMetadata(TABLE_KEY, schema.id, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

export function createTableSheet(ss: Spreadsheet, schema: TableSchema, index: number): Sheet {
  const pending = readPending();
  writePending({ ...pending, sheets: { ...pending.sheets, [schema.id]: true } });
  const sheet = ss.insertSheet(schema.sheetName, index);
  sheet.addDeveloperMetadata(TABLE_KEY, schema.id, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  finishSheet(sheet, schema);
  const done = readPending();
  delete done.sheets[schema.id];
  writePending(done);
  return sheet;
}

/** The rest of a new sheet after its mark: columns, frozen and protected header. */
function finishSheet(sheet: Sheet, schema: TableSchema): void {
  if (schema.tabColor) sheet.setTabColor(schema.tabColor);
  addColumns(sheet, schema, schema.columns, 1);
  sheet.setFrozenRows(1);
  const protection = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect();
  protection.setDescription(HEADER_PROTECTION);
  protection.setWarningOnly(true);
}

/**
 * Finishes a table's sheet whose creation was interrupted (found by its mark, or a namesake the record says
 * is ours): the columns being added are completed in place, the header frozen and protected.
 */
export function finishInterruptedSheet(table: SheetTable): void {
  const sheet = table.sheet;
  if (sheet.getRange(1, 1).getValue() === '' && table.columnPositions().length === 0) {
    // Stopped before its columns: the block is added afresh from the first column.
    finishSheet(sheet, table.schema);
  } else {
    table.restoreMissingColumns();
    sheet.setFrozenRows(1);
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).length === 0) {
      const protection = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect();
      protection.setDescription(HEADER_PROTECTION);
      protection.setWarningOnly(true);
    }
  }
  const done = readPending();
  delete done.sheets[table.schema.id];
  writePending(done);
}

/**
 * Puts back the columns of ours that are missing: those an interrupted run was adding are finished where
 * their titles already stand; the others (deleted by hand) come back at the right end.
 */
export function restoreColumns(table: SheetTable, missing: ColumnSchema[]): void {
  const sheet = table.sheet;
  const pending = readPending();
  const block = pending.columns[String(sheet.getSheetId())];
  let rest = missing;
  if (block) {
    const titles = sheet.getRange(1, block.first, 1, block.keys.length).getValues()[0];
    const taken = new Set(table.columnPositions());
    const adopted = missing.filter((c) => {
      const i = block.keys.indexOf(c.key);
      return i >= 0 && !taken.has(block.first + i) && titles[i] === c.title;
    });
    for (const column of adopted) {
      const at = block.first + block.keys.indexOf(column.key);
      styleHeader(sheet.getRange(1, at));
      finishColumn(sheet, table.schema, column, at);
    }
    rest = missing.filter((c) => !adopted.includes(c));
    delete pending.columns[String(sheet.getSheetId())];
    writePending(pending);
  }
  if (rest.length === 0) return;
  const first = sheet.getLastColumn() + 1;
  const needed = first + rest.length - 1 - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  addColumns(sheet, table.schema, rest, first);
}

function addColumns(sheet: Sheet, schema: TableSchema, columns: readonly ColumnSchema[], first: number): void {
  const id = String(sheet.getSheetId());
  const pending = readPending();
  writePending({ ...pending, columns: { ...pending.columns, [id]: { first, keys: columns.map((c) => c.key) } } });
  const header = sheet.getRange(1, first, 1, columns.length);
  header.setValues([columns.map((c) => c.title)]);
  styleHeader(header);
  columns.forEach((column, i) => {
    finishColumn(sheet, schema, column, first + i);
  });
  const done = readPending();
  delete done.columns[id];
  writePending(done);
}

function styleHeader(header: GoogleAppsScript.Spreadsheet.Range): void {
  header.setFontWeight('bold');
  header.setBackground('#e8eaf6');
  header.setWrap(true);
}

/** One column's width, note, rules and formats, and last its mark: a marked column is always a complete one. */
function finishColumn(sheet: Sheet, schema: TableSchema, column: ColumnSchema, at: number): void {
  const title = sheet.getRange(1, at);
  if (column.width) sheet.setColumnWidth(at, column.width);
  if (column.help) title.setNote(column.help);
  const body = sheet.getRange(2, at, sheet.getMaxRows() - 1, 1);
  if (column.type === 'boolean') {
    body.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  } else if (column.list) {
    body.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList([...column.list], true).setAllowInvalid(false).build());
  }
  if (column.type === 'date') body.setNumberFormat(DATE_FORMAT);
  else if (column.type === 'text' || column.type === 'link') body.setNumberFormat('@');
  // Metadata goes on whole columns only (Sheets refuses arbitrary ranges); it moves with the column.
  const letters = columnLetters(at);
  sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(COLUMN_KEY, `${schema.id}.${column.key}`);
}
