/**
 * The resumable job over a store that enforces PropertiesService's limits (9,216 bytes a value, 500 KB a
 * store: vector 52): order, resumption after a kill, failures and notes, pauses, a thousand pairs' state.
 */
import { type DocumentRecord, documentRecord, saveDocumentRecord } from '../../src/app/documents/registry';
import { CHUNK_BYTES, continueJob, continueJobInBatches, type ItemOutcome, JobPause, JobStateError, readJob, startJob, utf8Bytes } from '../../src/app/jobs';
import type { DocumentStorePort } from '../../src/app/ports';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

interface MemoryStore extends DocumentStorePort {
  readonly data: Map<string, string>;
  readonly log: { op: 'get' | 'set'; key: string; bytes: number }[];
  bytes(prefix?: string): number;
}

/** Document properties in memory, refusing what Google refuses, with Google's text. */
function memoryStore(): MemoryStore {
  const data = new Map<string, string>();
  const log: MemoryStore['log'] = [];
  const bytes = (prefix = '') => {
    let total = 0;
    for (const [k, v] of data) if (k.startsWith(prefix)) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    return total;
  };
  return {
    data,
    log,
    bytes,
    get: <T>(k: string, fallback: T): T => {
      log.push({ op: 'get', key: k, bytes: 0 });
      return data.has(k) ? (JSON.parse(data.get(k)!) as T) : fallback;
    },
    set: (k: string, v: unknown) => {
      const text = JSON.stringify(v);
      const size = Buffer.byteLength(text);
      const total = bytes() - (data.has(k) ? Buffer.byteLength(k) + Buffer.byteLength(data.get(k)!) : 0) + Buffer.byteLength(k) + size;
      if (size > VALUE_LIMIT || total > STORE_LIMIT) {
        throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
      }
      log.push({ op: 'set', key: k, bytes: size });
      data.set(k, text);
    },
  };
}

const noTime = { elapsedMs: () => 0 };

