/**
 * Drive's conversion of an uploaded HTML or plain-text file into a Google Doc (Files.create/update with the Docs
 * type as the target): the content Docs would hold. Where Google's rules are unknown this takes the stricter
 * reading — what a careful add-on must not rely on (emulator/DIVERGENCES.md, «Drive conversion»).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Alignment, Block, DocumentContent, Glyph, Heading, ParagraphBlock, Style, TableBlock, TableCellNode, TextBlock } from './model';
import { DEFAULT_MARGINS, newParagraph } from './model';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type ElementNode = Extract<ChildNode, { attribs: Record<string, string> }>;

/**
 * [U] A line break inside a paragraph (`<br>`) as DocumentApp's getText shows it. Docs keeps a soft line break in
 * the paragraph (the Docs REST API writes it as U+000B); Apps Script is reported to show it as '\r'. Unconfirmed.
 */
export const LINE_BREAK = '\r';

/** What the inline style and the tags above an element give it (CSS inheritance of inline `style` only). */
interface Context {
  readonly style: Style;
  readonly alignment: Alignment | null;
  /** Depth of ul/ol around the element: list items nest at depth − 1. */
  readonly lists: readonly { ordered: boolean }[];
  /** Inside a <div>: a heading there is read as a plain paragraph (see HEADING). */
  readonly inDiv: boolean;
}

const HEADING: Record<string, Heading> = { h1: 'HEADING1', h2: 'HEADING2', h3: 'HEADING3', h4: 'HEADING4', h5: 'HEADING5', h6: 'HEADING6' };

/** Elements whose content is no text of the document. */
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'meta', 'link', 'template', 'noscript', 'iframe', 'object', 'svg', 'img', 'input', 'select', 'textarea', 'button']);

/** Elements that start and end a paragraph (CSS block boxes); everything else is inline and keeps its text. */
const BLOCKS = new Set([
  'html',
  'body',
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'address',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'center',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'caption',
]);

/** Parses an inline `style` attribute into lower-case property → value. */
export function parseStyle(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const declaration of (text ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim();
    if (name !== '' && value !== '') out.set(name, value);
  }
  return out;
}

/** CSS lengths in points: pt as is, px at 96 per inch (0.75 pt); relative units are not resolved (null). */
export function lengthPt(value: string): number | null {
  const m = /^(-?\d*\.?\d+)(pt|px)?$/i.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if ((m[2] ?? 'px').toLowerCase() === 'pt') return n;
  return Math.round(n * 0.75 * 100) / 100;
}

const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'inherit', 'initial']);

