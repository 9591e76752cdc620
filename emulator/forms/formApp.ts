/**
 * FormApp (developers.google.com/apps-script/reference/forms): forms with text, paragraph, choice,
 * checkbox, list and scale items; required flags and help texts; e-mail collection; publishing;
 * a spreadsheet destination whose response sheet has Google's layout; scripted responses.
 */
import { zoneOffsetMs } from '../base/timezone';
import { driveStore } from '../drive/store';
import { guard } from '../guard';
import { GasException, SCOPE } from '../runtime';
import { cellAt, newSheet, type SpreadsheetState } from '../spreadsheet/store';
import { writeValue } from '../spreadsheet/values';
import type { Workspace } from '../workspace';
import { type EmailCollection, editUrl, type FormState, formStore, formUrlOf, type ItemKind, type ItemState, publishedUrl, type ResponseState } from './store';

const FORMS_SCOPES = [SCOPE.forms, SCOPE.formsCurrentOnly];
/** [C] FormApp.openById/openByUrl on a form that is gone or not shared with the user (real execution logs, gas-api.md §13 #46). */
export const NOT_FOUND_TEXT = 'No item with the given ID could be found, or you do not have permission to access it.';
/** Google localises the first headers to the form owner's language (`ws.behaviour.responseHeaderLanguage`). */
const HEADER_TITLES = {
  ru: { timestamp: 'Отметка времени', email: 'Адрес электронной почты' },
  en: { timestamp: 'Timestamp', email: 'Email Address' },
} as const;
const EMAIL_TITLES: readonly string[] = [HEADER_TITLES.ru.email, HEADER_TITLES.en.email];

const EMAIL_COLLECTION: readonly EmailCollection[] = ['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT'];

const ITEM_TYPE = { TEXT: 'TEXT', PARAGRAPH_TEXT: 'PARAGRAPH_TEXT', MULTIPLE_CHOICE: 'MULTIPLE_CHOICE', CHECKBOX: 'CHECKBOX', LIST: 'LIST', SCALE: 'SCALE', SECTION_HEADER: 'SECTION_HEADER' } as const;

function gate(ws: Workspace, method: string): void {
  ws.rt.call(method, { scopes: FORMS_SCOPES, minAuth: 'FULL' });
}

export function formApp(ws: Workspace): GoogleAppsScript.Forms.FormApp {
  const store = formStore(ws);
  const app = {
    ItemType: ITEM_TYPE,
    DestinationType: { SPREADSHEET: 'SPREADSHEET' },
    EmailCollectionType: { DO_NOT_COLLECT: 'DO_NOT_COLLECT', VERIFIED: 'VERIFIED', RESPONDER_INPUT: 'RESPONDER_INPUT' },
    create: (title: string) => {
      gate(ws, 'FormApp.create');
      const form = store.create(title);
      ws.onFileCreated({ id: form.id, name: title, mimeType: 'application/vnd.google-apps.form' });
      // Whether Drive under drive.file reaches it is unconfirmed (vector 59): ws.behaviour.driveFileReachesAppMade.
      driveStore(ws).madeByServices.add(form.id);
      return formObject(ws, form);
    },
    openById: (id: string) => {
      gate(ws, 'FormApp.openById');
      const form = store.get(id);
      if (!form) throw new GasException(NOT_FOUND_TEXT);
      return formObject(ws, form);
    },
    /** «Returns the Form with the specified URL»: the edit/view URL by id, or the published /forms/d/e/… URL (vector 47). */
    openByUrl: (url: string) => {
      gate(ws, 'FormApp.openByUrl');
      const form = store.byUrl(String(url));
      if (!form) throw new GasException(NOT_FOUND_TEXT);
      return formObject(ws, form);
    },
    getActiveForm: () => null,
  };
  return guard(app, 'FormApp') as unknown as GoogleAppsScript.Forms.FormApp;
}

