/**
 * Drive.Files of the Advanced Drive service v3 (developers.google.com/apps-script/advanced/drive;
 * developers.google.com/workspace/drive/api/reference/rest/v3/files): create (with media), get, update
 * (rename, trash, move, new content), copy and export. Under the drive.file scope the app reaches only the
 * files it created (developers.google.com/workspace/add-ons/concepts/workspace-scopes); any other id
 * answers as Drive does for a file it cannot see. Items in a shared drive answer so too unless the request
 * says `supportsAllDrives: true` (developers.google.com/workspace/drive/api/guides/enable-shareddrives).
 */
import { conversionSurchargeMs } from '../costs';
import { chargeDocumentCreate } from '../document/quota';
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

/**
 * How a Google type takes an upload in (registered by its service, e.g. DocumentApp's documents): `prepare`
 * converts the bytes (null: a new empty file) before Drive changes anything, and may refuse with
 * ConversionRefused; the writer it returns puts the content in place once the file exists.
 */
export interface Importer {
  /** The source types this emulator converts (a subset of what Google imports, IMPORTS_TO). */
  readonly sources: readonly string[];
  prepare(bytes: Uint8Array | null, sourceType: string): (fileId: string) => void;
}

/** Drive's reason for refusing a conversion; files.ts words it as the advanced service's error for the method. */
export class ConversionRefused extends Error {}

const GOOGLE_TYPE = 'application/vnd.google-apps.';

/**
 * [D] What Drive imports into a Google Doc: about.importFormats (developers.google.com/workspace/drive/api/reference/rest/v3/about,
 * e.g. chromium's google_apis/test/data/drive/about.json: msword, text/plain, rtf, sun.xml.writer, bmp, gif → document) and
 * developers.google.com/workspace/drive/api/guides/manage-uploads «Import to Google Docs types». Only text/html and
 * text/plain are modelled (Importer.sources); the others answer «not modelled». Other Google targets are not modelled.
 */
const IMPORTS_TO: Readonly<Record<string, readonly string[]>> = {
  [DOCUMENT_MIME]: [
    'text/html',
    'text/plain',
    'text/markdown',
    'text/rtf',
    'text/richtext',
    'application/rtf',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
    'application/vnd.ms-word.document.macroenabled.12',
    'application/vnd.ms-word.template.macroenabled.12',
    'application/vnd.oasis.opendocument.text',
    'application/x-vnd.oasis.opendocument.text',
    'application/vnd.sun.xml.writer',
    'application/pdf',
    'image/jpeg',
    'image/jpg',
    'image/pjpeg',
    'image/png',
    'image/x-png',
    'image/gif',
    'image/bmp',
    'image/x-bmp',
  ],
};

/**
 * [D] "If you convert a text document to Google Docs format, it can be up to 50 MB" (support.google.com/drive/answer/37603,
 * «Files you can store in Google Drive»). The refusal's wording is [U].
 */
export const CONVERSION_MAX_BYTES = 50 * 1024 * 1024;

/**
 * [C] Drive's 400 for a source the target cannot be made from: «Conversion of the uploaded content to the requested
 * output type is not supported.», reason conversionUnsupportedConversionPath (github.com/googleworkspace/php-samples/issues/147);
 * behind the advanced service's «API call to drive.files.<method> failed with error: » (the prefix as for «File not found»).
 */
export const CONVERSION_UNSUPPORTED = 'Conversion of the uploaded content to the requested output type is not supported.';

/** Drive's error as its REST API reports it (developers.google.com/workspace/drive/api/guides/handle-errors): status and reason. */
export interface DriveErrorDetail {
  readonly status: number;
  readonly reason: string;
  readonly domain?: string;
  readonly location?: string;
  readonly locationType?: string;
}

/**
 * A Drive refusal: the advanced service shows it as «API call to drive.<resource>.<method> failed with error: <message>»;
 * the REST API (urlFetch/driveRest.ts) answers the same refusal as Drive's JSON error with `detail`'s status and reason.
 */
