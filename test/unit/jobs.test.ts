import { continueJob, startJob } from '../../src/app/jobs';
import type { DocumentStorePort } from '../../src/app/ports';

function memoryStore(): DocumentStorePort & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: <T>(k: string, fallback: T): T => (data.has(k) ? (JSON.parse(data.get(k)!) as T) : fallback),
    set: (k: string, v: unknown) => {
      data.set(k, JSON.stringify(v));
    },
  };
}

describe('resumable jobs', () => {
  it('spreads the items over executions within the budget, each item once, in order', () => {
    const store = memoryStore();
    const items = Array.from({ length: 150 }, (_, i) => `П-${String(i + 1).padStart(3, '0')}`);
    startJob(store, 'docs', items);
    const done: string[] = [];
    let executions = 0;
    let progress = startJob(store, 'docs', items);
    while (!progress.finished) {
      executions++;
      let elapsed = 0;
      progress = continueJob(store, 'docs', { elapsedMs: () => elapsed }, (item) => {
        done.push(item);
        elapsed += 3_000; // three seconds a document
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
        if (++saves === 2) throw new Error('Exceeded maximum execution time');
        store.set(k, v);
      },
    };
    expect(() => continueJob(dying, 'docs', { elapsedMs: () => 0 }, (item) => first.push(item))).toThrow('Exceeded maximum execution time');
    expect(first).toEqual(['a', 'b']);
    const second: string[] = [];
    const progress = continueJob(store, 'docs', { elapsedMs: () => 0 }, (item) => second.push(item));
    expect(second).toEqual(['b', 'c']);
    expect(progress.finished).toBe(true);
  });

  it('records a failing item with its message and goes on', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b']);
    const progress = continueJob(store, 'docs', { elapsedMs: () => 0 }, (item) => {
      if (item === 'a') throw new Error('Нет наставника у пары');
    });
    expect(progress).toMatchObject({ done: 2, finished: true, failed: [{ item: 'a', message: 'Нет наставника у пары' }] });
  });

  it('does not restart an unfinished job', () => {
    const store = memoryStore();
    startJob(store, 'docs', ['a', 'b', 'c']);
    expect(continueJob(store, 'docs', { elapsedMs: () => 1 }, () => undefined, 0).done).toBe(0);
    expect(startJob(store, 'docs', ['x']).total).toBe(3);
  });
});
