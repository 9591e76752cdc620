/**
 * Developer metadata (developers.google.com/apps-script/reference/spreadsheet/developer-metadata):
 * key/value marks on the spreadsheet, a sheet, or whole rows and columns; they move with their rows and
 * columns and vanish with their sheet (developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
 */
import { guard } from '../guard';
import { gate, type SheetsContext } from './context';
import { SpreadsheetErrors } from './errors';
import type { MetadataLocation, MetadataState, SheetState } from './store';

export type SheetFactory = (sheet: SheetState) => unknown;
export type RangeFactory = (sheet: SheetState, row: number, column: number, numRows: number, numColumns: number) => unknown;

export interface MetadataFactories {
  sheet: SheetFactory;
  range: RangeFactory;
  spreadsheet: () => unknown;
}

export function addMetadata(ctx: SheetsContext, location: MetadataLocation, key: string, value?: string | null, visibility?: string): void {
  ctx.ss.metadata.push({
    id: ctx.ss.nextId++,
    key,
    value: value ?? null,
    visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
    location,
  });
}

/** The location of a range for metadata: whole columns or rows only. */
export function locationOfRange(sheet: SheetState, row: number, column: number, numRows: number, numColumns: number): MetadataLocation {
  if (row === 1 && numRows === sheet.maxRows && numColumns === 1) return { type: 'COLUMN', sheetId: sheet.sheetId, index: column };
  if (column === 1 && numColumns === sheet.maxColumns && numRows === 1) return { type: 'ROW', sheetId: sheet.sheetId, index: row };
  throw SpreadsheetErrors.metadataLocation();
}

export function metadataObject(ctx: SheetsContext, meta: MetadataState, make: MetadataFactories): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
  const sheetOf = (): SheetState | undefined =>
    meta.location.type === 'SPREADSHEET' ? undefined : ctx.ss.sheets.find((s) => s.sheetId === (meta.location as { sheetId: number }).sheetId);
  const location = guard(
    {
      getLocationType: () => meta.location.type,
      getSpreadsheet: () => (meta.location.type === 'SPREADSHEET' ? make.spreadsheet() : null),
      getSheet: () => {
        const sheet = sheetOf();
        return meta.location.type === 'SHEET' && sheet ? make.sheet(sheet) : null;
      },
      getColumn: () => {
        const sheet = sheetOf();
        return meta.location.type === 'COLUMN' && sheet ? make.range(sheet, 1, meta.location.index, sheet.maxRows, 1) : null;
      },
      getRow: () => {
        const sheet = sheetOf();
        return meta.location.type === 'ROW' && sheet ? make.range(sheet, meta.location.index, 1, 1, sheet.maxColumns) : null;
      },
    },
    'DeveloperMetadataLocation',
  );
  const object = {
    getId: () => meta.id,
    getKey: () => meta.key,
    getValue: () => meta.value,
    getVisibility: () => meta.visibility,
    getLocation: () => location,
    setKey: (key: string) => {
      gate(ctx.ws, 'DeveloperMetadata.setKey');
      meta.key = key;
      return object;
    },
    setValue: (value: string) => {
      gate(ctx.ws, 'DeveloperMetadata.setValue');
      meta.value = value;
      return object;
    },
    remove: () => {
      gate(ctx.ws, 'DeveloperMetadata.remove');
      ctx.ss.metadata = ctx.ss.metadata.filter((m) => m !== meta);
    },
  };
  return guard(object, 'DeveloperMetadata') as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** createDeveloperMetadataFinder(): filters by key, value and location type, within a scope. */
export function metadataFinder(
  ctx: SheetsContext,
  scope: (meta: MetadataState) => boolean,
  make: MetadataFactories,
): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
  const filters: ((meta: MetadataState) => boolean)[] = [scope];
  const finder = {
    withKey: (key: string) => {
      filters.push((m) => m.key === key);
      return finder;
    },
    withValue: (value: string) => {
      filters.push((m) => m.value === value);
      return finder;
    },
    withLocationType: (type: unknown) => {
      filters.push((m) => m.location.type === String(type));
      return finder;
    },
    withId: (id: number) => {
      filters.push((m) => m.id === id);
      return finder;
    },
    find: () => {
      gate(ctx.ws, 'DeveloperMetadataFinder.find', { read: true });
      return ctx.ss.metadata.filter((m) => filters.every((f) => f(m))).map((m) => metadataObject(ctx, m, make));
    },
  };
  return guard(finder, 'DeveloperMetadataFinder') as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
}