export class DriveCallError extends GasException {
  constructor(
    readonly resource: 'files' | 'permissions',
    readonly method: string,
    readonly apiMessage: string,
    readonly detail: DriveErrorDetail,
  ) {
    super(`API call to drive.${resource}.${method} failed with error: ${apiMessage}`);
  }
}

/** [U] Drive's reason for a refusal whose REST reason no source gives: the generic 400. */
export const BAD_REQUEST: DriveErrorDetail = { status: 400, reason: 'badRequest' };

/**
 * How a Drive method is called and charged: Advanced Drive goes through the runtime (scope, meter, faults, cost);
 * a REST request through UrlFetchApp charges its remote time to the fetch (urlFetch/driveRest.ts). `extraMs`: a conversion.
 */
export type DriveGate = (method: string, extraMs: number) => void;

export const advancedGate =
  (ws: Workspace, resource: 'Files' | 'Permissions'): DriveGate =>
  (method, extraMs) =>
    ws.rt.call(`Drive.${resource}.${method}`, { scopes: [SCOPE.driveFile, SCOPE.drive], minAuth: 'FULL', extraMs });

const isGoogleType = (mimeType: string | undefined): mimeType is string => (mimeType?.startsWith(GOOGLE_TYPE) ?? false) && mimeType !== FOLDER_MIME;

/** The media's type without parameters («text/html; charset=utf-8» → «text/html»). */
const sourceTypeOf = (media: MediaLike): string => (media.getContentType() ?? 'application/octet-stream').split(';')[0].trim().toLowerCase();

const FILE_DEFAULTS = ['kind', 'id', 'name', 'mimeType'] as const;

/**
 * [C] The advanced service's error for a file the app cannot see: Drive's 404 message «File not found: <id>.»
 * behind «API call to drive.files.get failed with error: » (logs quoted in public projects; gas-api.md §13 #46).
 */
export const notFound = (method: string, id: string) =>
  new DriveCallError('files', method, `File not found: ${id}.`, { status: 404, reason: 'notFound', location: 'fileId', locationType: 'parameter' });

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

/** A files.list query of the modelled subset as a test on a file resource. */
function listQuery(q: string): (file: DriveFileResource) => boolean {
  if (q.trim() === '') return () => true;
  const tests = q.split(/\s+and\s+/i).map((clause): ((f: DriveFileResource) => boolean) => {
    const text = clause.trim();
    const value = /^(name|mimeType)\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(text);
    if (value) {
      const wanted = value[2].replace(/\\(.)/g, '$1');
      return (f) => (value[1] === 'name' ? f.name : f.mimeType) === wanted;
    }
    const trashed = /^trashed\s*=\s*(true|false)$/.exec(text);
    if (trashed) return (f) => Boolean(f.trashed) === (trashed[1] === 'true');
    const parent = /^'([^']+)'\s+in\s+parents$/.exec(text);
    if (parent) return (f) => (f.parents ?? []).includes(parent[1]);
    throw new Error(`Emulator: the files.list query «${text}» is not modelled`);
  });
  return (file) => tests.every((t) => t(file));
}

function toBytes(media: MediaLike): Uint8Array {
  return Uint8Array.from(media.getBytes(), (b) => b & 0xff);
}

