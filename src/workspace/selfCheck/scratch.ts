/**
 * The self-check's scratch objects: a sheet, a form with its response sheet, a document. Each is recorded in
 * a document property the moment it exists, so a run that Google kills midway leaves a record the next run
 * cleans up; only recorded objects (and the sheet with the scratch name) are ever removed.
 */
import type { Attempt, WrittenDocument } from '../../app/ports';
import type { DocumentModel } from '../../domain/documents/model';
import { driveFiles } from '../advancedDrive';
import { DriveBatch } from '../driveBatch';
import { GoogleUnavailableError, isNotFound, isTransient, messageOf, withRetry } from '../googleCalls';
import { GoogleDocuments } from '../googleDocuments';

/** The name of every scratch object: a coordinator who sees one left over knows what it is. */
export const SCRATCH_NAME = 'Наставник: проверка (можно удалить)';
const RECORD_KEY = 'nastavnik.selfCheck.scratch';
/** The property the limit probe writes; removed by the probe and again by every clean-up. */
export const LIMIT_PROBE_KEY = 'nastavnik.selfCheck.limit';

interface ScratchRecord {
  sheetIds: number[];
  form?: { id: string; url: string; sheetsBefore?: number[]; responseSheetIds?: number[] };
  document?: { id: string; url: string };
  /** The Doc Drive converted from the add-on's HTML. */
  converted?: { id: string; url: string };
  /** Docs made by Drive requests sent together (driveBatch.ts). */
  batch?: { id: string; url: string }[];
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CleanUpResult {
  readonly removed: string[];
  readonly leftovers: string[];
}

/** Apps Script ends a killed execution: nothing may swallow that, or the emulator would run on past Google. */
export function rethrowIfExecutionEnds(error: unknown): void {
  if (/Exceeded maximum execution time/i.test(messageOf(error))) throw error;
}

export class Scratch {
  private record: ScratchRecord;

  constructor(private readonly ss: Spreadsheet) {
    const raw = PropertiesService.getDocumentProperties().getProperty(RECORD_KEY);
    this.record = raw ? (JSON.parse(raw) as ScratchRecord) : { sheetIds: [] };
  }

  /** The scratch sheet, last in the book so no sheet of the programme moves. */
  sheet(): Sheet {
    const sheet = this.ss.insertSheet(SCRATCH_NAME, this.ss.getNumSheets());
    this.record.sheetIds.push(sheet.getSheetId());
    this.save();
    return sheet;
  }

  /** A scratch form; not retried on a fault, which could leave a second, unrecorded form. */
  form(): GoogleAppsScript.Forms.Form {
    const form = FormApp.create(SCRATCH_NAME);
    this.record.form = { id: form.getId(), url: form.getEditUrl() };
    this.save();
    return form;
  }

  /** Sheets that existed before the form was linked: any other sheet linked to the scratch form is its response sheet. */
  noteSheetsBeforeForm(ids: number[]): void {
    if (!this.record.form) return;
    this.record.form.sheetsBefore = ids;
    this.save();
  }

  noteResponseSheets(ids: number[]): void {
    if (!this.record.form) return;
    this.record.form.responseSheetIds = ids;
    this.save();
  }

  document(): GoogleAppsScript.Document.Document {
    const doc = DocumentApp.create(SCRATCH_NAME);
    this.record.document = { id: doc.getId(), url: doc.getUrl() };
    this.save();
    return doc;
  }

  /** A scratch Doc written as «Документы…» writes its documents: Drive converts the model's HTML. */
  convertedDocument(model: DocumentModel): string {
    const file = new GoogleDocuments().create(model, 'root');
    this.record.converted = { id: file.id, url: file.url };
    this.save();
    return file.id;
  }

  /** Scratch Docs made as «Документы…» makes new documents: Drive requests sent together. Google's refusals as they are. */
  batchDocuments(models: readonly DocumentModel[]): Attempt<WrittenDocument>[] {
    const made = new DriveBatch().createAll(models.map((model) => ({ model, folderId: 'root' })));
    this.record.batch = [...(this.record.batch ?? []), ...made.flatMap((m) => (m.ok ? [{ id: m.value.id, url: m.value.url }] : []))];
    this.save();
    return made;
  }

