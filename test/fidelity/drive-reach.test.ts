/**
 * Fidelity of Advanced Drive v3 where the add-on decides "gone or not": Google's 404 text, shared drives
 * (gas-api.md §13 vector 50), sharing with an address that has no Google account (vector 48) and the
 * unconfirmed reach of drive.file over files made by FormApp/DocumentApp (vector 59).
 */
import { moveToSharedDriveByHand, SHARED_DRIVE_ID } from '../../emulator/drive';
import { driveStore } from '../../emulator/drive/store';
import { formsDriveWorld, noMedia } from './support-forms-drive';

const FOLDER = 'application/vnd.google-apps.folder';

describe('Drive v3 404 (vector 46 [C]: «API call to drive.files.get failed with error: File not found: <id>»)', () => {
  it('a file the app cannot see answers Drive\'s 404 message, with the id and its closing period', () => {
    const { ws, Drive } = formsDriveWorld();
    expect(() => Drive.Files!.get('gone123', { fields: 'id' })).toThrow('API call to drive.files.get failed with error: File not found: gone123.');
    expect(() => Drive.Permissions!.list('gone123')).toThrow('API call to drive.permissions.list failed with error: File not found: gone123.');
    ws.rt.end();
  });
});

// developers.google.com/workspace/drive/api/guides/enable-shareddrives: «you must include the
// supportsAllDrives=true query parameter» for files.get/create/update/copy/delete and permissions.* ;
// without it Drive answers as for a file it cannot find. files.export is not in that list.
describe('shared drives need supportsAllDrives (vector 50 [D])', () => {
  function sharedFolderWithDocument() {
    const w = formsDriveWorld();
    const folder = w.Drive.Files!.create({ name: 'Программа', mimeType: FOLDER }, noMedia, { supportsAllDrives: true });
    const sub = w.Drive.Files!.create({ name: 'Нормативные', mimeType: FOLDER, parents: [folder.id!] }, noMedia, { supportsAllDrives: true });
    const doc = w.DocumentApp.create('Приказ');
    w.Drive.Files!.update({}, doc.getId(), noMedia, { addParents: sub.id!, removeParents: 'root', supportsAllDrives: true });
    const moved = moveToSharedDriveByHand(w.ws, folder.id!);
    return { ...w, folder: folder.id!, sub: sub.id!, doc: doc.getId(), moved };
  }

  it('moving by hand takes the folder and everything under it; ids stay', () => {
    const { ws, folder, sub, doc, moved } = sharedFolderWithDocument();
    expect(new Set(moved)).toEqual(new Set([folder, sub, doc]));
    expect(ws.appFiles.get(folder)!.parents).toEqual([SHARED_DRIVE_ID]);
    ws.rt.end();
  });

  it('without supportsAllDrives: files.get/update/copy/create-inside and permissions.* answer 404', () => {
    const { ws, Drive, sub, doc } = sharedFolderWithDocument();
    const fnf = (id: string) => `File not found: ${id}.`;
    expect(() => Drive.Files!.get(doc, { fields: 'id' })).toThrow(fnf(doc));
    expect(() => Drive.Files!.update({ name: 'x' }, doc, noMedia, {})).toThrow(fnf(doc));
    expect(() => Drive.Files!.copy({}, doc)).toThrow(fnf(doc));
    expect(() => Drive.Files!.create({ name: 'p.pdf', parents: [sub] }, noMedia)).toThrow(fnf(sub));
    expect(() => Drive.Permissions!.list(doc)).toThrow(fnf(doc));
    expect(() => Drive.Permissions!.create({ type: 'user', role: 'reader', emailAddress: 'a@x.example' }, doc, { sendNotificationEmail: false })).toThrow(fnf(doc));
    ws.rt.end();
  });

  it('with supportsAllDrives: they work, report driveId, and a new item under a shared folder is in the shared drive', () => {
    const { ws, Drive, sub, doc } = sharedFolderWithDocument();
    const all = { supportsAllDrives: true };
    expect(Drive.Files!.get(doc, { ...all, fields: 'id,parents,driveId' })).toEqual({ id: doc, parents: [sub], driveId: SHARED_DRIVE_ID });
    const pdf = Drive.Files!.create({ name: 'p.pdf', parents: [sub] }, noMedia, { ...all, fields: 'id' });
    expect(() => Drive.Files!.get(pdf.id!, { fields: 'id' })).toThrow('File not found');
    expect(Drive.Files!.get(pdf.id!, { ...all, fields: 'id' }).id).toBe(pdf.id);
    Drive.Permissions!.create({ type: 'user', role: 'reader', emailAddress: 'a@x.example' }, doc, { ...all, sendNotificationEmail: false });
    expect(Drive.Permissions!.list(doc, { ...all, fields: 'permissions(emailAddress)' }).permissions).toContainEqual({ emailAddress: 'a@x.example' });
    ws.rt.end();
  });
});

