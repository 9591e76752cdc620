/**
 * What the use cases need from the outside world, as interfaces: src/workspace implements them over
 * Apps Script, tests may implement them in memory. No Apps Script type appears here.
 */
import type { IsoDate } from '../domain/dates';
import type { ColumnSchema, TableSchema } from '../domain/tables';

/** Date columns carry IsoDate strings ('' when empty); the workspace layer converts. */
export type CellValue = string | number | boolean;
export type Row = Record<string, CellValue>;

/** A cell's text and the links on parts of it (0-based offsets, end exclusive). */
export interface LinkedText {
  readonly text: string;
  readonly links: readonly { readonly start: number; readonly end: number; readonly url: string }[];
}

export interface TableRow {
  readonly rowNumber: number;
  readonly values: Row;
}

export interface TablePort {
  readonly schema: TableSchema;
  readonly sheetName: string;
  /** Every data row; with `keys`, only those columns are converted (a row empty in them is skipped). */
  readAll(keys?: readonly string[]): TableRow[];
  /** Writes rows from `firstRow` on; only the `keys` given (all of ours by default). */
  writeRows(firstRow: number, rows: readonly Row[], keys?: readonly string[]): void;
  append(rows: readonly Row[]): void;
  /** Rewrites the data rows of our columns: `rows` from row 2 on, the rest of the old rows emptied. */
  replaceAll(rows: readonly Row[]): void;
  /** Text cells with named links on parts of them (rich text), one column from `firstRow` on; never a formula. */
  writeLinkedText?(firstRow: number, key: string, cells: readonly LinkedText[]): void;
  /** A dropdown of `values` on the column `key` (below the header). */
  setChoices(key: string, values: readonly string[]): void;
  /** Columns of ours the sheet lacks (deleted by hand). */
  missingColumns(): readonly ColumnSchema[];
  /** Puts back columns of ours that were deleted by hand; returns their titles. */
  restoreMissingColumns(): string[];
}

export type TableLookup =
  | { readonly kind: 'ours'; readonly table: TablePort }
  | { readonly kind: 'absent' }
  /** A sheet of the coordinator's own has our sheet's name. */
  | { readonly kind: 'name-taken'; readonly sheetName: string };

export interface WorkbookPort {
  /** Our table if its sheet exists. */
  table(schema: TableSchema): TablePort | null;
  lookup(schema: TableSchema): TableLookup;
  create(schema: TableSchema, index: number): TablePort;
  /** Tables set-up created at some point (persisted), to tell a deleted sheet from a new programme. */
  knownTables(): string[];
  rememberTables(ids: readonly string[]): void;
}

export interface JournalPort {
  log(action: string, details: string): void;
}

export interface ClockPort {
  today(): IsoDate;
  /** «25.11.2026 09:00», in the script's time zone. */
  nowText(): string;
}

export interface LockPort {
  /** Runs `work` holding the document lock; throws a Russian message if another run holds it too long. */
  withDocumentLock<T>(work: () => T): T;
}

/** Small lists the add-on keeps in the document (e.g. banned pairs), as JSON. */
export interface DocumentStorePort {
  get<T>(key: string, fallback: T): T;
  set(key: string, value: unknown): void;
  /** Several values in one write, where the store can (a call instead of one per value). */
  setMany?(entries: Readonly<Record<string, unknown>>): void;
}

/** A questionnaire's form as recorded when it was made: its links, its response sheet, its columns. */
export interface FormRecord {
  readonly formId: string;
  readonly editUrl: string;
  readonly publishedUrl: string;
  readonly sheetId: number;
  readonly emailColumn: number;
  /** Question key → 1-based column of the response sheet. */
  readonly columns: Readonly<Record<string, number>>;
}

export interface ResponseRows {
  /** Display strings, as the form-submit event carries them. */
  readonly rows: readonly { row: number; cells: readonly string[] }[];
}

export interface FormsPort {
  exists(formId: string): boolean;
  /** Whether the form is in Drive's trash (its link takes no answers); false when Drive cannot tell. */
  inTrash(formId: string): boolean;
  create(questionnaire: import('../domain/questionnaires').Questionnaire): FormRecord;
  /** Makes sure the one form-submit trigger calls `handler`; true if it was created now. */
  ensureSubmitTrigger(handler: string): boolean;
  /**
   * Response rows from `fromRow` (default: the first answer) to the last. In `verbatimColumns` a cell the
   * sheet read as a number, date or boolean comes back as the person typed it (the form's own answer).
   */
  readResponses(record: FormRecord, fromRow?: number, verbatimColumns?: readonly number[]): ResponseRows | null;
  /** Blanks the answers (not the timestamp) of these response rows: a withdrawn person's data. */
  eraseResponses(record: FormRecord, rows: readonly number[]): void;
  /**
   * Deletes these people's responses from the form's own response store (Form.deleteResponse), found by the
   * respondent's e-mail; returns how many were deleted. The response sheet is erased separately.
   */
  deleteResponses(record: FormRecord, emails: readonly string[]): number;
  /** Whether the form collects verified e-mails (the respondent's signed-in account, not typed): only then is an address proof of who answered. */
  verifiesEmails(record: FormRecord): boolean;
}

