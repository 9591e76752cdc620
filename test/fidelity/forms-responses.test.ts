/**
 * Fidelity of FormApp's response store and e-mail collection, as the consent withdrawal uses them:
 * Form.deleteResponse, Form.getResponses, Form.setEmailCollectionType / getEmailCollectionType, setCollectEmail.
 */
import { formStore } from '../../emulator/forms/store';
import { formsDriveWorld } from './support-forms-drive';

/** In FormApp, not in @types/google-apps-script 2.0.13 (docs/RESEARCH.md (c)). */
type Collecting = GoogleAppsScript.Forms.Form & { setEmailCollectionType(t: unknown): Collecting; getEmailCollectionType(): unknown };
const TYPES = (app: GoogleAppsScript.Forms.FormApp) => (app as unknown as { EmailCollectionType: Record<'VERIFIED' | 'DO_NOT_COLLECT' | 'RESPONDER_INPUT', unknown> }).EmailCollectionType;

describe('Form.deleteResponse (developers.google.com/apps-script/reference/forms/form#deleteResponse(String))', () => {
  it('removes one response from the form’s store, leaves the others and the response sheet’s row', () => {
    const { ws, ss, FormApp } = formsDriveWorld();
    const form = FormApp.create('Анкета') as Collecting;
    form.setEmailCollectionType(TYPES(FormApp).VERIFIED);
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    // [D] createResponse().submit(): a script submits as the effective user.
    form.createResponse().withItemResponse(form.getItems()[0].asTextItem().createResponse('Первый')).submit();
    form.createResponse().withItemResponse(form.getItems()[0].asTextItem().createResponse('Второй')).submit();
    const [first, second] = form.getResponses();
    // «Deletes a single response from the form's response store. This method does not delete copies of responses
    // stored in a response destination (such as a spreadsheet)». It returns the Form.
    expect(form.deleteResponse(first.getId()).getId()).toBe(form.getId());
    expect(form.getResponses().map((r) => r.getId())).toEqual([second.getId()]);
    const sheet = ss.getSheets()[0];
    expect(sheet.getRange(2, 3, 2, 1).getValues().flat()).toEqual(['Первый', 'Второй']);
    // [U] an id that is not there: Google's text is not documented; the emulator throws rather than ignoring it.
    expect(() => form.deleteResponse(first.getId())).toThrow();
    // A response submitted after a deletion never takes a deleted one's id.
    form.createResponse().withItemResponse(form.getItems()[0].asTextItem().createResponse('Третий')).submit();
    expect(new Set(form.getResponses().map((r) => r.getId())).size).toBe(2);
    expect(form.getResponses().map((r) => r.getId())).not.toContain(first.getId());
    ws.rt.end();
  });
});

describe('e-mail collection (…/forms/form#setEmailCollectionType(EmailCollectionType), …/forms/email-collection-type)', () => {
  it('VERIFIED is read back and collects e-mails; DO_NOT_COLLECT turns collection off', () => {
    const { ws, FormApp } = formsDriveWorld();
    const form = FormApp.create('Анкета') as Collecting;
    form.setEmailCollectionType(TYPES(FormApp).VERIFIED);
    expect(String(form.getEmailCollectionType())).toBe('VERIFIED');
    expect(form.collectsEmail()).toBe(true);
    form.setEmailCollectionType(TYPES(FormApp).DO_NOT_COLLECT);
    expect(form.collectsEmail()).toBe(false);
    ws.rt.end();
  });

  it('[U] setCollectEmail(true) is taken as RESPONDER_INPUT (typed, not verified): Google does not say which', () => {
    const { ws, FormApp } = formsDriveWorld();
    const form = FormApp.create('Анкета') as Collecting;
    form.setCollectEmail(true);
    expect(String(form.getEmailCollectionType())).toBe('RESPONDER_INPUT');
    expect(formStore(ws).get(form.getId())!.emailCollection).toBe('RESPONDER_INPUT');
    ws.rt.end();
  });
});
