/**
 * A Google Doc's content as plain typed data: the live state behind DocumentApp's elements, and what the
 * store keeps as saved content for the exporters (developers.google.com/apps-script/guides/docs#structure).
 */

export type Heading = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export type Alignment = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type Glyph = 'BULLET' | 'HOLLOW_BULLET' | 'SQUARE_BULLET' | 'NUMBER' | 'LATIN_UPPER' | 'LATIN_LOWER' | 'ROMAN_UPPER' | 'ROMAN_LOWER';

/** Character attributes; absent means inherited from the paragraph's style. */
export interface Style {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strikethrough?: boolean;
  readonly fontSize?: number;
  readonly fontFamily?: string;
  readonly foregroundColor?: string;
  readonly backgroundColor?: string;
  readonly linkUrl?: string;
}

export interface Run {
  text: string;
  style: Style;
}

/** A Text element: a sequence of styled runs. */
export interface TextNode {
  readonly kind: 'text';
  runs: Run[];
}

export interface PageBreakNode {
  readonly kind: 'pageBreak';
}

export type Inline = TextNode | PageBreakNode;

export interface ParagraphFormat {
  heading: Heading;
  alignment: Alignment | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  indentFirstLine: number | null;
  indentStart: number | null;
  indentEnd: number | null;
}

export interface ParagraphBlock extends ParagraphFormat {
  readonly kind: 'paragraph';
  children: Inline[];
}

export interface ListItemBlock extends ParagraphFormat {
  readonly kind: 'listItem';
  children: Inline[];
  listId: string;
  glyphType: Glyph;
  nestingLevel: number;
}

export interface TableCellNode {
  readonly kind: 'cell';
  children: Block[];
  backgroundColor: string | null;
  width: number | null;
}

export interface TableRowNode {
  readonly kind: 'row';
  cells: TableCellNode[];
}

export interface TableBlock {
  readonly kind: 'table';
  rows: TableRowNode[];
  borderWidth: number;
  borderColor: string;
  columnWidths: (number | null)[];
}

export type TextBlock = ParagraphBlock | ListItemBlock;
export type Block = TextBlock | TableBlock;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What a document holds: its body's blocks and page margins in points. */
export interface DocumentContent {
  blocks: Block[];
  margins: Margins;
}

export type Node = Block | TableRowNode | TableCellNode | Inline;

/** Google's default page: 1-inch margins (72 pt). */
export const DEFAULT_MARGINS: Margins = { top: 72, bottom: 72, left: 72, right: 72 };

export const textNode = (text = '', style: Style = {}): TextNode => ({ kind: 'text', runs: text === '' ? [] : [{ text, style: { ...style } }] });

const FORMAT: ParagraphFormat = {
  heading: 'NORMAL',
  alignment: null,
  spacingBefore: null,
  spacingAfter: null,
  lineSpacing: null,
  indentFirstLine: null,
  indentStart: null,
  indentEnd: null,
};

export const newParagraph = (text = ''): ParagraphBlock => ({ kind: 'paragraph', ...FORMAT, children: [textNode(text)] });

export const newListItem = (text: string, listId: string, glyphType: Glyph = 'BULLET', nestingLevel = 0): ListItemBlock => ({
  kind: 'listItem',
  ...FORMAT,
  children: [textNode(text)],
  listId,
  glyphType,
  nestingLevel,
});

export const newCell = (text = ''): TableCellNode => ({ kind: 'cell', children: [newParagraph(text)], backgroundColor: null, width: null });

export const newTable = (cells: readonly (readonly string[])[]): TableBlock => ({
  kind: 'table',
  rows: cells.map((row) => ({ kind: 'row', cells: row.map((text) => newCell(String(text))) })),
  borderWidth: 1,
  borderColor: '#000000',
  columnWidths: [],
});

export const emptyContent = (): DocumentContent => ({ blocks: [newParagraph()], margins: { ...DEFAULT_MARGINS } });

/** A deep copy: saved content never shares objects with a live handle. */
export const cloneContent = (content: DocumentContent): DocumentContent => structuredClone(content);
export const cloneNode = <T extends Node>(node: T): T => structuredClone(node);

export const isTextBlock = (b: Block): b is TextBlock => b.kind === 'paragraph' || b.kind === 'listItem';

/** The plain text of a text node, a paragraph, a table (cells one per line) or blocks (one per line). */
export const nodeText = (node: TextNode): string => node.runs.map((r) => r.text).join('');
export const paragraphText = (p: TextBlock): string => p.children.map((c) => (c.kind === 'text' ? nodeText(c) : '')).join('');
export const cellText = (cell: TableCellNode): string => blocksText(cell.children);
export const tableText = (t: TableBlock): string => t.rows.flatMap((r) => r.cells.map(cellText)).join('\n');
export const blockText = (b: Block): string => (isTextBlock(b) ? paragraphText(b) : tableText(b));
export const blocksText = (blocks: readonly Block[]): string => blocks.map(blockText).join('\n');
