/**
 * Documents in Google Docs, each written in one Drive call: the model goes up as HTML and Drive converts it
 * into the Doc (Files.create into its folder, Files.update in place on regeneration: same file, same link),
 * instead of ≈ 200 DocumentApp calls (the renderer that made them is gone: every Doc is Drive's, within
 * drive.file's reach). PDF files go through Advanced Drive too.
 * Whether a document is still there is Drive's word first, DocumentApp's when Drive does not reach it.
 */
import type { DocumentState, DocumentsPort, FileRef, WrittenDocument } from '../app/ports';
import type { DocumentModel } from '../domain/documents/model';
import { ALL_DRIVES, driveFiles, fileAlive, filePresence } from './advancedDrive';
import { documentHtml } from './documentHtml';
import { presenceOf, withRetry } from './googleCalls';
import { ZoneDays } from './zoneDays';

const PDF = 'application/pdf';
/** The target type that makes Drive convert an upload (developers.google.com/workspace/drive/api/guides/manage-uploads). */
const GOOGLE_DOC = 'application/vnd.google-apps.document';
const WRITTEN_FIELDS = 'id,version';
const DOCS = 'Google Документы';
const DRIVE = 'Google Диск';

export class GoogleDocuments implements DocumentsPort {
  /**
   * In the trash (Drive says so) or deleted: make it anew. Drive's 404 alone is not enough: drive.file may not
   * reach documents made by DocumentApp (gas-api.md §13 vector 59, unconfirmed), so DocumentApp decides then —
   * only its documented «Document is missing…» means gone.
   */
  exists(fileId: string): boolean {
    const drive = filePresence(fileId);
    if (drive !== 'absent') return drive === 'present';
    return this.openable(fileId);
  }

  /**
   * One Drive get answers both whether the file is there and whether it changed since the add-on wrote it
   * (`version` moves on every change, developers.google.com/workspace/drive/api/reference/rest/v3/files).
   * Out of Drive's reach (vector 59) DocumentApp decides presence and the version is unknown.
   */
  state(fileId: string): DocumentState {
    let found: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File = {};
    const presence = presenceOf(DRIVE, () => {
      found = driveFiles().get(fileId, { ...ALL_DRIVES, fields: 'id,trashed,version,modifiedTime' });
      return { trashed: !found.id || Boolean(found.trashed) };
    });
    if (presence === 'absent') {
      return { presence: this.openable(fileId) ? 'present' : 'absent', version: null, modifiedMs: null, modifiedText: '' };
    }
    const file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File = found;
    const modifiedMs = file.modifiedTime ? Date.parse(file.modifiedTime) : Number.NaN;
    const known = Number.isFinite(modifiedMs);
    return {
      presence,
      version: file.version !== undefined && file.version !== null ? String(file.version) : null,
      modifiedMs: known ? modifiedMs : null,
      modifiedText: known ? this.dayText(new Date(modifiedMs)) : '',
    };
  }

  private zoneDays: ZoneDays | null = null;

  /** «25.11.2026» in the spreadsheet's zone, by arithmetic after the first (zoneDays.ts): not a call per document. */
  private dayText(date: Date): string {
    this.zoneDays ??= new ZoneDays(timeZone());
    const [y, m, d] = this.zoneDays.isoDay(date).split('-');
    return `${d}.${m}.${y}`;
  }

  private openable(fileId: string): boolean {
    return (
      presenceOf(DOCS, () => {
        DocumentApp.openById(fileId);
        return { trashed: false };
      }) === 'present'
    );
  }

  /** Every page (1,000 files each; the token comes back only because `fields` names it: v3 files.list). */
  documentsIn(folderId: string): { id: string; name: string }[] {
    const found: { id: string; name: string }[] = [];
    const q = `'${folderId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}' in parents and mimeType = '${GOOGLE_DOC}' and trashed = false`;
    let pageToken: string | undefined;
    do {
      const page = withRetry(DRIVE, () =>
        driveFiles().list({ q, fields: 'nextPageToken,files(id,name)', pageSize: 1000, ...(pageToken ? { pageToken } : {}), ...ALL_DRIVES, includeItemsFromAllDrives: true }),
      );
      for (const f of page.files ?? []) if (f.id) found.push({ id: f.id, name: f.name ?? '' });
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
    return found;
  }

  /** [U] A transient fault thrown by create is taken to mean nothing was made; the caller records the id at once. */
  create(model: DocumentModel, folderId: string): WrittenDocument {
    const html = htmlBlob(model);
    const file = withRetry(DRIVE, () =>
      driveFiles().create({ name: model.fileName, mimeType: GOOGLE_DOC, parents: [folderId] }, html, { ...ALL_DRIVES, fields: WRITTEN_FIELDS }),
    );
    // The canonical link of a Doc (the one the registry need not store: src/app/documents/registry.ts).
    return { id: file.id!, url: docUrl(file.id!), version: versionOf(file) };
  }

  fill(docId: string, model: DocumentModel): string | null {
    const html = htmlBlob(model);
    const file = withRetry(DRIVE, () => driveFiles().update({ name: model.fileName }, docId, html, { ...ALL_DRIVES, fields: WRITTEN_FIELDS }));
    return versionOf(file);
  }

  writePdf(docId: string, fileName: string, knownPdfId: string | null, folderId: string): FileRef {
    const blob = withRetry(DOCS, () => DocumentApp.openById(docId).getAs(PDF)).setName(fileName);
    const options = { ...ALL_DRIVES, fields: 'id,webViewLink' };
    const file =
      knownPdfId && fileAlive(knownPdfId)
        ? withRetry(DRIVE, () => driveFiles().update({ name: fileName }, knownPdfId, blob, options))
        : withRetry(DRIVE, () => driveFiles().create({ name: fileName, mimeType: PDF, parents: [folderId] }, blob, options));
    return { id: file.id!, url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` };
  }
}

function htmlBlob(model: DocumentModel): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(documentHtml(model.blocks), 'text/html', `${model.fileName}.html`);
}

const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

const versionOf = (file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): string | null =>
  file.version !== undefined && file.version !== null ? String(file.version) : null;

/** Dates for the coordinator in the spreadsheet's zone, as «Журнал» writes them (context.ts nowText). */
function timeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? Session.getScriptTimeZone();
}