describe('resumable jobs', () => {
  it('spreads the items over executions within the budget, each item once, in order', () => {
    const store = memoryStore();
    const items = Array.from({ length: 150 }, (_, i) => `П-${String(i + 1).padStart(3, '0')}`);
    const done: string[] = [];
    let executions = 0;
    let progress = startJob(store, 'docs', items);
    while (!progress.finished) {
      executions++;
      let elapsed = 0;
      progress = continueJob(store, 'docs', { elapsedMs: () => elapsed }, (item) => {
        done.push(item);
        elapsed += 3_000; // three seconds a document
        return undefined;
      });
    }
    expect(done).toEqual(items);
    expect(executions).toBe(Math.ceil(150 / 80));
    expect(progress).toMatchObject({ total: 150, done: 150, finished: true, executions });
  });

  it('goes on after an execution killed before it saved, redoing only the item in hand', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b', 'c']);
    const first: string[] = [];
    let saves = 0;
    const dying: DocumentStorePort = {
      get: store.get,
      set: (k, v) => {
        // The head (executions) is saved first, then the cursor after each item: the kill hits b's cursor.
        if (++saves === 3) throw new Error('Exceeded maximum execution time');
        store.set(k, v);
      },
    };
    expect(() => continueJob(dying, 'docs', noTime, (item) => void first.push(item))).toThrow();
    expect(first).toEqual(['a', 'b']);
    const second: string[] = [];
    const progress = continueJob(store, 'docs', noTime, (item) => void second.push(item));
    expect(second).toEqual(['b', 'c']);
    expect(progress.finished).toBe(true);
  });

  it('records a failing item with its message and goes on; a returned text is a note on a done item', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b', 'c']);
    const progress = continueJob(store, 'docs', noTime, (item) => {
      if (item === 'a') throw new Error('Нет наставника у пары');
      return item === 'b' ? 'нет доступа у x@example.org' : undefined;
    });
    expect(progress).toMatchObject({
      done: 3,
      finished: true,
      failedCount: 1,
      failed: [{ item: 'a', kind: 'failed', message: 'Нет наставника у пары' }],
      notes: [{ item: 'b', kind: 'note', message: 'нет доступа у x@example.org' }],
    });
    // The dialog reads the same from the store alone.
    expect(readJob(store, 'docs')).toEqual(progress);
  });

  it('does not restart an unfinished job', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b', 'c']);
    expect(continueJob(store, 'docs', { elapsedMs: () => 1 }, () => undefined, 0).done).toBe(0);
    expect(startJob(store, 'docs', ['x']).total).toBe(3);
  });

  it('an issue written by an execution killed before its cursor is not listed twice', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b']);
    let saves = 0;
    const dying: DocumentStorePort = {
      get: store.get,
      set: (k, v) => {
        // head, then a's issue chunk, then a's cursor: killed there.
        if (++saves === 3) throw new Error('Exceeded maximum execution time');
        store.set(k, v);
      },
    };
    const fail = () => {
      throw new Error('Пара без наставника');
    };
    expect(() => continueJob(dying, 'docs', noTime, fail)).toThrow('Exceeded');
    const progress = continueJob(store, 'docs', noTime, fail);
    expect(progress.failed.map((f) => f.item)).toEqual(['a', 'b']);
    expect(progress.failedCount).toBe(2);
  });

  it('a pause stops at the item without marking it; the next execution does it', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b', 'c']);
    const done: string[] = [];
    let quotaLeft = 1;
    const doItem = (item: string) => {
      if (quotaLeft === 0) throw new JobPause('Дневной лимит Google: продолжите завтра.');
      quotaLeft -= 1;
      done.push(item);
      return undefined;
    };
    const paused = continueJob(store, 'docs', noTime, doItem);
    expect(paused).toMatchObject({ done: 1, finished: false, paused: 'Дневной лимит Google: продолжите завтра.', failed: [] });
    expect(readJob(store, 'docs')?.paused).toBe('Дневной лимит Google: продолжите завтра.');
    quotaLeft = 5; // the next day
    const next = continueJob(store, 'docs', noTime, doItem);
    expect(next).toMatchObject({ done: 3, finished: true, paused: null, failedCount: 0 });
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('progress that cannot be saved stops the job with a Russian message instead of redoing the item', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b']);
    const full: DocumentStorePort = {
      get: store.get,
      set: (k, v) => {
        if (k.endsWith('.at')) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
        store.set(k, v);
      },
    };
    const done: string[] = [];
    const run = () => continueJob(full, 'docs', noTime, (item) => void done.push(item));
    expect(run).toThrow(JobStateError);
    expect(run).toThrow(/Не удалось сохранить ход работы/);
    // Each call did one item and stopped: never a loop over the same item within an execution.
    expect(done).toEqual(['a', 'a']);
  });

  it('a job saved in the first, one-property shape goes on', () => {
    const store = memoryStore();
    store.set('nastavnik.job.docs', { kind: 'docs', items: ['a', 'b', 'c'], next: 2, failed: [{ item: 'a', message: 'сбой' }], executions: 1 });
    const done: string[] = [];
    const progress = continueJob(store, 'docs', noTime, (item) => void done.push(item));
    expect(done).toEqual(['c']);
    expect(progress).toMatchObject({ total: 3, done: 3, finished: true, executions: 2, failedCount: 1, failed: [{ item: 'a', message: 'сбой' }] });
  });
});

/** The documents of a programme of `pairs` pairs, as src/app/documents/catalog.ts lists them for every group. */
function thousandPairsItems(pairs: number): string[] {
  const ids = Array.from({ length: pairs }, (_, i) => String(i + 1).padStart(4, '0'));
  return [
    'order',
    'regulation',
    'programme',
    'roadmap',
    'pairsOrder',
    ...ids.map((id) => `pair:П-${id}`),
    ...ids.flatMap((id) => [`consent:Н-${id}`, `agreement:Н-${id}`]),
    'report',
  ];
}