export function formObject(ws: Workspace, form: FormState): GoogleAppsScript.Forms.Form {
  const addItem = (kind: ItemKind, method: string) => () => {
    gate(ws, method);
    const item: ItemState = { id: form.nextItemId++, kind, title: '', helpText: '', required: false, choices: [] };
    form.items.push(item);
    return itemObject(ws, form, item);
  };
  const object = {
    getId: () => form.id,
    getTitle: () => form.title,
    setTitle: (title: string) => {
      gate(ws, 'Form.setTitle');
      form.title = title;
      return self;
    },
    getDescription: () => form.description,
    setDescription: (text: string) => {
      gate(ws, 'Form.setDescription');
      form.description = text;
      return self;
    },
    setConfirmationMessage: (text: string) => {
      gate(ws, 'Form.setConfirmationMessage');
      form.confirmationMessage = text;
      return self;
    },
    getEditUrl: () => editUrl(form),
    getPublishedUrl: () => publishedUrl(form),
    /**
     * «Sets whether the form collects respondents' email addresses» (…/forms/form#setCollectEmail(Boolean)): which
     * kind of collection true means is not documented — taken as RESPONDER_INPUT (typed, unverified), the stricter reading.
     */
    setCollectEmail: (collect: boolean) => {
      gate(ws, 'Form.setCollectEmail');
      form.collectEmail = collect;
      form.emailCollection = collect ? (form.emailCollection === 'DO_NOT_COLLECT' ? 'RESPONDER_INPUT' : form.emailCollection) : 'DO_NOT_COLLECT';
      return self;
    },
    collectsEmail: () => form.collectEmail,
    /** …/forms/form#setEmailCollectionType(EmailCollectionType): VERIFIED, RESPONDER_INPUT or DO_NOT_COLLECT. */
    setEmailCollectionType: (type: unknown) => {
      gate(ws, 'Form.setEmailCollectionType');
      const value = String(type);
      if (!EMAIL_COLLECTION.includes(value as EmailCollection)) throw new GasException('Invalid argument: type'); // [U] the text
      form.emailCollection = value as EmailCollection;
      form.collectEmail = value !== 'DO_NOT_COLLECT';
      return self;
    },
    getEmailCollectionType: () => form.emailCollection,
    /** "If the value is set to true, the script cannot submit form responses at all." */
    setLimitOneResponsePerUser: (limit: boolean) => {
      gate(ws, 'Form.setLimitOneResponsePerUser');
      form.limitOneResponsePerUser = limit;
      return self;
    },
    setAcceptingResponses: (accepting: boolean) => {
      gate(ws, 'Form.setAcceptingResponses');
      form.acceptingResponses = accepting;
      return self;
    },
    isAcceptingResponses: () => form.acceptingResponses,
    isPublished: () => form.published,
    setPublished: (published: boolean) => {
      gate(ws, 'Form.setPublished');
      form.published = published;
      return self;
    },
    addTextItem: addItem('TEXT', 'Form.addTextItem'),
    addParagraphTextItem: addItem('PARAGRAPH_TEXT', 'Form.addParagraphTextItem'),
    addMultipleChoiceItem: addItem('MULTIPLE_CHOICE', 'Form.addMultipleChoiceItem'),
    addCheckboxItem: addItem('CHECKBOX', 'Form.addCheckboxItem'),
    addListItem: addItem('LIST', 'Form.addListItem'),
    addScaleItem: addItem('SCALE', 'Form.addScaleItem'),
    addSectionHeaderItem: addItem('SECTION_HEADER', 'Form.addSectionHeaderItem'),
    getItems: () => form.items.map((item) => itemObject(ws, form, item)),
    getItemById: (id: number) => {
      const item = form.items.find((i) => i.id === id);
      return item ? itemObject(ws, form, item) : null;
    },
    /** "All forms … save a copy of responses in the form's response store", and the spreadsheet gets a response sheet. */
    setDestination: (_type: unknown, spreadsheetId: string) => {
      gate(ws, 'Form.setDestination');
      const ss = ws.spreadsheets.get(spreadsheetId);
      if (!ss) throw new GasException(NOT_FOUND_TEXT);
      form.destination = { spreadsheetId, sheetId: createResponseSheet(ws, ss, form).sheetId };
      return self;
    },
    getDestinationId: () => form.destination?.spreadsheetId ?? null,
    /** Unlinks the response sheet: it stays, and its getFormUrl() is null from then on (Sheet.getFormUrl: «null if … no associated form»). */
    removeDestination: () => {
      gate(ws, 'Form.removeDestination');
      const linked = form.destination;
      const sheet = linked ? ws.spreadsheets.get(linked.spreadsheetId)?.sheets.find((s) => s.sheetId === linked.sheetId) : undefined;
      if (sheet) sheet.formUrl = null;
      form.destination = null;
      return self;
    },
    /** deleteItem(item): «Deletes the given item» (developers.google.com/apps-script/reference/forms/form#deleteItem(Item)). */
    deleteItem: (item: GoogleAppsScript.Forms.Item) => {
      gate(ws, 'Form.deleteItem');
      const at = form.items.findIndex((i) => i.id === item.getId());
      if (at < 0) throw new GasException('Invalid data updating form.'); // [U]
      form.items.splice(at, 1);
    },
    /** getResponses(timestamp): «all of the form's responses after a given date and time» (developers.google.com/apps-script/reference/forms/form#getResponses(Date)). */
    getResponses: (timestamp?: Date) => {
      gate(ws, 'Form.getResponses');
      const after = timestamp instanceof Date ? timestamp.getTime() : Number.NEGATIVE_INFINITY;
      return form.responses.filter((r) => r.timestamp.getTime() > after).map((r) => responseObject(ws, form, r));
    },
    createResponse: () => responseBuilder(ws, form),
    /**
     * «Deletes a single response from the form's response store. This method does not delete copies of responses
     * stored in a response destination (such as a spreadsheet)» (…/forms/form#deleteResponse(String)). Returns the Form.
     */
    deleteResponse: (responseId: string) => {
      gate(ws, 'Form.deleteResponse');
      const at = form.responses.findIndex((r) => r.id === String(responseId));
      if (at < 0) throw new GasException('Invalid data updating form.'); // [U] an unknown id: the text is not documented
      form.responses.splice(at, 1);
      return self;
    },
  };
  const self = guard(object, 'Form') as unknown as GoogleAppsScript.Forms.Form;
  return self;
}

