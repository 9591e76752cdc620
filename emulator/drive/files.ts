/**
 * Drive.Files of the Advanced Drive service v3 (developers.google.com/apps-script/advanced/drive;
 * developers.google.com/workspace/drive/api/reference/rest/v3/files): create (with media), get, update
 * (rename, trash, move, new content), copy and export. Under the drive.file scope the app reaches only the
 * files it created (developers.google.com/workspace/add-ons/concepts/workspace-scopes); any other id
 * answers as Drive does for a file it cannot see. Items in a shared drive answer so too unless the request
 * says `supportsAllDrives: true` (developers.google.com/workspace/drive/api/guides/enable-shareddrives).
 */
import { GasException, SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import { pick } from './fields';
import { SHARED_DRIVE_ID } from './sharedDrive';
import { DOCUMENT_MIME, driveStore, FOLDER_MIME } from './store';

export interface DriveFileResource {
  kind?: string;
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  webViewLink?: string;
  trashed?: boolean;
  /** Set for an item in a shared drive (files resource: "ID of the shared drive the file resides in"). */
  driveId?: string;
  /** "A monotonically increasing version number for the file" — an int64 carried as a string in v3. */
  version?: string;
  /** "The last time the file was modified by anyone (RFC 3339 date-time)." */
  modifiedTime?: string;
  /** "The last user to modify the file." */
  lastModifyingUser?: { kind: string; displayName: string; emailAddress: string; me: boolean };
}

/** Options every files method may carry; `supportsAllDrives` is what shared-drive items need (vector 50). */
export interface DriveOptions {
  fields?: string;
  supportsAllDrives?: boolean;
}

/** What the emulator reads from a Blob passed as media (the emulated Blob, or any with these members). */
export interface MediaLike {
  getBytes(): number[];
  getContentType(): string | null;
}

export type ContentCopier = (fromId: string, toId: string) => void;
export type Exporter = (fileId: string, mimeType: string) => MediaLike | null;

const FILE_DEFAULTS = ['kind', 'id', 'name', 'mimeType'] as const;

/**
 * [C] The advanced service's error for a file the app cannot see: Drive's 404 message «File not found: <id>.»
 * behind «API call to drive.files.get failed with error: » (logs quoted in public projects; gas-api.md §13 #46).
 */
export const notFound = (method: string, id: string) => new GasException(`API call to drive.files.${method} failed with error: File not found: ${id}.`);

/**
 * Whether a Drive request reaches the file: the app made it (drive.file), Drive reaches what FormApp/DocumentApp
 * made (vector 59, a switch), and a shared-drive item is asked for with `supportsAllDrives` (vector 50).
 */
export function driveReaches(ws: Workspace, id: string, supportsAllDrives: boolean | undefined): boolean {
  if (!ws.appFiles.has(id)) return false;
  const store = driveStore(ws);
  if (!ws.behaviour.driveFileReachesAppMade && store.madeByServices.has(id)) return false;
  return !store.inSharedDrive.has(id) || supportsAllDrives === true;
}

function link(id: string, mimeType: string): string {
  if (mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${id}`;
  if (mimeType === DOCUMENT_MIME) return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
}

function toBytes(media: MediaLike): Uint8Array {
  return Uint8Array.from(media.getBytes(), (b) => b & 0xff);
}

export function driveFiles(ws: Workspace, hooks: { copiers: Map<string, ContentCopier>; exporters: Map<string, Exporter> }) {
  const store = driveStore(ws);
  const gate = (method: string): void => ws.rt.call(`Drive.Files.${method}`, { scopes: [SCOPE.driveFile, SCOPE.drive], minAuth: 'FULL' });
  const reachable = (method: string, id: string, options: DriveOptions) => {
    const file = ws.appFiles.get(id);
    if (!file || !driveReaches(ws, id, options.supportsAllDrives)) throw notFound(method, id);
    return file;
  };
  const full = (id: string): DriveFileResource => {
    const file = ws.appFiles.get(id)!;
    const driveId = store.inSharedDrive.get(id);
    const v = store.versionOf(id);
    return {
      kind: 'drive#file',
      id,
      name: file.name,
      mimeType: file.mimeType,
      parents: [...file.parents],
      webViewLink: link(id, file.mimeType),
      trashed: store.trashed.has(id),
      ...(driveId ? { driveId } : {}),
      version: String(v.version),
      modifiedTime: new Date(v.modifiedMs).toISOString(),
      lastModifyingUser: { kind: 'drive#user', displayName: v.modifiedBy.split('@')[0], emailAddress: v.modifiedBy, me: v.modifiedBy === store.actor() },
    };
  };
  const answer = (id: string, options: DriveOptions) => pick(full(id), options.fields, FILE_DEFAULTS);
  /** A new item under a shared-drive parent is in that shared drive too. */
  const placed = (id: string, parents: readonly string[]) => {
    const driveId = parents.map((p) => store.inSharedDrive.get(p) ?? (p === SHARED_DRIVE_ID ? p : undefined)).find((d) => d !== undefined);
    if (driveId) store.inSharedDrive.set(id, driveId);
    else store.inSharedDrive.delete(id);
  };

  return {
    create: (meta: DriveFileResource, media?: MediaLike | null, options: DriveOptions = {}) => {
      gate('create');
      const parents = meta.parents ?? ['root'];
      if (parents.length > 1) throw new GasException('API call to drive.files.create failed with error: A file can only have one parent folder.'); // [U]
      for (const parent of parents) if (parent !== 'root') reachable('create', parent, options);
      const id = store.newId();
      const mimeType = meta.mimeType ?? media?.getContentType() ?? 'application/octet-stream';
      ws.onFileCreated({ id, name: meta.name ?? 'Untitled', mimeType, parents });
      store.created(id);
      placed(id, parents);
      if (media) store.contents.set(id, { bytes: toBytes(media), contentType: media.getContentType() ?? mimeType });
      return answer(id, options);
    },

    get: (id: string, options: DriveOptions & { alt?: string } = {}) => {
      gate('get');
      reachable('get', id, options);
      return answer(id, options);
    },

    /** update(resource, fileId, mediaData?, {addParents, removeParents, fields}): rename, trash, move, new content. */
    update: (
      meta: DriveFileResource,
      id: string,
      media?: MediaLike | null,
      options: DriveOptions & { addParents?: string; removeParents?: string } = {},
    ) => {
      gate('update');
      const file = reachable('update', id, options);
      const remove = (options.removeParents ?? '').split(',').filter((p) => p !== '');
      const add = (options.addParents ?? '').split(',').filter((p) => p !== '');
      for (const parent of add) if (parent !== 'root') reachable('update', parent, options);
      const parents = [...file.parents.filter((p) => !remove.includes(p)), ...add.filter((p) => !file.parents.includes(p))];
      // My Drive items have exactly one parent since 2020 (developers.google.com/workspace/drive/api/guides/ref-single-parent).
      if (parents.length > 1) throw new GasException('API call to drive.files.update failed with error: Increasing the number of parents is not allowed'); // [U]
      file.parents = parents;
      if (add.length > 0) placed(id, parents);
      if (meta.name) file.name = meta.name;
      if (meta.trashed === true) store.trashed.add(id);
      if (meta.trashed === false) store.trashed.delete(id);
      if (media) store.contents.set(id, { bytes: toBytes(media), contentType: media.getContentType() ?? file.mimeType });
      // Every update is a change to the file (version); a new name or new content also moves modifiedTime.
      store.touch(id, { content: Boolean(media) || (meta.name !== undefined && meta.name !== '') });
      return answer(id, options);
    },

    /** copy(resource, fileId): a new file the app created, with the original's content; Google files keep their type. */
    copy: (meta: DriveFileResource, id: string, options: DriveOptions = {}) => {
      gate('copy');
      const source = reachable('copy', id, options);
      const parents = meta.parents ?? source.parents;
      for (const parent of parents) if (parent !== 'root') reachable('copy', parent, options);
      const copyId = store.newId();
      // [U] v3 keeps the original's name when none is given (v2 and the UI say «Copy of …»).
      ws.onFileCreated({ id: copyId, name: meta.name ?? source.name, mimeType: source.mimeType, parents: [...parents] });
      store.created(copyId);
      placed(copyId, parents);
      const content = store.contents.get(id);
      if (content) store.contents.set(copyId, { bytes: content.bytes.slice(), contentType: content.contentType });
      hooks.copiers.get(source.mimeType)?.(id, copyId);
      return answer(copyId, options);
    },

    /**
     * export(fileId, mimeType, {alt: 'media'}): the Apps Script advanced service needs alt=media, else
     * Drive refuses (github.com/brucemcpherson/gas-fakes/issues/117; issuetracker.google.com/issues/468534237).
     * files.export is not among the methods the shared-drive guide lists and has no supportsAllDrives
     * parameter (v3 reference), so a shared-drive item exports without it.
     */
    export: (id: string, mimeType: string, options: { alt?: string } = {}) => {
      gate('export');
      const file = reachable('export', id, { supportsAllDrives: true });
      if (options.alt !== 'media') throw new GasException('API call to drive.files.export failed with error: Export requires alt=media to download the exported content.');
      const exported = hooks.exporters.get(file.mimeType)?.(id, mimeType) ?? null;
      if (!exported) throw new GasException(`API call to drive.files.export failed with error: Export only supports Docs Editors files.`); // [U]
      return exported;
    },
  };
}
