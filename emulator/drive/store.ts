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

/**
 * A file's `version` and `modifiedTime` (Drive v3 files resource, developers.google.com/workspace/drive/api/reference/rest/v3/files):
 * version is "a monotonically increasing version number for the file. This reflects every change made to the
 * file on the server, even those not visible to the user"; modifiedTime is "the last time the file was modified
 * by anyone". [U] Which changes move which: the stricter reading here — every change (content, name, parents,
 * trash, permissions) moves the version; content and name also move modifiedTime and lastModifyingUser.
 */
export interface FileVersion {
  version: number;
  modifiedMs: number;
  modifiedBy: string;
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
  private readonly versions = new Map<string, FileVersion>();
  /**
   * Work other services owe Drive before it answers about a file: DocumentApp saves the edits of executions
   * that have ended (document/store.ts settle), so their version and modifiedTime show as Drive would show them.
   */
  readonly settlers: (() => void)[] = [];

  constructor(private readonly ws: Workspace) {}

  /** Who is acting now: the running execution's user, or the coordinator (a person by hand). */
  actor(): string {
    return this.ws.rt.execution?.user || this.ws.userEmail;
  }

  /** The file's version record; a file first seen here (made before this store knew it) starts at version 1 now. */
  versionOf(fileId: string): FileVersion {
    for (const settle of this.settlers) settle();
    let v = this.versions.get(fileId);
    if (!v) {
      v = { version: 1, modifiedMs: this.ws.rt.clock.now(), modifiedBy: this.actor() };
      this.versions.set(fileId, v);
    }
    return v;
  }

  /** A new file: version 1, modified now by whoever made it. */
  created(fileId: string): void {
    this.versions.set(fileId, { version: 1, modifiedMs: this.ws.rt.clock.now(), modifiedBy: this.actor() });
  }

  /**
   * A change to the file: the version moves on every change; `content` (the body, the name) also moves
   * modifiedTime and lastModifyingUser. `atMs` is when the change happened (edits saved at the end of an
   * execution happened at its last edit), `by` who made it.
   */
  touch(fileId: string, change: { content: boolean; atMs?: number; by?: string }): void {
    const v = this.versionOf(fileId);
    v.version += 1;
    if (change.content) {
      v.modifiedMs = Math.max(v.modifiedMs, change.atMs ?? this.ws.rt.clock.now());
      v.modifiedBy = change.by ?? this.actor();
    }
  }

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
