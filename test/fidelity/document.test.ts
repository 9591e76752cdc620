/**
 * Fidelity of the emulated DocumentApp: vectors 31–34 of ../shared/reference/gas-api.md §11 and the API the
 * renderer uses, each with the developers.google.com/apps-script/reference/document page it follows.
 */
import { blobBytes } from '../../emulator/base/blob';
import { pdfPages } from '../../emulator/document/pdfText';
import { documentStore } from '../../emulator/document/store';
import { Workspace } from '../../emulator/workspace';

const DOCS = 'https://www.googleapis.com/auth/documents';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const DRIVE = { enabledAdvancedServices: [{ serviceId: 'drive', userSymbol: 'Drive', version: 'v3' }] };

function world(scopes: string[] = [DOCS, DRIVE_FILE]) {
  const ws = new Workspace({ manifest: { oauthScopes: scopes, dependencies: DRIVE } });
  ws.rt.begin({ kind: 'menu', functionName: 'test' });
  const g = ws.globals();
  return { ws, app: g.DocumentApp as GoogleAppsScript.Document.DocumentApp, drive: g.Drive as GoogleAppsScript.Drive };
}

/** A new execution of the same world (globals start over, documents stay). */
function next(ws: Workspace) {
  ws.rt.end();
  ws.rt.begin({ kind: 'menu', functionName: 'again' });
  return ws.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp;
}

describe('DocumentApp: Google’s rules (gas-api.md §11, vectors 31–34)', () => {
  // 31. developers.google.com/apps-script/reference/document/body#appendtablecells: "will also append an empty paragraph after the table".
  it('a new body holds one empty paragraph; appendTable adds the table and an empty paragraph', () => {
    const { app } = world();
    const body = app.create('d').getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
    body.appendTable([['a', 'b']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).getType()).toBe(app.ElementType.TABLE);
    expect(body.getChild(2).asParagraph().getText()).toBe('');
  });

  // 32. developers.google.com/apps-script/reference/document/body#replacetextsearchpattern,-replacement: RE2 as a string, "independently matched against each text block".
  it('replaceText: {{name}} replaced, $x matches nothing, never across paragraphs', () => {
    const { app } = world();
    const body = app.create('d').getBody();
    body.appendParagraph('Уважаемая {{name}}!');
    body.appendParagraph('Цена $x рублей');
    body.appendParagraph('конец');
    body.appendParagraph('начало');
    body.replaceText('{{name}}', 'Анна');
    body.replaceText('$x', 'y');
    body.replaceText('конец\\s*начало', 'СКЛЕЕНО');
    body.replaceText('конец.начало', 'СКЛЕЕНО');
    expect(body.getText()).toBe('\nУважаемая Анна!\nЦена $x рублей\nконец\nначало');
    body.replaceText('\\$x', '100');
    expect(body.getChild(2).asParagraph().getText()).toBe('Цена 100 рублей');
  });

  // 33. developers.google.com/apps-script/reference/document/body#removechildchild and gas-api.md §5 [C].
  it('removing the last paragraph of the body throws Google’s text', () => {
    const { app } = world();
    const body = app.create('d').getBody();
    expect(() => body.removeChild(body.getChild(0))).toThrow("Can't remove the last paragraph in a document section.");
    const first = body.appendParagraph('a');
    expect(() => first.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.getChild(0).removeFromParent();
    expect(body.getText()).toBe('a');
  });

  // 34. developers.google.com/apps-script/reference/document/document#saveandclose: "A closed Document can't be edited."
  it('after saveAndClose an edit through that Document or its elements throws', () => {
    const { app } = world();
    const doc = app.create('d');
    const body = doc.getBody();
    body.appendParagraph('one');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => body.appendParagraph('two')).toThrow('Document is closed');
    expect(() => doc.saveAndClose()).toThrow('Document is closed');
  });

  // 34. gas-api.md §5 [C]: getAs without saveAndClose misses the edits; developers.google.com/apps-script/reference/document/document#getascontenttype.
  it('getAs("application/pdf") has only what was saved; a later openById sees the saved content', () => {
    const { app, ws } = world();
    const doc = app.create('Приказ');
    doc.getBody().appendParagraph('Сохранённый текст');
    doc.saveAndClose();
    const again = app.openById(doc.getId());
    again.getBody().appendParagraph('Несохранённый текст');
    const pdf = again.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Приказ.pdf');
    const text = pdfPages(blobBytes(pdf)).join('\n');
    expect(text).toContain('Сохранённый текст');
    expect(text).not.toContain('Несохранённый');
    expect(app.openById(doc.getId()).getBody().getText()).toBe('\nСохранённый текст');
    expect(documentStore(ws).savedText(doc.getId())).not.toContain('Несохранённый');
  });

  it('pending edits are saved when their execution ends (the script’s end flushes, as Google does)', () => {
    const { app, ws } = world();
    const doc = app.create('d');
    doc.getBody().appendParagraph('без saveAndClose');
    expect(documentStore(ws).savedText(doc.getId())).toBe('');
    const later = next(ws);
    expect(documentStore(ws).savedText(doc.getId())).toBe('\nбез saveAndClose');
    expect(later.openById(doc.getId()).getBody().getNumChildren()).toBe(2);
  });
});

