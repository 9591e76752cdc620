/**
 * Drive's multipart upload body (developers.google.com/workspace/drive/api/guides/manage-uploads#multipart):
 * `multipart/related; boundary=…`, the first part the file's metadata as JSON, the second the media. Parts are
 * delimited as RFC 2046 says: CRLF, «--boundary», headers, an empty line, the body. The media part may be sent
 * base64-encoded (`Content-Transfer-Encoding: base64`), as many Apps Script samples do.
 */

export interface MultipartUpload {
  readonly metadata: Record<string, unknown>;
  readonly media: { readonly bytes: Uint8Array; readonly contentType: string } | null;
}

/** Why Drive refuses the body (its 400 badRequest; the wording [U]). */
export class MalformedMultipart extends Error {}

const CRLF = '\r\n';

/** The boundary a Content-Type names (quoted or not), or null. */
export function boundaryOf(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/related\s*;/i.test(contentType.trim())) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

interface Part {
  readonly headers: Map<string, string>;
  /** The part's body as a binary string (one char per byte). */
  readonly body: string;
}

function parts(binary: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  // The first delimiter may open the body; every later one follows a CRLF (RFC 2046 §5.1.1).
  const start = binary.startsWith(delimiter) ? 0 : binary.indexOf(CRLF + delimiter);
  if (start < 0) throw new MalformedMultipart('Malformed multipart body.');
  const found: Part[] = [];
  let at = start === 0 ? delimiter.length : start + CRLF.length + delimiter.length;
  for (;;) {
    if (binary.startsWith('--', at)) return found; // the closing delimiter
    if (!binary.startsWith(CRLF, at)) throw new MalformedMultipart('Malformed multipart body.');
    const next = binary.indexOf(CRLF + delimiter, at);
    if (next < 0) throw new MalformedMultipart('Malformed multipart body.');
    const raw = binary.slice(at + CRLF.length, next);
    // Headers end at an empty line; a part without headers starts with it.
    const split = raw.startsWith(CRLF) ? -CRLF.length : raw.indexOf(CRLF + CRLF);
    if (split === -1) throw new MalformedMultipart('Malformed multipart body.');
    const head = split < 0 ? '' : raw.slice(0, split);
    const headers = new Map<string, string>();
    for (const line of head.split(CRLF)) {
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon < 0) throw new MalformedMultipart('Malformed multipart body.');
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    found.push({ headers, body: raw.slice(split + 2 * CRLF.length) });
    at = next + CRLF.length + delimiter.length;
  }
}

/** The metadata and media of an upload body; throws MalformedMultipart where Drive answers 400. */
export function parseMultipart(body: Uint8Array, contentType: string | null): MultipartUpload {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new MalformedMultipart('Invalid multipart request with 0 mime parts.'); // [U] wording
  const found = parts(Buffer.from(body).toString('latin1'), boundary);
  if (found.length === 0 || found.length > 2) throw new MalformedMultipart(`Invalid multipart request with ${found.length} mime parts.`); // [U]
  const [meta, media] = found;
  if (!/^application\/json/i.test(meta.headers.get('content-type') ?? '')) throw new MalformedMultipart('Metadata part is not application/json.'); // [U]
  let metadata: unknown;
  try {
    metadata = JSON.parse(Buffer.from(meta.body, 'latin1').toString('utf8'));
  } catch {
    throw new MalformedMultipart('Invalid JSON payload received.'); // [U] wording
  }
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) throw new MalformedMultipart('Invalid JSON payload received.');
  if (!media) return { metadata: metadata as Record<string, unknown>, media: null };
  const encoding = (media.headers.get('content-transfer-encoding') ?? 'binary').toLowerCase();
  if (!['binary', '8bit', '7bit', 'base64'].includes(encoding)) throw new MalformedMultipart(`Unsupported transfer encoding: ${encoding}.`); // [U]
  const bytes = encoding === 'base64' ? new Uint8Array(Buffer.from(media.body.replace(/\s+/g, ''), 'base64')) : new Uint8Array(Buffer.from(media.body, 'latin1'));
  return { metadata: metadata as Record<string, unknown>, media: { bytes, contentType: media.headers.get('content-type') ?? 'application/octet-stream' } };
}
