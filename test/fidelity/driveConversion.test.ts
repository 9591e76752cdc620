/**
 * Drive's conversion of an upload into a Google Doc: Files.create/update with the Docs type as the target and
 * HTML or plain-text media (developers.google.com/workspace/drive/api/guides/manage-uploads «Import to Google Docs
 * types»: the resource's mimeType is the Google type, the media carries the source type). Each test cites its source.
 */
import { newBlob } from '../../emulator/base/blob';
import { driveStore } from '../../emulator/drive/store';
import { formsDriveWorld, noMedia } from './support-forms-drive';

const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';
const FIELDS = { supportsAllDrives: true, fields: 'id,mimeType,webViewLink,version,modifiedTime,parents' };
const html = (body: string) => newBlob(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'text/html', 'doc.html');

describe('Files.create into a Google Doc (manage-uploads «Import to Google Docs types» [D])', () => {
  // The guide: set the file's mimeType to the Google type and upload the media in its own type; Drive converts it.
  // What the conversion keeps, as reported by a project that writes whole Docs this way: «<h1> → HEADING_1, <p> →
  // NORMAL_TEXT, <b>/<i> for inline styles, <ul>/<ol> for lists, <table> for tables, inline CSS for fonts»
  // (github.com/piotr-agier/google-drive-mcp/pull/108).
  it('makes a Google Doc in the folder holding the converted content, openable by DocumentApp', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const folder = Drive.Files!.create({ name: 'Документы', mimeType: FOLDER }, noMedia, FIELDS);
    const file = Drive.Files!.create(
      { name: 'Приказ', mimeType: DOC, parents: [folder.id!] },
      html("<h1 style=\"text-align:center\">ПРИКАЗ</h1><p style=\"font-family:'Times New Roman'\">обычный <b>жирный</b> <i>курсив</i></p>"),
      FIELDS,
    );
    expect(file.mimeType).toBe(DOC);
    expect(file.parents).toEqual([folder.id]);
    expect(file.webViewLink).toBe(`https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`);
    expect(file.version).toMatch(/^\d+$/);
    expect(file.modifiedTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    const body = DocumentApp.openById(file.id!).getBody();
    const [title, text] = body.getParagraphs();
    expect(title.getText()).toBe('ПРИКАЗ');
    expect(String(title.getHeading())).toBe('HEADING1');
    expect(String(title.getAlignment())).toBe('CENTER');
    const runs = text.editAsText();
    const at = text.getText().indexOf('жирный');
    expect(text.getText()).toBe('обычный жирный курсив');
    expect(runs.isBold(at)).toBe(true);
    expect(runs.isBold(0)).not.toBe(true);
    expect(runs.isItalic(text.getText().indexOf('курсив'))).toBe(true);
    expect(runs.getFontFamily(0)).toBe('Times New Roman');
    // A Doc holds no bytes of its own: the upload is not kept beside the content.
    expect(driveStore(ws).contents.has(file.id!)).toBe(false);
    ws.rt.end();
  });

  it('lists (ol → NUMBER, ul → BULLET, nesting by depth) and tables with and without borders are kept', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create(
      { name: 'Программа', mimeType: DOC },
      html(
        '<ol><li>первый<ol><li>вложенный</li></ol></li><li>второй</li></ol><ul><li>пункт</li></ul>' +
          '<table border="1"><tr><td>Месяц</td><td>Мероприятие</td></tr><tr><td>Сентябрь</td><td>Встреча</td></tr></table>' +
          '<table style="border:none"><tr><td>01.09.2026</td><td>№ 1</td></tr></table>',
      ),
      FIELDS,
    );
    const body = DocumentApp.openById(file.id!).getBody();
    const items = body.getListItems();
    expect(items.map((li) => [li.getText(), li.getNestingLevel(), String(li.getGlyphType())])).toEqual([
      ['первый', 0, 'NUMBER'],
      ['вложенный', 1, 'NUMBER'],
      ['второй', 0, 'NUMBER'],
      ['пункт', 0, 'BULLET'],
    ]);
    // A nested list is the same Docs list one level deeper; a second <ul> is another list.
    expect(items[1].getListId()).toBe(items[0].getListId());
    expect(items[3].getListId()).not.toBe(items[0].getListId());
    const [bordered, borderless] = body.getTables();
    expect(bordered.getNumRows()).toBe(2);
    expect(bordered.getCell(1, 1).getText()).toBe('Встреча');
    expect(bordered.getBorderWidth()).toBeGreaterThan(0);
    expect(borderless.getBorderWidth()).toBe(0);
    ws.rt.end();
  });

  // [U] Google's own HTML export is said to write a page break as <hr style="page-break-before:always;display:none;">
  // (not found in this project's sources); the emulator reads CSS page-break-before back as a page break.
  it('a page break before an element (Google\'s <hr> or any block) becomes a PAGE_BREAK', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create(
      { name: 'Два листа', mimeType: DOC },
      html('<p>первый лист</p><hr style="page-break-before:always;display:none;"><p>второй лист</p><p style="page-break-before:always">третий</p>'),
      FIELDS,
    );
    const paragraphs = DocumentApp.openById(file.id!).getBody().getParagraphs();
    const breaks = paragraphs.filter((p) => p.getNumChildren() > 0 && String(p.getChild(0).getType()) === 'PAGE_BREAK');
    expect(breaks).toHaveLength(2);
    expect(paragraphs.map((p) => p.getText()).filter((t) => t !== '')).toEqual(['первый лист', 'второй лист', 'третий']);
    ws.rt.end();
  });

  it('plain text becomes one paragraph per line (text/plain → document in about.importFormats)', () => {
    // chromium google_apis/test/data/drive/about.json: importFormats { source: "text/plain", targets: [document] }.
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Текст', mimeType: DOC }, newBlob('строка 1\r\nстрока 2\n', 'text/plain', 'a.txt'), FIELDS);
    expect(
      DocumentApp.openById(file.id!)
        .getBody()
        .getParagraphs()
        .map((p) => p.getText()),
    ).toEqual(['строка 1', 'строка 2']);
    ws.rt.end();
  });

  // The app made the Doc through Drive, so drive.file reaches it (developers.google.com/workspace/add-ons/concepts/workspace-scopes:
  // "files that the app creates or opens"), unlike DocumentApp-made files whose reach is unconfirmed (vector 59).
  it('is reached by Drive under drive.file even when DocumentApp-made files are not (vector 59 switch off)', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld((w) => {
      w.behaviour.driveFileReachesAppMade = false;
    });
    const converted = Drive.Files!.create({ name: 'Через Drive', mimeType: DOC }, html('<p>текст</p>'), FIELDS);
    const made = DocumentApp.create('Через DocumentApp').getId();
    expect(Drive.Files!.get(converted.id!, FIELDS).id).toBe(converted.id);
    expect(() => Drive.Files!.get(made, FIELDS)).toThrow(`File not found: ${made}.`);
    ws.rt.end();
  });

  // ref-export-formats: a Doc exports to PDF and the other listed formats, whoever made it.
  it('exports like any Doc (PDF through Files.export)', () => {
    const { ws, Drive } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Экспорт', mimeType: DOC }, html('<h2>Заголовок</h2><p>текст</p>'), FIELDS);
    const pdf = (Drive.Files!.export as unknown as (id: string, type: string, o: object) => GoogleAppsScript.Base.Blob)(file.id!, 'application/pdf', { alt: 'media' });
    expect(pdf.getDataAsString('US-ASCII').startsWith('%PDF')).toBe(true);
    ws.rt.end();
  });

  // [U] files.create with a Google Workspace mimeType and no content is the common way to make an empty Doc
  // (no Google page quoted); it opens as an empty document.
  it('with the Docs type and no media, an empty Doc', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Пустой', mimeType: DOC }, noMedia, FIELDS);
    expect(DocumentApp.openById(file.id!).getBody().getText()).toBe('');
    ws.rt.end();
  });
});

