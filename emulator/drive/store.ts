/**
 * What the emulated Drive keeps beyond `ws.appFiles` (names, types, parents): binary contents of uploaded
 * files, trash marks, permissions per file, and the notification e-mails Drive would have sent.
 */
import type { Workspace } from '../workspace';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

export type Role = 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';
export type GranteeType = 'user' | 'group' | 'domain' | 'anyone';

export interface PermissionState {
  readonly id: string;
  readonly type: GranteeType;
  role: Role;
  readonly emailAddress?: string;
  readonly domain?: string;
}

export interface Notification {
  readonly to: string;
  readonly fileId: string;
  readonly role: Role;
  readonly message: string;
}

export class DriveStore {
  readonly contents = new Map<string, { bytes: Uint8Array; contentType: string }>();
  readonly trashed = new Set<string>();
  private readonly permissions = new Map<string, PermissionState[]>();
  /** E-mails Drive sent on sharing (sendNotificationEmail defaults to true for users and groups). */
  readonly notifications: Notification[] = [];
  /**
   * Files made by FormApp.create / DocumentApp.create (not by Drive itself): under
   * `ws.behaviour.driveFileReachesAppMade = false` Drive answers 404 for them (gas-api.md §13 vector 59, [U]).
   */
  readonly madeByServices = new Set<string>();
  /** Items in a shared drive (moved there by a person): Drive v3 needs `supportsAllDrives: true` for them (vector 50). */
  readonly inSharedDrive = new Map<string, string>();
  private counter = 0;

  constructor(private readonly ws: Workspace) {}

  newId(): string {
    this.counter += 1;
    return `drv${String(this.counter).padStart(5, '0')}${'x'.repeat(25)}`;
  }

  /** The file's permissions; the creator owns every file the add-on made. */
  permissionsOf(fileId: string): PermissionState[] {
    let list = this.permissions.get(fileId);
    if (!list) {
      list = [{ id: `perm-owner-${fileId}`, type: 'user', role: 'owner', emailAddress: this.ws.userEmail }];
      this.permissions.set(fileId, list);
    }
    return list;
  }

  newPermissionId(): string {
    this.counter += 1;
    return `perm${this.counter}`;
  }
}

export function driveStore(ws: Workspace): DriveStore {
  return ws.state('drive', () => new DriveStore(ws));
}