describe('DocumentApp: documents', () => {
  // developers.google.com/apps-script/reference/document/document-app#createname
  it('create gives a Drive file in the root with a 44-character id and the edit URL; the name lives in Drive', () => {
    const { app, ws } = world();
    const doc = app.create('Программа');
    expect(doc.getId()).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(ws.appFiles.get(doc.getId())).toEqual({ name: 'Программа', mimeType: 'application/vnd.google-apps.document', parents: ['root'] });
    ws.appFiles.get(doc.getId())!.name = 'Переименован';
    expect(doc.getName()).toBe('Переименован');
    doc.setName('Снова');
    expect(ws.appFiles.get(doc.getId())!.name).toBe('Снова');
    expect(app.create('другой').getId()).not.toBe(doc.getId());
  });

  // developers.google.com/apps-script/reference/document/document-app#openbyidid
  it('openById of an unknown id, and a call without the documents scope, fail as Google does', () => {
    expect(() => world().app.openById('missing')).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
    expect(() => world([DRIVE_FILE]).app.create('x')).toThrow('Required permissions: https://www.googleapis.com/auth/documents');
  });

  // developers.google.com/apps-script/reference/document/document#getascontenttype
  it('getAs converts only to PDF; unknown members fail loudly', () => {
    const { app } = world();
    const doc = app.create('d');
    expect(() => doc.getAs('text/html')).toThrow('Converting from application/vnd.google-apps.document to text/html is not supported.');
    expect(() => (doc as unknown as Record<string, () => void>).getTabs()).toThrow('Document.getTabs is not implemented');
  });

  // developers.google.com/apps-script/advanced/drive: files.copy of a Doc keeps its content.
  it('Drive.Files.copy copies the saved content into the new document', () => {
    const { app, drive, ws } = world();
    const doc = app.create('Шаблон');
    doc.getBody().appendParagraph('Текст шаблона');
    doc.saveAndClose();
    const copy = drive.Files!.copy({ name: 'Копия' }, doc.getId());
    expect(documentStore(ws).savedText(copy.id!)).toBe('\nТекст шаблона');
    expect(app.openById(copy.id!).getName()).toBe('Копия');
  });
});

