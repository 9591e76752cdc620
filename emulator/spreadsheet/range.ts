/**
 * Range (developers.google.com/apps-script/reference/spreadsheet/range): values, display values,
 * formulas, formats, validations, notes, metadata and protection of a rectangle of one sheet.
 */
import { formatInZone, zoneOffsetMs } from '../base/timezone';
import { guard } from '../guard';
import { toA1 } from './a1';
import { gate, type SheetsContext } from './context';
import { SpreadsheetErrors } from './errors';
import { addMetadata, locationOfRange, type MetadataFactories, metadataObject } from './metadata';
import { RICH_STATE, type RichTextObject, richTextObject } from './richText';
import { type CellState, cellAt, peekCell, type SheetState } from './store';
import { addProtection, RULE_STATE, type RuleObject, ruleObject, violatesRule } from './validation';
import { displayValue, readValue, writeValue } from './values';

export interface RangeDeps extends MetadataFactories {
  sheetObject: (sheet: SheetState) => unknown;
}

export function rangeObject(
  ctx: SheetsContext,
  sheet: SheetState,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  deps: RangeDeps,
): GoogleAppsScript.Spreadsheet.Range {
  const { ws, ss } = ctx;
  const cells = numRows * numColumns;
  const alive = (): void => {
    if (sheet.deleted) throw SpreadsheetErrors.sheetDeleted(sheet.name);
  };
  const each = (visit: (r: number, c: number) => void): void => {
    for (let r = row; r < row + numRows; r++) for (let c = column; c < column + numColumns; c++) visit(r, c);
  };
  const grid = <T>(read: (cell: CellState | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let r = row; r < row + numRows; r++) {
      const line: T[] = [];
      for (let c = column; c < column + numColumns; c++) line.push(read(peekCell(sheet, r, c)));
      out.push(line);
    }
    return out;
  };
  const offset = (d: Date): number => zoneOffsetMs(ws, d, ss.timeZone);
  const show = (d: Date, pattern: string): string => formatInZone(ws, d, ss.timeZone, pattern);
  /**
   * Writes a block of inputs ((row, column) → input) as one call: every value is checked against the
   * strict rule of its cell first, so a refused call leaves the range untouched. A script's write outside
   * a rule with setAllowInvalid(false) throws Google's text for the first offending cell (gas-api.md §13
   * vectors 44–45, real logs [C]); a person's hand edit gets Sheets' own warning instead, so 'user'
   * executions stay lax, as does ws.behaviour.strictListWrites = 'stored'.
   */
  const writeBlock = (inputAt: (r: number, c: number) => unknown, asFormula = false): void => {
    const planned: { r: number; c: number; written: ReturnType<typeof writeValue> }[] = [];
    const strict = ws.behaviour.strictListWrites === 'refused' && ws.rt.execution?.kind !== 'user';
    each((r, c) => {
      const existing = peekCell(sheet, r, c);
      // setFormula sets a formula whatever the cell's format; values follow the format.
      const format = asFormula ? undefined : existing?.numberFormat;
      const written = writeValue(inputAt(r, c), format, offset, ws.behaviour.plainTextApostrophe);
      if (strict && existing?.validation && violatesRule(existing.validation, written.value)) throw SpreadsheetErrors.validation(toA1(r, c, 1, 1));
      planned.push({ r, c, written });
    });
    for (const { r, c, written } of planned) {
      const cell = cellAt(sheet, r, c);
      cell.value = written.value;
      cell.formula = written.formula;
      if (cell.value === undefined) delete cell.value;
      if (cell.formula === undefined) delete cell.formula;
      delete cell.links;
    }
  };
  /** A rich text value is text: its string lands as typed (no formula, no number), with its links. */
  const writeRich = (valueAt: (r: number, c: number) => RichTextObject | null): void => {
    const planned: { r: number; c: number; state: RichTextObject[typeof RICH_STATE] | null }[] = [];
    each((r, c) => {
      const v = valueAt(r, c);
      if (v !== null && (typeof v !== 'object' || !(RICH_STATE in v))) throw SpreadsheetErrors.signature(String(v), 'SpreadsheetApp.Range.setRichTextValues');
      planned.push({ r, c, state: v === null ? null : v[RICH_STATE] });
    });
    for (const { r, c, state } of planned) {
      const cell = cellAt(sheet, r, c);
      delete cell.formula;
      delete cell.links;
      if (state === null || state.text === '') delete cell.value;
      else cell.value = state.text;
      if (state && state.links.length > 0) cell.links = state.links.map((l) => ({ ...l }));
    }
  };
  const richOf = (cell: CellState | undefined): RichTextObject | null => {
    const value = cell?.value;
    if (value !== undefined && typeof value !== 'string') return null;
    return richTextObject({ text: value ?? '', links: cell?.links ?? [] });
  };
  const checkShape = (values: unknown[][]): void => {
    if (!Array.isArray(values)) throw SpreadsheetErrors.signature(String(values), 'SpreadsheetApp.Range.setValues');
    if (values.length !== numRows) throw SpreadsheetErrors.dataRows(values.length, numRows);
    for (const line of values) {
      if (!Array.isArray(line) || line.length !== numColumns) throw SpreadsheetErrors.dataColumns(Array.isArray(line) ? line.length : 0, numColumns);
    }
  };
  const setEach = (method: string, apply: (cell: CellState) => void): GoogleAppsScript.Spreadsheet.Range => {
    alive();
    gate(ws, method, { cells, write: true });
    each((r, c) => apply(cellAt(sheet, r, c)));
    return self;
  };

  const range = {
    getRow: () => row,
    getColumn: () => column,
    getNumRows: () => numRows,
    getNumColumns: () => numColumns,
    getLastRow: () => row + numRows - 1,
    getLastColumn: () => column + numColumns - 1,
    getA1Notation: () => toA1(row, column, numRows, numColumns),
    getSheet: () => deps.sheetObject(sheet),
    getCell: (r: number, c: number) => rangeObject(ctx, sheet, row + r - 1, column + c - 1, 1, 1, deps),
    offset: (r: number, c: number, nr?: number, nc?: number) =>
      rangeObject(ctx, sheet, row + r, column + c, nr ?? numRows, nc ?? numColumns, deps),

    getValues: () => {
      alive();
      gate(ws, 'Range.getValues', { cells, read: true });
      return grid(readValue);
    },
    getValue: () => {
      alive();
      gate(ws, 'Range.getValue', { read: true });
      return readValue(peekCell(sheet, row, column));
    },
    getDisplayValues: () => {
      alive();
      gate(ws, 'Range.getDisplayValues', { cells, read: true });
      return grid((cell) => displayValue(cell, show));
    },
    getDisplayValue: () => {
      alive();
      gate(ws, 'Range.getDisplayValue', { read: true });
      return displayValue(peekCell(sheet, row, column), show);
    },
    getFormulas: () => {
      alive();
      gate(ws, 'Range.getFormulas', { cells, read: true });
      return grid((cell) => cell?.formula ?? '');
    },
    getFormula: () => {
      alive();
      gate(ws, 'Range.getFormula', { read: true });
      return peekCell(sheet, row, column)?.formula ?? '';
    },
    setValues: (values: unknown[][]) => {
      alive();
      checkShape(values);
      gate(ws, 'Range.setValues', { cells, write: true });
      // Validate every value before writing any: a failed call leaves the range untouched.
      for (const line of values) for (const v of line) if (typeof v === 'string' && v.length > 50_000) throw SpreadsheetErrors.cellTooLong();
      writeBlock((r, c) => values[r - row][c - column]);
      return self;
    },
    setRichTextValues: (values: (RichTextObject | null)[][]) => {
      alive();
      checkShape(values);
      gate(ws, 'Range.setRichTextValues', { cells, write: true });
      writeRich((r, c) => values[r - row][c - column]);
      return self;
    },
    setRichTextValue: (value: RichTextObject) => {
      alive();
      gate(ws, 'Range.setRichTextValue', { write: true });
      writeRich(() => value);
      return self;
    },
    getRichTextValues: () => {
      alive();
      gate(ws, 'Range.getRichTextValues', { cells, read: true });
      return grid(richOf);
    },
    getRichTextValue: () => {
      alive();
      gate(ws, 'Range.getRichTextValue', { read: true });
      return richOf(peekCell(sheet, row, column));
    },
    setValue: (value: unknown) => {
      alive();
      gate(ws, 'Range.setValue', { write: true });
      writeBlock(() => value);
      return self;
    },
    setFormula: (formula: string) => {
      alive();
      gate(ws, 'Range.setFormula', { write: true });
      writeBlock(() => (formula.startsWith('=') ? formula : `=${formula}`), true);
      return self;
    },
    clear: () => setEach('Range.clear', (cell) => {
      for (const key of Object.keys(cell) as (keyof CellState)[]) delete cell[key];
    }),
    clearContent: () => setEach('Range.clearContent', (cell) => {
      delete cell.value;
      delete cell.formula;
      delete cell.links;
    }),
    getNumberFormat: () => peekCell(sheet, row, column)?.numberFormat ?? 'General',
    getNumberFormats: () => grid((cell) => cell?.numberFormat ?? 'General'),
    setNumberFormat: (format: string) => setEach('Range.setNumberFormat', (cell) => {
      cell.numberFormat = format;
    }),
    setFontWeight: (weight: string | null) => setEach('Range.setFontWeight', (cell) => {
      cell.fontWeight = weight === 'bold' ? 'bold' : 'normal';
    }),
    getFontWeight: () => peekCell(sheet, row, column)?.fontWeight ?? 'normal',
    setBackground: (color: string | null) => setEach('Range.setBackground', (cell) => {
      if (color) cell.background = color;
      else delete cell.background;
    }),
    getBackground: () => peekCell(sheet, row, column)?.background ?? '#ffffff',
    setWrap: (wrap: boolean) => setEach('Range.setWrap', (cell) => {
      cell.wrap = wrap;
    }),
    setHorizontalAlignment: (_alignment: string | null) => setEach('Range.setHorizontalAlignment', () => undefined),
    setVerticalAlignment: (_alignment: string | null) => setEach('Range.setVerticalAlignment', () => undefined),
    setNote: (note: string | null) => setEach('Range.setNote', (cell) => {
      if (note) cell.note = String(note);
      else delete cell.note;
    }),
    getNote: () => peekCell(sheet, row, column)?.note ?? '',
    setDataValidation: (rule: RuleObject | null) => setEach('Range.setDataValidation', (cell) => {
      if (rule) cell.validation = rule[RULE_STATE];
      else delete cell.validation;
    }),
    getDataValidation: () => {
      const state = peekCell(sheet, row, column)?.validation;
      return state ? ruleObject(state) : null;
    },
    getDataValidations: () => grid((cell) => (cell?.validation ? ruleObject(cell.validation) : null)),
    protect: () => {
      alive();
      gate(ws, 'Range.protect');
      return addProtection(ctx, 'RANGE', sheet.sheetId, { row, column, numRows, numColumns }, () => self);
    },
    addDeveloperMetadata: (key: string, value?: string, visibility?: unknown) => {
      alive();
      gate(ws, 'Range.addDeveloperMetadata', { write: true });
      const location = locationOfRange(sheet, row, column, numRows, numColumns);
      addMetadata(ctx, location, key, typeof value === 'string' ? value : null, visibility === undefined ? undefined : String(visibility));
      return self;
    },
    getDeveloperMetadata: () => {
      gate(ws, 'Range.getDeveloperMetadata', { read: true });
      return ss.metadata
        .filter(
          (m) =>
            (m.location.type === 'COLUMN' &&
              m.location.sheetId === sheet.sheetId &&
              numRows === sheet.maxRows &&
              m.location.index >= column &&
              m.location.index < column + numColumns) ||
            (m.location.type === 'ROW' &&
              m.location.sheetId === sheet.sheetId &&
              numColumns === sheet.maxColumns &&
              m.location.index >= row &&
              m.location.index < row + numRows),
        )
        .map((m) => metadataObject(ctx, m, deps));
    },
  };
  const self = guard(range, 'Range') as unknown as GoogleAppsScript.Spreadsheet.Range;
  return self;
}
