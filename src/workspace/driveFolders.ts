/**
 * The programme's folder in Drive, through the Advanced Drive service (v3) under the drive.file scope:
 * it reaches only files the add-on created, which is all it needs. DriveApp would need the restricted
 * full drive scope, so it is not used. Every call names shared drives (the folder may be moved into one).
 */
import type { DrivePort, FolderRef } from '../app/ports';
import { ALL_DRIVES, driveFiles, fileAlive } from './advancedDrive';
import { isNotFound, withRetry } from './googleCalls';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;
const DRIVE = 'Google Диск';

export class AdvancedDriveFolders implements DrivePort {
  ensureFolder(name: string, knownId: string | null, parentId?: string): FolderRef {
    if (knownId && fileAlive(knownId)) return { id: knownId, url: folderUrl(knownId) };
    // [U] A transient fault thrown by create is taken to mean nothing was made, so it is retried; the caller
    // records the id at once, so a later run never makes a second folder.
    const created = withRetry(DRIVE, () =>
      driveFiles().create({ name, mimeType: FOLDER_MIME, ...(parentId ? { parents: [parentId] } : {}) }, undefined as unknown as GoogleAppsScript.Base.Blob, {
        ...ALL_DRIVES,
        fields: 'id',
      }),
    );
    return { id: created.id!, url: folderUrl(created.id!) };
  }

  /**
   * False when Drive does not reach the file: drive.file may not cover forms and documents made by
   * FormApp/DocumentApp (gas-api.md §13 vector 59, unconfirmed), so the file stays where it was made.
   */
  moveInto(fileId: string, folderId: string): boolean {
    const files = driveFiles();
    try {
      const parents = withRetry(DRIVE, () => files.get(fileId, { ...ALL_DRIVES, fields: 'parents' })).parents ?? [];
      if (parents.length === 1 && parents[0] === folderId) return true;
      // update(resource, fileId, mediaData, optionalArgs): no media, only the parents change; moving twice is harmless.
      withRetry(DRIVE, () =>
        files.update({}, fileId, null as unknown as GoogleAppsScript.Base.Blob, {
          ...ALL_DRIVES,
          addParents: folderId,
          removeParents: parents.filter((p) => p !== folderId).join(','),
        }),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}
