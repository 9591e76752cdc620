/**
 * The emulator's HTML → Google Doc converter (emulator/document/importHtml.ts): its own rules, including the
 * stricter readings taken where Google's behaviour is unknown (emulator/DIVERGENCES.md, «Drive conversion»),
 * and the conversion's virtual cost.
 */
import { newBlob } from '../../emulator/base/blob';
import { CONVERSION_COST, costOf } from '../../emulator/costs';
import { importHtml, importPlainText, LINE_BREAK } from '../../emulator/document/importHtml';
import type { Block, ListItemBlock, ParagraphBlock, Run, TableBlock, TextBlock } from '../../emulator/document/model';
import { formsDriveWorld } from '../fidelity/support-forms-drive';

const convert = (body: string, head = ''): Block[] => {
  let n = 0;
  return importHtml(`<html><head>${head}</head><body>${body}</body></html>`, () => `kix.t${++n}`).blocks;
};
const textBlocks = (blocks: Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.kind !== 'table');
const runsOf = (b: Block): Run[] => (b.kind === 'table' ? [] : b.children.flatMap((c) => (c.kind === 'text' ? c.runs : [])));
const textOf = (b: Block): string => runsOf(b)
  .map((r) => r.text)
  .join('');
const texts = (blocks: Block[]): string[] => textBlocks(blocks).map(textOf);
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
const isPageBreak = (b: Block): boolean => b.kind === 'paragraph' && b.children.some((c) => c.kind === 'pageBreak');

describe('white space (stricter: CSS white-space: normal everywhere)', () => {
  it('runs of spaces, tabs and newlines collapse to one space; ends of a paragraph are trimmed', () => {
    expect(texts(convert('<p>  дата\t\t№ 1\n  конец  </p>'))).toEqual(['дата № 1 конец']);
  });

  it('&nbsp; stays U+00A0 and is not collapsed', () => {
    expect(texts(convert('<p>№&nbsp;&nbsp;1</p>'))).toEqual(['№\u00a0\u00a01']);
  });

  it('<pre> and white-space:pre do not keep tabs or line ends', () => {
    expect(texts(convert('<pre>a\tb\nc</pre><p style="white-space:pre">d\te</p>'))).toEqual(['a b c', 'd e']);
  });

  it('<br> is a line break inside the paragraph, shown as \\r; a final <br> adds no line', () => {
    expect(LINE_BREAK).toBe('\r');
    expect(texts(convert('<p>первая <br> вторая<br></p>'))).toEqual(['первая\rвторая']);
    expect(texts(convert('<p><br></p>'))).toEqual(['']);
  });

  it('whitespace between blocks and an empty <p> make no paragraph', () => {
    expect(texts(convert('<p>a</p>\n  <p></p>\n<p>b</p>'))).toEqual(['a', 'b']);
  });
});

describe('styles: inline style and tag meaning only, inherited down the tree', () => {
  it('a <style> block and classes are not applied', () => {
    const blocks = convert('<p class="b">текст</p>', '<style>.b{font-weight:bold;font-family:Arial} p{text-align:center}</style>');
    expect(runsOf(blocks[0])[0].style).toEqual({});
    expect((blocks[0] as ParagraphBlock).alignment).toBeNull();
  });

  it('font-family on <body> reaches every run; the first named family, quotes removed, generic names skipped', () => {
    let n = 0;
    const content = importHtml('<body style="font-family:\'Times New Roman\', serif"><h1>Т</h1><p>a <b>b</b></p></body>', () => `kix.${++n}`);
    for (const run of content.blocks.flatMap(runsOf)) expect(run.style.fontFamily).toBe('Times New Roman');
    expect(runsOf(convert('<p style="font-family:serif, Arial">x</p>')[0])[0].style.fontFamily).toBe('Arial');
  });

  it('b/strong/font-weight bold|700 → bold; font-weight normal inside bold turns it off; i/em/font-style italic → italic', () => {
    const runs = runsOf(convert('<p><b>1</b><strong>2</strong><span style="font-weight:700">3</span><b><span style="font-weight:normal">4</span></b><i>5</i><em>6</em><span style="font-style:italic">7</span></p>')[0]);
    const by = (t: string) => runs.find((r) => r.text.includes(t))!.style;
    expect([by('1').bold, by('2').bold, by('3').bold, by('4').bold]).toEqual([true, true, true, undefined]);
    expect([by('5').italic, by('6').italic, by('7').italic]).toEqual([true, true, true]);
  });

  it('font-size in pt as is, px at 0.75; relative sizes ignored; underline, strike-through, colour #rgb', () => {
    const runs = runsOf(convert('<p><span style="font-size:14pt">a</span><span style="font-size:16px">b</span><span style="font-size:1.2em">c</span><u>d</u><s>e</s><span style="color:#f00">f</span></p>')[0]);
    expect(runs.map((r) => r.style)).toEqual([{ fontSize: 14 }, { fontSize: 12 }, {}, { underline: true }, { strikethrough: true }, { foregroundColor: '#ff0000' }]);
  });

  it('unknown tags keep their text; script, style and head hold none', () => {
    expect(texts(convert('<p>a <custom-tag>b</custom-tag> <abbr>c</abbr><script>x()</script></p>', '<title>заголовок</title>'))).toEqual(['a b c']);
  });
});