describe('Files.update with HTML media on a Doc replaces its content (tanaikech: files.update overwrites a Google Document)', () => {
  // tanaikech.github.io/2019/04/20/overwriting-several-google-documents-by-2-text-files-using-google-apps-script:
  // PATCH upload/drive/v3/files/<Doc id> with metadata {name} and the file as media overwrites the existing Doc.
  it('same id, same sharing, new content; version and modifiedTime move on', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Программа', mimeType: DOC }, html('<p>старый текст</p>'), FIELDS);
    Drive.Permissions!.create({ type: 'user', role: 'writer', emailAddress: 'mentor@school.ru' }, file.id!, { sendNotificationEmail: false });
    const before = Drive.Files!.get(file.id!, FIELDS);
    const updated = Drive.Files!.update({ name: 'Программа (новая)' }, file.id!, html('<h1>Новая</h1><p>новый текст</p>'), FIELDS);
    expect(updated.id).toBe(file.id);
    expect(updated.mimeType).toBe(DOC);
    expect(Number(updated.version)).toBeGreaterThan(Number(before.version));
    expect(Date.parse(updated.modifiedTime!)).toBeGreaterThan(Date.parse(before.modifiedTime!));
    expect(ws.appFiles.get(file.id!)?.name).toBe('Программа (новая)');
    const text = DocumentApp.openById(file.id!).getBody().getText();
    expect(text).toBe('Новая\nновый текст');
    const emails = (Drive.Permissions!.list(file.id!, { fields: 'permissions(emailAddress,role)' }).permissions ?? []).map((p) => p.emailAddress);
    expect(emails).toContain('mentor@school.ru');
    ws.rt.end();
  });

  it('a hand edit saved before the update is replaced too (the upload is the whole new content)', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Акт', mimeType: DOC }, html('<p>первый</p>'), FIELDS);
    const doc = DocumentApp.openById(file.id!);
    doc.getBody().appendParagraph('дописано');
    doc.saveAndClose();
    Drive.Files!.update({}, file.id!, html('<p>заново</p>'), FIELDS);
    expect(DocumentApp.openById(file.id!).getBody().getText()).toBe('заново');
    ws.rt.end();
  });
});

