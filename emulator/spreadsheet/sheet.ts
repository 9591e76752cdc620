/**
 * Sheet (developers.google.com/apps-script/reference/spreadsheet/sheet): ranges, size, structure
 * (insert, delete and move rows and columns, carrying their metadata along), freezing, hiding,
 * tab colour, protections and metadata.
 */
import { guard } from '../guard';
import { parseA1 } from './a1';
import { gate, type SheetsContext } from './context';
import { SpreadsheetErrors } from './errors';
import { addMetadata, metadataFinder, metadataObject } from './metadata';
import { type RangeDeps, rangeObject } from './range';
import { hasContent, type SheetState } from './store';
import { addProtection, protectionObject } from './validation';

export interface SheetDeps extends RangeDeps {
  assertNameFree: (name: string, except: SheetState) => void;
}

export function lastRowOf(sheet: SheetState): number {
  for (let r = sheet.cells.length; r >= 1; r--) if (sheet.cells[r - 1]?.some(hasContent)) return r;
  return 0;
}

export function lastColumnOf(sheet: SheetState): number {
  let last = 0;
  for (const row of sheet.cells) {
    if (!row) continue;
    for (let c = row.length; c > last; c--) {
      if (hasContent(row[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

export function sheetObject(ctx: SheetsContext, sheet: SheetState, deps: SheetDeps): GoogleAppsScript.Spreadsheet.Sheet {
  const { ws, ss } = ctx;
  const alive = (): void => {
    if (sheet.deleted) throw SpreadsheetErrors.sheetDeleted(sheet.name);
  };
  const range = (row: number, column: number, numRows: number, numColumns: number) => {
    if (numRows < 1) throw SpreadsheetErrors.rowsAtLeastOne();
    if (numColumns < 1) throw SpreadsheetErrors.columnsAtLeastOne();
    if (row < 1 || column < 1 || row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
      throw SpreadsheetErrors.outsideSheet();
    }
    return rangeObject(ctx, sheet, row, column, numRows, numColumns, deps);
  };
  /** Moves the metadata of columns (or rows) when the structure changes: `map` gives the new index or null (deleted). */
  const remapMetadata = (type: 'COLUMN' | 'ROW', map: (index: number) => number | null): void => {
    ss.metadata = ss.metadata.filter((m) => {
      if (m.location.type !== type || m.location.sheetId !== sheet.sheetId) return true;
      const next = map(m.location.index);
      if (next === null) return false;
      m.location.index = next;
      return true;
    });
  };
  const spliceColumns = (at: number, deleteCount: number, insert: number): void => {
    for (let r = 0; r < sheet.cells.length; r++) {
      const line = sheet.cells[r];
      if (!line) continue;
      while (line.length < at - 1) line.push(undefined);
      line.splice(at - 1, deleteCount, ...new Array(insert).fill(undefined));
    }
  };

  const object = {
    getName: () => sheet.name,
    setName: (name: string) => {
      alive();
      gate(ws, 'Sheet.setName', { write: true });
      deps.assertNameFree(name, sheet);
      sheet.name = name;
      return self;
    },
    getSheetId: () => sheet.sheetId,
    getIndex: () => ss.sheets.indexOf(sheet) + 1,
    getParent: () => deps.spreadsheet(),
    getType: () => 'GRID',
    getFormUrl: () => sheet.formUrl,
    getMaxRows: () => sheet.maxRows,
    getMaxColumns: () => sheet.maxColumns,
    getLastRow: () => {
      alive();
      gate(ws, 'Sheet.getLastRow', { read: true });
      return lastRowOf(sheet);
    },
    getLastColumn: () => {
      alive();
      gate(ws, 'Sheet.getLastColumn', { read: true });
      return lastColumnOf(sheet);
    },
    getDataRange: () => {
      alive();
      gate(ws, 'Sheet.getDataRange', { read: true });
      return rangeObject(ctx, sheet, 1, 1, Math.max(lastRowOf(sheet), 1), Math.max(lastColumnOf(sheet), 1), deps);
    },
    getRange: (...args: unknown[]) => {
      alive();
      gate(ws, 'Sheet.getRange');
      if (typeof args[0] === 'string') {
        const a1 = parseA1(args[0]);
        if (!a1) throw new Error(`Range not found`);
        return range(a1.row, a1.column, a1.numRows ?? sheet.maxRows - a1.row + 1, a1.numColumns ?? sheet.maxColumns - a1.column + 1);
      }
      const [row, column, numRows, numColumns] = args as (number | null | undefined)[];
      if (typeof row !== 'number' || typeof column !== 'number') {
        throw SpreadsheetErrors.signature(args.map(String).join(','), 'SpreadsheetApp.Sheet.getRange');
      }
      return range(row, column, numRows ?? 1, numColumns ?? 1);
    },
    appendRow: (values: unknown[]) => {
      alive();
      gate(ws, 'Sheet.appendRow', { write: true, cells: values.length });
      const row = lastRowOf(sheet) + 1;
      if (row > sheet.maxRows) sheet.maxRows = row;
      if (values.length > sheet.maxColumns) sheet.maxColumns = values.length;
      rangeObject(ctx, sheet, row, 1, 1, values.length, deps).setValues([values]);
      return self;
    },
    insertRowsAfter: (after: number, howMany: number) => {
      alive();
      gate(ws, 'Sheet.insertRows', { write: true });
      sheet.cells.splice(after, 0, ...new Array(howMany).fill(undefined));
      sheet.maxRows += howMany;
      remapMetadata('ROW', (i) => (i > after ? i + howMany : i));
      return self;
    },
    deleteRow: (row: number) => {
      if (typeof row !== 'number') throw SpreadsheetErrors.signature(String(row), 'SpreadsheetApp.Sheet.deleteRow');
      return object.deleteRows(row, 1);
    },
    deleteRows: (row: number, howMany: number) => {
      alive();
      gate(ws, 'Sheet.deleteRows', { write: true });
      sheet.cells.splice(row - 1, howMany);
      sheet.maxRows -= howMany;
      remapMetadata('ROW', (i) => (i < row ? i : i < row + howMany ? null : i - howMany));
      return self;
    },
    insertColumnsAfter: (after: number, howMany: number) => {
      alive();
      gate(ws, 'Sheet.insertColumns', { write: true });
      spliceColumns(after + 1, 0, howMany);
      sheet.maxColumns += howMany;
      remapMetadata('COLUMN', (i) => (i > after ? i + howMany : i));
      return self;
    },
    insertColumnBefore: (before: number) => object.insertColumnsAfter(before - 1, 1),
    insertColumnAfter: (after: number) => object.insertColumnsAfter(after, 1),
    deleteColumn: (column: number) => object.deleteColumns(column, 1),
    deleteColumns: (column: number, howMany: number) => {
      alive();
      gate(ws, 'Sheet.deleteColumns', { write: true });
      spliceColumns(column, howMany, 0);
      sheet.maxColumns -= howMany;
      remapMetadata('COLUMN', (i) => (i < column ? i : i < column + howMany ? null : i - howMany));
      return self;
    },
    /** Moves whole columns as a person drags them: their cells and their metadata go together. */
    moveColumns: (columnSpec: GoogleAppsScript.Spreadsheet.Range, destinationIndex: number) => {
      alive();
      gate(ws, 'Sheet.moveColumns', { write: true });
      const from = columnSpec.getColumn();
      const count = columnSpec.getNumColumns();
      const order = Array.from({ length: sheet.maxColumns }, (_, i) => i + 1);
      const moved = order.splice(from - 1, count);
      const insertAt = destinationIndex > from ? destinationIndex - 1 - count : destinationIndex - 1;
      order.splice(insertAt, 0, ...moved);
      sheet.cells = sheet.cells.map((line) => (line ? order.map((c) => line[c - 1]) : line));
      const newIndex = new Map(order.map((oldIndex, i) => [oldIndex, i + 1]));
      remapMetadata('COLUMN', (i) => newIndex.get(i) ?? i);
    },
    setFrozenRows: (rows: number) => {
      alive();
      gate(ws, 'Sheet.setFrozenRows', { write: true });
      sheet.frozenRows = rows;
      return self;
    },
    getFrozenRows: () => sheet.frozenRows,
    hideSheet: () => {
      gate(ws, 'Sheet.hideSheet', { write: true });
      sheet.hidden = true;
      return self;
    },
    showSheet: () => {
      gate(ws, 'Sheet.showSheet', { write: true });
      sheet.hidden = false;
      return self;
    },
    isSheetHidden: () => sheet.hidden,
    setTabColor: (color: string | null) => {
      gate(ws, 'Sheet.setTabColor', { write: true });
      sheet.tabColor = color;
      return self;
    },
    getTabColor: () => sheet.tabColor,
    setColumnWidth: (column: number, width: number) => {
      gate(ws, 'Sheet.setColumnWidth', { write: true });
      sheet.columnWidths[column] = width;
      return self;
    },
    getColumnWidth: (column: number) => sheet.columnWidths[column] ?? 100,
    autoResizeColumns: (_start: number, _count: number) => {
      gate(ws, 'Sheet.autoResizeColumns', { write: true });
      return self;
    },
    clear: () => {
      alive();
      gate(ws, 'Sheet.clear', { write: true });
      sheet.cells = [];
      return self;
    },
    activate: () => {
      ss.activeSheetId = sheet.sheetId;
      return self;
    },
    protect: () => {
      alive();
      gate(ws, 'Sheet.protect');
      const bounds = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
      return addProtection(ctx, 'SHEET', sheet.sheetId, bounds, () => range(1, 1, sheet.maxRows, sheet.maxColumns));
    },
    getProtections: (type: unknown) => {
      gate(ws, 'Sheet.getProtections', { read: true });
      return ss.protections
        .filter((p) => p.sheetId === sheet.sheetId && p.type === String(type))
        .map((p) => protectionObject(ctx, p, () => range(p.row, p.column, p.numRows, p.numColumns)));
    },
    addDeveloperMetadata: (key: string, value?: string, visibility?: unknown) => {
      alive();
      gate(ws, 'Sheet.addDeveloperMetadata', { write: true });
      addMetadata(ctx, { type: 'SHEET', sheetId: sheet.sheetId }, key, typeof value === 'string' ? value : null, visibility === undefined ? undefined : String(visibility));
      return self;
    },
    getDeveloperMetadata: () => {
      gate(ws, 'Sheet.getDeveloperMetadata', { read: true });
      return ss.metadata.filter((m) => m.location.type === 'SHEET' && m.location.sheetId === sheet.sheetId).map((m) => metadataObject(ctx, m, deps));
    },
    createDeveloperMetadataFinder: () => {
      gate(ws, 'Sheet.createDeveloperMetadataFinder');
      return metadataFinder(ctx, (m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === sheet.sheetId, deps);
    },
  };
  const self = guard(object, 'Sheet') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  return self;
}
