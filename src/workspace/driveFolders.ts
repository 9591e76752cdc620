/**
 * The programme's folder in Drive, through the Advanced Drive service (v3) under the drive.file scope:
 * it reaches only files the add-on created, which is all it needs. DriveApp would need the restricted
 * full drive scope, so it is not used.
 */
import type { DrivePort, FolderRef } from '../app/ports';

const FOLDER_MIME = 'application/vnd.google-apps.folder';

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('Служба Drive (расширенная) не включена в манифесте надстройки.');
  return Drive;
}

export class AdvancedDriveFolders implements DrivePort {
  ensureFolder(name: string, knownId: string | null, parentId?: string): FolderRef {
    const files = drive().Files!;
    if (knownId) {
      try {
        // v3 answers only default fields unless asked (developers.google.com/workspace/drive/api/guides/fields-parameter).
        const found = files.get(knownId, { fields: 'id,trashed' });
        if (found.id && !found.trashed) return { id: found.id, url: `https://drive.google.com/drive/folders/${found.id}` };
      } catch {
        // Deleted or out of reach: make a new one.
      }
    }
    const created = files.create({ name, mimeType: FOLDER_MIME, ...(parentId ? { parents: [parentId] } : {}) });
    return { id: created.id!, url: `https://drive.google.com/drive/folders/${created.id}` };
  }

  moveInto(fileId: string, folderId: string): void {
    const files = drive().Files!;
    const parents = files.get(fileId, { fields: 'parents' }).parents ?? [];
    if (parents.length === 1 && parents[0] === folderId) return;
    // update(resource, fileId, mediaData, optionalArgs): no media, only the parents change.
    files.update({}, fileId, null as unknown as GoogleAppsScript.Base.Blob, {
      addParents: folderId,
      removeParents: parents.filter((p) => p !== folderId).join(','),
    });
  }
}
