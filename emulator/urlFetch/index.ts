/**
 * UrlFetchApp (developers.google.com/apps-script/reference/url-fetch/url-fetch-app): `fetch(url, params?)` and
 * `fetchAll(requests)`, routed to the emulated Drive's REST API (driveRest.ts) — the one remote service the add-on
 * calls this way. Any other host is unreachable here (stricter: emulator/DIVERGENCES.md «UrlFetch»).
 *
 * Each is one call of the script (metered as `UrlFetchApp.fetch`/`fetchAll`, 400 ms, performance.md §6), and every
 * request is metered as `UrlFetch.request` and counted against the daily URL-fetch quota (quota.ts). A fetch costs
 * 400 ms + its remote time; a fetchAll 400 ms + the makespan of its remote times on URL_FETCH_ALL_LANES lanes
 * (costs.ts). Faults: a fault planned on `UrlFetchApp.fetchAll` (or `fetch`) fails the whole call before anything
 * is sent; a 'kill' with `afterCall` lets the requests happen and ends the execution before the script sees them;
 * faults planned on `Drive.REST.<resource>.<method>` make one request answer Drive's JSON error (driveRest.ts).
 */
import { blobBytes } from '../base/blob';
import { makespanMs, URL_FETCH_JITTER } from '../costs';
import { ExecutionTimeoutError, GasException } from '../exceptions';
import { guard } from '../guard';
import { SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import { driveRest, type HttpMethod, type RestAnswer, type RestRequest } from './driveRest';
import { httpResponse } from './httpResponse';
import { takeUrlFetch, URL_FETCH_QUOTA_TEXT } from './quota';

type Options = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;
type HTTPResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;

/** The host whose Drive API the emulator answers. */
const GOOGLE_APIS = 'www.googleapis.com';
/** "the content type (defaults to 'application/x-www-form-urlencoded')" (URLFetchRequestOptions, url-fetch-app#fetch(String,Object)). */
const FORM = 'application/x-www-form-urlencoded';
const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

interface Prepared {
  readonly url: string;
  readonly mute: boolean;
  readonly request: RestRequest;
}

/**
 * [C] An HTTP failure without muteHttpExceptions: «Request failed for <scheme://host> returned code <n>. Truncated server
 * response: <body> (use muteHttpExceptions option to examine full response)»; a body over 150 characters is cut to 147
 * and «...» (logs quoted in public code: ridewithgps 404s, googleapis 403 and OpenAI 401/404 bodies all cut at 147).
 */
export function requestFailedText(url: string, status: number, body: string): string {
  const shown = body.length > 150 ? `${body.slice(0, 147)}...` : body;
  return `Request failed for ${new URL(url).origin} returned code ${status}. Truncated server response: ${shown} (use muteHttpExceptions option to examine full response)`;
}

/** [C] github.com/grahamearley/FirestoreGoogleAppsScript/issues/135, diegomanuel/binance-to-google-sheets#82: the URL without its query. */
export const notAllowlistedText = (url: string): string =>
  `Request to ${url.includes('?') ? url.slice(0, url.indexOf('?') + 1) : url} failed because the URL has not been whitelisted in the script manifest.`;

/** [U] wording (Google's own for a host it cannot reach, as named in justin.poehnelt.com's UrlFetchApp guide). */
export const unreachableText = (url: string): string => `Address unavailable: ${url}`;

/** Whether the manifest's urlFetchWhitelist lets the URL through ("*." may lead a prefix to match subdomains). */
function allowed(prefixes: readonly string[] | undefined, url: string): boolean {
  // "This field is optional when you install a test deployment" (developers.google.com/apps-script/manifest/allowlist-url).
  if (prefixes === undefined) return true;
  return prefixes.some((prefix) => {
    const wildcard = /^https:\/\/\*\.([^/]+)(\/.*)$/.exec(prefix);
    if (!wildcard) return url.startsWith(prefix);
    const target = /^https:\/\/([^/]+)(\/.*)?$/.exec(url);
    return Boolean(target?.[1].endsWith(`.${wildcard[1]}`)) && (target?.[2] ?? '/').startsWith(wildcard[2]);
  });
}

function payloadBytes(payload: unknown): { bytes: Uint8Array; type: string | null } {
  if (payload === undefined || payload === null) return { bytes: new Uint8Array(0), type: null };
  if (typeof payload === 'string') return { bytes: new Uint8Array(Buffer.from(payload, 'utf8')), type: null };
  if (Array.isArray(payload)) return { bytes: Uint8Array.from(payload as number[], (b) => b & 0xff), type: null };
  const blob = payload as { getBytes?: unknown; getContentType?: unknown };
  if (typeof blob.getBytes === 'function' && typeof blob.getContentType === 'function') {
    const b = payload as GoogleAppsScript.Base.Blob;
    return { bytes: blobBytes(b), type: b.getContentType() };
  }
  // "A JavaScript object will be interpreted as a map of form field names to values".
  const fields = Object.entries(payload as Record<string, unknown>).map(([k, v]) => {
    if (v !== null && typeof v === 'object') throw new Error('Emulator: a form payload with a Blob (multipart/form-data) is not modelled');
    return `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`;
  });
  return { bytes: new Uint8Array(Buffer.from(fields.join('&'), 'utf8')), type: FORM };
}

export function installUrlFetchApp(ws: Workspace, globals: Record<string, unknown>): void {
  const jitter = ws.state('urlFetch.jitter', () => ({ seed: 0x2f6b_1d35 }));
  /** A deterministic factor in 1 ± URL_FETCH_JITTER (an LCG per workspace). */
  const jittered = (ms: number): number => {
    jitter.seed = (Math.imul(jitter.seed, 1_103_515_245) + 12_345) >>> 0;
    return ms * (1 + URL_FETCH_JITTER * (2 * (jitter.seed / 0x1_0000_0000) - 1));
  };

  const prepare = (url: string, options: Options): Prepared => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new GasException(`Invalid argument: ${url}`); // [U] wording
    }
    const method = String(options.method ?? 'get').toUpperCase() as HttpMethod;
    if (!METHODS.includes(method)) throw new GasException(`Invalid argument: method`); // [U]
    if (!allowed(ws.manifest.urlFetchWhitelist, url)) throw new GasException(notAllowlistedText(url));
    if (parsed.protocol !== 'https:' || parsed.host !== GOOGLE_APIS) throw new GasException(unreachableText(url));
    const headers = new Map<string, string>();
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name.toLowerCase(), String(value));
    const payload = payloadBytes(options.payload);
    const contentType = options.contentType ?? headers.get('content-type') ?? payload.type ?? (payload.bytes.length > 0 ? FORM : null);
    return { url, mute: options.muteHttpExceptions === true, request: { method, url: parsed, headers, contentType, body: payload.bytes } };
  };

  /** Google's texts for a fault planned on the call itself (faults.ts words them for its own services). */
  const reworded = (error: unknown, name: string, before: number, firstUrl: string): unknown => {
    const injected = ws.rt.faults.injected;
    const last = injected[injected.length - 1];
    if (!(error instanceof GasException) || injected.length === before || !last || last.method !== name || last.message !== error.message) return error;
    if (last.kind === 'daily-quota') return new GasException(URL_FETCH_QUOTA_TEXT);
    // [C] github.com/RemcoE33/apps-script-codebase/issues/1.
    if (last.kind === 'rate') return new GasException('Service invoked too many times in a short time: urlfetch. Try Utilities.sleep(1000) between calls.');
    if (last.kind === 'transient') return new GasException(unreachableText(firstUrl));
    return error;
  };

  const send = (name: 'UrlFetchApp.fetch' | 'UrlFetchApp.fetchAll', inputs: readonly { url: string; options: Options }[]): HTTPResponse[] => {
    const { rt } = ws;
    const before = rt.faults.injected.length;
    try {
      rt.call(name, { scopes: [SCOPE.externalRequest], minAuth: 'FULL' });
    } catch (error) {
      throw reworded(error, name, before, inputs[0]?.url ?? '');
    }
    // A kill planned after this call: the requests happen, the script never sees their answers.
    const last = rt.faults.injected[rt.faults.injected.length - 1];
    const dieAfter = rt.faults.injected.length > before && last?.method === name && last.kind === 'kill';
    const prepared = inputs.map(({ url, options }) => prepare(url, options));
    const answers: RestAnswer[] = [];
    const remote: number[] = [];
    let overQuota = false;
    for (const p of prepared) {
      if (!takeUrlFetch(ws)) {
        overQuota = true;
        break;
      }
      rt.meter.record('UrlFetch.request');
      const answer = driveRest(ws, p.request, { faults: !dieAfter });
      answers.push(answer);
      remote.push(jittered(answer.remoteMs));
    }
    rt.spend(name === 'UrlFetchApp.fetch' ? (remote[0] ?? 0) : makespanMs(remote, ws.behaviour.urlFetchAllLanes));
    if (dieAfter) throw new ExecutionTimeoutError();
    // [U] The requests before the quota ran out were sent; the call throws (the stricter reading).
    if (overQuota) throw new GasException(URL_FETCH_QUOTA_TEXT);
    answers.forEach((a, i) => {
      if (!prepared[i].mute && a.status >= 400) throw new GasException(requestFailedText(prepared[i].url, a.status, Buffer.from(a.body).toString('utf8')));
    });
    return answers.map((a) => httpResponse(a));
  };

  const asInput = (request: string | Request): { url: string; options: Options } =>
    typeof request === 'string' ? { url: request, options: {} } : { url: String(request.url), options: request };

  globals.UrlFetchApp = guard(
    {
      fetch: (url: string, params: Options = {}) => send('UrlFetchApp.fetch', [{ url, options: params }])[0],
      fetchAll: (requests: (string | Request)[]) => send('UrlFetchApp.fetchAll', requests.map(asInput)),
    },
    'UrlFetchApp',
  );
}
