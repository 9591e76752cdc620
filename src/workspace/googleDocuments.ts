/**
 * Documents in Google Docs: made by DocumentApp, filled from a model by the renderer, updated in place on
 * regeneration (same file, same link). PDF files go through the Advanced Drive service under drive.file.
 * Whether a document is still there is Drive's word first, DocumentApp's when Drive does not reach it.
 */
import type { DocumentState, DocumentsPort, FileRef } from '../app/ports';
import type { DocumentModel } from '../domain/documents/model';
import { ALL_DRIVES, driveFiles, fileAlive, filePresence } from './advancedDrive';
import { renderBody } from './documentRenderer';
import { presenceOf, withRetry } from './googleCalls';

const PDF = 'application/pdf';
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
      modifiedText: known ? Utilities.formatDate(new Date(modifiedMs), timeZone(), 'dd.MM.yyyy') : '',
    };
  }

  private openable(fileId: string): boolean {
    return (
      presenceOf(DOCS, () => {
        DocumentApp.openById(fileId);
        return { trashed: false };
      }) === 'present'
    );
  }

  /** [U] A transient fault thrown by create is taken to mean nothing was made; the caller records the id at once. */
  create(fileName: string): FileRef {
    const doc = withRetry(DOCS, () => DocumentApp.create(fileName));
    return { id: doc.getId(), url: doc.getUrl() };
  }

  fill(docId: string, model: DocumentModel): void {
    const doc = withRetry(DOCS, () => DocumentApp.openById(docId));
    if (doc.getName() !== model.fileName) doc.setName(model.fileName);
    renderBody(doc.getBody(), model.blocks);
    doc.saveAndClose();
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

/** Dates for the coordinator in the spreadsheet's zone, as «Журнал» writes them (context.ts nowText). */
function timeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? Session.getScriptTimeZone();
}
