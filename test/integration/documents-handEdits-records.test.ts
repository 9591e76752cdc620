/**
 * What recording versions costs in document properties (9,216 bytes a value, 500 KB a store; gas-api.md §13
 * vector 52): a thousand pairs' documents, each record with Drive's version and the mark of a hand edit, and the
 * job's state with a hand-edit note on every programme, still fit — the worst case, measured.
 */
import { encodeItemNote } from '../../src/app/documents/handEdits';
import { type DocumentRecord, documentRecord, saveDocumentRecord } from '../../src/app/documents/registry';
import { continueJob, readJob, startJob } from '../../src/app/jobs';
import type { DocumentStorePort } from '../../src/app/ports';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

function memoryStore(): DocumentStorePort & { bytes(prefix?: string): number; largest(): number } {
  const data = new Map<string, string>();
  const bytes = (prefix = '') => [...data].filter(([k]) => k.startsWith(prefix)).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  return {
    bytes,
    largest: () => Math.max(...[...data.values()].map((v) => Buffer.byteLength(v))),
    get: <T>(k: string, fallback: T): T => (data.has(k) ? (JSON.parse(data.get(k)!) as T) : fallback),
    set: (k: string, v: unknown) => {
      const text = JSON.stringify(v);
      const others = bytes() - (data.has(k) ? Buffer.byteLength(k) + Buffer.byteLength(data.get(k)!) : 0);
      if (Buffer.byteLength(text) > VALUE_LIMIT || others + Buffer.byteLength(k) + Buffer.byteLength(text) > STORE_LIMIT) {
        throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
      }
      data.set(k, text);
    },
  };
}

const docId = (n: number) => `1${'x'.repeat(35)}${String(n).padStart(8, '0')}`;

describe('records with versions at a thousand pairs', () => {
  it.each([
    ['every document written, each with an eight-digit version', false],
    ['every document left as a person edited it, each noted in the job', true],
  ])('%s: records and the job fit with room to spare', (_name, edited) => {
    const store = memoryStore();
    const ids = Array.from({ length: 1_000 }, (_, i) => String(i + 1).padStart(4, '0'));
    const items = [
      'order',
      'regulation',
      'programme',
      'roadmap',
      'pairsOrder',
      ...ids.map((id) => `pair:П-${id}`),
      ...ids.flatMap((id) => [`consent:Н-${id}`, `agreement:Н-${id}`]),
      'report',
    ];
    const recordOf = (item: string, n: number): DocumentRecord => ({
      docId: docId(n),
      url: `https://docs.google.com/document/d/${docId(n)}/edit`,
      placed: true,
      ...(item === 'order' || item === 'regulation' ? { pdfId: docId(n + 100_000), pdfUrl: `https://drive.google.com/file/d/${docId(n + 100_000)}/view?usp=drivesdk` } : {}),
      sharedWith: item.startsWith('pair:') ? [`mentor${n}@school13.example`, `mentee${n}@school13.example`] : [],
      // A hand-edited document keeps the mark instead of the version.
      ...(edited ? { handEdited: '25.11.2026' } : { version: String(10_000_000 + n) }),
    });
    startJob(store, 'documents', items);
    let progress = readJob(store, 'documents')!;
    while (!progress.finished) {
      let elapsed = 0;
      progress = continueJob(store, 'documents', { elapsedMs: () => elapsed }, (item) => {
        elapsed += 1_000;
        saveDocumentRecord(store, item, recordOf(item, items.indexOf(item)));
        const refusals = item.startsWith('pair:') ? JSON.stringify([[`mentee${item.length}@gmail-less.example`]]) : undefined;
        return encodeItemNote(edited ? '25.11.2026' : null, refusals);
      });
    }
    expect(progress).toMatchObject({ total: items.length, done: items.length, finished: true });
    const records = store.bytes('nastavnik.doc.');
    const job = store.bytes('nastavnik.job.');
    expect(store.largest()).toBeLessThan(VALUE_LIMIT);
    expect(records + job).toBeLessThan(STORE_LIMIT - 20 * 1024);
    expect(documentRecord(store, 'pair:П-0001')).toEqual(recordOf('pair:П-0001', 5));
    // One pair's record with its key, for the report.
    const one = Buffer.byteLength('nastavnik.doc.pair:П-0001') + Buffer.byteLength(JSON.stringify(store.get('nastavnik.doc.pair:П-0001', null)));
    console.log(`1,000 pairs, ${items.length} documents, ${edited ? 'all hand-edited' : 'all versioned'}: records ${records} B (a pair's ${one} B), job ${job} B, total ${records + job} B of ${STORE_LIMIT}.`);
  });
});
