/**
 * The questionnaires as Google Forms whose answers go to the programme spreadsheet: created once,
 * published, their response sheet found (the sheet new since setDestination, confirmed by openByUrl) and
 * marked; the one form-submit trigger. Only FormApp's documented not-found means a form is gone.
 */
import type { FormRecord, FormsPort, ResponseRows } from '../app/ports';
import type { Question, Questionnaire } from '../domain/questionnaires';
import { filePresence } from './advancedDrive';
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
   * Whether the coordinator put the form in Drive's trash: FormApp may still open a trashed form ([U] gas-api.md
   * §13 vector 57) while its link takes no answers. False when Drive cannot tell (drive.file may not reach it).
   */
  inTrash(formId: string): boolean {
    return filePresence(formId) === 'trashed';
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
    collectVerifiedEmails(form);
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

  /**
   * One read of the rows (display strings, as the form-submit event carries them). The response sheet reads
   * an answer like typed input («007» → 7, «2025-09-01» → a date: emulator/forms/formApp.ts, unconfirmed), so
   * in `verbatimColumns` a cell that is not text is replaced by the form's own answer
   * (ItemResponse.getResponse(): «the answer that the respondent submitted»), read once per execution.
   */
  readResponses(record: FormRecord, fromRow = 2, verbatimColumns: readonly number[] = []): ResponseRows | null {
    const sheet = this.ss.getSheets().find((s) => s.getSheetId() === record.sheetId);
    if (!sheet) return null;
    const first = Math.max(2, fromRow);
    const last = sheet.getLastRow();
    const width = sheet.getLastColumn();
    if (last < first || width === 0) return { rows: [] };
    const range = sheet.getRange(first, 1, last - first + 1, width);
    const cells = range.getDisplayValues();
    const columns = verbatimColumns.filter((c) => c >= 1 && c <= width);
    if (columns.length > 0) {
      const values = range.getValues();
      const parsed: ParsedRow[] = [];
      values.forEach((row, i) => {
        const typed = columns.filter((c) => row[c - 1] !== '' && typeof row[c - 1] !== 'string');
        const at = row[0];
        if (typed.length > 0 && at instanceof Date) parsed.push({ index: i, at: at.getTime(), email: String(row[record.emailColumn - 1] ?? ''), columns: typed });
      });
      if (parsed.length > 0) {
        const header = sheet.getRange(1, 1, 1, width).getDisplayValues()[0];
        for (const [index, answers] of typedAnswers(record.formId, header, parsed)) for (const [column, text] of answers) cells[index][column - 1] = text;
      }
    }
    return { rows: cells.map((row, i) => ({ row: i + first, cells: row })) };
  }

  /**
   * Form.deleteResponse(id) «Deletes a single response from the form's response store … does not delete copies
   * … stored in a response destination» (developers.google.com/apps-script/reference/forms/form#deleteResponse(String)).
   * Responses are found by getRespondentEmail(); a form gone or out of reach has nothing left to delete.
   */
  deleteResponses(record: FormRecord, emails: readonly string[]): number {
    const wanted = new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''));
    if (wanted.size === 0) return 0;
    const form = openIfThere(record.formId);
    if (!form) return 0;
    const ids = withRetry(FORMS, () => form.getResponses())
      .filter((r) => wanted.has(String(r.getRespondentEmail() ?? '').trim().toLowerCase()))
      .map((r) => r.getId());
    // Deleting again after a fault: the response is gone either way, so each id is tried once more at most.
    for (const id of ids) withRetry(FORMS, () => form.deleteResponse(id));
    return ids.length;
  }

  /**
   * Only FormApp.EmailCollectionType.VERIFIED proves who answered (the signed-in account's address, which the
   * respondent cannot change). Where Apps Script lacks the method (older runtimes), or the form is out of reach,
   * the address is taken as typed: the stricter reading.
   */
  verifiesEmails(record: FormRecord): boolean {
    try {
      const form = withRetry(FORMS, () => FormApp.openById(record.formId)) as unknown as EmailCollecting;
      const types = (FormApp as unknown as { EmailCollectionType?: Record<string, unknown> }).EmailCollectionType;
      if (typeof form.getEmailCollectionType !== 'function' || !types) return false;
      return String(form.getEmailCollectionType()) === String(types.VERIFIED);
    } catch (error) {
      if (/Exceeded maximum execution time/i.test(String(error))) throw error;
      return false;
    }
  }

  /** The meeting form's list of pairs (src/app/meetingForm.ts finds it on the forms port). */
  setListChoices(record: FormRecord, title: string, choices: readonly string[]): boolean {
    return setListChoices(record, title, choices);
  }

  eraseResponses(record: FormRecord, rows: readonly number[]): void {
    const sheet = this.ss.getSheets().find((s) => s.getSheetId() === record.sheetId);
    if (!sheet || rows.length === 0) return;
    const width = sheet.getLastColumn();
    for (const row of rows) if (width > 1) sheet.getRange(row, 2, 1, width - 1).clearContent();
  }
}

