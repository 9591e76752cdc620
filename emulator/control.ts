/**
 * Test and demo controls that are not Apps Script APIs: what a person does by hand in the spreadsheet
 * (edit a cell, tick a checkbox, move a column), run outside any script execution and its scopes.
 */
import { zoneOffsetMs } from './base/timezone';
import { documentObject } from './document/documentApp';
import { documentStore } from './document/store';
import { driveStore } from './drive/store';
import { type CellState, newSheet } from './spreadsheet/store';
import type { Workspace } from './workspace';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Runs `edit` as the coordinator working in the browser on the active spreadsheet. */
export function byHand<T>(ws: Workspace, edit: (ss: Spreadsheet, app: SpreadsheetApp) => T): T {
  ws.rt.begin({ kind: 'user', functionName: '(by hand)' });
  try {
    const app = ws.globals().SpreadsheetApp as SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    if (!ss) throw new Error('Emulator: no active spreadsheet to edit by hand');
    return edit(ss, app);
  } finally {
    ws.rt.end();
  }
}

/** A sheet's values as the person sees them (display strings), header included. */
export function sheetDisplayValues(ws: Workspace, sheetName: string): string[][] {
  return byHand(ws, (ss) => {
    const sheet = ss.getSheetByName(sheetName);
    if (!sheet) throw new Error(`Emulator: no sheet «${sheetName}»`);
    return sheet.getDataRange().getDisplayValues();
  });
}

/** Column number (1-based) of the header cell titled `title`, or throws. */
export function columnByTitle(values: readonly (readonly unknown[])[], title: string): number {
  const at = values[0]?.indexOf(title) ?? -1;
  if (at < 0) throw new Error(`Emulator: no column «${title}» in ${JSON.stringify(values[0])}`);
  return at + 1;
}

/** Types rows into a sheet under the given header titles, wherever those columns are (a person filling a bank). */
export function fillBank(ws: Workspace, sheetName: string, titles: readonly string[], rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  byHand(ws, (ss) => {
    const sheet = ss.getSheetByName(sheetName);
    if (!sheet) throw new Error(`Emulator: no sheet «${sheetName}»`);
    const last = Math.max(sheet.getLastRow(), 1);
    if (last + rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last + rows.length - sheet.getMaxRows());
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    titles.forEach((title, i) => {
      const at = header.indexOf(title) + 1;
      if (at === 0) throw new Error(`Emulator: no column «${title}» on «${sheetName}»`);
      sheet.getRange(2, at, rows.length, 1).setValues(rows.map((r) => [r[i]]));
    });
  });
}

/** A column's cells under the header `title`; rows that hold only unchecked boxes (an empty row to a person) are left out. */
export function columnValues(values: readonly (readonly string[])[], title: string): string[] {
  const at = columnByTitle(values, title) - 1;
  return values
    .slice(1)
    .filter((r) => r.some((cell) => cell !== '' && cell !== 'FALSE'))
    .map((r) => r[at]);
}

/** The coordinator moves a file to the trash in Drive (it keeps its id; Drive reports `trashed: true`). */
export function trashFileByHand(ws: Workspace, fileId: string): void {
  if (!ws.appFiles.has(fileId)) throw new Error(`Emulator: no file ${fileId} to trash`);
  driveStore(ws).trashed.add(fileId);
}

/**
 * The coordinator changes the spreadsheet's time zone (File → Settings → Time zone). The script's zone
 * (the manifest's) stays: the two may differ, «a frequent source of scripting bugs» (Session reference;
 * gas-api.md §13 vector 55). A date cell is a zone-less serial number in Sheets (Sheets API, "About date &
 * time values"), so it keeps its calendar day and clock time and now means that time in the new zone.
 */
export function setSpreadsheetTimeZoneByHand(ws: Workspace, timeZone: string): void {
  const ss = ws.activeSpreadsheetId ? ws.spreadsheets.get(ws.activeSpreadsheetId) : undefined;
  if (!ss) throw new Error('Emulator: no active spreadsheet to change the time zone of');
  const before = ss.timeZone;
  for (const sheet of ss.sheets) {
    for (const line of sheet.cells) {
      for (const cell of line ?? []) {
        if (!(cell?.value instanceof Date)) continue;
        const wallClock = cell.value.getTime() + zoneOffsetMs(ws, cell.value, before);
        const guess = new Date(wallClock - zoneOffsetMs(ws, new Date(wallClock), timeZone));
        cell.value = new Date(wallClock - zoneOffsetMs(ws, guess, timeZone));
      }
    }
  }
  ss.timeZone = timeZone;
}

/**
 * The coordinator duplicates a sheet (the tab's menu → «Создать копию»): a new sheet «Копия <name>» right
 * after it, with its cells, formats and validations. [U] (gas-api.md §13 vector 60, unconfirmed): the copy
 * is taken to carry the sheet's and its columns' developer metadata, so two sheets match one table key —
 * the stricter reading for the add-on. Returns the copy's sheet id.
 */
export function duplicateSheetByHand(ws: Workspace, sheetName: string): number {
  const ss = ws.activeSpreadsheetId ? ws.spreadsheets.get(ws.activeSpreadsheetId) : undefined;
  const original = ss?.sheets.find((s) => !s.deleted && s.name === sheetName);
  if (!ss || !original) throw new Error(`Emulator: no sheet «${sheetName}» to duplicate`);
  const copy = newSheet(ss, `Копия ${sheetName}`);
  copy.cells = original.cells.map((line) => line?.map((cell): CellState | undefined => (cell ? { ...cell } : undefined)) ?? []);
  copy.maxRows = original.maxRows;
  copy.maxColumns = original.maxColumns;
  copy.frozenRows = original.frozenRows;
  copy.columnWidths = { ...original.columnWidths };
  copy.tabColor = original.tabColor;
  ss.sheets.splice(ss.sheets.indexOf(original) + 1, 0, copy);
  for (const meta of ss.metadata.filter((m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === original.sheetId)) {
    ss.metadata.push({ ...meta, id: ss.nextId++, location: { ...meta.location, sheetId: copy.sheetId } as typeof meta.location });
  }
  return copy.sheetId;
}

/**
 * A person edits a Google Doc in the browser (`edit` gets its body): when they stop typing Docs saves it, and
 * Drive's file moves on — a new `version`, `modifiedTime` now, `lastModifyingUser` the editor (the coordinator
 * unless `editor` says who). Drive v3 files resource: version "reflects every change made to the file on the
 * server"; modifiedTime is "the last time the file was modified by anyone".
 */
export function editDocumentByHand(
  ws: Workspace,
  docId: string,
  edit: (body: GoogleAppsScript.Document.Body) => void,
  options: { editor?: string } = {},
): void {
  const store = documentStore(ws);
  if (!store.has(docId) || !ws.appFiles.has(docId)) throw new Error(`Emulator: no document ${docId} to edit by hand`);
  ws.rt.begin({ kind: 'user', functionName: '(by hand)', user: options.editor ?? ws.userEmail });
  try {
    const handle = store.openHandle(docId);
    edit(documentObject(ws, store, handle).getBody());
    store.save(handle);
    store.close(handle);
  } finally {
    ws.rt.end();
  }
}
