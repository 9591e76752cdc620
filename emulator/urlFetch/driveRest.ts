/**
 * Drive's REST API v3 as UrlFetchApp reaches it (developers.google.com/workspace/drive/api/reference/rest/v3): the
 * same files and permissions code as Advanced Drive (emulator/drive), so both validate, refuse and store alike, with
 * Drive's JSON error bodies (developers.google.com/workspace/drive/api/guides/handle-errors) instead of the advanced
 * service's exceptions. Modelled: multipart uploads (create, update), files get/list/create (metadata)/update
 * (metadata), permissions create/list/delete. Each request is authorised by `Authorization: Bearer <token>` from
 * ScriptApp.getOAuthToken() (token.ts), whose scopes decide what Drive allows.
 */
import { costOf } from '../costs';
import { driveHooks } from '../drive';
import { DriveCallError, type DriveErrorDetail, type DriveFileResource, type DriveGate, driveFiles, type MediaLike } from '../drive/files';
import { drivePermissions } from '../drive/permissions';
import { ExecutionTimeoutError, GasException } from '../exceptions';
import { SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import type { HttpAnswer } from './httpResponse';
import { MalformedMultipart, parseMultipart } from './multipart';
import { tokenScopes } from './token';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RestRequest {
  readonly method: HttpMethod;
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: ReadonlyMap<string, string>;
  readonly contentType: string | null;
  readonly body: Uint8Array;
}

export interface RestAnswer extends HttpAnswer {
  /** Virtual ms Drive worked on it (its method's table cost and a conversion), before jitter. */
  readonly remoteMs: number;
}

interface ErrorEntry {
  readonly message: string;
  readonly domain: string;
  readonly reason: string;
  readonly location?: string;
  readonly locationType?: string;
}

const JSON_TYPE = 'application/json; charset=UTF-8';

/** Drive's error body: {"error": {"code", "message", "errors": [{message, domain, reason, location?, locationType?}]}}. */
export function errorBody(status: number, message: string, detail: Omit<DriveErrorDetail, 'status'>): string {
  const entry: ErrorEntry = {
    message,
    domain: detail.domain ?? 'global',
    reason: detail.reason,
    ...(detail.location ? { location: detail.location, locationType: detail.locationType ?? 'parameter' } : {}),
  };
  return JSON.stringify({ error: { code: status, message, errors: [entry] } }, null, 2);
}

const answer = (status: number, text: string, remoteMs: number): RestAnswer => ({
  status,
  headers: text === '' ? {} : { 'Content-Type': JSON_TYPE },
  body: new Uint8Array(Buffer.from(text, 'utf8')),
  remoteMs,
});

const failure = (status: number, message: string, detail: Omit<DriveErrorDetail, 'status'>, remoteMs = 0): RestAnswer =>
  answer(status, errorBody(status, message, detail), remoteMs);

/**
 * Canned answers for faults planned on a request (`Drive.REST.<resource>.<method>`, faults.ts): the rule's kind picks
 * the default — transient: 500 backendError; rate: 403 userRateLimitExceeded; daily-quota: 403 dailyLimitExceeded —
 * and a rule's `message` naming one of these keys picks that answer (e.g. 'rateLimitExceeded' for Drive's 429).
 * Bodies as handle-errors shows them; 503's wording [U].
 */
export const REST_FAULTS = {
  backendError: { status: 500, message: 'Backend Error', reason: 'backendError', domain: 'global' },
  serviceUnavailable: { status: 503, message: 'Service Unavailable', reason: 'backendError', domain: 'global' },
  userRateLimitExceeded: { status: 403, message: 'User Rate Limit Exceeded', reason: 'userRateLimitExceeded', domain: 'usageLimits' },
  rateLimitExceeded: { status: 429, message: 'Rate Limit Exceeded', reason: 'rateLimitExceeded', domain: 'usageLimits' },
  dailyLimitExceeded: { status: 403, message: 'Daily Limit Exceeded', reason: 'dailyLimitExceeded', domain: 'usageLimits' },
} as const;
export type RestFault = keyof typeof REST_FAULTS;

const DEFAULT_FAULT: Record<string, RestFault> = { transient: 'backendError', rate: 'userRateLimitExceeded', 'daily-quota': 'dailyLimitExceeded' };

/** A route of the modelled API: the name faults and the meter know it by, and what it does. */
interface Route {
  /** `files.create`, `permissions.create`, … */
  readonly name: string;
  readonly run: (remote: { files: ReturnType<typeof driveFiles>; permissions: ReturnType<typeof drivePermissions> }) => unknown;
}

const flag = (value: string | null): boolean | undefined => (value === null ? undefined : value === 'true');

/** Drive options from the query string (only those the emulated methods read). */
function optionsOf(query: URLSearchParams) {
  const fields = query.get('fields') ?? undefined;
  return {
    ...(fields !== undefined ? { fields } : {}),
    ...(query.has('supportsAllDrives') ? { supportsAllDrives: flag(query.get('supportsAllDrives')) } : {}),
  };
}

function jsonBody(request: RestRequest): Record<string, unknown> {
  if (request.body.length === 0) return {};
  const value = JSON.parse(Buffer.from(request.body).toString('utf8')) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new MalformedMultipart('Invalid JSON payload received.');
  return value as Record<string, unknown>;
}

/** files.update's addParents/removeParents from the query string. */
function movesOf(query: URLSearchParams): { addParents?: string; removeParents?: string } {
  const add = query.get('addParents');
  const remove = query.get('removeParents');
  return { ...(add ? { addParents: add } : {}), ...(remove ? { removeParents: remove } : {}) };
}

const mediaOf = (media: { bytes: Uint8Array; contentType: string } | null): MediaLike | null =>
  media ? { getBytes: () => Array.from(media.bytes, (b) => (b > 127 ? b - 256 : b)), getContentType: () => media.contentType } : null;

/** Which modelled method a request is, or null (the emulator's own «not modelled»). */
function routeOf(request: RestRequest): Route | null {
  const { method, url } = request;
  const query = url.searchParams;
  const options = optionsOf(query);
  const upload = /^\/upload\/drive\/v3\/files(?:\/([^/]+))?$/.exec(url.pathname);
  if (upload) {
    if (query.get('uploadType') !== 'multipart') return null; // media and resumable uploads are not modelled
    const id = upload[1] ? decodeURIComponent(upload[1]) : null;
    if (method === 'POST' && id === null) {
      return {
        name: 'files.create',
        run: ({ files }) => {
          const { metadata, media } = parseMultipart(request.body, request.contentType);
          return files.create(metadata as DriveFileResource, mediaOf(media), options);
        },
      };
    }
    if (method === 'PATCH' && id !== null) {
      const moves = { ...movesOf(query) };
      return {
        name: 'files.update',
        run: ({ files }) => {
          const { metadata, media } = parseMultipart(request.body, request.contentType);
          return files.update(metadata as DriveFileResource, id, mediaOf(media), { ...options, ...moves });
        },
      };
    }
    return null;
  }
  const files = /^\/drive\/v3\/files(?:\/([^/]+))?(?:\/permissions(?:\/([^/]+))?)?$/.exec(url.pathname);
  if (!files) return null;
  const id = files[1] ? decodeURIComponent(files[1]) : null;
  const permissions = url.pathname.includes('/permissions');
  const permissionId = files[2] ? decodeURIComponent(files[2]) : null;
  if (permissions && id !== null) {
    if (method === 'POST' && permissionId === null) {
      const create = {
        ...options,
        ...(query.has('sendNotificationEmail') ? { sendNotificationEmail: flag(query.get('sendNotificationEmail')) } : {}),
        ...(query.has('transferOwnership') ? { transferOwnership: flag(query.get('transferOwnership')) } : {}),
        ...(query.get('emailMessage') !== null ? { emailMessage: query.get('emailMessage')! } : {}),
      };
      return { name: 'permissions.create', run: ({ permissions: p }) => p.create(jsonBody(request) as Parameters<typeof p.create>[0], id, create) };
    }
    if (method === 'GET' && permissionId === null) return { name: 'permissions.list', run: ({ permissions: p }) => p.list(id, options) };
    if (method === 'DELETE' && permissionId !== null) return { name: 'permissions.delete', run: ({ permissions: p }) => p.remove(id, permissionId, options) };
    return null;
  }
  if (id === null && method === 'GET') {
    const list = {
      ...options,
      ...(query.get('q') !== null ? { q: query.get('q')! } : {}),
      ...(query.has('includeItemsFromAllDrives') ? { includeItemsFromAllDrives: flag(query.get('includeItemsFromAllDrives')) } : {}),
      ...(query.get('pageSize') !== null ? { pageSize: Number(query.get('pageSize')) } : {}),
      ...(query.get('pageToken') !== null ? { pageToken: query.get('pageToken')! } : {}),
    };
    return { name: 'files.list', run: ({ files: f }) => f.list(list) };
  }
  if (id === null && method === 'POST') return { name: 'files.create', run: ({ files: f }) => f.create(jsonBody(request) as DriveFileResource, null, options) };
  if (id !== null && method === 'GET') {
    if (query.get('alt') === 'media') return null; // downloads are not modelled
    return { name: 'files.get', run: ({ files: f }) => f.get(id, options) };
  }
  if (id !== null && method === 'PATCH') return { name: 'files.update', run: ({ files: f }) => f.update(jsonBody(request) as DriveFileResource, id, null, { ...options, ...movesOf(query) }) };
  return null;
}

/** The gate REST requests go through: no runtime call of their own, their Drive method's cost added to the remote time. */
function restGate(resource: 'Files' | 'Permissions', spent: { ms: number }): DriveGate {
  return (method, extraMs) => {
    spent.ms += costOf(`Drive.${resource}.${method}`, 0) + extraMs;
  };
}

export interface RestContext {
  /** Consult the fault plan for this request (not when the execution is already to die after its fetchAll). */
  readonly faults: boolean;
}

/** Answers one request to https://www.googleapis.com/(upload/)drive/v3/…; an ExecutionTimeoutError (a kill) passes through. */
export function driveRest(ws: Workspace, request: RestRequest, context: RestContext): RestAnswer {
  const route = routeOf(request);
  if (!route) throw new Error(`Emulator: Drive's REST ${request.method} ${request.url.pathname}${request.url.search} is not modelled`);
  // 401 (handle-errors «401: Invalid Credentials»): no token, not a bearer token, or one this user no longer holds.
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const granted = bearer ? tokenScopes(ws, bearer) : null;
  if (!granted) return failure(401, 'Invalid Credentials', { reason: 'authError', location: 'Authorization', locationType: 'header' });
  // 403 insufficientPermissions: the token's scopes reach no Drive method (github.com/googleapis/google-api-php-client/issues/2307).
  if (granted.scopes && !granted.scopes.includes(SCOPE.driveFile) && !granted.scopes.includes(SCOPE.drive)) {
    return failure(403, 'Insufficient Permission: Request had insufficient authentication scopes.', { reason: 'insufficientPermissions' });
  }
  const exec = ws.rt.execution;
  if (context.faults) {
    const faults = ws.rt.faults;
    const before = faults.injected.length;
    try {
      faults.check(`Drive.REST.${route.name}`, exec?.functionName ?? null, exec?.id ?? null);
    } catch (error) {
      const injected = faults.injected[faults.injected.length - 1];
      if (error instanceof ExecutionTimeoutError || faults.injected.length === before || !injected) throw error;
      const chosen = injected.message in REST_FAULTS ? (injected.message as RestFault) : DEFAULT_FAULT[injected.kind];
      if (!chosen) throw error;
      const fault = REST_FAULTS[chosen];
      return failure(fault.status, fault.message, { reason: fault.reason, domain: fault.domain });
    }
  }
  const spent = { ms: 0 };
  const remote = { files: driveFiles(ws, driveHooks(ws), restGate('Files', spent)), permissions: drivePermissions(ws, restGate('Permissions', spent)) };
  try {
    const result = route.run(remote);
    return result === undefined ? answer(204, '', spent.ms) : answer(200, JSON.stringify(result, null, 2), spent.ms);
  } catch (error) {
    if (error instanceof DriveCallError) return failure(error.detail.status, error.apiMessage, error.detail, spent.ms);
    if (error instanceof MalformedMultipart || error instanceof SyntaxError) return failure(400, error instanceof SyntaxError ? 'Invalid JSON payload received.' : error.message, { reason: 'badRequest' }, spent.ms);
    // [U] A daily quota the emulator counts for Drive's Docs (document/quota.ts) answered as Drive's usage limit.
    if (error instanceof GasException && /for one day/.test(error.message)) return failure(403, error.message, { reason: 'dailyLimitExceeded', domain: 'usageLimits' }, spent.ms);
    throw error;
  }
}
