/**
 * UrlFetchApp's HTTPResponse (developers.google.com/apps-script/reference/url-fetch/http-response): the status code,
 * the body as text, bytes or a Blob, and the headers — getAllHeaders gives a header with several values as an array.
 */
import { newBlob } from '../base/blob';
import { guard } from '../guard';

export interface HttpAnswer {
  readonly status: number;
  /** Header name → value(s), in Google's spelling. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: Uint8Array;
}

const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

/** The charset a Content-Type names, UTF-8 when none. */
function charsetOf(contentType: string | undefined): string {
  return /;\s*charset=([^;\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  const name = charset.toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return Buffer.from(bytes).toString('utf8');
  if (name === 'us-ascii' || name === 'ascii') return Buffer.from(bytes).toString('ascii');
  if (name === 'iso-8859-1' || name === 'latin1') return Buffer.from(bytes).toString('latin1');
  throw new Error(`Emulator: the charset ${charset} is not modelled`);
}

export function httpResponse(answer: HttpAnswer): GoogleAppsScript.URL_Fetch.HTTPResponse {
  const contentType = (): string | undefined => {
    const value = answer.headers['Content-Type'];
    return typeof value === 'string' ? value : value?.[0];
  };
  const blob = () => newBlob(answer.body, contentType()?.split(';')[0].trim() ?? null);
  const api = {
    getResponseCode: () => answer.status,
    /** "Gets the content of an HTTP response encoded as a string": the charset the response names, UTF-8 by default. */
    getContentText: (charset?: string) => decode(answer.body, charset ?? charsetOf(contentType())),
    getContent: () => signed(answer.body),
    getBlob: blob,
    getAs: (type: string) => blob().getAs(type),
    /** "Returns an attribute/value map of headers": one value per header (the last of several). */
    getHeaders: () => {
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) out[name] = typeof value === 'string' ? value : value[value.length - 1];
      return out;
    },
    getAllHeaders: () => {
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) out[name] = typeof value === 'string' ? value : [...value];
      return out;
    },
  };
  return guard(api, 'HTTPResponse') as unknown as GoogleAppsScript.URL_Fetch.HTTPResponse;
}
