/**
 * The spreadsheets of the emulated Drive as plain data: what SpreadsheetApp reads and writes, and what
 * exporters (xlsx) and tests inspect. No behaviour beyond keeping the data consistent.
 */
import type { Workspace } from '../workspace';

export type CellValue = string | number | boolean | Date;

export interface ValidationState {
  readonly criteria: 'VALUE_IN_LIST' | 'CHECKBOX';
  readonly values: readonly string[];
  /** A checkbox's custom checked and unchecked values (requireCheckbox(checked, unchecked)); absent: TRUE/FALSE. */
  readonly checkbox?: { readonly checked: string; readonly unchecked: string | null };
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface CellState {
  /** The value getValues returns ('' never stored: an absent cell is empty). */
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  validation?: ValidationState;
  note?: string;
  fontWeight?: 'bold' | 'normal';
  /** Links on parts of a text value (RichTextValue); any other write of the value drops them. */
  links?: { start: number; end: number; url: string }[];
  background?: string;
  wrap?: boolean;
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'COLUMN'; sheetId: number; index: number }
  | { type: 'ROW'; sheetId: number; index: number };

export interface MetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface ProtectionState {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** 1-based bounds of a RANGE protection. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface SheetState {
  readonly sheetId: number;
  name: string;
  /** cells[row-1][column-1]; missing rows/cells are empty. */
  cells: (CellState | undefined)[][];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Record<number, number>;
  /** The form whose answers land here (FormApp.setDestination), else null. */
  formUrl: string | null;
  deleted: boolean;
}

export interface SpreadsheetState {
  readonly id: string;
  name: string;
  readonly locale: string;
  /** The spreadsheet's own zone (File → Settings); it may differ from the script's (gas-api.md §13 vector 55). */
  timeZone: string;
  readonly owner: string;
  sheets: SheetState[];
  activeSheetId: number;
  metadata: MetadataState[];
  protections: ProtectionState[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  nextSheetId: number;
  nextId: number;
}

export class SpreadsheetStore {
  private readonly byId = new Map<string, SpreadsheetState>();
  private counter = 0;

  constructor(private readonly ws: Workspace) {}

  /** A new spreadsheet as Google makes one in a Russian account: one sheet «Лист1», 1000 × 26. */
  create(name: string): SpreadsheetState {
    this.counter += 1;
    const id = `ss${String(this.counter).padStart(3, '0')}${'x'.repeat(38)}`.slice(0, 44);
    const state: SpreadsheetState = {
      id,
      name,
      locale: 'ru_RU',
      timeZone: this.ws.timeZone,
      owner: this.ws.ownerEmail,
      sheets: [],
      activeSheetId: 0,
      metadata: [],
      protections: [],
      toasts: [],
      nextSheetId: 0,
      nextId: 1,
    };
    const first = newSheet(state, 'Лист1');
    state.sheets.push(first);
    state.activeSheetId = first.sheetId;
    this.byId.set(id, state);
    return state;
  }

  get(id: string): SpreadsheetState | undefined {
    return this.byId.get(id);
  }

  all(): SpreadsheetState[] {
    return [...this.byId.values()];
  }
}

export function newSheet(ss: SpreadsheetState, name: string): SheetState {
  const sheetId = ss.nextSheetId === 0 ? 0 : ss.nextSheetId;
  ss.nextSheetId = sheetId === 0 ? 1_000_001 : sheetId + 7919;
  return {
    sheetId,
    name,
    cells: [],
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    hidden: false,
    tabColor: null,
    columnWidths: {},
    formUrl: null,
    deleted: false,
  };
}

/** The cell at 1-based (row, column), created on demand. */
export function cellAt(sheet: SheetState, row: number, column: number): CellState {
  let cells = sheet.cells[row - 1];
  if (!cells) {
    cells = [];
    sheet.cells[row - 1] = cells;
  }
  let cell = cells[column - 1];
  if (!cell) {
    cell = {};
    cells[column - 1] = cell;
  }
  return cell;
}

export function peekCell(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells[row - 1]?.[column - 1];
}

/** Content = a value or a formula; formats and validations alone are not content (getLastRow ignores them). */
export function hasContent(cell: CellState | undefined): boolean {
  return cell !== undefined && ((cell.value !== undefined && cell.value !== '') || cell.formula !== undefined);
}
