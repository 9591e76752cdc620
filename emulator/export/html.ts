/**
 * A saved Google Doc as one standalone HTML page (headings, alignment, styled runs, lists with Google's
 * numbers, bordered tables, page breaks); every piece of text is escaped.
 */
import { isOrdered, label, listNumbers } from '../document/lists';
import { type Block, type DocumentContent, type Inline, isTextBlock, type ListItemBlock, type Run, type TableBlock, type TextBlock } from '../document/model';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const TAG: Record<string, string> = { HEADING1: 'h1', HEADING2: 'h2', HEADING3: 'h3', HEADING4: 'h4', HEADING5: 'h5', HEADING6: 'h6', TITLE: 'h1', SUBTITLE: 'h2' };

function run(r: Run): string {
  const css: string[] = [];
  if (r.style.fontSize) css.push(`font-size:${r.style.fontSize}pt`);
  if (r.style.fontFamily) css.push(`font-family:${esc(JSON.stringify(r.style.fontFamily))}`);
  if (r.style.foregroundColor) css.push(`color:${esc(r.style.foregroundColor)}`);
  if (r.style.backgroundColor) css.push(`background:${esc(r.style.backgroundColor)}`);
  let html = esc(r.text);
  if (css.length > 0) html = `<span style="${css.join(';')}">${html}</span>`;
  if (r.style.bold) html = `<strong>${html}</strong>`;
  if (r.style.italic) html = `<em>${html}</em>`;
  if (r.style.underline) html = `<u>${html}</u>`;
  if (r.style.strikethrough) html = `<s>${html}</s>`;
  if (r.style.linkUrl) html = `<a href="${esc(r.style.linkUrl)}">${html}</a>`;
  return html;
}

const inline = (c: Inline): string => (c.kind === 'text' ? c.runs.map(run).join('') : '<span class="page-break"></span>');

function paragraphStyle(p: TextBlock): string {
  const css: string[] = [];
  if (p.alignment) css.push(`text-align:${p.alignment.toLowerCase()}`);
  if (p.spacingBefore !== null) css.push(`margin-top:${p.spacingBefore}pt`);
  if (p.spacingAfter !== null) css.push(`margin-bottom:${p.spacingAfter}pt`);
  if (p.indentFirstLine !== null) css.push(`text-indent:${p.indentFirstLine}pt`);
  if (p.lineSpacing !== null) css.push(`line-height:${p.lineSpacing}`);
  return css.length > 0 ? ` style="${css.join(';')}"` : '';
}

function table(t: TableBlock, numbers: Map<ListItemBlock, number>): string {
  const rows = t.rows.map((r) => {
    const cells = r.cells.map((c) => {
      const css = [`border:${t.borderWidth}pt solid ${esc(t.borderColor)}`];
      if (c.backgroundColor) css.push(`background:${esc(c.backgroundColor)}`);
      if (c.width !== null) css.push(`width:${c.width}pt`);
      return `<td style="${css.join(';')}">${blocks(c.children, numbers)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('\n')}</table>`;
}

function blocks(list: readonly Block[], numbers: Map<ListItemBlock, number>): string {
  const out: string[] = [];
  for (const b of list) {
    if (!isTextBlock(b)) {
      out.push(table(b, numbers));
      continue;
    }
    const content = b.children.map(inline).join('');
    if (b.kind === 'listItem') {
      const n = numbers.get(b) ?? 1;
      const cls = isOrdered(b.glyphType) ? 'ordered' : 'bullet';
      const marker = esc(label(b.glyphType, n));
      out.push(`<p class="li ${cls}" style="margin-left:${(b.nestingLevel + 1) * 18}pt"${b.alignment ? ` data-align="${b.alignment.toLowerCase()}"` : ''}><span class="marker">${marker}</span> ${content}</p>`);
      continue;
    }
    const tag = TAG[b.heading] ?? 'p';
    out.push(`<${tag}${paragraphStyle(b)}>${content === '' ? '<br>' : content}</${tag}>`);
  }
  return out.join('\n');
}

export function exportHtml(content: DocumentContent, title: string): string {
  const numbers = listNumbers(content.blocks);
  const m = content.margins;
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font-family: "Times New Roman", serif; font-size: 12pt; max-width: 210mm; margin: 0 auto; padding: ${m.top}pt ${m.right}pt ${m.bottom}pt ${m.left}pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
td { vertical-align: top; padding: 4pt; }
td p { margin: 0; }
.page-break { display: block; page-break-after: always; break-after: page; }
.marker { display: inline-block; min-width: 14pt; }
</style>
</head>
<body>
${blocks(content.blocks, numbers)}
</body>
</html>
`;
}
