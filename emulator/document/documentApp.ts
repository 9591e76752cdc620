/**
 * DocumentApp and Document (developers.google.com/apps-script/reference/document/document-app, …/document):
 * create and open documents, edit through a handle, saveAndClose; getAs gives a PDF of the saved content.
 */
import { newBlob } from '../base/blob';
import { driveStore } from '../drive/store';
import { renderPdf } from '../export/pdf';
import { guard } from '../guard';
import { GasException, SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import { bodyObject } from './container';
import { CLOSED_TEXT, type Ctx, use } from './context';
import { chargeDocumentCreate } from './quota';
import { DOCUMENT_MIME, type DocumentStore, documentStore, type Handle } from './store';

/** [C] DocumentApp.openById on an id it cannot open (real execution logs). */
export const MISSING_TEXT = "Document is missing (perhaps it was deleted, or you don't have read access?)";

const names = (...list: string[]): Record<string, string> => Object.fromEntries(list.map((n) => [n, n]));

export const ENUMS = {
  ParagraphHeading: names('NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'),
  HorizontalAlignment: names('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'),
  VerticalAlignment: names('BOTTOM', 'CENTER', 'TOP'),
  GlyphType: names('BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'),
  TextAlignment: names('NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'),
  ElementType: names(
    'BODY_SECTION',
    'COMMENT_SECTION',
    'DATE',
    'DOCUMENT',
    'EQUATION',
    'EQUATION_FUNCTION',
    'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
    'EQUATION_SYMBOL',
    'RICH_LINK',
    'FOOTER_SECTION',
    'FOOTNOTE',
    'FOOTNOTE_SECTION',
    'HEADER_SECTION',
    'HORIZONTAL_RULE',
    'INLINE_DRAWING',
    'INLINE_IMAGE',
    'LIST_ITEM',
    'PAGE_BREAK',
    'PARAGRAPH',
    'PERSON',
    'TABLE',
    'TABLE_CELL',
    'TABLE_OF_CONTENTS',
    'TABLE_ROW',
    'TEXT',
    'UNSUPPORTED',
  ),
  Attribute: names(
    'BACKGROUND_COLOR',
    'BOLD',
    'BORDER_COLOR',
    'BORDER_WIDTH',
    'CODE',
    'FONT_FAMILY',
    'FONT_SIZE',
    'FOREGROUND_COLOR',
    'HEADING',
    'HEIGHT',
    'HORIZONTAL_ALIGNMENT',
    'INDENT_END',
    'INDENT_FIRST_LINE',
    'INDENT_START',
    'ITALIC',
    'GLYPH_TYPE',
    'LEFT_TO_RIGHT',
    'LINE_SPACING',
    'LINK_URL',
    'LIST_ID',
    'MARGIN_BOTTOM',
    'MARGIN_LEFT',
    'MARGIN_RIGHT',
    'MARGIN_TOP',
    'NESTING_LEVEL',
    'MINIMUM_HEIGHT',
    'PADDING_BOTTOM',
    'PADDING_LEFT',
    'PADDING_RIGHT',
    'PADDING_TOP',
    'PAGE_HEIGHT',
    'PAGE_WIDTH',
    'SPACING_AFTER',
    'SPACING_BEFORE',
    'STRIKETHROUGH',
    'UNDERLINE',
    'VERTICAL_ALIGNMENT',
    'WIDTH',
  ),
};

function gate(ws: Workspace, method: string): void {
  ws.rt.call(method, { scopes: [SCOPE.documents], minAuth: 'FULL' });
}

export function documentApp(ws: Workspace): GoogleAppsScript.Document.DocumentApp {
  const store = documentStore(ws);
  const open = (method: string, id: string) => {
    gate(ws, method);
    if (!store.has(id) || !ws.appFiles.has(id)) throw new GasException(MISSING_TEXT);
    return documentObject(ws, store, store.openHandle(id));
  };
  const app = {
    ...ENUMS,
    create: (name: string) => {
      gate(ws, 'DocumentApp.create');
      chargeDocumentCreate(ws);
      const id = store.create();
      ws.onFileCreated({ id, name: String(name), mimeType: DOCUMENT_MIME });
      driveStore(ws).madeByServices.add(id); // vector 59: Drive's reach of it is ws.behaviour.driveFileReachesAppMade
      return documentObject(ws, store, store.openHandle(id));
    },
    openById: (id: string) => open('DocumentApp.openById', String(id)),
    openByUrl: (url: string) => open('DocumentApp.openByUrl', /\/d\/([A-Za-z0-9_-]+)/.exec(String(url))?.[1] ?? ''),
    /** A Sheets add-on has no active document. */
    getActiveDocument: () => null,
  };
  return guard(app, 'DocumentApp') as unknown as GoogleAppsScript.Document.DocumentApp;
}

/** A PDF of the saved content, named as Google names it ([U] «<name>.pdf»). */
function pdfBlob(ws: Workspace, store: DocumentStore, id: string): GoogleAppsScript.Base.Blob {
  return newBlob(renderPdf(store.saved(id)), 'application/pdf', `${ws.appFiles.get(id)?.name ?? 'Untitled'}.pdf`);
}

export function documentObject(ws: Workspace, store: DocumentStore, handle: Handle): GoogleAppsScript.Document.Document {
  const ctx: Ctx = { ws, store, handle };
  const object = {
    getId: () => handle.id,
    getUrl: () => `https://docs.google.com/document/d/${handle.id}/edit`,
    /** The name lives in Drive, so a rename through Drive shows here. */
    getName: () => {
      gate(ws, 'Document.getName');
      return ws.appFiles.get(handle.id)?.name ?? '';
    },
    setName: (name: string) => {
      use(ctx, 'Document.setName');
      const file = ws.appFiles.get(handle.id);
      if (file) file.name = String(name);
      // A rename is a change to the file in Drive at once, not at saveAndClose (the name lives in Drive).
      if (file) driveStore(ws).touch(handle.id, { content: true });
      return self;
    },
    getBody: () => {
      use(ctx, 'Document.getBody');
      return bodyObject(ctx, handle.content);
    },
    getHeader: () => {
      use(ctx, 'Document.getHeader');
      return null;
    },
    getFooter: () => {
      use(ctx, 'Document.getFooter');
      return null;
    },
    getCursor: () => null,
    getSelection: () => null,
    /** "Causes pending updates to be flushed and applied … A closed Document can't be edited." */
    saveAndClose: () => {
      gate(ws, 'Document.saveAndClose');
      if (handle.closed) throw new GasException(CLOSED_TEXT);
      store.save(handle);
      store.close(handle);
    },
    /** Only what was saved: edits pending on any handle are not in it (gas-api.md §5). */
    getAs: (contentType: string) => {
      gate(ws, 'Document.getAs');
      if (contentType !== 'application/pdf') throw new GasException(`Converting from ${DOCUMENT_MIME} to ${contentType} is not supported.`);
      return pdfBlob(ws, store, handle.id);
    },
    /** [U] Document.getBlob gives the PDF, as getAs('application/pdf') does. */
    getBlob: () => {
      gate(ws, 'Document.getBlob');
      return pdfBlob(ws, store, handle.id);
    },
  };
  const self = guard(object, 'Document') as unknown as GoogleAppsScript.Document.Document;
  return self;
}
