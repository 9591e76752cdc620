/**
 * Utilities (developers.google.com/apps-script/reference/utilities/utilities): dates through Java
 * SimpleDateFormat (dateFormat.ts), sprintf-like formatString, UUIDs, base-64 and a sleep that spends
 * virtual time; newBlob makes the emulated Blob (base/blob.ts). Digests and zips are not emulated; the guard names them if called.
 */
import { randomUUID } from 'node:crypto';
import { guard } from '../guard';
import { GasException } from '../runtime';
import type { Workspace } from '../workspace';
import { newBlob } from './blob';
import { formatDate, parseDate, ZoneCache } from './dateFormat';

type Utilities = GoogleAppsScript.Utilities.Utilities;
type Byte = GoogleAppsScript.Byte;
type Charset = GoogleAppsScript.Utilities.Charset;
type UtilitiesApi = Pick<
  Utilities,
  | 'Charset'
  | 'formatDate'
  | 'parseDate'
  | 'formatString'
  | 'getUuid'
  | 'sleep'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'newBlob'
>;

const CHARSET = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

/** How Apps Script names an argument's type in "The parameters (…) don't match the method signature" errors. */
export function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) {
    const kinds = new Set(value.map(describeArgument));
    return `${kinds.size === 1 ? [...kinds][0] : 'Object'}[]`;
  }
  return 'Object';
}

/** A Date of any realm: the script's context has its own Date constructor. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function signatureError(method: string, args: readonly unknown[]): GasException {
  return new GasException(`The parameters (${args.map(describeArgument).join(',')}) don't match the method signature for ${method}.`);
}

function toBuffer(data: string | readonly Byte[], charset?: Charset): Buffer {
  if (typeof data === 'string') return Buffer.from(data, (charset as unknown as string) === CHARSET.US_ASCII ? 'latin1' : 'utf8');
  return Buffer.from(data.map((b) => b & 0xff));
}

function toBytes(buffer: Buffer): Byte[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

/**
 * formatString: "Performs sprintf-like formatting using '%'-style format strings"
 * (`Utilities.formatString('%11.6f', 6.0)` → `'   6.000000'`, `('%6s', 'abc')` → `'   abc'`).
 */
export function sprintf(template: string, args: readonly unknown[]): string {
  let next = 0;
  return String(template).replace(/%(?:(\d+)\$)?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXoc%])/g, (whole, index, flags: string, width, precision, conv: string) => {
    if (conv === '%') return '%';
    const at = index ? Number(index) - 1 : next++;
    if (at >= args.length) return whole;
    const value = args[at];
    const prec = precision === undefined ? undefined : Number(precision);
    let body: string;
    let numeric = true;
    const num = Number(value);
    switch (conv) {
      case 's':
        body = String(value);
        if (prec !== undefined) body = body.slice(0, prec);
        numeric = false;
        break;
      case 'c':
        body = typeof value === 'number' ? String.fromCharCode(value) : String(value).charAt(0);
        numeric = false;
        break;
      case 'd':
      case 'i':
        body = String(Math.trunc(num));
        break;
      case 'f':
        body = num.toFixed(prec ?? 6);
        break;
      case 'e':
      case 'E': {
        const [mantissa, exponent] = num.toExponential(prec ?? 6).split('e');
        const sign = exponent.startsWith('-') ? '-' : '+';
        body = `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
        if (conv === 'E') body = body.toUpperCase();
        break;
      }
      case 'x':
      case 'X':
        body = Math.trunc(num).toString(16);
        if (conv === 'X') body = body.toUpperCase();
        break;
      default: // o
        body = Math.trunc(num).toString(8);
    }
    if (numeric && !body.startsWith('-')) {
      if (flags.includes('+')) body = `+${body}`;
      else if (flags.includes(' ')) body = ` ${body}`;
    }
    const size = width === undefined ? 0 : Number(width);
    if (body.length >= size) return body;
    if (flags.includes('-')) return body.padEnd(size);
    if (numeric && flags.includes('0') && Number.isFinite(num)) {
      const sign = /^[+ -]/.test(body) ? body[0] : '';
      return sign + body.slice(sign.length).padStart(size - sign.length, '0');
    }
    return body.padStart(size);
  });
}

export function createUtilities(ws: Workspace): Utilities {
  const zones = ws.state('base.zones', () => new ZoneCache());
  const gate = (method: string): void => ws.rt.call(`Utilities.${method}`, { minAuth: 'NONE' });
  const api: UtilitiesApi = {
    Charset: CHARSET as unknown as typeof GoogleAppsScript.Utilities.Charset,
    formatDate: (date, timeZone, format) => {
      gate('formatDate');
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw signatureError('Utilities.formatDate', [date, timeZone, format]);
      }
      return formatDate(date.getTime(), zones.get(timeZone), format);
    },
    parseDate: (date, timeZone, format) => {
      gate('parseDate');
      if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw signatureError('Utilities.parseDate', [date, timeZone, format]);
      }
      return new Date(parseDate(date, zones.get(timeZone), format, ws.rt.clock.now(), zones));
    },
    formatString: (template: string, ...args: unknown[]) => {
      gate('formatString');
      return sprintf(template, args);
    },
    getUuid: () => {
      gate('getUuid');
      return randomUUID();
    },
    /** "The maximum allowed value is 300000 (or 5 minutes)" is not enforced: its error text is unknown. */
    sleep: (milliseconds) => {
      gate('sleep');
      ws.rt.spend(Math.max(0, Number(milliseconds)));
    },
    base64Encode: (data: string | Byte[], charset?: Charset) => {
      gate('base64Encode');
      return toBuffer(data, charset).toString('base64');
    },
    base64EncodeWebSafe: (data: string | Byte[], charset?: Charset) => {
      gate('base64EncodeWebSafe');
      return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode: (encoded: string) => {
      gate('base64Decode');
      return toBytes(Buffer.from(encoded, 'base64'));
    },
    base64DecodeWebSafe: (encoded: string) => {
      gate('base64DecodeWebSafe');
      return toBytes(Buffer.from(encoded, 'base64url'));
    },
    /** newBlob(data, contentType?, name?): a String is stored as UTF-8, Byte[] as given (the upload Drive converts). */
    newBlob: (data: string | Byte[], contentType?: string, name?: string) => {
      gate('newBlob');
      return newBlob(typeof data === 'string' ? data : Uint8Array.from(data, (b) => b & 0xff), contentType ?? null, name ?? null);
    },
  };
  return guard(api, 'Utilities') as Utilities;
}
