/**
 * Fidelity of the emulated FormApp and triggers: vectors 21–30 of ../shared/reference/gas-api.md §11,
 * each with the Google page it follows.
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

/** A script with a form made by `makeForm` (its id kept in script properties) and a logging trigger. */
function project(code: string): Addon {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-forms-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `${code}
     function onResponse(e) {
       var log = PropertiesService.getDocumentProperties();
       var seen = JSON.parse(log.getProperty('events') || '[]');
       seen.push({ values: e.values, named: e.namedValues, row: e.range.getRow(), hasSource: 'source' in e, mode: String(e.authMode), uid: e.triggerUid });
       log.setProperty('events', JSON.stringify(seen));
     }
     function events() { return JSON.parse(PropertiesService.getDocumentProperties().getProperty('events') || '[]'); }`,
  );
  const ws = new Workspace({ manifest: { oauthScopes: SCOPES } });
  ws.activeSpreadsheetId = ws.spreadsheets.create('Программа').id;
  return new Addon(ws, dir);
}

const FORM = `
  function makeForm() {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var form = FormApp.create('Анкета');
    form.setCollectEmail(true);
    form.addTextItem().setTitle('ФИО').setRequired(true);
    form.addMultipleChoiceItem().setTitle('Категория').setChoiceValues(['первая', 'высшая']);
    form.addCheckboxItem().setTitle('Запросы').setChoiceValues(['А', 'Б', 'В']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
    return form.getId();
  }`;

describe('FormApp and form-submit triggers', () => {
  // 27. developers.google.com/apps-script/reference/forms/form#setdestinationtype,-id
  it('makes a response sheet with Google’s layout, the only one with a form URL', () => {
    const addon = project(FORM);
    const formId = addon.run<string>('makeForm');
    const ss = addon.ws.spreadsheets.get(addon.ws.activeSpreadsheetId!)!;
    const sheet = ss.sheets.find((s) => s.name === 'Ответы на форму (1)')!;
    expect(sheet.cells[0].map((c) => c?.value)).toEqual(['Отметка времени', 'Адрес электронной почты', 'ФИО', 'Категория', 'Запросы']);
    expect(sheet.formUrl).toContain(formId);
    expect(ss.sheets.filter((s) => s.formUrl !== null)).toHaveLength(1);
  });

  // 24. developers.google.com/apps-script/guides/triggers/events#form-submit (Sheets).
  it('delivers Google’s event: strings, checkbox answers joined, unanswered as empty, the new row, FULL, no source', () => {
    const addon = project(FORM);
    const formId = addon.run<string>('makeForm');
    submitForm(addon, formId, { ФИО: 'Иванова Анна', Запросы: ['А', 'В'] }, 'anna@school.example');
    const [event] = addon.run<{ values: string[]; named: Record<string, string[]>; row: number; hasSource: boolean; mode: string }[]>('events');
    expect(event.values.slice(1)).toEqual(['anna@school.example', 'Иванова Анна', '', 'А, В']);
    expect(event.values[0]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(event.named['Категория']).toEqual(['']);
    expect(event.named['Запросы']).toEqual(['А, В']);
    expect(event.row).toBe(2);
    expect(event.hasSource).toBe(false);
    expect(event.mode).toBe('FULL');
  });

  // 25. developers.google.com/apps-script/guides/triggers/installable: "Script executions and API requests do not cause triggers to run."
  it('fires no trigger for a response submitted by a script, though the row appears', () => {
    const addon = project(`${FORM}
      function scripted(id) { var f = FormApp.openById(id); var item = f.getItems()[0].asTextItem(); f.createResponse().withItemResponse(item.createResponse('Петров')).submit(); }`);
    const formId = addon.run<string>('makeForm');
    addon.run('scripted', [formId]);
    expect(addon.run<unknown[]>('events')).toEqual([]);
    const sheet = addon.ws.spreadsheets.get(addon.ws.activeSpreadsheetId!)!.sheets.find((s) => s.name === 'Ответы на форму (1)')!;
    expect(sheet.cells[1][2]?.value).toBe('Петров');
  });

  // 21–23. developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions.
  it('holds one form-submit trigger per document, refuses other files and sub-hourly clocks', () => {
    const addon = project(`${FORM}
      function again() { ScriptApp.newTrigger('onResponse').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create(); }
      function count() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).length; }
      function forForm(id) { ScriptApp.newTrigger('onResponse').forForm(id).onFormSubmit().create(); }
      function minutes(n) { ScriptApp.newTrigger('onResponse').timeBased().everyMinutes(n).create(); }`);
    const formId = addon.run<string>('makeForm');
    expect(() => addon.run('again')).toThrow('only one trigger of each type');
    expect(addon.run('count')).toBe(1);
    expect(() => addon.run('forForm', [formId])).toThrow('Add-ons can only create triggers for the file in which the add-on is used.');
    expect(() => addon.run('minutes', [7])).toThrow('must be one of 1, 5, 10, 15 or 30');
    expect(() => addon.run('minutes', [5])).toThrow('more frequently than once per hour');
  });

  // 28. developers.google.com/apps-script/reference/forms/multiple-choice-item#setchoicevaluesvalues; …/scale-item#setboundslower,-upper
  it('validates choices and scale bounds', () => {
    const addon = project(`
      function noChoices() { FormApp.create('x').addMultipleChoiceItem().setChoiceValues([]); }
      function bounds(a, b) { FormApp.create('x').addScaleItem().setBounds(a, b); return 'ok'; }`);
    expect(() => addon.run('noChoices')).toThrow();
    expect(() => addon.run('bounds', [2, 5])).toThrow();
    expect(() => addon.run('bounds', [1, 11])).toThrow();
    expect(addon.run('bounds', [1, 5])).toBe('ok');
  });

  // 29, 30. developers.google.com/apps-script/reference/forms/form-response#getitemresponses;
  // developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms (unpublished by default).
  it('omits unanswered choice items, keeps unanswered text as empty, and starts unpublished', () => {
    const addon = project(`${FORM}
      function read(id) {
        var f = FormApp.openById(id);
        var item = f.getItems()[0].asTextItem();
        f.createResponse().withItemResponse(f.getItems()[2].asCheckboxItem().createResponse(['Б'])).submit();
        var r = f.getResponses()[0].getItemResponses();
        return { items: r.map(function (x) { return [x.getItem().getTitle(), x.getResponse()]; }), published: f.isPublished(), after: f.setPublished(true).isPublished() };
      }
      function limited(id) { var f = FormApp.openById(id); f.setLimitOneResponsePerUser(true); f.createResponse().submit(); }`);
    const formId = addon.run<string>('makeForm');
    expect(addon.run('read', [formId])).toEqual({ items: [['ФИО', ''], ['Запросы', ['Б']]], published: false, after: true });
    expect(() => addon.run('limited', [formId])).toThrow();
  });

  // 26. A duplicate delivery reaches the handler again: idempotency is the handler's job (tested with the add-on).
  it('can deliver the same event twice and a blank extra one', () => {
    const addon = project(FORM);
    const formId = addon.run<string>('makeForm');
    const sent = submitForm(addon, formId, { ФИО: 'Иванова Анна' }, 'anna@school.example');
    sent.deliverAgain();
    sent.deliverBlank();
    const events = addon.run<{ values: string[]; row: number }[]>('events');
    expect(events.map((e) => e.row)).toEqual([2, 2, 2]);
    expect(events[2].values.every((v) => v === '')).toBe(true);
  });
});