describe('DocumentApp: elements', () => {
  // developers.google.com/apps-script/reference/document/paragraph
  it('paragraphs: heading, alignment, spacing, setText, insertParagraph, child index', () => {
    const { app } = world();
    const body = app.create('d').getBody();
    const p = body.appendParagraph('Заголовок').setHeading(app.ParagraphHeading.HEADING1).setAlignment(app.HorizontalAlignment.CENTER);
    p.setSpacingBefore(6).setSpacingAfter(12).setIndentFirstLine(36).setLineSpacing(1.5);
    expect(p.getHeading()).toBe(app.ParagraphHeading.HEADING1);
    expect(p.getAlignment()).toBe(app.HorizontalAlignment.CENTER);
    expect(p.getSpacingAfter()).toBe(12);
    const first = body.insertParagraph(0, 'Первый');
    expect(body.getChildIndex(first)).toBe(0);
    expect(body.getChildIndex(p)).toBe(2);
    p.setText('Новый');
    expect(body.getText()).toBe('Первый\n\nНовый');
    expect(() => body.getChild(7)).toThrow('Child index (7) must be less than the number of child elements (3).');
    expect(() => p.setHeading('HEADING9' as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow("don't match the method signature");
  });

  // developers.google.com/apps-script/reference/document/text#setboldstartoffset,-endoffsetinclusive,-bold
  it('text: bold and italic ranges survive appendText; a run appended to a paragraph is styled alone', () => {
    const { app } = world();
    const body = app.create('d').getBody();
    const p = body.appendParagraph('Жирный обычный');
    const text = p.editAsText().setBold(0, 5, true);
    text.appendText(' ещё');
    expect(text.getText()).toBe('Жирный обычный ещё');
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(7)).toBe(false);
    expect(text.isBold(16)).toBe(false);
    expect(text.isBold()).toBeNull();
    const run = p.appendText(' курсив').setItalic(true);
    expect(run.getText()).toBe(' курсив');
    expect(p.getText()).toBe('Жирный обычный ещё курсив');
    expect(p.editAsText().isItalic(3)).toBe(false);
    expect(p.editAsText().isItalic(20)).toBe(true);
    expect(p.getNumChildren()).toBe(2);
    body.editAsText().setFontFamily('Times New Roman').setFontSize(12);
    expect(p.editAsText().getFontFamily()).toBe('Times New Roman');
    expect(() => text.setBold(0, 99, true)).toThrow();
  });

  // developers.google.com/apps-script/reference/document/body#appendlistitemtext: "Consecutive list items are added as part of the same list".
  it('list items: consecutive ones share a list, an interruption starts another; glyph, nesting, setListId', () => {
    const { app } = world();
    const body = app.create('d').getBody();
    const a = body.appendListItem('один').setGlyphType(app.GlyphType.NUMBER);
    const b = body.appendListItem('два').setNestingLevel(1);
    body.appendParagraph('между');
    const c = body.appendListItem('три');
    expect(a.getType()).toBe(app.ElementType.LIST_ITEM);
    expect(b.getListId()).toBe(a.getListId());
    expect(c.getListId()).not.toBe(a.getListId());
    expect(a.getGlyphType()).toBe(app.GlyphType.NUMBER);
    expect(b.getNestingLevel()).toBe(1);
    c.setListId(a);
    expect(c.getListId()).toBe(a.getListId());
    expect(() => a.setNestingLevel(9)).toThrow();
  });

  // developers.google.com/apps-script/reference/document/table and …/table-cell
  it('tables: rows, cells, cell paragraphs, widths, borders, background', () => {
    const { app, ws } = world();
    const doc = app.create('d');
    const table = doc.getBody().appendTable([
      ['ФИО', 'Роль'],
      ['Иванова', 'наставник'],
    ]);
    table.setBorderWidth(1).setColumnWidth(0, 200);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(2);
    const cell = table.getCell(1, 0);
    cell.appendParagraph('Анна Петровна');
    cell.setBackgroundColor('#eeeeee').setWidth(200);
    expect(cell.getNumChildren()).toBe(2);
    expect(cell.getText()).toBe('Иванова\nАнна Петровна');
    table.getCell(0, 1).setText('Роль в паре');
    table.getCell(0, 0).editAsText().setBold(true);
    expect(table.getCell(0, 0).editAsText().isBold()).toBe(true);
    expect(table.getText()).toBe('ФИО\nРоль в паре\nИванова\nАнна Петровна\nнаставник');
    expect(cell.getParentRow().getParentTable().getNumRows()).toBe(2);
    doc.saveAndClose();
    const saved = documentStore(ws).saved(doc.getId());
    const t = saved.blocks[1];
    expect(t.kind === 'table' && t.columnWidths[0]).toBe(200);
    expect(t.kind === 'table' && t.rows[1].cells[0].backgroundColor).toBe('#eeeeee');
  });

  // developers.google.com/apps-script/reference/document/body#appendpagebreak: "The PageBreak will be contained in a new Paragraph."
  it('page breaks live in a new paragraph; clear keeps one empty paragraph; margins are kept', () => {
    const { app, ws } = world();
    const doc = app.create('d');
    const body = doc.getBody();
    const pb = body.appendPageBreak();
    expect(pb.getType()).toBe(app.ElementType.PAGE_BREAK);
    expect(pb.getParent().getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getNumChildren()).toBe(2);
    body.setMarginTop(36).setMarginLeft(50);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    body.appendParagraph('x');
    doc.saveAndClose();
    expect(documentStore(ws).saved(doc.getId()).margins).toEqual({ top: 36, bottom: 72, left: 50, right: 72 });
  });
});
