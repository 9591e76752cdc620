/**
 * Creates a table's sheet, or repairs one whose columns were deleted by hand: header row (bold,
 * frozen, protected with a warning), column marks, dropdowns, checkboxes and formats.
 */
import type { ColumnSchema, TableSchema } from '../domain/tables';
import { columnLetters } from './a1';
import { COLUMN_KEY, type SheetTable, TABLE_KEY } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_PROTECTION = 'Заголовки таблицы «Наставничество»: переименовывать можно, удалять и переставлять — тоже, надстройка найдёт столбцы.';
const DATE_FORMAT = 'dd.mm.yyyy';

export function createTableSheet(ss: Spreadsheet, schema: TableSchema, index: number): Sheet {
  const sheet = ss.insertSheet(schema.sheetName, index);
  sheet.addDeveloperMetadata(TABLE_KEY, schema.id, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  if (schema.tabColor) sheet.setTabColor(schema.tabColor);
  addColumns(sheet, schema, schema.columns, 1);
  sheet.setFrozenRows(1);
  const protection = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect();
  protection.setDescription(HEADER_PROTECTION);
  protection.setWarningOnly(true);
  return sheet;
}

/** Puts back, at the right end, the columns of ours the coordinator deleted. */
export function restoreColumns(table: SheetTable, missing: ColumnSchema[]): void {
  const sheet = table.sheet;
  const first = sheet.getLastColumn() + 1;
  const needed = first + missing.length - 1 - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  addColumns(sheet, table.schema, missing, first);
}

function addColumns(sheet: Sheet, schema: TableSchema, columns: readonly ColumnSchema[], first: number): void {
  const header = sheet.getRange(1, first, 1, columns.length);
  header.setValues([columns.map((c) => c.title)]);
  header.setFontWeight('bold');
  header.setBackground('#e8eaf6');
  header.setWrap(true);
  const rows = sheet.getMaxRows() - 1;
  columns.forEach((column, i) => {
    const at = first + i;
    // Metadata goes on whole columns only (Sheets refuses arbitrary ranges); it moves with the column.
    const letters = columnLetters(at);
    sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(COLUMN_KEY, `${schema.id}.${column.key}`);
    if (column.width) sheet.setColumnWidth(at, column.width);
    if (column.help) sheet.getRange(1, at).setNote(column.help);
    const body = sheet.getRange(2, at, rows, 1);
    if (column.type === 'boolean') {
      body.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    } else if (column.list) {
      body.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList([...column.list], true).setAllowInvalid(false).build());
    }
    if (column.type === 'date') body.setNumberFormat(DATE_FORMAT);
    else if (column.type === 'text' || column.type === 'link') body.setNumberFormat('@');
  });
}
