/**
 * Documents in Google Docs: made by DocumentApp, filled from a model by the renderer, updated in place on
 * regeneration (same file, same link). PDF files go through the Advanced Drive service under drive.file,
 * which reaches exactly the files the add-on made.
 */
import type { DocumentsPort, FileRef } from '../app/ports';
import type { DocumentModel } from '../domain/documents/model';
import { driveFiles, fileAlive } from './advancedDrive';
import { renderBody } from './documentRenderer';

const PDF = 'application/pdf';

export class GoogleDocuments implements DocumentsPort {
  exists(fileId: string): boolean {
    return fileAlive(fileId);
  }

  create(fileName: string): FileRef {
    const doc = DocumentApp.create(fileName);
    return { id: doc.getId(), url: doc.getUrl() };
  }

  fill(docId: string, model: DocumentModel): void {
    const doc = DocumentApp.openById(docId);
    if (doc.getName() !== model.fileName) doc.setName(model.fileName);
    renderBody(doc.getBody(), model.blocks);
    doc.saveAndClose();
  }

  writePdf(docId: string, fileName: string, knownPdfId: string | null, folderId: string): FileRef {
    const blob = DocumentApp.openById(docId).getAs(PDF).setName(fileName);
    const file =
      knownPdfId && this.exists(knownPdfId)
        ? driveFiles().update({ name: fileName }, knownPdfId, blob, { fields: 'id,webViewLink' })
        : driveFiles().create({ name: fileName, mimeType: PDF, parents: [folderId] }, blob, { fields: 'id,webViewLink' });
    return { id: file.id!, url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` };
  }
}
