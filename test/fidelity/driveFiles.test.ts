/**
 * Fidelity of the emulated Advanced Drive service v3 (developers.google.com/apps-script/advanced/drive):
 * present only when the manifest enables it; under drive.file it reaches only the app's own files
 * (developers.google.com/workspace/add-ons/concepts/workspace-scopes); partial responses
 * (developers.google.com/workspace/drive/api/guides/fields-parameter); one parent per item
 * (developers.google.com/workspace/drive/api/guides/ref-single-parent).
 */
import { driveStore } from '../../emulator/drive/store';
import { Workspace } from '../../emulator/workspace';

const DRIVE = { enabledAdvancedServices: [{ serviceId: 'drive', userSymbol: 'Drive', version: 'v3' }] };
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const noMedia = null as unknown as GoogleAppsScript.Base.Blob;

function drive(manifest: { oauthScopes: string[]; dependencies?: typeof DRIVE }) {
  const ws = new Workspace({ manifest });
  ws.activeSpreadsheetId = ws.spreadsheets.create('x').id;
  ws.rt.begin({ kind: 'menu', functionName: 't' });
  const g = ws.globals();
  return { ws, Drive: g.Drive as GoogleAppsScript.Drive | undefined, DriveApp: g.DriveApp as GoogleAppsScript.Drive.DriveApp };
}