const docId = (n: number) => `1${'x'.repeat(35)}${String(n).padStart(8, '0')}`;

/** A made document's record as makeDocument saves it: 44-character ids, a pair's two people. */
function recordOf(item: string, n: number): DocumentRecord {
  const pdf = item === 'order' || item === 'regulation';
  const people = item.startsWith('pair:') ? [`mentor${n}@school13.example`, `mentee${n}@school13.example`] : [];
  return {
    docId: docId(n),
    url: `https://docs.google.com/document/d/${docId(n)}/edit`,
    placed: true,
    ...(pdf ? { pdfId: docId(n + 100_000), pdfUrl: `https://drive.google.com/file/d/${docId(n + 100_000)}/view?usp=drivesdk` } : {}),
    sharedWith: people,
  };
}

/** The first version's one-property state, for the before/after comparison. */
const legacyBytes = (items: string[], failed: { item: string; message: string }[]) =>
  utf8Bytes(JSON.stringify({ kind: 'documents', items, next: items.length, failed, executions: 9 }));

describe('a thousand pairs', () => {
  it('the job and every document record fit PropertiesService; writes per item stay small and few; reading is cheap', () => {
    const store = memoryStore();
    const items = thousandPairsItems(1_000);
    const failing = (i: number) => i % 7 === 3; // one document in seven fails, with a long Russian reason
    const reason = (item: string) => `Пара ${item}: нет в банках (или нет согласия): НЛ-${item.slice(-4)}. Проверьте лист «Наставляемые» и согласие на обработку ПДн.`;
    startJob(store, 'documents', items);
    const done = new Map<string, number>();
    let executions = 0;
    let progress = readJob(store, 'documents')!;
    const perItem: { sets: number; maxBytes: number }[] = [];
    while (!progress.finished) {
      executions++;
      let elapsed = 0;
      progress = continueJob(store, 'documents', { elapsedMs: () => elapsed }, (item) => {
        elapsed += 1_000;
        const n = items.indexOf(item);
        done.set(item, (done.get(item) ?? 0) + 1);
        if (failing(n)) throw new Error(reason(item));
        saveDocumentRecord(store, item, recordOf(item, n));
        return item.startsWith('pair:') && n % 50 === 0 ? JSON.stringify([[`mentee${n}@gmail-less.example`]]) : undefined;
      });
      // Writes of the job itself (records apart) per item: the cursor, and a chunk when an issue is kept.
      const jobSets = store.log.filter((e) => e.op === 'set' && e.key.startsWith('nastavnik.job.'));
      perItem.push({ sets: jobSets.length, maxBytes: Math.max(...jobSets.map((e) => e.bytes)) });
      store.log.length = 0;
    }
    expect(progress).toMatchObject({ total: items.length, done: items.length, finished: true });
    expect([...done.values()].every((times) => times === 1)).toBe(true);
    expect(done.size).toBe(items.length);
    const failures = items.filter((_, i) => failing(i)).length;
    expect(progress.failedCount).toBe(failures);
    expect(progress.failed.length + (progress.failedCount - progress.failed.length)).toBe(failures);
    expect(progress.notes.length).toBeGreaterThan(0);

    // Every value under 9,216 bytes, the store under 500 KB, with room to spare.
    const largest = Math.max(...[...store.data.values()].map((v) => Buffer.byteLength(v)));
    expect(largest).toBeLessThanOrEqual(CHUNK_BYTES + 1_000);
    const jobBytes = store.bytes('nastavnik.job.');
    const recordBytes = store.bytes('nastavnik.doc.');
    expect(jobBytes + recordBytes).toBeLessThan(STORE_LIMIT - 50 * 1024);
    // At most ~2 job writes per item (plus the head once per execution), each a small value.
    const itemsPerExecution = Math.ceil(items.length / executions);
    for (const e of perItem) {
      expect(e.sets).toBeLessThanOrEqual(2 * itemsPerExecution + 3);
      expect(e.maxBytes).toBeLessThanOrEqual(CHUNK_BYTES + 1_000);
    }
    // The dialog's read: the head, the cursor and the kept issues' chunks — no item list.
    store.log.length = 0;
    readJob(store, 'documents');
    const reads = store.log.filter((e) => e.op === 'get');
    expect(reads.every((e) => !e.key.includes('.items.'))).toBe(true);
    expect(reads.length).toBeLessThanOrEqual(20);

    // Compact records read back as they were saved.
    expect(documentRecord(store, 'order')).toEqual(recordOf('order', 0));
    expect(documentRecord(store, 'pair:П-0001')).toEqual(recordOf('pair:П-0001', 5));

    // Before: the whole state in one property — far over 9,216 bytes, so its first save failed.
    const before = legacyBytes(
      items,
      items.filter((_, i) => failing(i)).map((item) => ({ item, message: reason(item) })),
    );
    expect(before).toBeGreaterThan(VALUE_LIMIT);
    const legacyRecordBytes = [...store.data.keys()]
      .filter((k) => k.startsWith('nastavnik.doc.'))
      .reduce((sum, k) => sum + Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(documentRecord(store, k.slice('nastavnik.doc.'.length)))), 0);
    console.log(
      `1,000 pairs, ${items.length} documents, ${failures} failures: job state ${jobBytes} B in ${[...store.data.keys()].filter((k) => k.startsWith('nastavnik.job.')).length} properties ` +
        `(largest value ${largest} B), records ${recordBytes} B (the first version's records: ${legacyRecordBytes} B), ` +
        `total ${jobBytes + recordBytes} B of ${STORE_LIMIT}; the first version's one-property state: ${before} B.`,
    );
  });

  it('beyond the issue budget, failures are counted and not kept', () => {
    const store = memoryStore();
    const items = Array.from({ length: 1_000 }, (_, i) => `pair:П-${i}`);
    startJob(store, 'documents', items);
    const long = 'Очень длинная причина. '.repeat(40);
    let progress = readJob(store, 'documents')!;
    while (!progress.finished) {
      progress = continueJob(store, 'documents', noTime, () => {
        throw new Error(long);
      });
    }
    expect(progress.failedCount).toBe(1_000);
    expect(progress.failed.length).toBeGreaterThan(50);
    expect(progress.untold).toBe(1_000 - progress.failed.length);
    expect(store.bytes('nastavnik.job.')).toBeLessThan(80 * 1024);
  });
});

