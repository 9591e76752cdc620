/**
 * Installs DocumentApp among an execution's globals, and lets the emulated Drive copy documents and
 * export them (PDF, HTML, plain text) through its hooks.
 */
import { newBlob } from '../base/blob';
import { driveHooks } from '../drive';
import { exportHtml } from '../export/html';
import { renderPdf } from '../export/pdf';
import type { Workspace } from '../workspace';
import { documentApp } from './documentApp';
import { DOCUMENT_MIME, documentStore } from './store';

export function installDocumentApp(ws: Workspace, globals: Record<string, unknown>): void {
  const store = documentStore(ws);
  // Drive.Files.export of a Doc (developers.google.com/workspace/drive/api/guides/ref-export-formats); docx is asynchronous here, so not offered.
  driveHooks(ws).exporters.set(DOCUMENT_MIME, (id, mimeType) => {
    if (!store.has(id)) return null;
    const name = ws.appFiles.get(id)?.name ?? 'Untitled';
    if (mimeType === 'application/pdf') return newBlob(renderPdf(store.saved(id)), mimeType, `${name}.pdf`);
    if (mimeType === 'text/html') return newBlob(exportHtml(store.saved(id), name), mimeType, `${name}.html`);
    if (mimeType === 'text/plain') return newBlob(store.savedText(id), mimeType, `${name}.txt`);
    return null;
  });
  globals.DocumentApp = documentApp(ws);
}
