/**
 * A document model as the HTML that Drive converts into a Google Doc in one call (Files.create/update with the
 * Google Docs type as the target). Only what the conversion is known to keep is used — inline styles, tag
 * semantics, tables — never a <style> block or white-space (emulator/DIVERGENCES.md, «Drive conversion»): a line
 * with tabs («дата\t\t№ …», signatures) becomes a borderless table row, so it prints the same either way.
 */
import type { Align, Block, Inline, ListItem } from '../domain/documents/model';

const FONT = "font-family:'Times New Roman'";
/** Google's own HTML export marks a page break so; its import reads it back as one. */
const PAGE_BREAK = '<hr style="page-break-before:always;display:none">';

/** Everything a person typed is text here: escaped, and stripped of control characters a Doc cannot hold. */
function textOf(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n]+/g, ' ')) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '\t' || ch.charCodeAt(0) >= 0x20) out += ch;
  }
  return out;
}

const style = (align: Align | undefined): string => ` style="${FONT}${align ? `;text-align:${align}` : ''}"`;

function run(inline: Inline): string {
  if (typeof inline === 'string') return textOf(inline);
  let html = textOf(inline.text);
  if (html === '') return '';
  if (inline.italic) html = `<i>${html}</i>`;
  if (inline.bold) html = `<b>${html}</b>`;
  return html;
}

const runs = (inlines: readonly Inline[]): string => inlines.map(run).join('');

/** The runs split at tabs: one list of runs per tab-separated part, emphasis kept. */
function splitAtTabs(inlines: readonly Inline[]): Inline[][] {
  const parts: Inline[][] = [[]];
  for (const inline of inlines) {
    const text = typeof inline === 'string' ? inline : inline.text;
    text.split(/\t+/).forEach((piece, i) => {
      if (i > 0) parts.push([]);
      if (piece !== '') parts[parts.length - 1].push(typeof inline === 'string' ? piece : { ...inline, text: piece });
    });
  }
  return parts;
}

/** Cells side by side without borders: the first to the left, the last to the right, any between centred. */
function borderlessRow(cells: readonly string[]): string {
  const align = (i: number): Align => (i === 0 ? 'left' : i === cells.length - 1 ? 'right' : 'center');
  const tds = cells.map((html, i) => `<td style="border:none;padding:0"><p${style(align(i))}>${html}</p></td>`).join('');
  return `<table style="border:none;border-collapse:collapse;width:100%"><tr>${tds}</tr></table>`;
}

function paragraph(inlines: readonly Inline[], align: Align | undefined): string {
  const text = inlines.map((r) => (typeof r === 'string' ? r : r.text)).join('');
  if (text.includes('\t')) return borderlessRow(splitAtTabs(inlines).map(runs));
  return `<p${style(align)}>${runs(inlines)}</p>`;
}

/** Items of level 1 nest in a list inside the item before them. */
function list(ordered: boolean, items: readonly ListItem[]): string {
  const tag = ordered ? 'ol' : 'ul';
  let html = `<${tag}>`;
  let nested = false;
  items.forEach((item, i) => {
    const level = i === 0 ? 0 : (item.level ?? 0);
    if (level === 1 && !nested) {
      html = html.replace(/<\/li>$/, '');
      html += `<${tag}>`;
      nested = true;
    } else if (level === 0 && nested) {
      html += `</${tag}></li>`;
      nested = false;
    }
    html += `<li${style(undefined)}>${runs(item.runs)}</li>`;
  });
  if (nested) html += `</${tag}></li>`;
  return `${html}</${tag}>`;
}

function cell(text: string, header: boolean): string {
  const lines = text.split('\n').map((line) => `<p${style(undefined)}>${header ? `<b>${textOf(line)}</b>` : textOf(line)}</p>`);
  return `<td style="border:1px solid #000000;padding:2pt 4pt;vertical-align:top">${lines.join('')}</td>`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const width = Math.max(...all.map((r) => r.length));
  const tr = (r: readonly string[], isHeader: boolean) => `<tr>${Array.from({ length: width }, (_, c) => cell(r[c] ?? '', isHeader)).join('')}</tr>`;
  return `<table border="1" style="border-collapse:collapse;width:100%">${all.map((r, i) => tr(r, i === 0)).join('')}</table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${style(b.align)}>${textOf(b.text)}</h${b.level}>`;
    case 'paragraph':
      return paragraph(b.runs, b.align);
    case 'list':
      return list(b.ordered, b.items);
    case 'table':
      return table(b.header, b.rows);
    case 'approval':
      return b.lines.map((line) => `<p${style('right')}>${textOf(line)}</p>`).join('');
    case 'signatures':
      return b.lines.map((line) => borderlessRow([textOf(line.role), `_______________ ${textOf(line.name)}`])).join('');
    case 'pageBreak':
      return PAGE_BREAK;
  }
}

/** The whole document as one HTML page in UTF-8. */
export function documentHtml(blocks: readonly Block[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="${FONT}">${blocks.map(block).join('')}</body></html>`;
}
