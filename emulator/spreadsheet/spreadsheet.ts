/**
 * Spreadsheet and SpreadsheetApp (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app,
 * …/spreadsheet): sheets by name (case-insensitive, leftmost first), insert/delete, toasts, metadata.
 */
import { guard } from '../guard';
import { SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import { gate, type SheetsContext } from './context';
import { SpreadsheetErrors } from './errors';
import { addMetadata, metadataFinder, metadataObject } from './metadata';
import { rangeObject } from './range';
import { richTextBuilder } from './richText';
import { type SheetDeps, sheetObject } from './sheet';
import { newSheet, type SheetState, type SpreadsheetState } from './store';
import { validationBuilder } from './validation';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function spreadsheetObject(ws: Workspace, ss: SpreadsheetState): Spreadsheet {
  const ctx: SheetsContext = { ws, ss };
  const live = (): SheetState[] => ss.sheets.filter((s) => !s.deleted);
  const deps: SheetDeps = {
    spreadsheet: () => self,
    sheet: (sheet) => sheetObject(ctx, sheet, deps),
    sheetObject: (sheet) => sheetObject(ctx, sheet, deps),
    range: (sheet, row, column, numRows, numColumns) => rangeObject(ctx, sheet, row, column, numRows, numColumns, deps),
    assertNameFree: (name, except) => {
      if (live().some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) throw SpreadsheetErrors.sheetNameTaken(name);
    },
  };
  const findByName = (name: string): SheetState | undefined => live().find((s) => s.name.toLowerCase() === name.toLowerCase());

  const object = {
    getId: () => ss.id,
    getName: () => ss.name,
    rename: (name: string) => {
      gate(ws, 'Spreadsheet.rename', { write: true });
      ss.name = name;
    },
    getUrl: () => `https://docs.google.com/spreadsheets/d/${ss.id}/edit`,
    getSpreadsheetTimeZone: () => ss.timeZone,
    getSpreadsheetLocale: () => ss.locale,
    getSheets: () => {
      gate(ws, 'Spreadsheet.getSheets', { read: true });
      return live().map((s) => sheetObject(ctx, s, deps));
    },
    getNumSheets: () => live().length,
    getSheetByName: (name: string) => {
      gate(ws, 'Spreadsheet.getSheetByName', { read: true });
      const sheet = findByName(name);
      return sheet ? sheetObject(ctx, sheet, deps) : null;
    },
    getSheetById: (id: number) => {
      const sheet = live().find((s) => s.sheetId === id);
      return sheet ? sheetObject(ctx, sheet, deps) : null;
    },
    getActiveSheet: () => {
      const sheet = live().find((s) => s.sheetId === ss.activeSheetId) ?? live()[0];
      return sheetObject(ctx, sheet, deps);
    },
    setActiveSheet: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
      ss.activeSheetId = sheet.getSheetId();
      return sheet;
    },
    /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index); the new sheet becomes active. */
    insertSheet: (...args: unknown[]) => {
      gate(ws, 'Spreadsheet.insertSheet', { write: true });
      let name = typeof args[0] === 'string' ? args[0] : undefined;
      const index = typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : undefined;
      if (name !== undefined) deps.assertNameFree(name, undefined as unknown as SheetState);
      if (name === undefined) {
        let n = live().length + 1;
        while (findByName(`Лист${n}`)) n++;
        name = `Лист${n}`;
      }
      const sheet = newSheet(ss, name);
      const liveSheets = live();
      const position = index === undefined || index >= liveSheets.length ? ss.sheets.length : ss.sheets.indexOf(liveSheets[Math.max(index, 0)]);
      ss.sheets.splice(position, 0, sheet);
      ss.activeSheetId = sheet.sheetId;
      return sheetObject(ctx, sheet, deps);
    },
    deleteSheet: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
      gate(ws, 'Spreadsheet.deleteSheet', { write: true });
      const state = live().find((s) => s.sheetId === sheet.getSheetId());
      if (!state) throw SpreadsheetErrors.sheetDeleted(sheet.getName());
      if (live().length === 1) throw SpreadsheetErrors.lastSheet();
      state.deleted = true;
      ss.sheets = ss.sheets.filter((s) => s !== state);
      // "If the associated object is deleted its metadata is deleted too."
      ss.metadata = ss.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== state.sheetId);
      ss.protections = ss.protections.filter((p) => p.sheetId !== state.sheetId);
      if (ss.activeSheetId === state.sheetId) ss.activeSheetId = live()[0].sheetId;
    },
    /** toast(msg, title?, timeoutSeconds?): null → 5 s, negative → until dismissed (recorded). */
    toast: (message: string, title?: string, timeoutSeconds?: number | null) => {
      gate(ws, 'Spreadsheet.toast');
      ss.toasts.push({ message: String(message), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
    },
    addDeveloperMetadata: (key: string, value?: string, visibility?: unknown) => {
      gate(ws, 'Spreadsheet.addDeveloperMetadata', { write: true });
      addMetadata(ctx, { type: 'SPREADSHEET' }, key, typeof value === 'string' ? value : null, visibility === undefined ? undefined : String(visibility));
      return self;
    },
    getDeveloperMetadata: () => {
      gate(ws, 'Spreadsheet.getDeveloperMetadata', { read: true });
      return ss.metadata.filter((m) => m.location.type === 'SPREADSHEET').map((m) => metadataObject(ctx, m, deps));
    },
    createDeveloperMetadataFinder: () => {
      gate(ws, 'Spreadsheet.createDeveloperMetadataFinder');
      return metadataFinder(ctx, () => true, deps);
    },
  };
  const self = guard(object, 'Spreadsheet') as unknown as Spreadsheet;
  return self;
}

