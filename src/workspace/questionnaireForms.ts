/**
 * The questionnaires as Google Forms whose answers go to the programme spreadsheet: created once,
 * published, their response sheet found by the form's id and marked; the one form-submit trigger.
 */
import type { FormRecord, FormsPort, ResponseRows } from '../app/ports';
import type { Question, Questionnaire } from '../domain/questionnaires';
import { presenceOf } from './googleCalls';

const RESPONSES_KEY = 'nastavnik.responses';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class GoogleForms implements FormsPort {
  constructor(private readonly ss: Spreadsheet) {}

  /** Only FormApp's documented not-found means the form is gone; a transient fault never makes a second form. */
  exists(formId: string): boolean {
    return presenceOf('Google Формы', () => {
      FormApp.openById(formId);
      return { trashed: false };
    }) === 'present';
  }

  create(questionnaire: Questionnaire): FormRecord {
    const form = FormApp.create(questionnaire.title);
    form.setDescription(questionnaire.description);
    form.setCollectEmail(true);
    for (const question of questionnaire.questions) addQuestion(form, question);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, this.ss.getId());
    // Forms made through the API start unpublished since 2026 (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
    const publishable = form as unknown as { isPublished(): boolean; setPublished(p: boolean): void };
    if (!publishable.isPublished()) publishable.setPublished(true);
    SpreadsheetApp.flush();
    const sheet = this.ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(form.getId()));
    if (!sheet) throw new Error(`Не найден лист ответов формы «${questionnaire.title}».`);
    sheet.addDeveloperMetadata(RESPONSES_KEY, questionnaire.id);
    // Columns as made now: timestamp, e-mail, then the questions in order (Google localises the headers).
    const columns: Record<string, number> = {};
    questionnaire.questions.forEach((q, i) => {
      columns[q.key] = i + 3;
    });
    return { formId: form.getId(), editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl(), sheetId: sheet.getSheetId(), emailColumn: 2, columns };
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
