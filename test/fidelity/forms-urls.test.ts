/**
 * Fidelity of FormApp where the add-on tells a form and its response sheet apart (gas-api.md §13 vectors 46,
 * 47): Google's not-found text, `Sheet.getFormUrl()` in either reported shape, and `FormApp.openByUrl`.
 */
import { formStore } from '../../emulator/forms/store';
import { formsDriveWorld } from './support-forms-drive';

// [C] Real execution logs quoted in public projects (find_string «No item with the given ID could be found»):
// FormApp.openById/DriveApp.getFileById on an id that is gone or not shared.
const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

describe('FormApp: not found is Google\'s documented text (vector 46)', () => {
  it('openById and openByUrl of an unknown form throw «No item with the given ID could be found…»', () => {
    const { ws, FormApp } = formsDriveWorld();
    expect(() => FormApp.openById('1FAIpQLgone')).toThrow(NOT_FOUND);
    expect(() => FormApp.openByUrl('https://docs.google.com/forms/d/1gone/edit')).toThrow(NOT_FOUND);
    ws.rt.end();
  });
});

describe('Sheet.getFormUrl() of a response sheet (vector 47, reports conflict [C])', () => {
  it("by default names the form's id: /forms/d/<id>/viewform", () => {
    const { ws, ss, FormApp } = formsDriveWorld();
    const form = FormApp.create('Анкета');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(ss.getSheets()[0].getFormUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/viewform`);
    ws.rt.end();
  });

  it("under formUrlShape = 'published' it is the published /forms/d/e/<publishedId>/viewform URL with no form id", () => {
    const { ws, ss, FormApp } = formsDriveWorld((w) => {
      w.behaviour.formUrlShape = 'published';
    });
    const form = FormApp.create('Анкета');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const url = ss.getSheets()[0].getFormUrl() ?? '';
    expect(url).toBe(form.getPublishedUrl());
    expect(url).toMatch(/\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(url).not.toContain(form.getId());
    ws.rt.end();
  });
});

describe('FormApp.openByUrl («Returns the Form with the specified URL», FormApp reference)', () => {
  // Public projects open `Sheet.getFormUrl()` with openByUrl and read getId() (find_string «FormApp.openByUrl(»),
  // so the emulator opens the form by any of its URLs: edit, view by id, and the published one [C].
  it.each(['edit', 'by-id view', 'published'])('opens the form by its %s URL', (shape) => {
    const { ws, FormApp } = formsDriveWorld();
    const form = FormApp.create('Анкета');
    const state = formStore(ws).get(form.getId())!;
    const url = shape === 'edit' ? form.getEditUrl() : shape === 'published' ? form.getPublishedUrl() : `https://docs.google.com/forms/d/${state.id}/viewform`;
    expect(FormApp.openByUrl(url).getId()).toBe(form.getId());
    ws.rt.end();
  });

  it('removeDestination unlinks the sheet: getFormUrl() is null from then on (Sheet.getFormUrl: null without a form)', () => {
    const { ws, ss, FormApp } = formsDriveWorld();
    const form = FormApp.create('Анкета');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const sheet = ss.getSheets()[0];
    expect(sheet.getFormUrl()).not.toBeNull();
    form.removeDestination();
    expect(sheet.getFormUrl()).toBeNull();
    ws.rt.end();
  });

  it('deleteItem removes the item (Form.deleteItem(item))', () => {
    const { ws, FormApp } = formsDriveWorld();
    const form = FormApp.create('Анкета');
    form.addTextItem().setTitle('a');
    form.addTextItem().setTitle('b');
    form.deleteItem(form.getItems()[0]);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['b']);
    ws.rt.end();
  });
});