/** Form.setEmailCollectionType / getEmailCollectionType: in FormApp, not in @types/google-apps-script 2.0.13 (docs/RESEARCH.md (c)). */
interface EmailCollecting {
  setEmailCollectionType?(type: unknown): unknown;
  getEmailCollectionType?(): unknown;
}

/**
 * Verified e-mails (the respondent's Google account, read-only to them): a second answer «не даю согласия» then
 * proves it is the person. Where the method is missing, setCollectEmail(true), whose kind of collection Google
 * does not document — the add-on then treats the address as typed (banks.ts: such answers wait for the coordinator).
 */
function collectVerifiedEmails(form: GoogleAppsScript.Forms.Form): void {
  const types = (FormApp as unknown as { EmailCollectionType?: Record<string, unknown> }).EmailCollectionType;
  const collecting = form as unknown as EmailCollecting;
  if (types?.VERIFIED !== undefined && typeof collecting.setEmailCollectionType === 'function') collecting.setEmailCollectionType(types.VERIFIED);
  else form.setCollectEmail(true);
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
    case 'list':
      form.addListItem().setTitle(q.title).setRequired(q.required).setHelpText(q.help ?? '').setChoiceValues([...(q.choices ?? [])]);
      return;
  }
}

/**
 * The choices of a dropdown («Встреча пары»: the active pairs), found by its title, else as the form's only
 * dropdown (the coordinator may rename it). «Throws an exception if the given array is empty»
 * (…/forms/list-item#setChoiceValues(String)): an empty list is never sent. False when the form or the item is gone.
 */
export function setListChoices(record: FormRecord, title: string, choices: readonly string[]): boolean {
  if (choices.length === 0) return false;
  const form = openIfThere(record.formId);
  if (!form) return false;
  const lists = withRetry(FORMS, () => form.getItems()).filter((i) => String(i.getType()) === String(FormApp.ItemType.LIST));
  const item = lists.find((i) => i.getTitle() === title) ?? (lists.length === 1 ? lists[0] : null);
  if (!item) return false;
  withRetry(FORMS, () => item.asListItem().setChoiceValues([...choices]));
  return true;
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

/** A response row whose answers the sheet read as numbers, dates or booleans. */
interface ParsedRow {
  readonly index: number;
  /** The row's timestamp, epoch ms. */
  readonly at: number;
  readonly email: string;
  /** 1-based columns to take from the form. */
  readonly columns: readonly number[];
}

/**
 * The form's answers for these rows, matched by timestamp and respondent (a response sheet row has no
 * response id): one openById and one getResponses(since) per execution, then only the matching
 * responses' item responses. An item is known by its title under the column's header; a row or a
 * question that cannot be matched keeps the sheet's text.
 */
function typedAnswers(formId: string, header: readonly string[], rows: readonly ParsedRow[]): Map<number, Map<number, string>> {
  const found = new Map<number, Map<number, string>>();
  const form = withRetry(FORMS, () => FormApp.openById(formId));
  const earliest = Math.min(...rows.map((r) => r.at));
  const latest = Math.max(...rows.map((r) => r.at));
  // [U] The sheet's timestamp may be rounded to the second: a window of two seconds either side.
  const responses = withRetry(FORMS, () => form.getResponses(new Date(earliest - MATCH_WINDOW_MS)));
  const taken = new Set<number>();
  const pending = [...rows];
  for (const response of responses) {
    if (pending.length === 0) break;
    const at = response.getTimestamp().getTime();
    // [U] Responses come in the order they were submitted.
    if (at > latest + MATCH_WINDOW_MS) break;
    const email = response.getRespondentEmail().trim().toLowerCase();
    const match = pending.findIndex((r) => Math.abs(r.at - at) <= MATCH_WINDOW_MS && (r.email.trim().toLowerCase() === email || r.email === ''));
    if (match < 0 || taken.has(pending[match].index)) continue;
    const row = pending.splice(match, 1)[0];
    taken.add(row.index);
    const wanted = new Map(row.columns.map((c) => [header[c - 1] ?? '', c]));
    const answers = new Map<number, string>();
    for (const item of response.getItemResponses()) {
      if (answers.size === wanted.size) break;
      const column = wanted.get(item.getItem().getTitle());
      if (column === undefined || answers.has(column)) continue;
      const answer = item.getResponse();
      if (typeof answer === 'string') answers.set(column, answer);
    }
    found.set(row.index, answers);
  }
  return found;
}

const MATCH_WINDOW_MS = 2000;