/** Questions that get a column: everything but layout items. */
export const answerItems = (form: FormState): ItemState[] => form.items.filter((i) => i.kind !== 'SECTION_HEADER');

/** «Ответы на форму (N)»: timestamp, e-mail when collected, one column per question in form order. */
function createResponseSheet(ws: Workspace, ss: SpreadsheetState, form: FormState) {
  let n = 1;
  while (ss.sheets.some((s) => s.name.toLowerCase() === `ответы на форму (${n})`)) n++;
  const sheet = newSheet(ss, `Ответы на форму (${n})`);
  ss.sheets.unshift(sheet);
  sheet.formUrl = formUrlOf(ws, form);
  sheet.frozenRows = 1;
  const first = HEADER_TITLES[ws.behaviour.responseHeaderLanguage];
  const titles = [first.timestamp, ...(form.collectEmail ? [first.email] : []), ...answerItems(form).map((i) => i.title)];
  titles.forEach((title, c) => {
    cellAt(sheet, 1, c + 1).value = title;
  });
  return sheet;
}

/** Appends a response to the destination sheet as Google does; returns its row number. */
export function appendResponseRow(ws: Workspace, form: FormState, response: ResponseState): number | null {
  if (!form.destination) return null;
  const ss = ws.spreadsheets.get(form.destination.spreadsheetId);
  const sheet = ss?.sheets.find((s) => s.sheetId === form.destination?.sheetId);
  if (!ss || !sheet) return null;
  const header = (sheet.cells[0] ?? []).map((c) => String(c?.value ?? ''));
  let row = sheet.cells.length + 1;
  while (row > 2 && !(sheet.cells[row - 2] ?? []).some((c) => c?.value !== undefined)) row--;
  if (row > sheet.maxRows) sheet.maxRows = row;
  const offset = (d: Date): number => zoneOffsetMs(ws, d, ss.timeZone);
  cellAt(sheet, row, 1).value = response.timestamp;
  cellAt(sheet, row, 1).numberFormat = 'dd.MM.yyyy HH:mm:ss';
  if (form.collectEmail) cellAt(sheet, row, header.findIndex((h) => EMAIL_TITLES.includes(h)) + 1).value = response.email;
  for (const item of answerItems(form)) {
    const answer = response.answers.get(item.id);
    if (answer === undefined) continue;
    const column = header.indexOf(item.title) + 1;
    if (column === 0) continue;
    const text = Array.isArray(answer) ? answer.join(', ') : answer;
    // Answers land as if typed: a number-looking answer becomes a number; text starting with = stays text.
    const written = writeValue(text.startsWith('=') ? `'${text}` : text, undefined, offset);
    if (written.value !== undefined) cellAt(sheet, row, column).value = written.value;
  }
  return row;
}