describe('a finished job frees its list of items', () => {
  it('keeps the head, the count and the problems; the list’s bytes are gone; the job starts again over new items', () => {
    const store = memoryStore();
    const items = Array.from({ length: 1_000 }, (_, i) => `pair:П-${String(i + 1).padStart(4, '0')}`);
    startJob(store, 'docs', items);
    const listed = store.bytes('nastavnik.job.docs.items.');
    let progress = continueJob(store, 'docs', noTime, (item) => (item.endsWith('7') ? 'заметка' : undefined));
    expect(progress.finished).toBe(true);
    expect(listed).toBeGreaterThan(10_000);
    expect(store.bytes('nastavnik.job.docs.items.')).toBeLessThan(listed / 20);
    progress = readJob(store, 'docs')!;
    expect(progress).toMatchObject({ finished: true, total: 1_000, done: 1_000 });
    expect(progress.notes).toHaveLength(100);
    // Continuing a finished job changes nothing; starting again lists the new items.
    expect(continueJob(store, 'docs', noTime, () => { throw new Error('never'); })).toMatchObject({ finished: true, done: 1_000 });
    expect(startJob(store, 'docs', items.slice(0, 3))).toMatchObject({ finished: false, total: 3, done: 0 });
    expect(continueJob(store, 'docs', noTime, () => undefined)).toMatchObject({ finished: true, done: 3 });
  });
});

