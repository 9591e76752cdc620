/**
 * A saved Google Doc as a real PDF (A4, the document's margins), drawn synchronously with PDFKit and the
 * DejaVu fonts (Cyrillic): headings, alignment, styled runs, numbered and bulleted lists, tables, page breaks.
 */
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { isOrdered, label, listNumbers } from '../document/lists';
import type { Block, DocumentContent, Inline, ListItemBlock, Run, Style, TableBlock, TextBlock } from '../document/model';
import { isTextBlock } from '../document/model';

type Doc = PDFKit.PDFDocument;

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FACES = {
  sans: ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'],
  serif: ['DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic'],
  mono: ['DejaVuSansMono', 'DejaVuSansMono-Bold', 'DejaVuSansMono-Oblique', 'DejaVuSansMono-BoldOblique'],
} as const;
const SERIF = /times|georgia|garamond|cambria|serif|merriweather|lora|playfair/i;
const MONO = /courier|mono|consolas/i;

/** Google Docs' default sizes (pt) by heading; NORMAL text is 11 pt. */
const SIZE: Record<string, number> = { NORMAL: 11, HEADING1: 20, HEADING2: 16, HEADING3: 14, HEADING4: 12, HEADING5: 11, HEADING6: 11, TITLE: 26, SUBTITLE: 15 };
const CELL_PADDING = 5;
const LIST_INDENT = 18;

function face(style: Style, forceBold: boolean): string {
  const family = style.fontFamily ?? '';
  const set = MONO.test(family) ? FACES.mono : SERIF.test(family) ? FACES.serif : FACES.sans;
  const bold = forceBold || style.bold === true;
  return set[(bold ? 1 : 0) + (style.italic ? 2 : 0)];
}

interface Frame {
  x: number;
  width: number;
}

interface Writer {
  readonly doc: Doc;
  readonly numbers: Map<ListItemBlock, number>;
  readonly top: number;
  readonly bottom: number;
}

const clean = (text: string): string => text.replace(/\t/g, '    ').replace(/[\r\n]/g, ' ');

/** Splits a paragraph's children at its page breaks. */
function segments(children: readonly Inline[]): { runs: Run[]; breakAfter: boolean }[] {
  const out: { runs: Run[]; breakAfter: boolean }[] = [{ runs: [], breakAfter: false }];
  for (const child of children) {
    if (child.kind === 'pageBreak') {
      out[out.length - 1].breakAfter = true;
      out.push({ runs: [], breakAfter: false });
    } else out[out.length - 1].runs.push(...child.runs.filter((r) => r.text !== ''));
  }
  return out;
}

/** Writes styled runs as one flowing paragraph starting at (frame.x, y). */
function writeRuns(w: Writer, runs: readonly Run[], p: TextBlock, frame: Frame, y: number): void {
  const { doc } = w;
  const heading = p.heading !== 'NORMAL' && p.heading !== 'SUBTITLE';
  const base = SIZE[p.heading] ?? 11;
  const align = (p.alignment ?? 'LEFT').toLowerCase() as 'left' | 'center' | 'right' | 'justify';
  const lineGap = ((p.lineSpacing ?? 1.15) - 1) * base;
  if (runs.length === 0) {
    doc.font(join(FONT_DIR, `${face({}, heading)}.ttf`)).fontSize(base);
    doc.y = y + doc.currentLineHeight(true) + lineGap;
    return;
  }
  runs.forEach((run, i) => {
    doc.font(join(FONT_DIR, `${face(run.style, heading)}.ttf`)).fontSize(run.style.fontSize ?? base);
    doc.fillColor(run.style.foregroundColor ?? (p.heading === 'SUBTITLE' ? '#666666' : '#000000'));
    const options: PDFKit.Mixins.TextOptions = {
      width: frame.width,
      align,
      lineGap,
      continued: i < runs.length - 1,
      underline: run.style.underline === true,
      strike: run.style.strikethrough === true,
      indent: i === 0 ? (p.indentFirstLine ?? 0) : 0,
      ...(run.style.linkUrl ? { link: run.style.linkUrl } : {}),
    };
    if (i === 0) doc.text(clean(run.text), frame.x, y, options);
    else doc.text(clean(run.text), options);
  });
}

function paragraph(w: Writer, p: TextBlock, frame: Frame): void {
  const { doc } = w;
  const heading = p.heading !== 'NORMAL';
  doc.y += p.spacingBefore ?? (heading ? 10 : 0);
  const parts = segments(p.children);
  const hasBreak = parts.length > 1;
  for (const part of parts) {
    if (!(hasBreak && part.runs.length === 0)) {
      if (doc.y + 14 > w.bottom) doc.addPage();
      if (p.kind === 'listItem') listItem(w, p, part.runs, frame);
      else writeRuns(w, part.runs, p, frame, doc.y);
    }
    if (part.breakAfter) doc.addPage();
  }
  doc.y += p.spacingAfter ?? (heading ? 6 : 4);
}

