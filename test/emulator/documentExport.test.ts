/**
 * Exports of a saved emulated Doc, as Drive's downloads give them
 * (developers.google.com/workspace/drive/api/guides/ref-export-formats): a PDF a reader opens (Cyrillic text
 * read back by pdf.js), a Word file with real numbering, a standalone escaped HTML page; and the Blob
 * (developers.google.com/apps-script/reference/base/blob).
 */
import JSZip from 'jszip';
import { blobBytes, newBlob } from '../../emulator/base/blob';
import type { DocumentContent } from '../../emulator/document/model';
import { pdfPages } from '../../emulator/document/pdfText';
import { documentStore } from '../../emulator/document/store';
import { exportDocx } from '../../emulator/export/docx';
import { exportHtml } from '../../emulator/export/html';
import { renderPdf } from '../../emulator/export/pdf';
import { Workspace } from '../../emulator/workspace';

/** A document made through DocumentApp the way the renderer makes one, then saved. */
function sample(): DocumentContent {
  const ws = new Workspace({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/documents'] } });
  ws.rt.begin({ kind: 'menu', functionName: 'sample' });
  const app = ws.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp;
  const doc = app.create('Приказ');
  const body = doc.getBody();
  body.appendParagraph('ПРИКАЗ № 384/2-о').setHeading(app.ParagraphHeading.HEADING1).setAlignment(app.HorizontalAlignment.CENTER);
  body.appendParagraph('Утвердить положение о наставничестве.').editAsText().setBold(0, 8, true);
  body.appendListItem('Назначить куратора').setGlyphType(app.GlyphType.NUMBER);
  body.appendListItem('Сформировать пары').setGlyphType(app.GlyphType.NUMBER);
  body.appendListItem('Вложенный пункт').setGlyphType(app.GlyphType.BULLET).setNestingLevel(1);
  body.appendListItem('Провести встречу').setGlyphType(app.GlyphType.NUMBER);
  const table = body.appendTable([
    ['ФИО наставника', 'Наставляемый'],
    ['Иванова Анна Петровна — учитель математики высшей категории', 'Петров Пётр'],
  ]);
  table.getCell(0, 0).editAsText().setBold(true);
  body.appendPageBreak();
  body.appendParagraph('Директор <script>alert(1)</script> & М.В. Костерина').setAlignment(app.HorizontalAlignment.RIGHT);
  body.removeChild(body.getChild(0));
  doc.saveAndClose();
  return documentStore(ws).saved(doc.getId());
}

describe('PDF export', () => {
  it('is a real PDF: pdf.js reads the Cyrillic text back, list numbers, table cells, and a second page after the break', () => {
    const bytes = renderPdf(sample());
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(2);
    const first = pages[0].replace(/\s+/g, ' ');
    expect(first).toContain('ПРИКАЗ № 384/2-о');
    expect(first).toContain('Утвердить положение');
    expect(first).toMatch(/1\.\s*Назначить куратора/);
    expect(first).toMatch(/2\.\s*Сформировать пары/);
    expect(first).toMatch(/3\.\s*Провести встречу/);
    expect(first).toContain('•');
    expect(first).toContain('ФИО наставника');
    expect(first).toContain('высшей категории');
    expect(pages[1]).toContain('Костерина');
  });
});

describe('DOCX export', () => {
  it('has the text, Word numbering for the numbered list, a bordered table and a page break', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(sample()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('ПРИКАЗ № 384/2-о');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:tblBorders>[\s\S]*w:val="single"/);
    expect(xml).toContain('w:type="page"');
    expect(xml).toContain('Директор &lt;script&gt;');
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });
});

describe('HTML export', () => {
  it('is a standalone page with every text escaped, headings, numbers and a table', () => {
    const html = exportHtml(sample(), 'Приказ <b> & «Ко»');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Приказ &lt;b&gt; &amp; «Ко»</title>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Директор &lt;script&gt;alert(1)&lt;/script&gt; &amp; М.В. Костерина');
    expect(html).toMatch(/<h1 style="text-align:center">ПРИКАЗ № 384\/2-о<\/h1>/);
    expect(html).toContain('<strong>Утвердить</strong>');
    expect(html).toMatch(/3\.<\/span> Провести встречу/);
    expect(html).toContain('<table>');
  });
});

describe('Blob', () => {
  it('gives signed bytes, keeps type and name, copies, and reads as a string', () => {
    const blob = newBlob('Ёж', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([...Buffer.from('Ёж', 'utf8')].map((b) => (b > 127 ? b - 256 : b)));
    expect(blob.getBytes().some((b) => b < 0)).toBe(true);
    expect(blob.getDataAsString()).toBe('Ёж');
    const copy = blob.copyBlob().setName('b.txt');
    expect([blob.getName(), copy.getName(), copy.getContentType()]).toEqual(['a.txt', 'b.txt', 'text/plain']);
    expect(Buffer.from(blobBytes(copy)).toString('utf8')).toBe('Ёж');
    expect(() => blob.getAs('application/pdf')).toThrow('Converting from text/plain to application/pdf is not supported.');
    expect(() => (blob as unknown as Record<string, () => void>).getAllBlobs()).toThrow('Blob.getAllBlobs is not implemented');
  });
});
