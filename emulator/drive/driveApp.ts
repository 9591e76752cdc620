/**
 * DriveApp, present in every project but usable only with the full drive scope, which the add-on does not
 * declare (gas-api.md vector 35): each call is refused by the runtime's scope check. With the scope, only
 * the look-ups the vector needs are emulated.
 */
import { guard } from '../guard';
import { GasException, SCOPE } from '../runtime';
import type { Workspace } from '../workspace';

export function installDriveApp(ws: Workspace, globals: Record<string, unknown>): void {
  const gate = (method: string): void => ws.rt.call(`DriveApp.${method}`, { scopes: [SCOPE.drive], minAuth: 'FULL' });
  const byId = (method: string, id: string) => {
    gate(method);
    const file = ws.appFiles.get(id);
    // developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
    if (!file) throw new GasException('No item with the given ID could be found, or you do not have permission to access it.');
    return guard({ getId: () => id, getName: () => file.name, getMimeType: () => file.mimeType }, 'File');
  };
  globals.DriveApp = guard(
    {
      getFileById: (id: string) => byId('getFileById', id),
      getFolderById: (id: string) => byId('getFolderById', id),
      getRootFolder: () => {
        gate('getRootFolder');
        return guard({ getId: () => 'root' }, 'Folder');
      },
    },
    'DriveApp',
  );
}
