/**
 * The programme spreadsheet as the use cases see it (WorkbookPort): our tables found by their sheet
 * mark, created with their header and formats, and the list of tables set-up made, kept in document
 * properties to tell a deleted sheet from a programme never set up.
 */
import type { TableLookup, TablePort, WorkbookPort } from '../app/ports';
import type { TableSchema } from '../domain/tables';
import { findTableSheets, SheetTable, unmarkTableCopy } from './table';
import { adoptInterruptedSheet, createTableSheet, finishInterruptedSheet, restoreColumns, type SetupPending, setupPending } from './tableSetup';

const KNOWN_TABLES = 'nastavnik.tables';
/** Sheet id of each table's sheet when set-up made it: tells the original from a copy made by hand. */
const TABLE_SHEETS = 'nastavnik.tableSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SpreadsheetWorkbook implements WorkbookPort {
  /** Read once per execution: set-up's unfinished work, if a fault or a kill stopped it. */
  private pendingRead: SetupPending | null = null;

  constructor(private readonly ss: Spreadsheet) {}

  private get pending(): SetupPending {
    this.pendingRead ??= setupPending();
    return this.pendingRead;
  }

  lookup(schema: TableSchema): TableLookup {
    const sheet = this.sheetOf(schema) ?? this.interruptedNamesake(schema);
    if (sheet) return { kind: 'ours', table: this.open(sheet, schema) };
    const namesake = this.ss.getSheetByName(schema.sheetName);
    return namesake ? { kind: 'name-taken', sheetName: namesake.getName() } : { kind: 'absent' };
  }

  /** The table if it exists; use cases other than set-up ask for it by schema. */
  table(schema: TableSchema): TablePort | null {
    const sheet = this.sheetOf(schema) ?? this.interruptedNamesake(schema);
    return sheet ? this.open(sheet, schema) : null;
  }

  /**
   * Opens a table; one whose making was interrupted by a fault or a killed execution is finished first.
   * Only then do missing columns cost a look at the record: a whole table costs nothing extra.
   */
  private open(sheet: Sheet, schema: TableSchema): SheetTable {
    const table = SheetTable.open(sheet, schema, restoreColumns);
    if (!this.pending.sheetBeingMade(schema) && !(table.missingColumns().length > 0 && this.pending.columnsBeingAdded(sheet))) return table;
    finishInterruptedSheet(table);
    this.pendingRead = null;
    return SheetTable.open(sheet, schema, restoreColumns);
  }

  /** A sheet with our table's name but no mark, left by a creation stopped right after insertSheet. */
  private interruptedNamesake(schema: TableSchema): Sheet | null {
    if (!this.pending.sheetBeingMade(schema)) return null;
    const namesake = this.ss.getSheetByName(schema.sheetName);
    if (!namesake) return null;
    adoptInterruptedSheet(namesake, schema);
    return namesake;
  }

  create(schema: TableSchema, index: number): TablePort {
    const sheet = createTableSheet(this.ss, schema, index);
    this.pendingRead = null;
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(TABLE_SHEETS, JSON.stringify({ ...this.recordedSheets(), [schema.id]: sheet.getSheetId() }));
    return SheetTable.open(sheet, schema, restoreColumns);
  }

  /**
   * Our table's sheet. A sheet duplicated by hand may carry its marks too ([U] gas-api.md §13 vector 60):
   * then the original — the sheet set-up recorded, else the one with our name, else the leftmost — is the
   * table, and each copy loses our marks (it becomes the coordinator's own sheet) and is named in a toast.
   */
  private sheetOf(schema: TableSchema): Sheet | null {
    const sheets = findTableSheets(this.ss, schema);
    if (sheets.length <= 1) return sheets[0] ?? null;
    const recorded = this.recordedSheets()[schema.id];
    const original =
      sheets.find((s) => s.getSheetId() === recorded) ??
      sheets.find((s) => s.getName() === schema.sheetName) ??
      [...sheets].sort((a, b) => a.getIndex() - b.getIndex())[0];
    const copies = sheets.filter((s) => s !== original);
    for (const copy of copies) unmarkTableCopy(copy);
    const names = copies.map((c) => `«${c.getName()}»`).join(', ');
    this.ss.toast(`${names} — копия листа «${original.getName()}». Надстройка работает с «${original.getName()}», копию не меняет.`, 'Наставничество', 10);
    return original;
  }

  private recordedSheets(): Record<string, number> {
    const raw = PropertiesService.getDocumentProperties().getProperty(TABLE_SHEETS);
    return raw ? (JSON.parse(raw) as Record<string, number>) : {};
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