// [C] Drive's 400 invalidSharingRequest, quoted verbatim by GAM's documentation and by projects that met it
// against the live API (find_string «no Google account associated with this email»).
describe('sharing with an address that has no Google account (vector 48 [C])', () => {
  it('without the notification e-mail Drive refuses with «…you must check the "Notify people" box…»; nothing is shared', () => {
    const { ws, Drive } = formsDriveWorld((w) => w.behaviour.accountlessAddresses.add('parent@mail.example'));
    const file = Drive.Files!.create({ name: 'Программа пары' }, noMedia, {});
    expect(() => Drive.Permissions!.create({ type: 'user', role: 'reader', emailAddress: 'Parent@mail.example' }, file.id!, { sendNotificationEmail: false })).toThrow(
      'API call to drive.permissions.create failed with error: Bad Request. User message: "You are trying to invite parent@mail.example. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."',
    );
    expect(Drive.Permissions!.list(file.id!, { fields: 'permissions(emailAddress)' }).permissions!.map((p) => p.emailAddress)).not.toContain('parent@mail.example');
    ws.rt.end();
  });

  it('with the notification (the default) it succeeds and the invitation e-mail is sent', () => {
    const { ws, Drive } = formsDriveWorld((w) => w.behaviour.accountlessAddresses.add('parent@mail.example'));
    const file = Drive.Files!.create({ name: 'Программа пары' }, noMedia, {});
    Drive.Permissions!.create({ type: 'user', role: 'reader', emailAddress: 'parent@mail.example' }, file.id!, { sendNotificationEmail: true });
    expect(driveStore(ws).notifications.map((n) => n.to)).toEqual(['parent@mail.example']);
    ws.rt.end();
  });
});

describe('drive.file and files made by FormApp/DocumentApp (vector 59 [U], a switch)', () => {
  it('by default Drive reaches them', () => {
    const { ws, Drive, FormApp, DocumentApp } = formsDriveWorld();
    const form = FormApp.create('Анкета');
    const doc = DocumentApp.create('Приказ');
    expect(Drive.Files!.get(form.getId(), { fields: 'id' }).id).toBe(form.getId());
    expect(Drive.Files!.get(doc.getId(), { fields: 'id' }).id).toBe(doc.getId());
    ws.rt.end();
  });

  it('under driveFileReachesAppMade = false Drive answers 404 for them, while FormApp/DocumentApp still open them', () => {
    const { ws, Drive, FormApp, DocumentApp } = formsDriveWorld((w) => {
      w.behaviour.driveFileReachesAppMade = false;
    });
    const form = FormApp.create('Анкета');
    const doc = DocumentApp.create('Приказ');
    expect(() => Drive.Files!.get(form.getId(), { fields: 'id' })).toThrow(`File not found: ${form.getId()}.`);
    expect(() => Drive.Permissions!.list(doc.getId())).toThrow(`File not found: ${doc.getId()}.`);
    expect(FormApp.openById(form.getId()).getId()).toBe(form.getId());
    expect(DocumentApp.openById(doc.getId()).getId()).toBe(doc.getId());
    // What Drive itself made stays within reach.
    const folder = Drive.Files!.create({ name: 'Папка', mimeType: FOLDER }, noMedia, {});
    expect(Drive.Files!.get(folder.id!, { fields: 'id' }).id).toBe(folder.id);
    ws.rt.end();
  });
});
