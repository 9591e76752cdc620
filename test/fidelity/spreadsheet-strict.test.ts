/**
 * Fidelity of the emulator's spreadsheet where the add-on depends on Google being strict: data validation
 * refusing a script's write (gas-api.md §13 vectors 44–45), plain-text cells and the apostrophe (vector 51),
 * the spreadsheet's own time zone (vector 55). Each test states Google's behaviour and its source.
 */
import { byHand, setSpreadsheetTimeZoneByHand } from '../../emulator/control';
import { world } from '../support/world';

type Range = GoogleAppsScript.Spreadsheet.Range;

const VIOLATION = (a1: string) => `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;

function strictList(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, values: string[]) {
  return app.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build();
}

describe('strict data validation refuses a script write (gas-api.md §13 vectors 44–45, real execution logs [C])', () => {
  it('throws Google\'s text naming the first offending cell and writes nothing of the call', () => {
    const { ws, app, ss } = world();
    const sheet = ss.getSheets()[0];
    sheet.getRange('B2:B4').setDataValidation(strictList(app, ['a', 'b']));
    const range: Range = sheet.getRange('A2:B4');
    expect(() => range.setValues([['x', 'a'], ['y', 'c'], ['z', 'd']])).toThrow(VIOLATION('B3'));
    expect(range.getValues()).toEqual([['', ''], ['', ''], ['', '']]);
    expect(() => sheet.getRange('B2').setValue('A')).toThrow(VIOLATION('B2'));
    ws.rt.end();
  });

  it('accepts values of the list and clearing (an empty value passes every rule)', () => {
    const { ws, app, ss } = world();
    const sheet = ss.getSheets()[0];
    sheet.getRange('B2:B3').setDataValidation(strictList(app, ['a', 'b']));
    sheet.getRange('B2:B3').setValues([['a'], ['b']]);
    sheet.getRange('B2:B3').setValues([[''], [null]]);
    expect(sheet.getRange('B2:B3').getValues()).toEqual([[''], ['']]);
    ws.rt.end();
  });

  it('a list with setAllowInvalid(true) (Google\'s default: "The default for a new data validation rule is true") only warns', () => {
    const { ws, app, ss } = world();
    const sheet = ss.getSheets()[0];
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireValueInList(['a'], true).build());
    sheet.getRange('B2').setValue('x');
    expect(sheet.getRange('B2').getValue()).toBe('x');
    ws.rt.end();
  });

  it('a strict checkbox takes only TRUE/FALSE (or its custom values) and empty', () => {
    const { ws, app, ss } = world();
    const sheet = ss.getSheets()[0];
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    sheet.getRange('C2').setValue(true);
    sheet.getRange('C2').setValue(false);
    expect(() => sheet.getRange('C2').setValue('да')).toThrow(VIOLATION('C2'));
    sheet.getRange('D2').setDataValidation(app.newDataValidation().requireCheckbox('да', 'нет').setAllowInvalid(false).build());
    sheet.getRange('D2').setValue('да');
    expect(() => sheet.getRange('D2').setValue(true)).toThrow(VIOLATION('D2'));
    expect(sheet.getRange('D2').getDataValidation()?.getCriteriaValues()).toEqual(['да', 'нет']);
    ws.rt.end();
  });

  it('the rule in force decides: a write before the list is replaced fails, after it succeeds (vector 45)', () => {
    const { ws, app, ss } = world();
    const sheet = ss.getSheets()[0];
    sheet.getRange('B2').setDataValidation(strictList(app, ['Петрова (НС-1)']));
    expect(() => sheet.getRange('B2').setValue('Орлов (НС-2)')).toThrow(VIOLATION('B2'));
    sheet.getRange('B2').setDataValidation(strictList(app, ['Петрова (НС-1)', 'Орлов (НС-2)']));
    sheet.getRange('B2').setValue('Орлов (НС-2)');
    expect(sheet.getRange('B2').getValue()).toBe('Орлов (НС-2)');
    ws.rt.end();
  });

  it('a person\'s hand edit is not refused by the script rule (Sheets shows its own warning), nor under strictListWrites = "stored"', () => {
    const { ws, app, ss } = world();
    ss.getSheets()[0].getRange('B2').setDataValidation(strictList(app, ['a']));
    ws.rt.end();
    byHand(ws, (hand) => hand.getSheets()[0].getRange('B2').setValue('typed'));
    ws.behaviour.strictListWrites = 'stored';
    ws.rt.begin({ kind: 'menu', functionName: 'test' });
    const sheet = (ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet()!.getSheets()[0];
    sheet.getRange('B3').setDataValidation(strictList(app, ['a']));
    sheet.getRange('B3').setValue('stored');
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['typed'], ['stored']]);
    ws.rt.end();
  });
});

describe('plain-text cells and the apostrophe (gas-api.md §3 vector 7, §13 vector 51)', () => {
  const payloads = ['=HYPERLINK("http://evil.example","x")', '+1', '-1', '@SUM(1,1)', '\t=1+1', '\r=1+1', '0012', 'TRUE'];

  it.each(['kept', 'dropped'] as const)('a plain-text cell ("@") keeps every payload as typed text, never a formula (apostrophe %s)', (mode) => {
    const { ws, ss } = world();
    ws.behaviour.plainTextApostrophe = mode;
    const range = ss.getSheets()[0].getRange(1, 1, payloads.length, 1);
    range.setNumberFormat('@');
    range.setValues(payloads.map((p) => [p]));
    expect(range.getValues().flat()).toEqual(payloads);
    expect(range.getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    ws.rt.end();
  });

  it('a leading apostrophe in a plain-text cell: [U] kept as part of the value or dropped, by ws.behaviour.plainTextApostrophe', () => {
    const { ws, ss } = world();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setNumberFormat('@');
    cell.setValue("'=1+1");
    expect(cell.getValue()).toBe("'=1+1");
    ws.behaviour.plainTextApostrophe = 'dropped';
    cell.setValue("'=1+1");
    expect(cell.getValue()).toBe('=1+1');
    ws.rt.end();
  });

  it('in a cell of another format "=…" is a formula (Range.setValue [D]) and the apostrophe is the "show as text" prefix, dropped (vector 7 [C])', () => {
    const { ws, ss } = world();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue('=1+1');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A1').getValue()).toBe(2);
    sheet.getRange('A2').setValue("'=1+1");
    expect(sheet.getRange('A2').getValue()).toBe('=1+1');
    expect(sheet.getRange('A2').getFormula()).toBe('');
    ws.rt.end();
  });

  it('setFormula sets a formula whatever the format', () => {
    const { ws, ss } = world();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setNumberFormat('@');
    cell.setFormula('=2+3');
    expect(cell.getValue()).toBe(5);
    ws.rt.end();
  });
});

describe('the spreadsheet\'s time zone may differ from the script\'s (Session.getScriptTimeZone reference; gas-api.md §13 vector 55)', () => {
  it('a control sets the spreadsheet\'s zone by hand; the script\'s zone stays; date cells keep their calendar day', () => {
    const { ws, ss, globals } = world('menu', { timeZone: 'Europe/Moscow' });
    const session = globals.Session as GoogleAppsScript.Base.Session;
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setNumberFormat('dd.mm.yyyy');
    cell.setValue('2022-09-01');
    ws.rt.end();
    setSpreadsheetTimeZoneByHand(ws, 'Asia/Vladivostok');
    ws.rt.begin({ kind: 'menu', functionName: 'test' });
    const app = ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const again = app.getActiveSpreadsheet()!;
    expect(again.getSpreadsheetTimeZone()).toBe('Asia/Vladivostok');
    expect(session.getScriptTimeZone()).toBe('Europe/Moscow');
    const a1 = again.getSheets()[0].getRange('A1');
    expect(a1.getDisplayValue()).toBe('01.09.2022');
    // Midnight of 1 September in Vladivostok (UTC+10) is 14:00 UTC on 31 August.
    expect((a1.getValue() as Date).toISOString()).toBe('2022-08-31T14:00:00.000Z');
    ws.rt.end();
  });
});