function itemObject(ws: Workspace, form: FormState, item: ItemState): GoogleAppsScript.Forms.Item {
  const setter = (method: string, apply: () => void) => {
    gate(ws, method);
    apply();
    return self;
  };
  const typeName = item.kind === 'TEXT' ? 'TextItem' : item.kind === 'PARAGRAPH_TEXT' ? 'ParagraphTextItem' : item.kind === 'MULTIPLE_CHOICE' ? 'MultipleChoiceItem' : item.kind === 'CHECKBOX' ? 'CheckboxItem' : item.kind === 'LIST' ? 'ListItem' : item.kind === 'SCALE' ? 'ScaleItem' : 'SectionHeaderItem';
  const object = {
    getId: () => item.id,
    getType: () => item.kind,
    getTitle: () => item.title,
    getHelpText: () => item.helpText,
    isRequired: () => item.required,
    setTitle: (title: string) => setter(`${typeName}.setTitle`, () => {
      item.title = title;
    }),
    setHelpText: (text: string) => setter(`${typeName}.setHelpText`, () => {
      item.helpText = text;
    }),
    setRequired: (required: boolean) => setter(`${typeName}.setRequired`, () => {
      item.required = required;
    }),
    /** "Throws an exception if the given array is empty." */
    setChoiceValues: (values: string[]) => setter(`${typeName}.setChoiceValues`, () => {
      if (!Array.isArray(values) || values.length === 0) throw new GasException('Invalid data updating form.');
      item.choices = values.map(String);
    }),
    getChoices: () => item.choices.map((value) => guard({ getValue: () => value }, 'Choice')),
    /** "The lower bound must be 0 or 1. The upper bound must be between 3 and 10." */
    setBounds: (lower: number, upper: number) => setter(`${typeName}.setBounds`, () => {
      if ((lower !== 0 && lower !== 1) || upper < 3 || upper > 10) throw new GasException('Invalid data updating form.');
      item.bounds = { lower, upper };
    }),
    asTextItem: () => self,
    asParagraphTextItem: () => self,
    asMultipleChoiceItem: () => self,
    asCheckboxItem: () => self,
    asListItem: () => self,
    asScaleItem: () => self,
    createResponse: (answer: string | string[]) => itemResponse(ws, form, item, answer),
  };
  const self = guard(object, typeName) as unknown as GoogleAppsScript.Forms.Item;
  return self;
}

interface ItemResponseLike {
  readonly item: ItemState;
  readonly answer: string | string[];
}

const ITEM_RESPONSE = Symbol('itemResponse');

/** ItemResponse.getItem() is the Item it answers (developers.google.com/apps-script/reference/forms/item-response#getItem()). */
function itemResponse(ws: Workspace, form: FormState, item: ItemState, answer: string | string[]) {
  const data: ItemResponseLike = { item, answer: Array.isArray(answer) ? [...answer] : String(answer) };
  return guard({ [ITEM_RESPONSE]: data, getItem: () => itemObject(ws, form, item), getResponse: () => data.answer }, 'ItemResponse');
}

function responseBuilder(ws: Workspace, form: FormState): GoogleAppsScript.Forms.FormResponse {
  const answers = new Map<number, string | string[]>();
  const object = {
    withItemResponse: (response: { [ITEM_RESPONSE]: ItemResponseLike }) => {
      const data = response[ITEM_RESPONSE];
      answers.set(data.item.id, data.answer);
      return self;
    },
    /** A script's submit() fires no form-submit trigger (developers.google.com/apps-script/guides/triggers/installable). */
    submit: () => {
      gate(ws, 'FormResponse.submit');
      if (form.limitOneResponsePerUser) throw new GasException('Sorry, you cannot submit this response because the form only allows one response per user.');
      const response = recordResponse(ws, form, ws.userEmail, answers);
      appendResponseRow(ws, form, response);
      return responseObject(ws, form, response);
    },
  };
  const self = guard(object, 'FormResponse') as unknown as GoogleAppsScript.Forms.FormResponse;
  return self;
}

export function recordResponse(ws: Workspace, form: FormState, email: string, answers: ReadonlyMap<number, string | string[]>): ResponseState {
  const response: ResponseState = { id: `resp${form.nextResponseNumber++}`, timestamp: new Date(ws.rt.clock.now()), email, answers: new Map(answers) };
  form.responses.push(response);
  return response;
}

/** getItemResponses(): form order; unanswered text items as '', unanswered other items omitted (gas-api.md §4). */
function responseObject(ws: Workspace, form: FormState, response: ResponseState): GoogleAppsScript.Forms.FormResponse {
  const object = {
    getId: () => response.id,
    getTimestamp: () => new Date(response.timestamp.getTime()),
    getRespondentEmail: () => (form.collectEmail ? response.email : ''),
    getItemResponses: () =>
      answerItems(form).flatMap((item) => {
        const answer = response.answers.get(item.id);
        if (answer === undefined) return item.kind === 'TEXT' || item.kind === 'PARAGRAPH_TEXT' ? [itemResponse(ws, form, item, '')] : [];
        return [itemResponse(ws, form, item, answer)];
      }),
  };
  return guard(object, 'FormResponse') as unknown as GoogleAppsScript.Forms.FormResponse;
}