describe('a job done in batches', () => {
  const items = Array.from({ length: 25 }, (_, i) => `pair:П-${String(i + 1).padStart(2, '0')}`);

  it('hands the items over in order, batch by batch, and saves the progress once per batch with the caller’s values', () => {
    const store = memoryStore();
    startJob(store, 'docs', items);
    const batches: string[][] = [];
    let n = 0;
    const progress = continueJobInBatches(
      store,
      'docs',
      noTime,
      10,
      (batch) => {
        batches.push([...batch]);
        return batch.map((item): ItemOutcome => (item.endsWith('3') ? { kind: 'failed', message: `нет ${item}` } : item.endsWith('7') ? { kind: 'done', note: 'заметка' } : { kind: 'done' }));
      },
      undefined,
      () => ({ [`caller.${n++}`]: n }),
    );
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(batches.flat()).toEqual(items);
    expect(progress).toMatchObject({ finished: true, done: 25, failedCount: 3 });
    expect(progress.failed.map((f) => f.item)).toEqual(['pair:П-03', 'pair:П-13', 'pair:П-23']);
    expect(progress.notes.map((f) => f.item)).toEqual(['pair:П-07', 'pair:П-17']);
    // One write of the caller's values per batch, each with the cursor (memoryStore has no setMany: set one by one).
    expect([...store.data.keys()].filter((k) => k.startsWith('caller.'))).toEqual(['caller.0', 'caller.1', 'caller.2']);
  });

  it('stops at a pause inside a batch: the paused item and those after it are not done, even if the batch did them', () => {
    const store = memoryStore();
    startJob(store, 'docs', items);
    const pauseAt = (batch: readonly string[]): ItemOutcome[] =>
      batch.map((_item, k) => (k < 4 ? { kind: 'done' } : k === 4 ? { kind: 'pause', message: 'лимит на сегодня' } : { kind: 'done' }));
    const progress = continueJobInBatches(store, 'docs', noTime, 10, pauseAt);
    expect(progress).toMatchObject({ finished: false, done: 4, paused: 'лимит на сегодня' });
    // The next day the job goes on from the paused item.
    const seen: string[] = [];
    const after = continueJobInBatches(store, 'docs', noTime, 10, (batch) => {
      seen.push(...batch);
      return batch.map((): ItemOutcome => ({ kind: 'done' }));
    });
    expect(seen[0]).toBe('pair:П-05');
    expect(after).toMatchObject({ finished: true, done: 25, paused: null });
  });

  it('takes an item the batch gave no outcome for as not done', () => {
    const store = memoryStore();
    startJob(store, 'docs', items);
    const progress = continueJobInBatches(store, 'docs', { elapsedMs: () => 0 }, 10, (batch) => {
      const outcomes: ItemOutcome[] = [{ kind: 'done' }, { kind: 'done' }];
      outcomes.length = batch.length;
      return outcomes;
    });
    // Every batch stops after two: the job still moves on and finishes.
    expect(progress).toMatchObject({ finished: true, done: 25 });
    const again = startJob(store, 'docs', items.slice(0, 5));
    expect(again.done).toBe(0);
    let calls = 0;
    const short = continueJobInBatches(store, 'docs', noTime, 10, (batch) => {
      calls++;
      return calls === 1 ? [{ kind: 'done' }] : batch.map((): ItemOutcome => ({ kind: 'done' }));
    });
    expect(calls).toBe(2);
    expect(short).toMatchObject({ finished: true, done: 5 });
    // A batch that does nothing ends the call instead of being asked for the same items forever.
    startJob(store, 'docs', items.slice(0, 5));
    let asked = 0;
    const stuck = continueJobInBatches(store, 'docs', noTime, 10, () => {
      asked++;
      return [];
    });
    expect(asked).toBe(1);
    expect(stuck).toMatchObject({ finished: false, done: 0 });
  });
});
