/**
 * Which Drive files hold which document: one small record per document in the document's properties
 * (a property holds 9 KB, a store 500 KB; one list of 300 documents would not fit). Regenerating finds its
 * file here. Records are stored compactly — a link that follows from the id is not stored — so that a
 * thousand pairs' records and the job's state fit in the store together (a pair's record with its version and
 * two people: about 150 bytes with its key; test/integration/documents-handEdits.test.ts measures it).
 */
import type { DocumentStorePort } from '../ports';

export interface DocumentRecord {
  readonly docId: string;
  readonly url: string;
  /** Moved from My Drive's root into its folder. */
  readonly placed: boolean;
  readonly pdfId?: string;
  readonly pdfUrl?: string;
  /** E-mails the add-on gave access to, so access can be withdrawn when someone leaves the pair. */
  readonly sharedWith: readonly string[];
  /** Drive's version of the file after the add-on's last write to it (content, name, sharing). */
  readonly version?: string;
  /**
   * Set (epoch ms) while the add-on writes the file, cleared with the version after: a run killed mid-write
   * leaves it, so the next run takes the changes Drive saw since as its own partial write, not a person's.
   */
  readonly writingSince?: number;
  /** A person changed the document after the add-on last wrote it (when, for the person): it is not rewritten. */
  readonly handEdited?: string;
}

/**
 * The stored shape: d docId, u url (only if not the usual one), p placed, f pdfId, g pdfUrl (likewise),
 * s sharedWith, v version, w writingSince (epoch seconds), h handEdited (its day packed).
 */
interface Stored {
  readonly d: string;
  readonly u?: string;
  readonly p?: 1;
  readonly f?: string;
  readonly g?: string;
  readonly s?: readonly string[];
  /** Drive's version as a number when it is a safe integer (two quotes less a record), else as Drive's string. */
  readonly v?: number | string;
  readonly w?: number;
  /** A day «25.11.2026» as days since 1970-01-01 (10 bytes less a record: 30 KB at a thousand pairs); other text as it is. */
  readonly h?: number | string;
}

const DAY_MS = 86_400_000;

function packDay(text: string): number | string {
  const m = /^(\d\d)\.(\d\d)\.(\d{4})$/.exec(text);
  return m ? Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) / DAY_MS : text;
}

function unpackDay(value: number | string): string {
  if (typeof value === 'string') return value;
  const d = new Date(value * DAY_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

const key = (item: string): string => `nastavnik.doc.${item}`;
const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;
const pdfUrl = (id: string): string => `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;

export function encodeRecord(r: DocumentRecord): Stored {
  return {
    d: r.docId,
    ...(r.url !== docUrl(r.docId) ? { u: r.url } : {}),
    ...(r.placed ? { p: 1 as const } : {}),
    ...(r.pdfId ? { f: r.pdfId } : {}),
    ...(r.pdfId && r.pdfUrl && r.pdfUrl !== pdfUrl(r.pdfId) ? { g: r.pdfUrl } : {}),
    ...(r.sharedWith.length > 0 ? { s: r.sharedWith } : {}),
    ...(r.version !== undefined ? { v: /^[1-9]\d{0,14}$/.test(r.version) ? Number(r.version) : r.version } : {}),
    ...(r.writingSince !== undefined ? { w: Math.floor(r.writingSince / 1000) } : {}),
    ...(r.handEdited !== undefined ? { h: packDay(r.handEdited) } : {}),
  };
}

/** Reads both the compact shape and the first version's full one. */
export function decodeRecord(value: Stored | DocumentRecord): DocumentRecord {
  if ('docId' in value) return value;
  return {
    docId: value.d,
    url: value.u ?? docUrl(value.d),
    placed: value.p === 1,
    ...(value.f ? { pdfId: value.f, pdfUrl: value.g ?? pdfUrl(value.f) } : {}),
    sharedWith: value.s ?? [],
    ...(value.v !== undefined ? { version: String(value.v) } : {}),
    ...(value.w !== undefined ? { writingSince: value.w * 1000 } : {}),
    ...(value.h !== undefined ? { handEdited: unpackDay(value.h) } : {}),
  };
}

export function documentRecord(store: DocumentStorePort, item: string): DocumentRecord | null {
  const value = store.get<Stored | DocumentRecord | null>(key(item), null);
  return value ? decodeRecord(value) : null;
}

/** The record as a store entry, for a write that carries other values too (DocumentStorePort.setMany). */
export function documentRecordEntry(item: string, record: DocumentRecord): Record<string, unknown> {
  return { [key(item)]: encodeRecord(record) };
}

export function saveDocumentRecord(store: DocumentStorePort, item: string, record: DocumentRecord): void {
  store.set(key(item), encodeRecord(record));
}