const ENUMS = {
  DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
  DeveloperMetadataLocationType: { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' },
  ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
  DataValidationCriteria: { VALUE_IN_LIST: 'VALUE_IN_LIST', CHECKBOX: 'CHECKBOX' },
} as const;

export function spreadsheetApp(ws: Workspace): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const app = {
    ...ENUMS,
    getActiveSpreadsheet: () => {
      gate(ws, 'SpreadsheetApp.getActiveSpreadsheet');
      const ss = ws.activeSpreadsheetId ? ws.spreadsheets.get(ws.activeSpreadsheetId) : undefined;
      return ss ? spreadsheetObject(ws, ss) : null;
    },
    getActive: () => app.getActiveSpreadsheet(),
    /** Other files need the full spreadsheets scope, not spreadsheets.currentonly. */
    create: (name: string) => {
      ws.rt.call('SpreadsheetApp.create', { scopes: [SCOPE.spreadsheets], minAuth: 'FULL' });
      return spreadsheetObject(ws, ws.spreadsheets.create(name));
    },
    openById: (id: string) => {
      ws.rt.call('SpreadsheetApp.openById', { scopes: [SCOPE.spreadsheets], minAuth: 'FULL' });
      const ss = ws.spreadsheets.get(id);
      if (!ss) throw SpreadsheetErrors.notFound(id);
      return spreadsheetObject(ws, ss);
    },
    flush: () => {
      ws.rt.call('SpreadsheetApp.flush', { minAuth: 'LIMITED' });
      ws.rt.flushWrites();
    },
    /** Menus work in every auth mode; a trigger has no UI ("Cannot call SpreadsheetApp.getUi() from this context."). */
    getUi: () => {
      ws.rt.call('SpreadsheetApp.getUi', { minAuth: 'NONE' });
      if (!ws.rt.execution?.hasUi) throw SpreadsheetErrors.getUiContext();
      return ws.ui.getUi();
    },
    newDataValidation: () => validationBuilder(),
    newRichTextValue: () => richTextBuilder(),
  };
  return guard(app, 'SpreadsheetApp') as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