  /**
   * Removes every recorded scratch object, each step on its own so one failure does not keep the others.
   * A file Drive cannot reach is left to the person (named with its link); one Google did not answer for
   * stays recorded for the next run.
   */
  cleanUp(): CleanUpResult {
    const removed: string[] = [];
    const leftovers: string[] = [];
    const step = (what: string, work: () => 'removed' | 'absent', keep: () => void): void => {
      try {
        if (work() === 'removed') removed.push(what);
      } catch (error) {
        rethrowIfExecutionEnds(error);
        leftovers.push(`${what} (${isNotFound(error) ? 'Google Диск не видит этот файл' : messageOf(error)})`);
        if (isTransient(error) || error instanceof GoogleUnavailableError) keep();
      }
    };
    const kept: ScratchRecord = { sheetIds: [] };
    const form = this.record.form;
    if (form) {
      const responseSheets = this.responseSheetsOf(form);
      step(
        'привязка пробной формы к таблице',
        () => {
          try {
            withRetry('Google Формы', () => FormApp.openById(form.id).removeDestination());
          } catch (error) {
            if (!isNotFound(error)) throw error;
          }
          return 'absent';
        },
        () => {
          kept.form = form;
        },
      );
      for (const id of responseSheets) {
        step(
          'лист ответов пробной формы',
          () => this.deleteSheet(id),
          () => kept.sheetIds.push(id),
        );
      }
      step(
        `форма «${SCRATCH_NAME}»: ${form.url}`,
        () => trash(form.id),
        () => {
          kept.form = form;
        },
      );
    }
    const doc = this.record.document;
    if (doc) {
      step(
        `документ «${SCRATCH_NAME}»: ${doc.url}`,
        () => trash(doc.id),
        () => {
          kept.document = doc;
        },
      );
    }
    const converted = this.record.converted;
    if (converted) {
      step(
        `документ «${SCRATCH_NAME}»: ${converted.url}`,
        () => trash(converted.id),
        () => {
          kept.converted = converted;
        },
      );
    }
    for (const file of this.record.batch ?? []) {
      step(
        `документ «${SCRATCH_NAME}»: ${file.url}`,
        () => trash(file.id),
        () => {
          kept.batch = [...(kept.batch ?? []), file];
        },
      );
    }
    const keptIds = new Set(
      [kept.form?.id, kept.document?.id, kept.converted?.id, ...(kept.batch ?? []).map((f) => f.id)].filter((id): id is string => id !== undefined),
    );
    for (const id of unrecordedFiles(keptIds)) {
      step(
        `пробный файл «${SCRATCH_NAME}», оставшийся от прежней проверки`,
        () => trash(id),
        () => undefined,
      );
    }
    const named = this.ss.getSheetByName(SCRATCH_NAME);
    const sheetIds = new Set([...this.record.sheetIds, ...(named ? [named.getSheetId()] : [])]);
    for (const id of sheetIds) {
      step(
        `лист «${SCRATCH_NAME}»`,
        () => this.deleteSheet(id),
        () => kept.sheetIds.push(id),
      );
    }
    step(
      'пробное свойство документа',
      () => {
        PropertiesService.getDocumentProperties().deleteProperty(LIMIT_PROBE_KEY);
        return 'absent';
      },
      () => undefined,
    );
    this.record = kept;
    this.save();
    return { removed, leftovers };
  }

  /** The scratch form's response sheets: recorded, or — after a run killed before it recorded them — found by their link. */
  private responseSheetsOf(form: NonNullable<ScratchRecord['form']>): number[] {
    if (form.responseSheetIds) return form.responseSheetIds;
    if (!form.sheetsBefore) return [];
    const before = new Set(form.sheetsBefore);
    return this.ss
      .getSheets()
      .filter((sheet) => !before.has(sheet.getSheetId()) && linksTo(sheet, form.id))
      .map((sheet) => sheet.getSheetId());
  }

  private deleteSheet(id: number): 'removed' | 'absent' {
    const sheet = this.ss.getSheets().find((s) => s.getSheetId() === id);
    if (!sheet) return 'absent';
    this.ss.deleteSheet(sheet);
    return 'removed';
  }

  private save(): void {
    const props = PropertiesService.getDocumentProperties();
    const empty = this.record.sheetIds.length === 0 && !this.record.form && !this.record.document && !this.record.converted && (this.record.batch ?? []).length === 0;
    if (empty) props.deleteProperty(RECORD_KEY);
    else props.setProperty(RECORD_KEY, JSON.stringify(this.record));
  }
}

/** Whether a sheet is the response sheet of the form `formId`, under either shape of getFormUrl() (vector 47). */
function linksTo(sheet: Sheet, formId: string): boolean {
  const url = sheet.getFormUrl();
  if (!url) return false;
  if (url.includes(formId)) return true;
  try {
    return FormApp.openByUrl(url).getId() === formId;
  } catch (error) {
    rethrowIfExecutionEnds(error);
    return false;
  }
}

/**
 * Scratch files an earlier check left behind — killed between making and recording one, or unable to trash it
 * then: found by their name among the files the add-on made (drive.file lists only those), apart from the
 * recorded ones this run keeps for the next.
 */
function unrecordedFiles(kept: ReadonlySet<string>): string[] {
  const escaped = SCRATCH_NAME.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  const list = withRetry('Google Диск', () =>
    driveFiles().list({ q: `name = '${escaped}' and trashed = false`, fields: 'files(id)', supportsAllDrives: true, includeItemsFromAllDrives: true }),
  );
  return (list.files ?? []).map((f) => f.id ?? '').filter((id) => id !== '' && !kept.has(id));
}

/** Moves a scratch file to the trash through Drive; a file Drive cannot see is left to the person. */
function trash(fileId: string): 'removed' {
  withRetry('Google Диск', () =>
    driveFiles().update({ trashed: true }, fileId, null as unknown as GoogleAppsScript.Base.Blob, { supportsAllDrives: true, fields: 'id' }),
  );
  return 'removed';
}
