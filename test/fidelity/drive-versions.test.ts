/**
 * Drive v3 files' `version` and `modifiedTime` (developers.google.com/workspace/drive/api/reference/rest/v3/files):
 * version is "a monotonically increasing version number for the file. This reflects every change made to the
 * file on the server, even those not visible to the user" (an int64, carried as a string); modifiedTime is "the
 * last time the file was modified by anyone (RFC 3339 date-time)"; lastModifyingUser "the last user to modify
 * the file". Both are only in the answer when `fields` asks for them (guides/fields-parameter).
 * [U] Which changes move which is not listed by Google: the emulator takes the stricter reading — every change
 * (content, name, parents, trash, sharing) moves the version; content and name also move modifiedTime.
 * DocumentApp's edits reach Drive when saved: saveAndClose, or "when a script ends" (Document reference).
 */
import { editDocumentByHand } from '../../emulator/control';
import { formsDriveWorld, noMedia } from './support-forms-drive';

const FIELDS = { fields: 'id,version,modifiedTime,lastModifyingUser' };

describe('Drive v3: version and modifiedTime of a file', () => {
  it('are answered only when asked for: version a string of digits, modifiedTime RFC 3339', () => {
    const { ws, DocumentApp, Drive } = formsDriveWorld();
    const id = DocumentApp.create('Документ').getId();
    expect(Drive.Files!.get(id, {}).version).toBeUndefined();
    const file = Drive.Files!.get(id, FIELDS);
    expect(file.version).toMatch(/^\d+$/);
    expect(file.modifiedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(file.lastModifyingUser?.emailAddress).toBe(ws.userEmail);
    ws.rt.end();
  });

  it('move on a DocumentApp edit when it is saved, not before; opening and reading change nothing', () => {
    const { ws, DocumentApp, Drive } = formsDriveWorld();
    const doc = DocumentApp.create('Документ');
    doc.saveAndClose();
    const id = doc.getId();
    const v0 = Number(Drive.Files!.get(id, FIELDS).version);
    const reopened = DocumentApp.openById(id);
    reopened.getBody().getText();
    reopened.getAs('application/pdf');
    expect(Number(Drive.Files!.get(id, FIELDS).version)).toBe(v0);
    const beforeEdit = ws.rt.clock.now();
    reopened.getBody().appendParagraph('Новый абзац');
    expect(Number(Drive.Files!.get(id, FIELDS).version)).toBe(v0);
    ws.rt.clock.advance(60_000);
    reopened.saveAndClose();
    const after = Drive.Files!.get(id, FIELDS);
    expect(Number(after.version)).toBeGreaterThan(v0);
    // Dated at the edit the save carried (the emulator's reading; Google's exact instant is not documented).
    expect(Date.parse(after.modifiedTime!)).toBeGreaterThanOrEqual(beforeEdit);
    expect(Date.parse(after.modifiedTime!)).toBeLessThanOrEqual(ws.rt.clock.now());
    ws.rt.end();
  });

  it('edits left unsaved are saved when the execution ends: the version moves, dated at the last edit', () => {
    const { ws, DocumentApp } = formsDriveWorld();
    const doc = DocumentApp.create('Документ');
    doc.saveAndClose();
    const id = doc.getId();
    DocumentApp.openById(id).getBody().appendParagraph('Не сохранено явно');
    const editedAt = ws.rt.clock.now();
    ws.rt.end();
    ws.rt.clock.advance(600_000);
    ws.rt.begin({ kind: 'menu', functionName: 'next' });
    const Drive = ws.globals().Drive as GoogleAppsScript.Drive;
    const file = Drive.Files!.get(id, FIELDS);
    expect(Date.parse(file.modifiedTime!)).toBeLessThan(editedAt + 10_000);
    expect(Number(file.version)).toBeGreaterThan(1);
    ws.rt.end();
  });

  it('move on a rename (Document.setName, files.update name) and on new content; [U] on moves, trash and sharing the version only', () => {
    const { ws, DocumentApp, Drive } = formsDriveWorld();
    const doc = DocumentApp.create('Документ');
    doc.saveAndClose();
    const id = doc.getId();
    const version = () => Number(Drive.Files!.get(id, FIELDS).version);
    const modified = () => Drive.Files!.get(id, FIELDS).modifiedTime;
    let last = version();
    const grew = () => {
      const now = version();
      expect(now).toBeGreaterThan(last);
      last = now;
    };
    DocumentApp.openById(id).setName('Новое имя');
    grew();
    Drive.Files!.update({ name: 'Ещё имя' }, id, noMedia, {});
    grew();
    ws.rt.clock.advance(60_000);
    const before = modified();
    const permission = Drive.Permissions!.create({ type: 'user', role: 'reader', emailAddress: 'mentor@school13.example' }, id, { sendNotificationEmail: false });
    grew();
    Drive.Permissions!.remove(id, permission.id!);
    grew();
    Drive.Files!.update({ trashed: true }, id, noMedia, {});
    grew();
    expect(modified()).toBe(before);
    ws.rt.end();
  });

  it('a person editing by hand moves both, and lastModifyingUser is that person', () => {
    const { ws, DocumentApp, Drive } = formsDriveWorld();
    const doc = DocumentApp.create('Документ');
    doc.saveAndClose();
    const id = doc.getId();
    const v0 = Number(Drive.Files!.get(id, FIELDS).version);
    ws.rt.end();
    ws.rt.clock.advance(3_600_000);
    editDocumentByHand(ws, id, (body) => body.appendParagraph('Правка методиста'), { editor: 'methodist@school13.example' });
    ws.rt.begin({ kind: 'menu', functionName: 'next' });
    const file = (ws.globals().Drive as GoogleAppsScript.Drive).Files!.get(id, FIELDS);
    expect(Number(file.version)).toBeGreaterThan(v0);
    expect(Date.parse(file.modifiedTime!)).toBe(ws.rt.clock.now() - (ws.rt.execution?.elapsedMs ?? 0));
    expect(file.lastModifyingUser?.emailAddress).toBe('methodist@school13.example');
    ws.rt.end();
  });
});
