/**
 * Drive's trash for the add-on's own drafts of a person who withdrew consent (Advanced Drive v3
 * files.update {trashed: true}: developers.google.com/workspace/drive/api/reference/rest/v3/files/update).
 * Trash, not deletion: Drive empties it after 30 days, the term 152-ФЗ ст. 21 ч. 5 gives for destroying the data.
 */
import type { TrashPort } from '../app/ports';
import { ALL_DRIVES, driveFiles } from './advancedDrive';
import { isNotFound, withRetry } from './googleCalls';

export class DriveTrash implements TrashPort {
  trash(fileId: string): boolean {
    try {
      withRetry('Google Диск', () => driveFiles().update({ trashed: true }, fileId, null as unknown as GoogleAppsScript.Base.Blob, { ...ALL_DRIVES, fields: 'id,trashed' }));
      return true;
    } catch (error) {
      // drive.file may not reach a document DocumentApp made (vector 59): the caller asks for it by hand.
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}