const blob = (text: string, type: string) => {
  const bytes = [...Buffer.from(text, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
  return { getBytes: () => bytes, getContentType: () => type } as unknown as GoogleAppsScript.Base.Blob;
};

describe('Advanced Drive v3: files', () => {
  it('exists only when the manifest enables it', () => {
    expect(drive({ oauthScopes: [] }).Drive).toBeUndefined();
    expect(drive({ oauthScopes: [], dependencies: DRIVE }).Drive).toBeDefined();
  });

  it('answers only the default fields unless asked: parents need fields=parents', () => {
    const { Drive: d } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    const file = d!.Files!.create({ name: 'Анкета' });
    expect(Object.keys(d!.Files!.get(file.id!)).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(d!.Files!.get(file.id!, { fields: 'parents' })).toEqual({ parents: ['root'] });
    expect(d!.Files!.get(file.id!, { fields: '*' }).webViewLink).toContain(file.id!);
  });

  it('makes folders and moves the app’s files between them, one parent at a time', () => {
    const { Drive: d, ws } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    const folder = d!.Files!.create({ name: 'Программа', mimeType: 'application/vnd.google-apps.folder' });
    const file = d!.Files!.create({ name: 'Анкета' });
    expect(() => d!.Files!.update({}, file.id!, noMedia, { addParents: folder.id })).toThrow('Increasing the number of parents is not allowed');
    d!.Files!.update({}, file.id!, noMedia, { addParents: folder.id, removeParents: 'root' });
    expect(d!.Files!.get(file.id!, { fields: 'parents' }).parents).toEqual([folder.id]);
    expect(ws.appFiles.get(folder.id!)?.mimeType).toBe('application/vnd.google-apps.folder');
  });

  it('stores uploaded content, replaces it on update, copies it into a new file of the app', () => {
    const { Drive: d, ws } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    const pdf = d!.Files!.create({ name: 'Приказ.pdf', mimeType: 'application/pdf' }, blob('первый', 'application/pdf'));
    d!.Files!.update({}, pdf.id!, blob('второй', 'application/pdf'));
    const store = driveStore(ws);
    expect(Buffer.from(store.contents.get(pdf.id!)!.bytes).toString('utf8')).toBe('второй');
    const copy = d!.Files!.copy({ name: 'Копия.pdf' }, pdf.id!);
    expect(copy.id).not.toBe(pdf.id);
    expect(Buffer.from(store.contents.get(copy.id!)!.bytes).toString('utf8')).toBe('второй');
    expect(d!.Files!.get(copy.id!).name).toBe('Копия.pdf');
  });

  it('export needs alt=media in Apps Script (gas-fakes issue 117)', () => {
    const { Drive: d } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    const file = d!.Files!.create({ name: 'x' });
    expect(() => d!.Files!.export(file.id!, 'application/pdf')).toThrow('Export requires alt=media to download the exported content.');
  });

  it('answers «File not found» for a file the app did not create, and needs a Drive scope', () => {
    const { Drive: d } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    expect(() => d!.Files!.get('someone-elses-file')).toThrow('File not found: someone-elses-file');
    expect(() => d!.Files!.copy({}, 'someone-elses-file')).toThrow('File not found: someone-elses-file');
    const { Drive: none } = drive({ oauthScopes: ['https://www.googleapis.com/auth/forms'], dependencies: DRIVE });
    expect(() => none!.Files!.create({ name: 'x' })).toThrow('Required permissions: (https://www.googleapis.com/auth/drive.file || https://www.googleapis.com/auth/drive)');
  });
});

describe('Advanced Drive v3: permissions', () => {
  it('shares with a user, e-mails them unless told not to, and lists the owner too', () => {
    const { Drive: d, ws } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    const file = d!.Files!.create({ name: 'Программа пары' });
    d!.Permissions!.create({ role: 'writer', type: 'user', emailAddress: 'Mentor@School.example' }, file.id!, { sendNotificationEmail: false });
    d!.Permissions!.create({ role: 'commenter', type: 'user', emailAddress: 'mentee@school.example' }, file.id!);
    const list = d!.Permissions!.list(file.id!, { fields: 'permissions(id,type,role,emailAddress)' }).permissions!;
    expect(list.map((p) => [p.role, p.emailAddress])).toEqual([
      ['owner', ws.userEmail],
      ['writer', 'mentor@school.example'],
      ['commenter', 'mentee@school.example'],
    ]);
    expect(driveStore(ws).notifications.map((n) => n.to)).toEqual(['mentee@school.example']);
  });

  it('sharing the same person again changes the role, not the list; the owner cannot be removed', () => {
    const { Drive: d } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    const file = d!.Files!.create({ name: 'x' });
    const first = d!.Permissions!.create({ role: 'reader', type: 'user', emailAddress: 'a@school.example' }, file.id!, { sendNotificationEmail: false });
    const again = d!.Permissions!.create({ role: 'writer', type: 'user', emailAddress: 'a@school.example' }, file.id!, { sendNotificationEmail: false });
    expect(again.id).toBe(first.id);
    const list = d!.Permissions!.list(file.id!, { fields: 'permissions(id,role)' }).permissions!;
    expect(list).toHaveLength(2);
    const owner = list.find((p) => p.role === 'owner')!;
    const del = (fileId: string, id: string) => d!.Permissions!.remove(fileId, id);
    del(file.id!, first.id!);
    expect(d!.Permissions!.list(file.id!, { fields: 'permissions(id)' }).permissions).toHaveLength(1);
    expect(() => del(file.id!, owner.id!)).toThrow('The owner of a file cannot be removed.');
  });

  it('refuses owner without transferOwnership (permissions/create)', () => {
    const { Drive: d } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    const file = d!.Files!.create({ name: 'x' });
    expect(() => d!.Permissions!.create({ role: 'owner', type: 'user', emailAddress: 'b@school.example' }, file.id!)).toThrow(
      "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
    );
  });
});

describe('DriveApp under drive.file (vector 35)', () => {
  it('refuses every call without the full drive scope; with it, a missing id is Google’s message', () => {
    const { DriveApp } = drive({ oauthScopes: [DRIVE_FILE], dependencies: DRIVE });
    expect(() => DriveApp.getFileById('x')).toThrow('You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive');
    const { DriveApp: full } = drive({ oauthScopes: ['https://www.googleapis.com/auth/drive'] });
    expect(() => full.getFileById('missing')).toThrow('No item with the given ID could be found, or you do not have permission to access it.');
  });
});
