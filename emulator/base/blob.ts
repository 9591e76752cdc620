/**
 * A minimal Apps Script Blob (developers.google.com/apps-script/reference/base/blob): bytes as signed
 * numbers, a content type and a name. `blobBytes` gives the host the raw bytes of any blob this made.
 */
import { guard } from '../guard';
import { GasException } from '../runtime';

const RAW = new WeakMap<object, { bytes: Uint8Array }>();

/** Apps Script gives bytes as Java bytes: -128…127. */
const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

export function newBlob(data: Uint8Array | string, contentType: string | null = null, name: string | null = null): GoogleAppsScript.Base.Blob {
  const raw = { bytes: typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data.slice() };
  let type = contentType;
  let blobName = name;
  const object = {
    getBytes: () => signed(raw.bytes),
    setBytes: (bytes: number[]) => {
      raw.bytes = Uint8Array.from(bytes, (b) => b & 0xff);
      return self;
    },
    getContentType: () => type,
    setContentType: (contentType: string) => {
      type = contentType;
      return self;
    },
    getName: () => blobName,
    setName: (newName: string) => {
      blobName = newName;
      return self;
    },
    getDataAsString: (charset?: string) => Buffer.from(raw.bytes).toString(charset?.toLowerCase() === 'us-ascii' ? 'ascii' : 'utf8'),
    setDataFromString: (text: string) => {
      raw.bytes = new Uint8Array(Buffer.from(text, 'utf8'));
      return self;
    },
    copyBlob: () => newBlob(raw.bytes, type, blobName),
    getBlob: () => self,
    isGoogleType: () => false,
    /** "For most blobs, 'application/pdf' is the only valid option" — a PDF converts to itself; the rest is not emulated. */
    getAs: (mimeType: string) => {
      if (mimeType === type) return newBlob(raw.bytes, type, blobName);
      throw new GasException(`Converting from ${type ?? 'application/octet-stream'} to ${mimeType} is not supported.`);
    },
  };
  const self = guard(object, 'Blob') as unknown as GoogleAppsScript.Base.Blob;
  RAW.set(self, raw);
  return self;
}

/** The raw bytes of a blob (the emulator's own, or any object with Apps Script's getBytes). */
export function blobBytes(blob: { getBytes(): number[] }): Uint8Array {
  const raw = RAW.get(blob);
  if (raw) return raw.bytes.slice();
  return Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
}
