/**
 * Installs DocumentApp among an execution's globals, and lets the emulated Drive copy documents, export them
 * (PDF, HTML, plain text) and convert uploads of HTML and plain text into them, through its hooks.
 */
import { newBlob } from '../base/blob';
import { driveHooks } from '../drive';
import { ConversionRefused } from '../drive/files';
import { exportHtml } from '../export/html';
import { renderPdf } from '../export/pdf';
import type { Workspace } from '../workspace';
import { documentApp } from './documentApp';
import { importHtml, importPlainText } from './importHtml';
import { blocksText, emptyContent } from './model';
import { DOCUMENT_MIME, documentStore } from './store';

/** [D] "Documents: Up to 1.02 million characters" (support.google.com/drive/answer/37603). */
export const DOCUMENT_MAX_CHARS = 1_020_000;

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
  // Drive's import of an upload into a Doc (Files.create/update with the Docs type as the target): HTML and plain text.
  const lists = ws.state('documents.importedLists', () => ({ count: 0 }));
  const nextListId = () => `kix.imp${(++lists.count).toString(36).padStart(6, '0')}`;
  driveHooks(ws).importers.set(DOCUMENT_MIME, {
    sources: ['text/html', 'text/plain'],
    prepare: (bytes, sourceType) => {
      const text = bytes ? Buffer.from(bytes).toString('utf8') : '';
      const content = bytes === null ? emptyContent() : sourceType === 'text/html' ? importHtml(text, nextListId) : importPlainText(text);
      // [U] wording: Drive's refusal of a conversion over the Docs limit was not found.
      if (blocksText(content.blocks).length > DOCUMENT_MAX_CHARS) throw new ConversionRefused('The document is too large to be converted to a Google Doc.');
      return (fileId) => store.imported(fileId, content);
    },
  });
  globals.DocumentApp = documentApp(ws);
}