function listItem(w: Writer, item: ListItemBlock, runs: Run[], frame: Frame): void {
  const { doc } = w;
  const indent = LIST_INDENT * (item.nestingLevel + 1);
  const y = doc.y;
  const n = w.numbers.get(item) ?? 1;
  const marker = label(item.glyphType, n);
  doc.font(join(FONT_DIR, `${face(runs[0]?.style ?? {}, false)}.ttf`)).fontSize(runs[0]?.style.fontSize ?? SIZE.NORMAL).fillColor('#000000');
  doc.text(marker, frame.x + indent - LIST_INDENT, y, { width: LIST_INDENT + (isOrdered(item.glyphType) ? 10 : 0), lineBreak: false });
  writeRuns(w, runs, item, { x: frame.x + indent + (isOrdered(item.glyphType) && marker.length > 3 ? 8 : 0), width: frame.width - indent }, y);
}

/** Column widths in points: set ones kept, the rest share what is left; scaled down to fit. */
function columnWidths(t: TableBlock, total: number): number[] {
  const count = Math.max(1, ...t.rows.map((r) => r.cells.length));
  const set = Array.from({ length: count }, (_, i) => t.columnWidths[i] ?? null);
  const fixed = set.reduce<number>((s, v) => s + (v ?? 0), 0);
  const free = set.filter((v) => v === null).length;
  const share = free > 0 ? Math.max(20, (total - fixed) / free) : 0;
  const widths = set.map((v) => v ?? share);
  const sum = widths.reduce((s, v) => s + v, 0);
  return sum > total ? widths.map((v) => (v * total) / sum) : widths;
}

const cellParagraphs = (blocks: readonly Block[]): TextBlock[] =>
  blocks.flatMap((b) => (isTextBlock(b) ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => cellParagraphs(c.children)))));

function measure(w: Writer, p: TextBlock, width: number): number {
  const { doc } = w;
  const runs = p.children.flatMap((c) => (c.kind === 'text' ? c.runs : []));
  const text = clean(runs.map((r) => r.text).join(''));
  const bold = runs.length > 0 && runs.every((r) => r.style.bold);
  const size = runs[0]?.style.fontSize ?? SIZE[p.heading] ?? 11;
  doc.font(join(FONT_DIR, `${face({ ...(runs[0]?.style ?? {}), bold }, p.heading !== 'NORMAL')}.ttf`)).fontSize(size);
  const lineGap = ((p.lineSpacing ?? 1.15) - 1) * size;
  const indent = p.kind === 'listItem' ? LIST_INDENT * (p.nestingLevel + 1) : 0;
  return (text === '' ? doc.currentLineHeight(true) : doc.heightOfString(text, { width: width - indent, lineGap })) + lineGap + 2;
}

function table(w: Writer, t: TableBlock, frame: Frame): void {
  const { doc } = w;
  const widths = columnWidths(t, frame.width);
  doc.y += 4;
  for (const row of t.rows) {
    const heights = row.cells.map((cell, c) => cellParagraphs(cell.children).reduce((s, p) => s + measure(w, p, widths[c] - 2 * CELL_PADDING), 0));
    const height = Math.max(16, ...heights) + 2 * CELL_PADDING;
    if (doc.y + height > w.bottom && doc.y > w.top + 1) doc.addPage();
    const y = doc.y;
    let x = frame.x;
    row.cells.forEach((cell, c) => {
      const width = widths[c] ?? widths[widths.length - 1];
      if (cell.backgroundColor) doc.rect(x, y, width, height).fill(cell.backgroundColor);
      if (t.borderWidth > 0) doc.lineWidth(t.borderWidth).strokeColor(t.borderColor).rect(x, y, width, height).stroke();
      doc.y = y + CELL_PADDING;
      for (const p of cellParagraphs(cell.children)) {
        const inner = { x: x + CELL_PADDING, width: width - 2 * CELL_PADDING };
        if (p.kind === 'listItem') listItem(w, p, p.children.flatMap((ch) => (ch.kind === 'text' ? ch.runs : [])), inner);
        else writeRuns(w, p.children.flatMap((ch) => (ch.kind === 'text' ? ch.runs : [])), p, inner, doc.y);
      }
      x += width;
    });
    doc.y = y + height;
  }
  doc.x = frame.x;
  doc.y += 6;
}

/** The PDF's bytes; PDFKit's stream is read synchronously after end(). */
export function renderPdf(content: DocumentContent, title?: string): Uint8Array {
  const m = content.margins;
  const doc = new PDFDocument({ size: 'A4', margins: { top: m.top, bottom: m.bottom, left: m.left, right: m.right }, info: title ? { Title: title } : {} });
  const w: Writer = { doc, numbers: listNumbers(content.blocks), top: m.top, bottom: doc.page.height - m.bottom };
  const frame: Frame = { x: m.left, width: doc.page.width - m.left - m.right };
  for (const block of content.blocks) {
    doc.x = frame.x;
    if (isTextBlock(block)) paragraph(w, block, frame);
    else table(w, block, frame);
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
