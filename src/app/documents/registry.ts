/**
 * Which Drive files hold which document: one small record per document in the document's properties
 * (a property holds 9 KB, a store 500 KB; one list of 300 documents would not fit). Regenerating finds its
 * file here. Records are stored compactly — a link that follows from the id is not stored — so that a
 * thousand pairs' records and the job's state fit in the store together.
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
}

/** The stored shape: d docId, u url (only if not the usual one), p placed, f pdfId, g pdfUrl (likewise), s sharedWith. */
interface Stored {
  readonly d: string;
  readonly u?: string;
  readonly p?: 1;
  readonly f?: string;
  readonly g?: string;
  readonly s?: readonly string[];
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
  };
}

export function documentRecord(store: DocumentStorePort, item: string): DocumentRecord | null {
  const value = store.get<Stored | DocumentRecord | null>(key(item), null);
  return value ? decodeRecord(value) : null;
}

export function saveDocumentRecord(store: DocumentStorePort, item: string, record: DocumentRecord): void {
  store.set(key(item), encodeRecord(record));
}
