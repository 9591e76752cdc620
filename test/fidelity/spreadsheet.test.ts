/**
 * Fidelity of the emulated SpreadsheetApp: vectors 1–17 of ../shared/reference/gas-api.md §11, each
 * with the Google page (or the real logs, [C]) it follows.
 */
import { Workspace } from '../../emulator/workspace';
import { world } from '../support/world';

describe('SpreadsheetApp fidelity', () => {
  // 1. [C] A new spreadsheet has one sheet, 1000 × 26 («Лист1» in a Russian account).
  it('creates a spreadsheet with one 1000×26 sheet', () => {
    const { app } = world();
    const created = app.create('x');
    expect(created.getSheets()).toHaveLength(1);
    expect(created.getSheets()[0].getName()).toBe('Лист1');
    expect(created.getSheets()[0].getMaxRows()).toBe(1000);
    expect(created.getSheets()[0].getMaxColumns()).toBe(26);
  });

  // 2. developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow — 0 on an empty sheet [C].
  it('reports an empty sheet as 0×0 with a data range of A1', () => {
    const sheet = world().ss.getSheets()[0];
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });

  // 3. [C] Zero-size ranges.
  it('refuses ranges of zero rows or columns with Google’s text', () => {
    const sheet = world().ss.getSheets()[0];
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  // 4, 6. developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues: "must match dimensions of this range".
  it('refuses data of the wrong shape with Google’s text, writing nothing', () => {
    const sheet = world().ss.getSheets()[0];
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  // 5. [C] Outside the sheet; appendRow grows it.
  it('refuses ranges outside the sheet, while appendRow grows it', () => {
    const sheet = world().ss.getSheets()[0];
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['next']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('next');
  });

  // 7. range#setvaluesvalues: "If a value begins with =, it's interpreted as a formula"; an apostrophe keeps text.
  it('treats = as a formula and a leading apostrophe as text', () => {
    const sheet = world().ss.getSheets()[0];
    sheet.getRange('A1').setValues([['=1+1']]);
    expect(sheet.getRange('A1').getValues()).toEqual([[2]]);
    expect(sheet.getRange('A1').getFormulas()).toEqual([['=1+1']]);
    sheet.getRange('A2').setValues([["'=1+1"]]);
    expect(sheet.getRange('A2').getValues()).toEqual([['=1+1']]);
    expect(sheet.getRange('A2').getFormulas()).toEqual([['']]);
  });

  // 8. range#getvalues: "Empty cells are represented by an empty string".
  it('reads empty cells as empty strings, never null', () => {
    const sheet = world().ss.getSheets()[0];
    sheet.getRange(1, 1, 1, 2).setValues([[null, 'x']]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['', 'x', '']]);
  });

  // 9. range#getvalues: "Number, Boolean, Date, or String".
  it('returns numbers, booleans and dates typed', () => {
    const sheet = world().ss.getSheets()[0];
    sheet.getRange('A1').setValue(42);
    expect(sheet.getRange('A1').getValue()).toBe(42);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('42');
    sheet.getRange('B1').setDataValidation(SpreadsheetAppRule());
    sheet.getRange('B1').setValue(true);
    expect(sheet.getRange('B1').getValue()).toBe(true);
    sheet.getRange('C1').setValue(new Date(Date.UTC(2022, 8, 1, 9)));
    expect(sheet.getRange('C1').getValue()).toBeInstanceOf(Date);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('01.09.2022');
  });

  // 10. [C] Strings are parsed like typed input; plain-text format '@' keeps them.
  it('parses typed strings unless the format is plain text', () => {
    const sheet = world().ss.getSheets()[0];
    sheet.getRange('A1').setValue('0012');
    expect(sheet.getRange('A1').getValue()).toBe(12);
    sheet.getRange('A2').setNumberFormat('@').setValue('0012');
    expect(sheet.getRange('A2').getValue()).toBe('0012');
    sheet.getRange('A3').setValue('TRUE');
    expect(sheet.getRange('A3').getValue()).toBe(true);
  });

  // 11. [C, real logs] Duplicate sheet names; developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename → null.
  it('refuses a taken sheet name, case-insensitively, and returns null for a missing one', () => {
    const { ss } = world();
    ss.insertSheet('Data');
    expect(() => ss.insertSheet('Data')).toThrow('A sheet with the name "Data" already exists. Please enter another name.');
    expect(() => ss.insertSheet('data')).toThrow('already exists');
    expect(() => ss.getSheetByName('Лист1')!.setName('DATA')).toThrow('A sheet with the name "DATA" already exists.');
    expect(ss.getSheetByName('nope')).toBeNull();
    expect(ss.getSheetByName('dAtA')!.getName()).toBe('Data');
  });

  // 12. [C] The 50,000-character limit.
  it('refuses more than 50,000 characters in a cell', () => {
    const sheet = world().ss.getSheets()[0];
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  // 13. [C] Wrong argument types.
  it('names the signature for a wrong argument', () => {
    const sheet = world().ss.getSheets()[0];
    expect(() => sheet.deleteRow(null as unknown as number)).toThrow(
      "The parameters (null) don't match the method signature for SpreadsheetApp.Sheet.deleteRow.",
    );
  });

  // 14. developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata: metadata
  // "will remain associated at those locations as they move around"; "If the associated object is deleted its metadata is deleted too".
  it('keeps sheet and column metadata through renames and moves, and drops it with the sheet', () => {
    const { ss } = world();
    const sheet = ss.insertSheet('Банк');
    sheet.addDeveloperMetadata('k', 'v');
    sheet.getRange('B:B').addDeveloperMetadata('col', 'email');
    sheet.setName('Банк наставников');
    const found = ss.createDeveloperMetadataFinder().withKey('k').find();
    expect(found[0].getLocation().getSheet()!.getName()).toBe('Банк наставников');
    sheet.moveColumns(sheet.getRange('B1'), 5);
    const column = ss.createDeveloperMetadataFinder().withKey('col').find()[0].getLocation().getColumn()!;
    expect(column.getColumn()).toBe(4);
    sheet.insertColumnBefore(1);
    expect(ss.createDeveloperMetadataFinder().withKey('col').find()[0].getLocation().getColumn()!.getColumn()).toBe(5);
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow('Developer metadata may only be added');
    ss.deleteSheet(sheet);
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toEqual([]);
    expect(ss.createDeveloperMetadataFinder().withKey('col').find()).toEqual([]);
  });

  // 15. developers.google.com/apps-script/reference/spreadsheet/protection#removeeditorsemailaddresses;
  // #setdomaineditediable: "Throws an exception if the spreadsheet does not belong to a Google Workspace domain".
  it('keeps the owner and the current user as editors and refuses domain edit on a consumer file', () => {
    const { ss, ws } = world();
    const protection = ss.getSheets()[0].getRange('A1:C1').protect();
    protection.addEditor('other@school13.example');
    protection.removeEditors([ws.ownerEmail, ws.userEmail, 'other@school13.example']);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([ws.ownerEmail]);
    expect(() => protection.setDomainEdit(false)).toThrow();
    protection.setWarningOnly(true);
    expect(ss.getSheets()[0].getProtections(SpreadsheetApp_RANGE())[0].isWarningOnly()).toBe(true);
  });

  // 17. [C] "Cannot call SpreadsheetApp.getUi() from this context." in a trigger.
  it('has no UI in a trigger', () => {
    const { app } = world('installable-trigger');
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('writes and reads multi-row blocks at every offset (gasmask’s off-by-one)', () => {
    const sheet = world().ss.getSheets()[0];
    for (const [row, column] of [
      [1, 1],
      [5, 2],
      [17, 4],
    ]) {
      const block = [
        [`${row}a`, `${row}b`],
        [`${row}c`, `${row}d`],
      ];
      sheet.getRange(row, column, 2, 2).setValues(block);
      expect(sheet.getRange(row, column, 2, 2).getValues()).toEqual(block);
      expect(sheet.getRange(`${String.fromCharCode(64 + column)}${row}`).getValue()).toBe(`${row}a`);
    }
    expect(sheet.getLastRow()).toBe(18);
  });

  it('counts calls and refuses a method the manifest has no scope for', () => {
    const ws = new Workspace({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/script.container.ui'] } });
    ws.activeSpreadsheetId = ws.spreadsheets.create('x').id;
    ws.rt.begin({ kind: 'menu', functionName: 'test' });
    const app = ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });

});

function SpreadsheetAppRule(): GoogleAppsScript.Spreadsheet.DataValidation {
  const { app } = world();
  return app.newDataValidation().requireCheckbox().build();
}

function SpreadsheetApp_RANGE(): GoogleAppsScript.Spreadsheet.ProtectionType {
  return 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
}
