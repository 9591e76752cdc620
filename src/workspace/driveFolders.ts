/**
 * The programme's folder in Drive, through the Advanced Drive service (v3) under the drive.file scope:
 * it reaches only files the add-on created, which is all it needs. DriveApp would need the restricted
 * full drive scope, so it is not used.
 */
import type { DrivePort, FolderRef } from '../app/ports';
import { driveFiles, fileAlive } from './advancedDrive';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;

export class AdvancedDriveFolders implements DrivePort {
  ensureFolder(name: string, knownId: string | null, parentId?: string): FolderRef {
    if (knownId && fileAlive(knownId)) return { id: knownId, url: folderUrl(knownId) };
    const created = driveFiles().create({ name, mimeType: FOLDER_MIME, ...(parentId ? { parents: [parentId] } : {}) });
    return { id: created.id!, url: folderUrl(created.id!) };
  }

  moveInto(fileId: string, folderId: string): void {
    const files = driveFiles();
    const parents = files.get(fileId, { fields: 'parents' }).parents ?? [];
    if (parents.length === 1 && parents[0] === folderId) return;
    // update(resource, fileId, mediaData, optionalArgs): no media, only the parents change.
    files.update({}, fileId, null as unknown as GoogleAppsScript.Base.Blob, {
      addParents: folderId,
      removeParents: parents.filter((p) => p !== folderId).join(','),
    });
  }
}