/** Files the add-on made that must go when a person withdraws consent (their own drafts). */
export interface TrashPort {
  /** Moves the file to Drive's trash; false when Drive does not reach it (it stays, the caller says so). */
  trash(fileId: string): boolean;
}

export interface FolderRef {
  readonly id: string;
  readonly url: string;
}

/** Folders in Drive for the files the add-on makes. */
export interface DrivePort {
  /** The folder with this id if it still exists (not in the trash), else a new one named so, inside `parentId` (My Drive without one). */
  ensureFolder(name: string, knownId: string | null, parentId?: string): FolderRef;
  /** Puts the file in the folder; false when Drive does not reach the file (it stays where it is, gas-api.md §13 #59). */
  moveInto(fileId: string, folderId: string): boolean;
}

export interface FileRef {
  readonly id: string;
  readonly url: string;
}

/** Drive's word on a document before it is written again (one files.get). */
export interface DocumentState {
  readonly presence: 'present' | 'trashed' | 'absent';
  /** Drive's `version` (moves on every change to the file); null when Drive does not say (out of its reach). */
  readonly version: string | null;
  /** Drive's `modifiedTime` in epoch ms, and its day for the person («25.11.2026»); null and '' when unknown. */
  readonly modifiedMs: number | null;
  readonly modifiedText: string;
}

/** Google Docs made from document models (src/domain/documents/model.ts). */
/** A document just written: its file, and Drive's version after the write (null when Drive does not say). */
export interface WrittenDocument extends FileRef {
  readonly version: string | null;
}

/** A document to make in a batch: its model, in its folder. */
export interface NewDocument {
  readonly model: import('../domain/documents/model').DocumentModel;
  readonly folderId: string;
}

/** One request of a batch: its answer, or Google's refusal in words (with Drive's reason). */
export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * Drive requests sent together (one call, Google working on them at once): what makes a hundred new documents
 * take one execution instead of three. Each request answers for itself; one refused never stops the others.
 */
export interface DriveBatchPort {
  /** New documents, each holding its model in its folder. */
  createAll(documents: readonly NewDocument[]): Attempt<WrittenDocument>[];
  /** Access for these people to files the add-on has just made (nobody has any yet); one outcome per file. */
  shareNew(grants: readonly { readonly fileId: string; readonly people: readonly { email: string; role: ShareRole }[] }[], notify: boolean): ShareOutcome[];
  /** Drive's version of each file now; null where Drive does not say. */
  versions(fileIds: readonly string[]): (string | null)[];
}

export interface DocumentsPort {
  /** Whether the add-on still reaches the file and it is not in the trash. */
  exists(fileId: string): boolean;
  /** Whether the file is there, and its version and modified time: what tells a person's edit from the add-on's. */
  state(fileId: string): DocumentState;
  /** The Google Docs the add-on reaches in the folder (not in the trash): id and name. */
  documentsIn(folderId: string): { readonly id: string; readonly name: string }[];
  /** A new document holding the model, in the folder. */
  create(model: import('../domain/documents/model').DocumentModel, folderId: string): WrittenDocument;
  /** Replaces the document's content and name with the model's; Drive's version after it, null when unknown. */
  fill(docId: string, model: import('../domain/documents/model').DocumentModel): string | null;
  /** A PDF of the saved document, kept in the file `knownPdfId` when it is still there, else new in `folderId`. */
  writePdf(docId: string, fileName: string, knownPdfId: string | null, folderId: string): FileRef;
}

export type ShareRole = 'writer' | 'commenter' | 'reader';

/** Why Drive refused to share with a person. */
export type ShareRefusal =
  /** The address has no Google account: Drive shares only with a notification e-mail (vector 48). */
  | 'no-google-account'
  | 'other';

export interface ShareOutcome {
  /** E-mails that have access now. */
  readonly shared: readonly string[];
  readonly refused: readonly { readonly email: string; readonly reason: ShareRefusal; readonly message: string }[];
  /** Whether any access was given, changed or taken away: Drive's version of the file moved then. */
  readonly changed: boolean;
}

export interface SharingPort {
  /**
   * Gives these people access to the file with their role. Access the add-on gave earlier (`previously`) to
   * people no longer concerned is withdrawn, and any sharing by link is removed; the coordinator's own
   * shares with named people stay. One person Drive refuses never stops the others. A file the add-on has
   * just made (`fresh`) has no access to look at yet: it is only given.
   */
  shareOnly(fileId: string, people: readonly { email: string; role: ShareRole }[], previously: readonly string[], notify: boolean, fresh?: boolean): ShareOutcome;
}
