/**
 * A document as plain data: what the domain writes and src/workspace/documentHtml.ts
 * turns into a Google Doc. No Apps Script here; the emulator exports the rendered Doc to .docx/.html/.pdf.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with its own emphasis; a paragraph is a list of runs. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type Inline = string | Run;

export type Block =
  /** Level 1 is the document's title, 2 a section, 3 a subsection. */
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly align?: Align }
  | { readonly kind: 'paragraph'; readonly runs: readonly Inline[]; readonly align?: Align }
  /** Consecutive items form one list; `level` 0 is the outer list, 1 nested. */
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  /** First row is the header (bold, repeated by the renderer's style); cells are plain text, "\n" = new line. */
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  /** «Утверждаю: Директор … / Приказ № … от …», right-aligned at the top of the page. */
  | { readonly kind: 'approval'; readonly lines: readonly string[] }
  /** Who signs: role on the left, a line and the name (initials first) on the right. */
  | { readonly kind: 'signatures'; readonly lines: readonly { readonly role: string; readonly name: string }[] }
  | { readonly kind: 'pageBreak' };

export interface ListItem {
  readonly runs: readonly Inline[];
  readonly level?: 0 | 1;
}

export interface DocumentModel {
  /** File name in Drive, e.g. «Приказ о внедрении программы наставничества — МБОУ СОШ № 13 — 2022-2023». */
  readonly fileName: string;
  readonly blocks: readonly Block[];
}

// Small constructors keep the texts readable.
export const h1 = (text: string, align: Align = 'center'): Block => ({ kind: 'heading', level: 1, text, align });
export const h2 = (text: string, align?: Align): Block => ({ kind: 'heading', level: 2, text, align });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
export const p = (...runs: Inline[]): Block => ({ kind: 'paragraph', runs, align: 'justify' });
export const pAligned = (align: Align, ...runs: Inline[]): Block => ({ kind: 'paragraph', runs, align });
export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });
export const numbered = (...items: (string | readonly Inline[])[]): Block => ({ kind: 'list', ordered: true, items: items.map(asItem) });
export const bulleted = (...items: (string | readonly Inline[])[]): Block => ({ kind: 'list', ordered: false, items: items.map(asItem) });
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): Block => ({ kind: 'table', header, rows });
export const pageBreak: Block = { kind: 'pageBreak' };

function asItem(item: string | readonly Inline[]): ListItem {
  return { runs: typeof item === 'string' ? [item] : item };
}

/** The plain text of a block, for tests and searching: runs joined, table cells tab-separated. */
export function blockText(block: Block): string {
  const runs = (inlines: readonly Inline[]) => inlines.map((r) => (typeof r === 'string' ? r : r.text)).join('');
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return runs(block.runs);
    case 'list':
      return block.items.map((i) => runs(i.runs)).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((r) => r.join('\t')).join('\n');
    case 'approval':
      return block.lines.join('\n');
    case 'signatures':
      return block.lines.map((l) => `${l.role} _____ ${l.name}`).join('\n');
    case 'pageBreak':
      return '';
  }
}

export function documentText(doc: DocumentModel): string {
  return doc.blocks.map(blockText).join('\n');
}