describe('paragraphs', () => {
  it('h1–h6 → HEADING1–6 (no bold of their own); p and div → NORMAL', () => {
    const blocks = textBlocks(convert('<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6><p>p</p><div>d</div>'));
    expect(blocks.map((b) => b.heading)).toEqual(['HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'NORMAL', 'NORMAL']);
    expect(runsOf(blocks[0])[0].style.bold).toBeUndefined();
  });

  it('a heading inside a <div> is a plain paragraph (stricter: terraware-server#1011 saw Docs drop it)', () => {
    expect(textBlocks(convert('<div><h2>внутри</h2></div>'))[0].heading).toBe('NORMAL');
  });

  it('text-align (style) or align (attribute) → alignment, inherited by the blocks inside', () => {
    const blocks = textBlocks(convert('<p style="text-align:center">c</p><p align="right">r</p><div style="text-align:justify"><p>j</p></div><p>n</p>'));
    expect(blocks.map((b) => b.alignment)).toEqual(['CENTER', 'RIGHT', 'JUSTIFY', null]);
  });

  it('margins, indents and line height are not kept', () => {
    const p = textBlocks(convert('<p style="margin-top:12pt;text-indent:36pt;line-height:1.5">x</p>'))[0];
    expect([p.spacingBefore, p.indentFirstLine, p.lineSpacing]).toEqual([null, null, null]);
  });

  it('the body ends with a paragraph (a Doc cannot end with a table); an empty page is one empty paragraph', () => {
    const blocks = convert('<table border="1"><tr><td>x</td></tr></table>');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(convert('')).toHaveLength(1);
  });
});

describe('lists', () => {
  it('nesting level is depth − 1; NUMBER for ol, BULLET for ul, whatever list-style-type or type says', () => {
    const items = convert('<ul style="list-style-type:square"><li>a<ol type="a"><li>b<ul><li>c</li></ul></li></ol></li></ul>') as ListItemBlock[];
    expect(items.map((i) => [textOf(i), i.nestingLevel, i.glyphType])).toEqual([
      ['a', 0, 'BULLET'],
      ['b', 1, 'NUMBER'],
      ['c', 2, 'BULLET'],
    ]);
    expect(new Set(items.map((i) => i.listId)).size).toBe(1);
  });

  it('text after a nested list inside an item is a plain paragraph', () => {
    const blocks = textBlocks(convert('<ul><li>a<ul><li>b</li></ul>хвост</li></ul>'));
    expect(blocks.map((b) => [b.kind, textOf(b)])).toEqual([
      ['listItem', 'a'],
      ['listItem', 'b'],
      ['paragraph', 'хвост'],
    ]);
  });
});

describe('tables', () => {
  it('border attribute, CSS border and border:none|0 → borderWidth in pt (1px = 0.75pt); none declared → 0', () => {
    const widths = tables(
      convert(
        '<table border="1"><tr><td>a</td></tr></table>' +
          '<table style="border:2pt solid #333"><tr><td>b</td></tr></table>' +
          '<table border="1" style="border:none"><tr><td>c</td></tr></table>' +
          '<table style="border:0"><tr><td>d</td></tr></table>' +
          '<table><tr><td style="border:1px solid #000">e</td></tr></table>' +
          '<table><tr><td>f</td></tr></table>',
      ),
    ).map((t) => [t.borderWidth, t.borderColor]);
    expect(widths).toEqual([
      [0.75, '#000000'],
      [2, '#333333'],
      [0, '#000000'],
      [0, '#000000'],
      [0.75, '#000000'],
      [0, '#000000'],
    ]);
  });

  it('<th> text is not bold of its own; rows in thead/tbody count; a short row gets empty cells', () => {
    const [t] = tables(convert('<table><thead><tr><th>Месяц</th><th>Итог</th></tr></thead><tbody><tr><td>Сентябрь</td></tr></tbody></table>'));
    expect(t.rows.map((r) => r.cells.map((c) => c.children.map(textOf).join('|')))).toEqual([
      ['Месяц', 'Итог'],
      ['Сентябрь', ''],
    ]);
    expect(runsOf(t.rows[0].cells[0].children[0])[0].style.bold).toBeUndefined();
  });

  it('cells hold paragraphs with their own alignment and the table\'s inherited font', () => {
    const [t] = tables(convert('<table style="font-family:Arial"><tr><td><p style="text-align:right">1</p><p>2</p></td></tr></table>'));
    const cell = textBlocks(t.rows[0].cells[0].children);
    expect(cell.map((p) => [textOf(p), p.alignment, runsOf(p)[0].style.fontFamily])).toEqual([
      ['1', 'RIGHT', 'Arial'],
      ['2', null, 'Arial'],
    ]);
  });
});

describe('page breaks', () => {
  it('page-break-before:always on any block, and Google\'s <hr>, make a page-break paragraph; a plain <hr> makes none', () => {
    const blocks = convert('<p>a</p><hr><p>b</p><hr style="page-break-before:always;display:none"><h2 style="page-break-before:always">c</h2>');
    expect(blocks.map((b) => (isPageBreak(b) ? 'BREAK' : textOf(b)))).toEqual(['a', 'b', 'BREAK', 'BREAK', 'c']);
  });

  it('page-break-after is not honoured (stricter); a break inside a table cell is dropped', () => {
    const blocks = convert('<p style="page-break-after:always">a</p><p>b</p><table><tr><td><hr style="page-break-before:always"></td></tr></table>');
    expect(blocks.some(isPageBreak)).toBe(false);
  });
});

describe('plain text', () => {
  it('one paragraph per line (\\n, \\r\\n, \\r); tabs kept as typed; no paragraph for a final line end', () => {
    expect(importPlainText('a\tb\r\nc\rd\n').blocks.map(textOf)).toEqual(['a\tb', 'c', 'd']);
  });
});

describe('virtual cost: the conversion is Drive work charged with the call (costs.ts, Est.)', () => {
  it('Files.create into a Doc costs its 800 ms plus 700 ms and 1 ms per KB; a plain upload only the 800 ms', () => {
    const { ws, Drive } = formsDriveWorld();
    const html = `<p>${'x'.repeat(10 * 1024 - 7)}</p>`;
    const blob = newBlob(html, 'text/html', 'a.html');
    const bytes = blob.getBytes().length;
    let t0 = ws.rt.clock.now();
    Drive.Files!.create({ name: 'doc', mimeType: 'application/vnd.google-apps.document' }, blob, {});
    expect(ws.rt.clock.now() - t0).toBeCloseTo(costOf('Drive.Files.create', 0) + CONVERSION_COST.base + (CONVERSION_COST.perKb * bytes) / 1024, 6);
    expect(ws.rt.clock.now() - t0).toBeCloseTo(800 + 700 + 10, 6);
    t0 = ws.rt.clock.now();
    const plain = Drive.Files!.create({ name: 'page.html' }, newBlob(html, 'text/html', 'a.html'), { fields: 'id' });
    expect(ws.rt.clock.now() - t0).toBe(800);
    t0 = ws.rt.clock.now();
    Drive.Files!.update({}, plain.id!, newBlob(html, 'text/html', 'a.html'), {});
    expect(ws.rt.clock.now() - t0).toBe(300);
    ws.rt.end();
  });

  it('Files.update of a Doc with media costs its 300 ms plus the surcharge; a rename only 300 ms', () => {
    const { ws, Drive } = formsDriveWorld();
    const doc = Drive.Files!.create({ name: 'doc', mimeType: 'application/vnd.google-apps.document' }, newBlob('<p>a</p>', 'text/html', 'a.html'), {});
    let t0 = ws.rt.clock.now();
    const media = newBlob('<p>b</p>', 'text/html', 'a.html');
    Drive.Files!.update({}, doc.id!, media, {});
    expect(ws.rt.clock.now() - t0).toBeCloseTo(300 + 700 + media.getBytes().length / 1024, 6);
    t0 = ws.rt.clock.now();
    Drive.Files!.update({ name: 'renamed' }, doc.id!, null as unknown as GoogleAppsScript.Base.Blob, {});
    expect(ws.rt.clock.now() - t0).toBe(300);
    ws.rt.end();
  });
});
