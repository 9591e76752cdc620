/**
 * The Advanced Drive service, v3 (developers.google.com/apps-script/advanced/drive;
 * developers.google.com/workspace/drive/api/reference/rest/v3/files), as much as the add-on uses: folders,
 * moving files between folders, reading a file's metadata. Present only when the manifest enables it.
 * Under the drive.file scope the app reaches only the files it created (developers.google.com/workspace/
 * add-ons/concepts/workspace-scopes); any other id answers as Drive does for a file it cannot see.
 */
import { guard } from './guard';
import { GasException, SCOPE } from './runtime';
import type { Workspace } from './workspace';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

interface DriveFileResource {
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  webViewLink?: string;
}

/** [U] The advanced services' error for a file the app cannot see, as users report it. */
const notFound = (method: string, id: string) => new GasException(`API call to drive.files.${method} failed with error: File not found: ${id}`);

function resource(id: string, file: { name: string; mimeType: string; parents: string[] }): DriveFileResource {
  const link = file.mimeType === FOLDER_MIME ? `https://drive.google.com/drive/folders/${id}` : `https://drive.google.com/file/d/${id}/view`;
  return { id, name: file.name, mimeType: file.mimeType, parents: [...file.parents], webViewLink: link };
}

export function installAdvancedDrive(ws: Workspace, globals: Record<string, unknown>): void {
  const declared = ws.manifest.dependencies?.enabledAdvancedServices?.find((s) => s.serviceId === 'drive');
  if (!declared) return;
  const gate = (method: string): void => ws.rt.call(`Drive.Files.${method}`, { scopes: [SCOPE.driveFile, SCOPE.drive], minAuth: 'FULL' });
  let counter = 0;
  const reachable = (method: string, id: string) => {
    const file = ws.appFiles.get(id);
    if (!file) throw notFound(method, id);
    return file;
  };
  const files = {
    create: (meta: DriveFileResource) => {
      gate('create');
      counter += 1;
      const id = `drv${String(ws.appFiles.size + counter).padStart(4, '0')}${'d'.repeat(29)}`.slice(0, 33);
      for (const parent of meta.parents ?? []) if (parent !== 'root') reachable('create', parent);
      ws.onFileCreated({ id, name: meta.name ?? 'Без названия', mimeType: meta.mimeType ?? 'application/octet-stream', parents: meta.parents ?? ['root'] });
      return resource(id, reachable('create', id));
    },
    get: (id: string) => {
      gate('get');
      return resource(id, reachable('get', id));
    },
    /** update(resource, fileId, mediaData?, {addParents, removeParents}): renames and moves. */
    update: (meta: DriveFileResource, id: string, _media?: unknown, options: { addParents?: string; removeParents?: string } = {}) => {
      gate('update');
      const file = reachable('update', id);
      if (meta.name) file.name = meta.name;
      const remove = (options.removeParents ?? '').split(',').filter((p) => p !== '');
      const add = (options.addParents ?? '').split(',').filter((p) => p !== '');
      for (const parent of add) if (parent !== 'root') reachable('update', parent);
      file.parents = [...file.parents.filter((p) => !remove.includes(p)), ...add.filter((p) => !file.parents.includes(p))];
      return resource(id, file);
    },
  };
  globals[declared.userSymbol] = guard({ Files: guard(files, 'Drive.Files') }, 'Drive');
}
