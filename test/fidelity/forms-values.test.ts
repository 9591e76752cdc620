/**
 * Fidelity of answers' values: what the response sheet and the form-submit event make of a typed answer,
 * and what the form's own response store keeps (issue 11: values read as the person typed them).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { submitForm } from '../../emulator/forms/submit';
import { Addon } from '../../emulator/load';
import { Workspace } from '../../emulator/workspace';

const SCOPES = [
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/script.scriptapp',
];

function project(): Addon {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-forms-values-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `function makeForm() {
       var ss = SpreadsheetApp.getActiveSpreadsheet();
       var form = FormApp.create('Анкета');
       form.setCollectEmail(true);
       form.addTextItem().setTitle('Табельный номер');
       form.addTextItem().setTitle('Дата');
       form.addParagraphTextItem().setTitle('Телефон');
       form.addMultipleChoiceItem().setTitle('Категория').setChoiceValues(['первая', 'высшая']);
       form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
       ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
       return form.getId();
     }
     function onResponse(e) { PropertiesService.getDocumentProperties().setProperty('values', JSON.stringify(e.values.map(function (v) { return v.length > 100 ? v.length : v; }))); }
     function eventValues() { return JSON.parse(PropertiesService.getDocumentProperties().getProperty('values')); }
     function sheetRow() {
       var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Ответы на форму (1)');
       var range = sheet.getRange(2, 3, 1, 3);
       var v = range.getValues()[0];
       return { types: v.map(function (x) { return x instanceof Date ? 'date' : typeof x; }), display: range.getDisplayValues()[0] };
     }
     function formAnswers(id, sinceMs) {
       var responses = FormApp.openById(id).getResponses(new Date(sinceMs));
       return responses.map(function (r) {
         return { email: r.getRespondentEmail(), at: r.getTimestamp().getTime(), items: r.getItemResponses().map(function (i) { return [i.getItem().getTitle(), i.getResponse()]; }) };
       });
     }`,
  );
  const ws = new Workspace({ manifest: { oauthScopes: SCOPES } });
  ws.activeSpreadsheetId = ws.spreadsheets.create('Программа').id;
  return new Addon(ws, dir);
}

describe('answers’ values: the response sheet, the event, the form', () => {
  const typed = { 'Табельный номер': '007', Дата: '2025-09-01', Телефон: '+7 900 123-45-67' };

  // [U] (stricter reading, not found in Google's pages): the response sheet takes an answer like text typed into a cell
  // (Range.setValues: strings are parsed like typed input — developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues;
  // users report leading zeros lost in response sheets). «007» is the number 7, «2025-09-01» a date shown in the ru_RU locale.
  it('the response sheet reads «007» as 7 and an ISO date as a date; «+7 900 123-45-67» stays text', () => {
    const addon = project();
    const formId = addon.run<string>('makeForm');
    submitForm(addon, formId, typed, 'anna@school.example');
    expect(addon.run('sheetRow')).toEqual({ types: ['number', 'date', 'string'], display: ['7', '01.09.2025', '+7 900 123-45-67'] });
  });

  // [U] stricter reading: e.values are the row «in the same order as they appear in the spreadsheet»
  // (developers.google.com/apps-script/guides/triggers/events#form-submit), i.e. the sheet's display strings.
  it('the form-submit event carries what the sheet shows, not what was typed', () => {
    const addon = project();
    const formId = addon.run<string>('makeForm');
    submitForm(addon, formId, typed, 'anna@school.example');
    expect(addon.run<string[]>('eventValues').slice(1)).toEqual(['anna@school.example', '7', '01.09.2025', '+7 900 123-45-67', '']);
  });

  // [D] ItemResponse.getResponse(): «Gets the answer that the respondent submitted» — a String for a text item;
  // getItem() «Gets the question item that this response answers» (developers.google.com/apps-script/reference/forms/item-response).
  // [D] Form.getResponses(timestamp): «all of the form's responses after a given date and time»
  // (developers.google.com/apps-script/reference/forms/form#getResponses(Date)).
  it('the form keeps the answer as submitted, and getResponses(since) returns only later responses', () => {
    const addon = project();
    const formId = addon.run<string>('makeForm');
    submitForm(addon, formId, { 'Табельный номер': '001' }, 'first@school.example');
    addon.ws.rt.clock.advance(60_000);
    const since = addon.ws.rt.clock.now() - 1;
    submitForm(addon, formId, typed, 'anna@school.example');
    const responses = addon.run<{ email: string; items: [string, string][] }[]>('formAnswers', [formId, since]);
    expect(responses).toHaveLength(1);
    expect(responses[0].email).toBe('anna@school.example');
    // An unanswered text item comes back as ''; an unanswered choice is left out (gas-api.md §4).
    expect(responses[0].items).toEqual([
      ['Табельный номер', '007'],
      ['Дата', '2025-09-01'],
      ['Телефон', '+7 900 123-45-67'],
    ]);
  });

  // [C] A cell holds at most 50,000 characters (Sheets refuses more: «Your input contains more than the maximum of
  // 50000 characters in a single cell.», gas-api.md §3). [U] What Forms does with a longer answer is not documented:
  // the emulator refuses it when it lands; an answer of exactly 50,000 characters lands whole.
  it('an answer of 50,000 characters lands whole in the response sheet', () => {
    const addon = project();
    const formId = addon.run<string>('makeForm');
    const text = 'я'.repeat(50_000);
    submitForm(addon, formId, { Телефон: text }, 'long@school.example');
    const sheet = addon.ws.spreadsheets.get(addon.ws.activeSpreadsheetId!)!.sheets.find((s) => s.name === 'Ответы на форму (1)')!;
    expect(sheet.cells[1][4]?.value).toBe(text);
    expect(() => submitForm(addon, formId, { Телефон: `${text}я` }, 'longer@school.example')).toThrow();
  });
});