export function driveFiles(
  ws: Workspace,
  hooks: { copiers: Map<string, ContentCopier>; exporters: Map<string, Exporter>; importers: Map<string, Importer> },
  call: DriveGate = advancedGate(ws, 'Files'),
) {
  const store = driveStore(ws);
  /** `extraMs`: Drive's conversion of an upload, charged with the call (costs.ts conversionSurchargeMs, Est.). */
  const gate = (method: string, extraMs = 0): void => call(method, extraMs);
  const surcharge = (target: string | undefined, media: MediaLike | null | undefined): number =>
    isGoogleType(target) && media ? conversionSurchargeMs(media.getBytes().length) : 0;
  /**
   * Drive's import of an upload into a Google type, checked before anything changes: a source Google cannot make
   * the target from is refused as Drive refuses it; a source Google imports but the emulator does not convert, or
   * a target without an importer, is the emulator's own error. Without media, a new file of the type is empty.
   */
  const conversion = (method: string, target: string, media: MediaLike | null | undefined): ((fileId: string) => void) | null => {
    const importer = hooks.importers.get(target);
    if (!media) return importer ? importer.prepare(null, '') : null;
    const sourceType = sourceTypeOf(media);
    const refuse = (message: string, detail: DriveErrorDetail = BAD_REQUEST) => new DriveCallError('files', method, message, detail);
    const importable = IMPORTS_TO[target];
    if (!importable) throw new Error(`Emulator: Drive's conversion into ${target} is not modelled`);
    if (!importable.includes(sourceType)) throw refuse(CONVERSION_UNSUPPORTED, { status: 400, reason: 'conversionUnsupportedConversionPath' });
    if (!importer?.sources.includes(sourceType)) throw new Error(`Emulator: Drive's conversion of ${sourceType} into ${target} is not modelled`);
    const bytes = toBytes(media);
    if (bytes.length > CONVERSION_MAX_BYTES) throw refuse('The file is too large to be converted.'); // [U] wording
    try {
      return importer.prepare(bytes, sourceType);
    } catch (error) {
      if (error instanceof ConversionRefused) throw refuse(error.message);
      throw error;
    }
  };
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
    /**
     * create(resource, mediaData?, options): with a Google type as `mimeType` and media of a type Drive imports,
     * the file is that Google type holding the converted content (manage-uploads «Import to Google Docs types»);
     * the app made it through Drive, so drive.file reaches it.
     */
    create: (meta: DriveFileResource, media?: MediaLike | null, options: DriveOptions = {}) => {
      gate('create', surcharge(meta.mimeType, media));
      const parents = meta.parents ?? ['root'];
      if (parents.length > 1) throw new DriveCallError('files', 'create', 'A file can only have one parent folder.', BAD_REQUEST); // [U]
      for (const parent of parents) if (parent !== 'root') reachable('create', parent, options);
      const write = isGoogleType(meta.mimeType) ? conversion('create', meta.mimeType, media) : null;
      // [U] The stricter reading: a Doc Drive makes counts against the daily quota on new documents as
      // DocumentApp.create does (vector 53; no page says either way), and is refused with the same text.
      if (meta.mimeType === DOCUMENT_MIME) chargeDocumentCreate(ws);
      const id = store.newId();
      const mimeType = meta.mimeType ?? media?.getContentType() ?? 'application/octet-stream';
      ws.onFileCreated({ id, name: meta.name ?? 'Untitled', mimeType, parents });
      store.created(id);
      placed(id, parents);
      if (write) write(id);
      else if (media) store.contents.set(id, { bytes: toBytes(media), contentType: media.getContentType() ?? mimeType });
      return answer(id, options);
    },

    get: (id: string, options: DriveOptions & { alt?: string } = {}) => {
      gate('get');
      reachable('get', id, options);
      return answer(id, options);
    },

    /**
     * update(resource, fileId, mediaData?, {addParents, removeParents, fields}): rename, trash, move, new content.
     * New media on a Google Doc replaces its content by the conversion (same id and sharing): the way to overwrite a
     * Doc (files.update with media on a Doc's id: tanaikech.github.io/2019/04/20/overwriting-several-google-documents-by-2-text-files-using-google-apps-script).
     */
    update: (
      meta: DriveFileResource,
      id: string,
      media?: MediaLike | null,
      options: DriveOptions & { addParents?: string; removeParents?: string } = {},
    ) => {
      gate('update', surcharge(ws.appFiles.get(id)?.mimeType, media));
      const file = reachable('update', id, options);
      if (meta.mimeType !== undefined && meta.mimeType !== file.mimeType && (isGoogleType(file.mimeType) || isGoogleType(meta.mimeType))) {
        throw new Error(`Emulator: changing a file's type from ${file.mimeType} to ${meta.mimeType} by update is not modelled`);
      }
      const write = media && isGoogleType(file.mimeType) ? conversion('update', file.mimeType, media) : null;
      const remove = (options.removeParents ?? '').split(',').filter((p) => p !== '');
      const add = (options.addParents ?? '').split(',').filter((p) => p !== '');
      for (const parent of add) if (parent !== 'root') reachable('update', parent, options);
      const parents = [...file.parents.filter((p) => !remove.includes(p)), ...add.filter((p) => !file.parents.includes(p))];
      // My Drive items have exactly one parent since 2020 (developers.google.com/workspace/drive/api/guides/ref-single-parent).
      if (parents.length > 1) throw new DriveCallError('files', 'update', 'Increasing the number of parents is not allowed', BAD_REQUEST); // [U]
      file.parents = parents;
      if (add.length > 0) placed(id, parents);
      if (meta.name) file.name = meta.name;
      if (meta.trashed === true) store.trashed.add(id);
      if (meta.trashed === false) store.trashed.delete(id);
      if (write) write(id);
      else if (media) store.contents.set(id, { bytes: toBytes(media), contentType: media.getContentType() ?? file.mimeType });
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
     * list({q, fields, pageSize, supportsAllDrives, includeItemsFromAllDrives}): under drive.file only the files
     * the app reaches (workspace-scopes: «files … created or opened by the app»). The query language is modelled
     * for `name = '…'`, `mimeType = '…'`, `trashed = true|false` and `'<id>' in parents` joined by `and`
     * (developers.google.com/workspace/drive/api/guides/search-files; `\'` escapes a quote); any other query
     * is the emulator's own error. Shared-drive items are listed only with both shared-drive flags (vector 50).
     */
    list: (options: DriveOptions & { q?: string; pageSize?: number; pageToken?: string; includeItemsFromAllDrives?: boolean } = {}) => {
      gate('list');
      const test = listQuery(options.q ?? '');
      const allDrives = options.supportsAllDrives === true && options.includeItemsFromAllDrives === true;
      const files = [...ws.appFiles.keys()]
        .filter((id) => driveReaches(ws, id, allDrives))
        .map(full)
        .filter(test);
      // Pages of `pageSize` (1–1000, default 100: v3 reference, files.list); the token is the emulator's own.
      const size = options.pageSize ?? 100;
      if (!Number.isInteger(size) || size < 1 || size > 1000) {
        throw new DriveCallError('files', 'list', `Invalid value '${size}'. Values must be within the range: [1, 1000]`, { status: 400, reason: 'invalid', location: 'pageSize', locationType: 'parameter' }); // [U] wording
      }
      const from = options.pageToken ? Number(/^p(\d+)$/.exec(options.pageToken)?.[1] ?? Number.NaN) : 0;
      if (!Number.isInteger(from)) throw new DriveCallError('files', 'list', 'Invalid Value', { status: 400, reason: 'invalid', location: 'pageToken', locationType: 'parameter' }); // [U]
      const page = files.slice(from, from + size);
      const mask = options.fields ?? 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)';
      const fileMask = /files\(([^)]*)\)/.exec(mask)?.[1];
      // Like every field, nextPageToken comes back only when `fields` asks for it: a mask without it reads one page.
      const more = from + size < files.length && /(^|,)\s*nextPageToken\s*(,|$)/.test(mask);
      return {
        kind: 'drive#fileList',
        incompleteSearch: false,
        ...(more ? { nextPageToken: `p${from + size}` } : {}),
        files: page.map((f) => pick(f, fileMask, FILE_DEFAULTS)),
      };
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
