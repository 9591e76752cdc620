/**
 * The forms of the emulated Drive as plain data: items, settings, the response store and the
 * destination spreadsheet (developers.google.com/apps-script/reference/forms/form).
 */
import type { Workspace } from '../workspace';

export type ItemKind = 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'LIST' | 'SCALE' | 'SECTION_HEADER';

export interface ItemState {
  readonly id: number;
  readonly kind: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  bounds?: { lower: number; upper: number };
}

export interface ResponseState {
  readonly id: string;
  readonly timestamp: Date;
  readonly email: string;
  /** Item id → the answer (string, or string[] for a checkbox). */
  readonly answers: ReadonlyMap<number, string | string[]>;
}

/** FormApp.EmailCollectionType (developers.google.com/apps-script/reference/forms/email-collection-type). */
export type EmailCollection = 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';

export interface FormState {
  readonly id: string;
  readonly publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  /** Whether an e-mail column exists and responses carry one: true unless `emailCollection` is DO_NOT_COLLECT. */
  collectEmail: boolean;
  emailCollection: EmailCollection;
  published: boolean;
  acceptingResponses: boolean;
  limitOneResponsePerUser: boolean;
  items: ItemState[];
  responses: ResponseState[];
  destination: { spreadsheetId: string; sheetId: number } | null;
  nextItemId: number;
  /** Response ids are never reused after Form.deleteResponse. */
  nextResponseNumber: number;
}

export class FormStore {
  private readonly byId = new Map<string, FormState>();
  private counter = 0;

  constructor(private readonly ws: Workspace) {}

  create(title: string): FormState {
    this.counter += 1;
    const id = `form${String(this.counter).padStart(3, '0')}${'f'.repeat(37)}`.slice(0, 44);
    const state: FormState = {
      id,
      publishedId: `1FAIpQL${String(this.counter).padStart(4, '0')}${'e'.repeat(45)}`.slice(0, 56),
      title,
      description: '',
      confirmationMessage: '',
      collectEmail: false,
      emailCollection: 'DO_NOT_COLLECT',
      // Forms made through the API after the 2026 change start unpublished (gas-api.md §4).
      published: false,
      acceptingResponses: true,
      limitOneResponsePerUser: false,
      items: [],
      responses: [],
      destination: null,
      nextItemId: 1_000_001,
      nextResponseNumber: 1,
    };
    this.byId.set(id, state);
    void this.ws;
    return state;
  }

  get(id: string): FormState | undefined {
    return this.byId.get(id);
  }

  /**
   * The form a URL names: its edit or view URL by id (`/forms/d/<id>/…`) or its published URL
   * (`/forms/d/e/<publishedId>/viewform`). FormApp.openByUrl is documented only as «Returns the Form with the
   * specified URL»; public projects open `Sheet.getFormUrl()` with it whatever its shape (gas-api.md §13 #47).
   */
  byUrl(url: string): FormState | undefined {
    const published = /\/forms\/d\/e\/([A-Za-z0-9_-]+)/.exec(url)?.[1];
    if (published) return this.all().find((f) => f.publishedId === published);
    const id = /\/forms\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1];
    return id ? this.byId.get(id) : undefined;
  }

  all(): FormState[] {
    return [...this.byId.values()];
  }
}

export function formStore(ws: Workspace): FormStore {
  return ws.state('forms', () => new FormStore(ws));
}

export const editUrl = (form: FormState): string => `https://docs.google.com/forms/d/${form.id}/edit`;
export const publishedUrl = (form: FormState): string => `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
/**
 * What Sheet.getFormUrl() reports for a response sheet: by form id (gas-api.md §4), or in the published shape
 * with no form id under `ws.behaviour.formUrlShape = 'published'` (vector 47: reports conflict).
 */
export const formUrlOf = (ws: Workspace, form: FormState): string =>
  ws.behaviour.formUrlShape === 'published' ? publishedUrl(form) : `https://docs.google.com/forms/d/${form.id}/viewform`;
