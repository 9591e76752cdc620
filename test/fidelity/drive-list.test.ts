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
