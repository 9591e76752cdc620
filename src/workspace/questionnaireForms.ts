/**
 * The questionnaires as Google Forms whose answers go to the programme spreadsheet: created once,
 * published, their response sheet found (the sheet new since setDestination, confirmed by openByUrl) and
 * marked; the one form-submit trigger. Only FormApp's documented not-found means a form is gone.
 */
import type { FormRecord, FormsPort, ResponseRows } from '../app/ports';
import type { Question, Questionnaire } from '../domain/questionnaires';
import { GoogleUnavailableError, isNotFound, isTransient, presenceOf, withRetry } from './googleCalls';

const RESPONSES_KEY = 'nastavnik.responses';
/** Document property `nastavnik.forms.building.<questionnaire>`: the form a «Создать анкеты» run is making. */
const BUILDING_KEY = 'nastavnik.forms.building';
const FORMS = 'Google Формы';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class GoogleForms implements FormsPort {
  constructor(private readonly ss: Spreadsheet) {}

  /**
   * FormApp decides, not Drive (drive.file may not reach a form FormApp made, vector 59): only its documented
   * not-found means the form is gone; a transient fault never makes a second form.
   */
  exists(formId: string): boolean {
    return presenceOf(FORMS, () => {
      FormApp.openById(formId);
      return { trashed: false };
    }) === 'present';
  }

  /**
   * A new form, or the one an interrupted run began (its id is recorded right after FormApp.create, so a fault
   * or a killed execution mid-build never leaves a second form behind: the next run rebuilds the same one).
   */
  create(questionnaire: Questionnaire): FormRecord {
    const props = PropertiesService.getDocumentProperties();
    const buildingKey = `${BUILDING_KEY}.${questionnaire.id}`;
    const begun = props.getProperty(buildingKey);
    let form = begun ? openIfThere(begun) : null;
    const resumed = form !== null;
    if (!form) {
      // [U] A transient fault thrown by create is taken to mean nothing was made, so it is retried.
      form = withRetry(FORMS, () => FormApp.create(questionnaire.title));
      props.setProperty(buildingKey, form.getId());
    }
    try {
      return this.build(form, questionnaire, resumed);
    } catch (error) {
      // The build is not retried call by call (an item added twice); the next run rebuilds the recorded form.
      if (isTransient(error)) throw new GoogleUnavailableError(FORMS, error);
      throw error;
    }
  }

  private build(form: GoogleAppsScript.Forms.Form, questionnaire: Questionnaire, resumed: boolean): FormRecord {
    if (resumed) {
      this.unlink(form);
      for (const item of form.getItems()) form.deleteItem(item);
    }
    form.setTitle(questionnaire.title);
    form.setDescription(questionnaire.description);
    form.setCollectEmail(true);
    for (const question of questionnaire.questions) addQuestion(form, question);
    const before = new Set(this.ss.getSheets().map((s) => s.getSheetId()));
    form.setDestination(FormApp.DestinationType.SPREADSHEET, this.ss.getId());
    // Forms made through the API start unpublished since 2026 (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
    const publishable = form as unknown as { isPublished(): boolean; setPublished(p: boolean): void };
    if (!publishable.isPublished()) publishable.setPublished(true);
    SpreadsheetApp.flush();
    const sheet = this.responseSheet(form.getId(), before);
    if (!sheet) throw new Error(`Не найден лист ответов формы «${questionnaire.title}».`);
    sheet.addDeveloperMetadata(RESPONSES_KEY, questionnaire.id);
    // Columns as made now: timestamp, e-mail, then the questions in order (Google localises the headers).
    const columns: Record<string, number> = {};
    questionnaire.questions.forEach((q, i) => {
      columns[q.key] = i + 3;
    });
    return { formId: form.getId(), editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl(), sheetId: sheet.getSheetId(), emailColumn: 2, columns };
  }

  /**
   * The form's response sheet (vector 47): `getFormUrl()` may be the published /forms/d/e/… URL with no form
   * id, so the sheet is the one new since setDestination, confirmed by `FormApp.openByUrl(url).getId()` where
   * that opens; among several candidates only the confirmed one is taken.
   */
  private responseSheet(formId: string, before: ReadonlySet<number>): GoogleAppsScript.Spreadsheet.Sheet | null {
    const sheets = this.ss.getSheets();
    const fresh = sheets.filter((s) => !before.has(s.getSheetId()) && s.getFormUrl());
    const verdicts = fresh.map((s) => ({ sheet: s, of: formOfSheet(s) }));
    const confirmed = verdicts.find((v) => v.of === formId);
    if (confirmed) return confirmed.sheet;
    const unknown = verdicts.filter((v) => v.of === null);
    if (unknown.length === 1 && verdicts.every((v) => v.of === null || v.of === formId)) return unknown[0].sheet;
    // No new sheet (Google reused one): the linked sheet that opens to this form.
    return sheets.find((s) => s.getFormUrl() && formOfSheet(s) === formId) ?? null;
  }

  /** An interrupted build had linked the form: its response sheet (still empty) goes, so columns stay as made now. */
  private unlink(form: GoogleAppsScript.Forms.Form): void {
    // [U] getDestinationId() may throw on a form with no destination.
    let destination: string | null = null;
    try {
      destination = form.getDestinationId();
    } catch (error) {
      if (isTransient(error)) throw error;
    }
    if (!destination) return;
    const formId = form.getId();
    const linked = destination === this.ss.getId() ? this.ss.getSheets().filter((s) => s.getFormUrl() && formOfSheet(s) === formId) : [];
    form.removeDestination();
    for (const sheet of linked) if (sheet.getLastRow() <= 1) this.ss.deleteSheet(sheet);
  }

  ensureSubmitTrigger(handler: string): boolean {
    const existing = ScriptApp.getUserTriggers(this.ss).filter((t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
    if (existing.some((t) => t.getHandlerFunction() === handler)) return false;
    for (const t of existing) ScriptApp.deleteTrigger(t);
    ScriptApp.newTrigger(handler).forSpreadsheet(this.ss).onFormSubmit().create();
    return true;
  }

  readResponses(record: FormRecord, fromRow = 2): ResponseRows | null {
    const sheet = this.ss.getSheets().find((s) => s.getSheetId() === record.sheetId);
    if (!sheet) return null;
    const first = Math.max(2, fromRow);
    const last = sheet.getLastRow();
    const width = sheet.getLastColumn();
    if (last < first || width === 0) return { rows: [] };
    const values = sheet.getRange(first, 1, last - first + 1, width).getDisplayValues();
    return { rows: values.map((cells, i) => ({ row: i + first, cells })) };
  }

  eraseResponses(record: FormRecord, rows: readonly number[]): void {
    const sheet = this.ss.getSheets().find((s) => s.getSheetId() === record.sheetId);
    if (!sheet || rows.length === 0) return;
    const width = sheet.getLastColumn();
    for (const row of rows) if (width > 1) sheet.getRange(row, 2, 1, width - 1).clearContent();
  }
}

function addQuestion(form: GoogleAppsScript.Forms.Form, q: Question): void {
  switch (q.kind) {
    case 'text':
      form.addTextItem().setTitle(q.title).setRequired(q.required).setHelpText(q.help ?? '');
      return;
    case 'paragraph':
      form.addParagraphTextItem().setTitle(q.title).setRequired(q.required).setHelpText(q.help ?? '');
      return;
    case 'choice':
      form.addMultipleChoiceItem().setTitle(q.title).setRequired(q.required).setHelpText(q.help ?? '').setChoiceValues([...(q.choices ?? [])]);
      return;
    case 'checkbox':
      form.addCheckboxItem().setTitle(q.title).setRequired(q.required).setHelpText(q.help ?? '').setChoiceValues([...(q.choices ?? [])]);
      return;
  }
}

/** The form a recorded id names, or null when FormApp says it is gone. */
function openIfThere(formId: string): GoogleAppsScript.Forms.Form | null {
  try {
    return withRetry(FORMS, () => FormApp.openById(formId));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The id of the form a response sheet is linked to, or null when its URL does not open (a published URL may not). */
function formOfSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const url = sheet.getFormUrl();
  if (!url) return null;
  const byId = /\/forms\/d\/(?!e\/)([A-Za-z0-9_-]+)/.exec(url)?.[1];
  try {
    return withRetry(FORMS, () => FormApp.openByUrl(url)).getId();
  } catch (error) {
    if (error instanceof GoogleUnavailableError || /Exceeded maximum execution time/i.test(String(error))) throw error;
    // [U] Whether openByUrl takes the published URL is not documented: a URL by id still names its form.
    return byId ?? null;
  }
}
