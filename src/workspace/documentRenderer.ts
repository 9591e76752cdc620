/**
 * The one renderer of document models into a Google Doc's body. Styling is applied by ranges on whole
 * paragraphs, so a paragraph costs a call or two, not one per run. Text never carries "\n": a line of a
 * table cell is a paragraph of its own.
 */
import type { Align, Block, Inline, ListItem } from '../domain/documents/model';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Text = GoogleAppsScript.Document.Text;

const FONT = 'Times New Roman';

function alignment(align: Align | undefined): GoogleAppsScript.Document.HorizontalAlignment | null {
  switch (align) {
    case 'center':
      return DocumentApp.HorizontalAlignment.CENTER;
    case 'right':
      return DocumentApp.HorizontalAlignment.RIGHT;
    case 'justify':
      return DocumentApp.HorizontalAlignment.JUSTIFY;
    case 'left':
      return DocumentApp.HorizontalAlignment.LEFT;
    default:
      return null;
  }
}

const HEADINGS = (): Record<1 | 2 | 3, GoogleAppsScript.Document.ParagraphHeading> => ({
  1: DocumentApp.ParagraphHeading.HEADING1,
  2: DocumentApp.ParagraphHeading.HEADING2,
  3: DocumentApp.ParagraphHeading.HEADING3,
});

/** Control characters other than tab would break the text model; a line break becomes a space. */
function clean(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n]+/g, ' ')) if (ch === '\t' || ch.charCodeAt(0) >= 0x20) out += ch;
  return out;
}

interface Styled {
  readonly text: string;
  readonly bold: [number, number][];
  readonly italic: [number, number][];
}

/** Runs joined into one text, with the inclusive ranges to make bold or italic. */
function styled(runs: readonly Inline[]): Styled {
  let text = '';
  const bold: [number, number][] = [];
  const italic: [number, number][] = [];
  for (const run of runs) {
    const piece = clean(typeof run === 'string' ? run : run.text);
    if (piece === '') continue;
    const start = text.length;
    text += piece;
    if (typeof run !== 'string' && run.bold) bold.push([start, text.length - 1]);
    if (typeof run !== 'string' && run.italic) italic.push([start, text.length - 1]);
  }
  return { text, bold, italic };
}

function applyStyles(text: Text, s: Styled): void {
  for (const [a, b] of s.bold) text.setBold(a, b, true);
  for (const [a, b] of s.italic) text.setItalic(a, b, true);
}

function paragraph(body: Body, runs: readonly Inline[], align: Align | undefined): Paragraph {
  const s = styled(runs);
  const p = body.appendParagraph(s.text);
  const a = alignment(align);
  if (a) p.setAlignment(a);
  if (s.bold.length > 0 || s.italic.length > 0) applyStyles(p.editAsText(), s);
  return p;
}

function list(body: Body, ordered: boolean, items: readonly ListItem[]): void {
  const glyph = ordered ? DocumentApp.GlyphType.NUMBER : DocumentApp.GlyphType.BULLET;
  for (const item of items) {
    const s = styled(item.runs);
    const li = body.appendListItem(s.text);
    li.setGlyphType(glyph);
    if (item.level) li.setNestingLevel(item.level);
    if (s.bold.length > 0 || s.italic.length > 0) applyStyles(li.editAsText(), s);
  }
}

function table(body: Body, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const all = [header, ...rows];
  const width = Math.max(...all.map((r) => r.length));
  // A cell's first line goes in with the table; further lines become paragraphs of the cell.
  const lines = all.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? '').split('\n').map(clean)));
  const t = body.appendTable(lines.map((r) => r.map((cell) => cell[0])));
  for (let r = 0; r < lines.length; r++) {
    for (let c = 0; c < width; c++) {
      const cell = lines[r][c];
      if (cell.length > 1 || r === 0) {
        const target = t.getCell(r, c);
        for (const line of cell.slice(1)) target.appendParagraph(line);
        if (r === 0) target.editAsText().setBold(true);
      }
    }
  }
}

function block(body: Body, b: Block): void {
  switch (b.kind) {
    case 'heading': {
      const p = body.appendParagraph(clean(b.text));
      p.setHeading(HEADINGS()[b.level]);
      const a = alignment(b.align);
      if (a) p.setAlignment(a);
      return;
    }
    case 'paragraph':
      paragraph(body, b.runs, b.align);
      return;
    case 'list':
      list(body, b.ordered, b.items);
      return;
    case 'table':
      table(body, b.header, b.rows);
      return;
    case 'approval':
      for (const line of b.lines) paragraph(body, [line], 'right');
      return;
    case 'signatures':
      for (const line of b.lines) paragraph(body, [`${line.role}\t_______________ ${line.name}`], 'left');
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}

/** Replaces the body's content with the blocks. */
export function renderBody(body: Body, blocks: readonly Block[]): void {
  body.clear();
  for (const b of blocks) block(body, b);
  // A cleared body keeps one empty paragraph, now first: drop it when something follows.
  if (body.getNumChildren() > 1) body.removeChild(body.getChild(0));
  body.editAsText().setFontFamily(FONT);
}
