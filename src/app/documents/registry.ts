/**
 * Which Drive files hold which document: one small record per document in the document's properties
 * (a property holds 9 KB; one list of 300 documents would not fit). Regenerating finds its file here.
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

const key = (item: string): string => `nastavnik.doc.${item}`;

export function documentRecord(store: DocumentStorePort, item: string): DocumentRecord | null {
  return store.get<DocumentRecord | null>(key(item), null);
}

export function saveDocumentRecord(store: DocumentStorePort, item: string, record: DocumentRecord): void {
  store.set(key(item), record);
}
