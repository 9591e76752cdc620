/**
 * The programme spreadsheet as the use cases see it (WorkbookPort): our tables found by their sheet
 * mark, created with their header and formats, and the list of tables set-up made, kept in document
 * properties to tell a deleted sheet from a programme never set up.
 */
import type { TableLookup, TablePort, WorkbookPort } from '../app/ports';
import type { TableSchema } from '../domain/tables';
import { findTableSheet, SheetTable } from './table';
import { createTableSheet, restoreColumns } from './tableSetup';

const KNOWN_TABLES = 'nastavnik.tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class SpreadsheetWorkbook implements WorkbookPort {
  constructor(private readonly ss: Spreadsheet) {}

  lookup(schema: TableSchema): TableLookup {
    const sheet = findTableSheet(this.ss, schema);
    if (sheet) return { kind: 'ours', table: SheetTable.open(sheet, schema, restoreColumns) };
    const namesake = this.ss.getSheetByName(schema.sheetName);
    return namesake ? { kind: 'name-taken', sheetName: namesake.getName() } : { kind: 'absent' };
  }

  /** The table if it exists; use cases other than set-up ask for it by schema. */
  table(schema: TableSchema): TablePort | null {
    const sheet = findTableSheet(this.ss, schema);
    return sheet ? SheetTable.open(sheet, schema, restoreColumns) : null;
  }

  create(schema: TableSchema, index: number): TablePort {
    const sheet = createTableSheet(this.ss, schema, index);
    return SheetTable.open(sheet, schema, restoreColumns);
  }

  knownTables(): string[] {
    const raw = PropertiesService.getDocumentProperties().getProperty(KNOWN_TABLES);
    return raw ? (JSON.parse(raw) as string[]) : [];
  }

  rememberTables(ids: readonly string[]): void {
    const merged = [...new Set([...this.knownTables(), ...ids])].sort();
    PropertiesService.getDocumentProperties().setProperty(KNOWN_TABLES, JSON.stringify(merged));
  }
}