/** The first named family of a `font-family` list, quotes removed; a generic family names no font. */
function fontFamily(value: string): string | undefined {
  for (const part of value.split(',')) {
    const name = part.trim().replace(/^['"]|['"]$/g, '');
    if (name !== '' && !GENERIC_FAMILIES.has(name.toLowerCase())) return name;
  }
  return undefined;
}

function hexColor(value: string): string | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${hex.toLowerCase()}`;
}

function alignmentOf(value: string | undefined): Alignment | null {
  switch ((value ?? '').trim().toLowerCase()) {
    case 'left':
    case 'start':
      return 'LEFT';
    case 'center':
      return 'CENTER';
    case 'right':
    case 'end':
      return 'RIGHT';
    case 'justify':
      return 'JUSTIFY';
    default:
      return null;
  }
}

/** The character style an element passes down: its tag's meaning, then its inline style. */
function styleOf(el: ElementNode, css: Map<string, string>, inherited: Style): Style {
  const s: { -readonly [K in keyof Style]: Style[K] } = { ...inherited };
  const tag = el.name;
  if (tag === 'b' || tag === 'strong') s.bold = true;
  if (tag === 'i' || tag === 'em') s.italic = true;
  if (tag === 'u') s.underline = true;
  if (tag === 's' || tag === 'strike' || tag === 'del') s.strikethrough = true;
  if (tag === 'a' && el.attribs.href) s.linkUrl = el.attribs.href;
  if (tag === 'font' && el.attribs.face) {
    const face = fontFamily(el.attribs.face);
    if (face) s.fontFamily = face;
  }
  const weight = css.get('font-weight')?.toLowerCase();
  if (weight !== undefined) {
    if (weight === 'bold' || weight === 'bolder' || (/^\d+$/.test(weight) && Number(weight) >= 600)) s.bold = true;
    else if (weight === 'normal' || weight === 'lighter' || /^\d+$/.test(weight)) delete s.bold;
  }
  const fontStyle = css.get('font-style')?.toLowerCase();
  if (fontStyle === 'italic' || fontStyle === 'oblique') s.italic = true;
  else if (fontStyle === 'normal') delete s.italic;
  const decoration = css.get('text-decoration') ?? css.get('text-decoration-line');
  if (decoration !== undefined) {
    if (/underline/i.test(decoration)) s.underline = true;
    if (/line-through/i.test(decoration)) s.strikethrough = true;
    if (/^none$/i.test(decoration.trim())) {
      delete s.underline;
      delete s.strikethrough;
    }
  }
  const family = css.get('font-family');
  if (family !== undefined) {
    const name = fontFamily(family);
    if (name) s.fontFamily = name;
  }
  const size = css.get('font-size');
  if (size !== undefined) {
    const pt = lengthPt(size);
    if (pt !== null && pt > 0 && /(pt|px)$/i.test(size.trim())) s.fontSize = pt;
  }
  const color = css.get('color');
  if (color !== undefined) {
    const hex = hexColor(color);
    if (hex) s.foregroundColor = hex;
  }
  return s;
}

/** Whether an element asks for a page before it (`page-break-before: always`, `break-before: page`). */
function breaksPageBefore(css: Map<string, string>): boolean {
  const before = css.get('page-break-before')?.toLowerCase();
  const breakBefore = css.get('break-before')?.toLowerCase();
  return before === 'always' || before === 'page' || breakBefore === 'page';
}

const sameStyle = (a: Style, b: Style): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Style>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
};

/** Blocks of one container (the body or a table cell), built in document order. */
class Flow {
  readonly blocks: Block[] = [];
  private current: TextBlock | null = null;
  /** The format the next paragraph gets when inline content appears (set by the innermost open block). */
  private format: { heading: Heading; alignment: Alignment | null; list: { glyph: Glyph; level: number; listId: string } | null } = {
    heading: 'NORMAL',
    alignment: null,
    list: null,
  };

  constructor(private readonly inCell: boolean) {}

  /** A block element begins or ends: the open paragraph is finished; the next one takes `format`. */
  boundary(format: Flow['format']): void {
    this.finish();
    this.format = format;
  }

  /** Text in the current paragraph, whitespace collapsed as CSS does (`white-space: normal`). */
  text(raw: string, style: Style): void {
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === '') return;
    if (collapsed === ' ' && !this.current) return;
    const p = this.paragraph();
    const node = p.children[p.children.length - 1];
    if (node?.kind !== 'text') return;
    const before = node.runs.map((r) => r.text).join('');
    let text = collapsed;
    // A space at a line's start, or after a space, is no text (CSS white-space processing).
    if (text.startsWith(' ') && (before === '' || before.endsWith(' ') || before.endsWith(LINE_BREAK))) text = text.slice(1);
    if (text === '') return;
    const last = node.runs[node.runs.length - 1];
    if (last && sameStyle(last.style, style)) last.text += text;
    else node.runs.push({ text, style: { ...style } });
  }

  lineBreak(style: Style): void {
    const p = this.paragraph();
    const node = p.children[p.children.length - 1];
    if (node?.kind !== 'text') return;
    // A space before a line break is no text either.
    const last = node.runs[node.runs.length - 1];
    if (last) last.text = last.text.replace(/ $/, '');
    const after = node.runs[node.runs.length - 1];
    if (after && sameStyle(after.style, style)) after.text += LINE_BREAK;
    else node.runs.push({ text: LINE_BREAK, style: { ...style } });
  }

  /** A page break in a paragraph of its own (as Body.appendPageBreak makes one); none inside a table cell. */
  pageBreak(): void {
    if (this.inCell) return;
    this.finish();
    const p = newParagraph();
    p.children = [{ kind: 'pageBreak' }];
    this.blocks.push(p);
  }

  table(t: TableBlock): void {
    this.finish();
    this.blocks.push(t);
  }

  finish(): void {
    const p = this.current;
    if (!p) return;
    this.current = null;
    const node = p.children[p.children.length - 1];
    if (node?.kind === 'text') {
      // A trailing space, and a final line break, end no line (CSS).
      const last = node.runs[node.runs.length - 1];
      if (last) {
        last.text = last.text.replace(/ $/, '');
        if (last.text.endsWith(LINE_BREAK)) last.text = last.text.slice(0, -1);
        if (last.text === '') node.runs.pop();
      }
    }
  }

  private paragraph(): TextBlock {
    if (this.current) return this.current;
    const base = newParagraph();
    base.heading = this.format.heading;
    base.alignment = this.format.alignment;
    const list = this.format.list;
    const p: TextBlock = list ? { ...base, kind: 'listItem', listId: list.listId, glyphType: list.glyph, nestingLevel: list.level } : base;
    this.blocks.push(p);
    this.current = p;
    return p;
  }
}

/** Converts one HTML page; `nextListId` names each top-level list (a nested list is the same Docs list, deeper). */
export function importHtml(html: string, nextListId: () => string): DocumentContent {
  const dom = parseDocument(html.replace(/^\uFEFF/, ''), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const root: Context = { style: {}, alignment: null, lists: [], inDiv: false };
  const body = new Flow(false);
  const listIds: string[] = [];
  walkAll(dom.children, root, body, listIds, nextListId);
  body.finish();
  return { blocks: closed(body.blocks), margins: { ...DEFAULT_MARGINS } };
}

/** A Doc's body and each cell hold at least one paragraph, and a body ends with one (Docs cannot end with a table). */
function closed(blocks: Block[]): Block[] {
  if (blocks.length === 0 || blocks[blocks.length - 1].kind === 'table') blocks.push(newParagraph());
  return blocks;
}

function walkAll(nodes: readonly ChildNode[], ctx: Context, flow: Flow, listIds: string[], nextListId: () => string): void {
  for (const node of nodes) walk(node, ctx, flow, listIds, nextListId);
}

function walk(node: ChildNode, ctx: Context, flow: Flow, listIds: string[], nextListId: () => string): void {
  if (DomUtils.isText(node)) {
    flow.text(node.data, ctx.style);
    return;
  }
  if (!DomUtils.isTag(node)) return; // comments, directives
  const el = node as ElementNode;
  const tag = el.name;
  if (SKIPPED.has(tag)) return;
  const css = parseStyle(el.attribs.style);
  const style = styleOf(el, css, ctx.style);
  const ownAlignment = alignmentOf(css.get('text-align')) ?? alignmentOf(el.attribs.align);
  const alignment = ownAlignment ?? ctx.alignment;
  if (tag === 'br') {
    flow.lineBreak(ctx.style);
    return;
  }
  if (tag === 'hr') {
    // Google's own HTML export writes a page break as <hr style="page-break-before:always;display:none">; a plain rule is not kept.
    if (breaksPageBefore(css)) flow.pageBreak();
    else flow.boundary({ heading: 'NORMAL', alignment: ctx.alignment, list: null });
    return;
  }
  if (tag === 'table') {
    if (breaksPageBefore(css)) flow.pageBreak();
    flow.table(table(el, css, { ...ctx, style, alignment }, listIds, nextListId));
    return;
  }
  if (!BLOCKS.has(tag)) {
    walkAll(el.children, { ...ctx, style }, flow, listIds, nextListId);
    return;
  }
  if (breaksPageBefore(css)) flow.pageBreak();
  const inner: Context = { style, alignment, lists: ctx.lists, inDiv: ctx.inDiv || tag === 'div' };
  if (tag === 'ul' || tag === 'ol') {
    if (ctx.lists.length === 0) listIds.push(nextListId());
    walkAll(el.children, { ...inner, lists: [...ctx.lists, { ordered: tag === 'ol' }] }, flow, listIds, nextListId);
    flow.boundary({ heading: 'NORMAL', alignment: ctx.alignment, list: null });
    return;
  }
  const heading = HEADING[tag] !== undefined && !ctx.inDiv ? HEADING[tag] : 'NORMAL';
  const list =
    tag === 'li' && ctx.lists.length > 0
      ? { glyph: ctx.lists[ctx.lists.length - 1].ordered ? ('NUMBER' as const) : ('BULLET' as const), level: ctx.lists.length - 1, listId: listIds[listIds.length - 1] }
      : null;
  flow.boundary({ heading, alignment, list });
  walkAll(el.children, inner, flow, listIds, nextListId);
  // What follows the block, up to the next block, is a plain paragraph of the enclosing block.
  flow.boundary({ heading: 'NORMAL', alignment: ctx.alignment, list: null });
}

/** The border a table declares: its own style, else its `border` attribute, else its first cell's style; none → 0. */
function tableBorder(el: ElementNode, css: Map<string, string>, cells: readonly ElementNode[]): { width: number; color: string } {
  const fromCss = (m: Map<string, string>): { width: number; color: string } | null => {
    const shorthand = m.get('border');
    const width = m.get('border-width');
    const style = m.get('border-style');
    const color = hexColor(m.get('border-color') ?? '') ?? hexColor((shorthand ?? '').split(/\s+/).find((p) => p.startsWith('#')) ?? '') ?? '#000000';
    if (style !== undefined && /^(none|hidden)$/i.test(style.trim())) return { width: 0, color };
    if (width !== undefined) return { width: lengthPt(width.split(/\s+/)[0]) ?? 0, color };
    if (shorthand === undefined) return null;
    const parts = shorthand.trim().split(/\s+/);
    if (parts.some((p) => /^(none|hidden)$/i.test(p)) || parts.includes('0')) return { width: 0, color };
    const len = parts.map((p) => (/^\d*\.?\d+(px|pt)?$/i.test(p) ? lengthPt(p) : null)).find((n) => n !== null);
    // `border: solid` without a width is CSS's medium (3px).
    return { width: len ?? 2.25, color };
  };
  const own = fromCss(css);
  if (own) return own;
  const attr = el.attribs.border;
  if (attr !== undefined) return { width: attr.trim() === '' ? 0.75 : (lengthPt(attr) ?? 0), color: '#000000' };
  for (const cell of cells) {
    const declared = fromCss(parseStyle(cell.attribs.style));
    if (declared) return declared;
  }
  return { width: 0, color: '#000000' };
}

/** The rows of a table: tr directly inside it or inside thead/tbody/tfoot (not those of a nested table). */
function rowsOf(el: ElementNode): ElementNode[] {
  const rows: ElementNode[] = [];
  for (const child of el.children) {
    if (!DomUtils.isTag(child)) continue;
    const c = child as ElementNode;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') rows.push(...rowsOf(c));
  }
  return rows;
}

function table(el: ElementNode, css: Map<string, string>, ctx: Context, listIds: string[], nextListId: () => string): TableBlock {
  const rows = rowsOf(el).map((tr) => tr.children.filter((c): c is ElementNode => DomUtils.isTag(c) && ((c as ElementNode).name === 'td' || (c as ElementNode).name === 'th')));
  const border = tableBorder(
    el,
    css,
    rows.flat(),
  );
  const width = Math.max(1, ...rows.map((r) => r.length));
  const cellOf = (td: ElementNode | undefined): TableCellNode => {
    const flow = new Flow(true);
    if (td) {
      const tdCss = parseStyle(td.attribs.style);
      const style = styleOf(td, tdCss, ctx.style);
      const alignment = alignmentOf(tdCss.get('text-align')) ?? alignmentOf(td.attribs.align) ?? ctx.alignment;
      // [U] <th> gets no bold of its own: only what its content or style says.
      flow.boundary({ heading: 'NORMAL', alignment, list: null });
      walkAll(td.children, { style, alignment, lists: [], inDiv: ctx.inDiv }, flow, listIds, nextListId);
    }
    flow.finish();
    const children = flow.blocks.length > 0 ? flow.blocks : [newParagraph()];
    return { kind: 'cell', children, backgroundColor: null, width: null };
  };
  return {
    kind: 'table',
    // A Docs table is a grid: a short row gets empty cells.
    rows: (rows.length > 0 ? rows : [[]]).map((r) => ({ kind: 'row', cells: Array.from({ length: width }, (_, i) => cellOf(r[i])) })),
    borderWidth: border.width,
    borderColor: border.color,
    columnWidths: [],
  };
}

/** A plain-text file: one paragraph per line, text as written (tabs kept); a final line end makes no empty paragraph. */
export function importPlainText(text: string): DocumentContent {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n');
  const blocks: ParagraphBlock[] = lines.map((line) => newParagraph(line));
  return { blocks: blocks.length > 0 ? blocks : [newParagraph()], margins: { ...DEFAULT_MARGINS } };
}
