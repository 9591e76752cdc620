/**
 * The Advanced Drive service (v3) as the add-on uses it under drive.file: its two collections, with a
 * Russian message when the manifest does not enable the service, and whether a file is still usable.
 */
import { type Presence, presenceOf } from './googleCalls';

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Permissions = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

function service(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('Служба Drive (расширенная) не включена в манифесте надстройки.');
  return Drive;
}

export const driveFiles = (): Files => service().Files!;
export const drivePermissions = (): Permissions => service().Permissions!;

/**
 * On every Drive call: a school may move the programme folder into a shared drive, and without it Drive
 * answers 404 for its items («Implement shared drive support»,
 * developers.google.com/workspace/drive/api/guides/enable-shareddrives; gas-api.md §13 vector 50).
 */
export const ALL_DRIVES = { supportsAllDrives: true } as const;

/**
 * Whether the add-on still reaches the file and it is not in the trash (deleted or trashed by hand: make it
 * anew). Only Drive's 404 means gone; a transient fault is retried, and a persistent one stops the action.
 */
export function fileAlive(fileId: string): boolean {
  return filePresence(fileId) === 'present';
}

/** Drive's word on a file: present, in the trash, or absent (404: deleted, or out of the add-on's reach). */
export function filePresence(fileId: string): Presence {
  return presenceOf('Google Диск', () => {
      // v3 answers only default fields unless asked (developers.google.com/workspace/drive/api/guides/fields-parameter).
      const found = driveFiles().get(fileId, { ...ALL_DRIVES, fields: 'id,trashed' });
      return { trashed: !found.id || Boolean(found.trashed) };
  });
}
