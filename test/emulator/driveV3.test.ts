/**
 * Fidelity of the emulated Advanced Drive service v3 (developers.google.com/apps-script/advanced/drive):
 * present only when the manifest enables it; under drive.file it reaches only the app's own files
 * (developers.google.com/workspace/add-ons/concepts/workspace-scopes).
 */
import { Workspace } from '../../emulator/workspace';

const DRIVE = { enabledAdvancedServices: [{ serviceId: 'drive', userSymbol: 'Drive', version: 'v3' }] };

function drive(manifest: { oauthScopes: string[]; dependencies?: typeof DRIVE }) {
  const ws = new Workspace({ manifest });
  ws.activeSpreadsheetId = ws.spreadsheets.create('x').id;
  ws.rt.begin({ kind: 'menu', functionName: 't' });
  return { ws, Drive: ws.globals().Drive as GoogleAppsScript.Drive | undefined };
}

describe('Advanced Drive v3', () => {
  it('exists only when the manifest enables it', () => {
    expect(drive({ oauthScopes: [] }).Drive).toBeUndefined();
    expect(drive({ oauthScopes: [], dependencies: DRIVE }).Drive).toBeDefined();
  });

  it('makes folders and moves the app’s files between them', () => {
    const { Drive: d, ws } = drive({ oauthScopes: ['https://www.googleapis.com/auth/drive.file'], dependencies: DRIVE });
    const folder = d!.Files!.create({ name: 'Программа', mimeType: 'application/vnd.google-apps.folder' });
    const file = d!.Files!.create({ name: 'Анкета' });
    expect(d!.Files!.get(file.id!).parents).toEqual(['root']);
    d!.Files!.update({}, file.id!, null as unknown as GoogleAppsScript.Base.Blob, { addParents: folder.id, removeParents: 'root' });
    expect(d!.Files!.get(file.id!).parents).toEqual([folder.id]);
    expect(ws.appFiles.get(folder.id!)?.mimeType).toBe('application/vnd.google-apps.folder');
  });

  it('answers «File not found» for a file the app did not create, and needs a Drive scope', () => {
    const { Drive: d } = drive({ oauthScopes: ['https://www.googleapis.com/auth/drive.file'], dependencies: DRIVE });
    expect(() => d!.Files!.get('someone-elses-file')).toThrow('File not found: someone-elses-file');
    const { Drive: none } = drive({ oauthScopes: ['https://www.googleapis.com/auth/forms'], dependencies: DRIVE });
    expect(() => none!.Files!.create({ name: 'x' })).toThrow('Required permissions: (https://www.googleapis.com/auth/drive.file || https://www.googleapis.com/auth/drive)');
  });
});
