/**
 * Shared drives (gas-api.md §13 vector 50): a person moves the programme folder into a shared drive. Drive
 * API v3 then answers 404 for the items unless a request says `supportsAllDrives=true` ("Implement shared
 * drive support", developers.google.com/workspace/drive/api/guides/enable-shareddrives).
 */
import type { Workspace } from '../workspace';
import { driveStore } from './store';

/** The id the emulated shared drive gets (Drive's `driveId` of its items). */
export const SHARED_DRIVE_ID = '0AsharedDriveSchool13xxxxxxx';

/** A person moves a folder (and everything under it) into a shared drive; ids stay the same. */
export function moveToSharedDriveByHand(ws: Workspace, folderId: string, driveId = SHARED_DRIVE_ID): string[] {
  if (!ws.appFiles.has(folderId)) throw new Error(`Emulator: no folder ${folderId} to move into a shared drive`);
  const store = driveStore(ws);
  const moved = new Set([folderId]);
  // Everything whose chain of parents reaches the folder goes with it.
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, file] of ws.appFiles) {
      if (!moved.has(id) && file.parents.some((p) => moved.has(p))) {
        moved.add(id);
        grew = true;
      }
    }
  }
  // The folder's new parent is the shared drive's root (its id is the drive's id).
  ws.appFiles.get(folderId)!.parents = [driveId];
  for (const id of moved) store.inSharedDrive.set(id, driveId);
  return [...moved];
}