describe('sources a Doc cannot be made from are refused as Drive refuses them', () => {
  // [C] github.com/googleworkspace/php-samples/issues/147: 400 «Conversion of the uploaded content to the requested
  // output type is not supported.», reason conversionUnsupportedConversionPath; the advanced service puts
  // «API call to drive.files.<method> failed with error: » before it (as for «File not found», vector 46).
  it('text/csv into a Doc: refused, and no file is made', () => {
    const { ws, Drive } = formsDriveWorld();
    const files = ws.appFiles.size;
    expect(() => Drive.Files!.create({ name: 'Таблица', mimeType: DOC }, newBlob('a,b\n1,2', 'text/csv', 'a.csv'), FIELDS)).toThrow(
      'API call to drive.files.create failed with error: Conversion of the uploaded content to the requested output type is not supported.',
    );
    expect(ws.appFiles.size).toBe(files);
    ws.rt.end();
  });

  it('on update the Doc keeps its content when the source is refused', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Документ', mimeType: DOC }, html('<p>на месте</p>'), FIELDS);
    expect(() => Drive.Files!.update({ name: 'другое' }, file.id!, newBlob('{}', 'application/json', 'a.json'), FIELDS)).toThrow(
      'API call to drive.files.update failed with error: Conversion of the uploaded content to the requested output type is not supported.',
    );
    expect(DocumentApp.openById(file.id!).getBody().getText()).toBe('на месте');
    expect(ws.appFiles.get(file.id!)?.name).toBe('Документ');
    ws.rt.end();
  });

  // support.google.com/drive/answer/37603: "Documents: Up to 1.02 million characters"; the refusal's wording is [U].
  it('a conversion over 1.02 million characters is refused', () => {
    const { ws, Drive } = formsDriveWorld();
    expect(() => Drive.Files!.create({ name: 'Огромный', mimeType: DOC }, html(`<p>${'а'.repeat(1_020_001)}</p>`), FIELDS)).toThrow(
      /^API call to drive\.files\.create failed with error: /,
    );
    ws.rt.end();
  });

  it('what Google imports but the emulator does not convert (docx, sheets targets) is the emulator\'s own error', () => {
    const { ws, Drive } = formsDriveWorld();
    const docx = newBlob('PK', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx');
    expect(() => Drive.Files!.create({ name: 'Word', mimeType: DOC }, docx, FIELDS)).toThrow(/^Emulator: .*not modelled/);
    expect(() => Drive.Files!.create({ name: 'CSV', mimeType: 'application/vnd.google-apps.spreadsheet' }, newBlob('a,b', 'text/csv', 'a.csv'), FIELDS)).toThrow(
      /^Emulator: .*not modelled/,
    );
    ws.rt.end();
  });
});

describe('faults reach the conversion calls as any Drive call (vector 46, emulator/faults.ts)', () => {
  it('a transient fault on Files.create makes nothing; the retry converts', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    ws.rt.faults.inject({ method: /^Drive\.Files\.create$/, kind: 'transient', times: 1 });
    const files = ws.appFiles.size;
    expect(() => Drive.Files!.create({ name: 'Сбой', mimeType: DOC }, html('<p>x</p>'), FIELDS)).toThrow(
      'API call to drive.files.create failed with error: Internal Error',
    );
    expect(ws.appFiles.size).toBe(files);
    const file = Drive.Files!.create({ name: 'Сбой', mimeType: DOC }, html('<p>x</p>'), FIELDS);
    expect(DocumentApp.openById(file.id!).getBody().getText()).toBe('x');
    expect(ws.rt.faults.injected.map((f) => f.method)).toEqual(['Drive.Files.create']);
    ws.rt.end();
  });

  it('a rate fault on Files.update leaves the old content', () => {
    const { ws, Drive, DocumentApp } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Док', mimeType: DOC }, html('<p>старое</p>'), FIELDS);
    ws.rt.faults.inject({ method: 'Drive.Files.update', kind: 'rate', times: 1 });
    expect(() => Drive.Files!.update({}, file.id!, html('<p>новое</p>'), FIELDS)).toThrow('User rate limit exceeded.');
    expect(DocumentApp.openById(file.id!).getBody().getText()).toBe('старое');
    ws.rt.end();
  });
});
