/**
 * The HTML Drive converts into a Doc (src/workspace/documentHtml.ts): typed text stays text, lines with tabs
 * become borderless rows (white-space is not relied on), lists nest inside their item, tables keep their lines.
 */
import { bold, type DocumentModel, italic, numbered, p, pAligned, pageBreak, table } from '../../src/domain/documents/model';
import { documentHtml } from '../../src/workspace/documentHtml';

const html = (blocks: DocumentModel['blocks']): string => documentHtml(blocks);

describe('documentHtml', () => {
  it('writes what a person typed as text, never as markup', () => {
    const out = html([p('<script>alert(1)</script> & «Ромашка» "кавычки"')]);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; «Ромашка» &quot;кавычки&quot;');
  });

  it('drops control characters and line breaks inside a paragraph', () => {
    const out = html([p('строка\nвторая\u0007')]);
    expect(out).toContain('>строка вторая</p>');
  });

  it('sets the font and alignment on every block, inline', () => {
    const out = html([pAligned('center', 'Заголовок'), p('Текст')]);
    expect(out).toContain(`<p style="font-family:'Times New Roman';text-align:center">Заголовок</p>`);
    expect(out).toContain(`<p style="font-family:'Times New Roman';text-align:justify">Текст</p>`);
    expect(out).not.toContain('<style');
  });

  it('turns a line with tabs into a borderless row, emphasis kept, no tab left', () => {
    const out = html([pAligned('center', '01.09.2022', '\t\t', bold('№\u00a012-о'))]);
    expect(out).not.toContain('\t');
    expect(out).toMatch(/<table style="border:none[^>]*><tr><td[^>]*><p[^>]*text-align:left">01\.09\.2022<\/p><\/td><td[^>]*><p[^>]*text-align:right"><b>№\u00a012-о<\/b><\/p><\/td><\/tr><\/table>/);
  });

  it('puts signatures in borderless rows: the role left, the line and the name right', () => {
    const out = html([{ kind: 'signatures', lines: [{ role: 'Директор', name: 'М. В. Костерина' }] }]);
    expect(out).toContain('text-align:left">Директор</p>');
    expect(out).toContain('text-align:right">_______________ М. В. Костерина</p>');
  });

  it('nests level-1 items in a list inside the item before them', () => {
    const list: DocumentModel['blocks'][number] = { kind: 'list', ordered: true, items: [{ runs: ['а'] }, { runs: ['б'], level: 1 }, { runs: ['в'], level: 1 }, { runs: ['г'] }] };
    const out = html([list]).replace(/ style="[^"]*"/g, '');
    expect(out).toContain('<ol><li>а<ol><li>б</li><li>в</li></ol></li><li>г</li></ol>');
    expect(html([numbered('один', [italic('два')])]).replace(/ style="[^"]*"/g, '')).toContain('<ol><li>один</li><li><i>два</i></li></ol>');
  });

  it('writes a table with its header bold and each line of a cell as a paragraph', () => {
    const out = html([table(['Месяц', 'Мероприятие'], [['Сентябрь', 'Встреча\nПлан']])]).replace(/ style="[^"]*"/g, '');
    expect(out).toContain('<tr><td><p><b>Месяц</b></p></td><td><p><b>Мероприятие</b></p></td></tr>');
    expect(out).toContain('<tr><td><p>Сентябрь</p></td><td><p>Встреча</p><p>План</p></td></tr>');
  });

  it('marks a page break as Google’s own export does', () => {
    expect(html([p('а'), pageBreak, p('б')])).toContain('<hr style="page-break-before:always;display:none">');
  });
});
