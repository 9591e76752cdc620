/**
 * Drive v3 files.list under drive.file: it lists only what the app created or opened
 * (developers.google.com/workspace/add-ons/concepts/workspace-scopes: drive.file gives «per-file access to files
 * created or opened by the app»), filtered by the query language
 * (developers.google.com/workspace/drive/api/guides/search-files: `name = '…'`, `trashed = false`, `'<id>' in parents`,
 * a quote escaped as `\'`). The self-check finds its scratch files by name so.
 */
import { Workspace } from '../../emulator/workspace';

const DRIVE = { enabledAdvancedServices: [{ serviceId: 'drive', userSymbol: 'Drive', version: 'v3' }] };
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';

function drive() {
  const ws = new Workspace({ manifest: { oauthScopes: [DRIVE_FILE], dependencies: DRIVE } });
  ws.activeSpreadsheetId = ws.spreadsheets.create('x').id;
  ws.rt.begin({ kind: 'menu', functionName: 't' });
  return { ws, files: (ws.globals().Drive as GoogleAppsScript.Drive).Files! };
}

describe('Advanced Drive v3: files.list', () => {
  it('finds the app’s files by name, leaving out trashed ones', () => {
    const { files } = drive();
    const a = files.create({ name: "Проверка (можно удалить) д'Артаньян" });
    const b = files.create({ name: "Проверка (можно удалить) д'Артаньян" });
    files.create({ name: 'Другое' });
    files.update({ trashed: true }, b.id!, null as unknown as GoogleAppsScript.Base.Blob);
    const found = files.list({ q: "name = 'Проверка (можно удалить) д\\'Артаньян' and trashed = false", fields: 'files(id)' });
    expect(found.files).toEqual([{ id: a.id }]);
  });

  it('filters by parent', () => {
    const { files } = drive();
    const folder = files.create({ name: 'Папка', mimeType: 'application/vnd.google-apps.folder' });
    const inside = files.create({ name: 'Файл', parents: [folder.id!] });
    files.create({ name: 'Файл' });
    expect(files.list({ q: `'${folder.id}' in parents`, fields: 'files(id,name)' }).files).toEqual([{ id: inside.id, name: 'Файл' }]);
  });
});

/**
 * Pages: `pageSize` 1–1000, default 100, and `nextPageToken` «absent if the end of the files list has been
 * reached» (developers.google.com/workspace/drive/api/reference/rest/v3/files/list). Like any field it comes back
 * only when `fields` names it: a mask of `files(…)` alone reads 100 files and stops
 * (gist.github.com/LindaLawton/8681114fd3c247cdf2d46bdad1cc09f1, comment: «as soon as I add … Fields = "files(…)"
 * then only 100 entries are returned»).
 */
describe('Advanced Drive v3: files.list in pages', () => {
  it('gives 100 files a page by default and the token only when fields asks for it', () => {
    const { files } = drive();
    for (let i = 0; i < 130; i++) files.create({ name: `Файл ${i}` });
    expect(files.list({ fields: 'files(id)' }).files).toHaveLength(100);
    expect(files.list({ fields: 'files(id)' }).nextPageToken).toBeUndefined();
    const first = files.list({ fields: 'nextPageToken,files(id)' });
    expect(first.files).toHaveLength(100);
    const second = files.list({ fields: 'nextPageToken,files(id)', pageToken: first.nextPageToken });
    expect(second.files).toHaveLength(30);
    expect(second.nextPageToken).toBeUndefined();
    expect(new Set([...first.files!, ...second.files!].map((f) => f.id)).size).toBe(130);
    expect(files.list({ fields: 'files(id)', pageSize: 1000 }).files).toHaveLength(130);
    expect(() => files.list({ pageSize: 1001 })).toThrow(/Values must be within the range: \[1, 1000\]/);
  });
});
