/**
 * New documents written together (src/app/documents/newDocuments.ts) over fake ports: every file's record is
 * saved before its sharing starts, a refused file fails alone, Google's daily limit pauses, people Drive refuses
 * are reported, and versions are asked for only where sharing moved them.
 */
import type { Plan } from '../../../src/app/documents/makeDocument';
import { writeNewDocuments } from '../../../src/app/documents/newDocuments';
import { documentRecord } from '../../../src/app/documents/registry';
import type { DocumentStorePort, DriveBatchPort, NewDocument } from '../../../src/app/ports';
import { h1 } from '../../../src/domain/documents/model';

const planOf = (name: string, people: string[]): Plan => ({
  model: { fileName: name, blocks: [h1(name)] },
  folder: 'pairs',
  pdf: false,
  people,
  pairId: name,
});

function fakes(refuse: (d: NewDocument) => string | null) {
  const data = new Map<string, unknown>();
  const events: string[] = [];
  const store: DocumentStorePort = {
    get: <T>(k: string, fallback: T): T => (data.has(k) ? (data.get(k) as T) : fallback),
    set: (k, v) => {
      events.push(`set ${k}`);
      data.set(k, v);
    },
    setMany: (entries) => {
      events.push(`setMany ${Object.keys(entries).length}`);
      for (const [k, v] of Object.entries(entries)) data.set(k, v);
    },
  };
  const batch: DriveBatchPort = {
    createAll: (docs) => {
      events.push(`createAll ${docs.length}`);
      return docs.map((d, i) => {
        const refused = refuse(d);
        return refused === null ? { ok: true, value: { id: `doc${i}`, url: `https://docs.google.com/document/d/doc${i}/edit`, version: '3' } } : { ok: false, message: refused };
      });
    },
    shareNew: (grants) => {
      events.push(`shareNew ${grants.length}`);
      return grants.map((g) => ({
        shared: g.people.filter((p) => !p.email.startsWith('nobody')).map((p) => p.email),
        refused: g.people.filter((p) => p.email.startsWith('nobody')).map((p) => ({ email: p.email, reason: 'no-google-account' as const, message: 'no Google account associated with this email address' })),
        changed: g.people.some((p) => !p.email.startsWith('nobody')),
      }));
    },
    versions: (ids) => {
      events.push(`versions ${ids.join(',')}`);
      return ids.map(() => '7');
    },
  };
  return { store, batch, events };
}

describe('new documents written together', () => {
  it('records every file made before sharing it, and keeps the version after sharing', () => {
    const { store, batch, events } = fakes(() => null);
    const items = [
      { item: 'pair:П-1', plan: planOf('П-1', ['a@school.ru', 'b@school.ru']), folderId: 'F' },
      { item: 'pair:П-2', plan: planOf('П-2', ['nobody@example.com']), folderId: 'F' },
    ];
    const out = writeNewDocuments({ batch, store }, items, { role: 'writer', notify: false }, 1_000);
    expect(events).toEqual(['createAll 2', 'setMany 2', 'shareNew 2', 'versions doc0']);
    // Saved before sharing: what a run killed then finds, marked as being written.
    expect(documentRecord(store, 'pair:П-1')).toMatchObject({ docId: 'doc0', placed: true, sharedWith: [], writingSince: 1_000 });
    expect(out[0]).toMatchObject({ kind: 'made', record: { docId: 'doc0', sharedWith: ['a@school.ru', 'b@school.ru'], version: '7' } });
    expect(out[0].kind === 'made' && out[0].record.writingSince).toBeUndefined();
    // Nobody could be given access: the version is the one Drive gave at creation, and the refusal is reported.
    expect(out[1]).toMatchObject({ kind: 'made', record: { docId: 'doc1', sharedWith: [], version: '3' } });
    expect(out[1].kind === 'made' && out[1].made.refused.map((r) => r.reason)).toEqual(['no-google-account']);
    expect(out[1].kind === 'made' && out[1].made.link).toMatchObject({ item: 'pair:П-2', pairId: 'П-2' });
  });

  it('fails a refused file alone and pauses at Google’s daily limit; no record for either', () => {
    const { store, batch } = fakes((d) =>
      d.model.fileName === 'П-2' ? 'The user does not have sufficient permissions for file F. (insufficientFilePermissions 403)' : d.model.fileName === 'П-3' ? 'Daily Limit Exceeded (dailyLimitExceeded 403)' : null,
    );
    const items = ['П-1', 'П-2', 'П-3'].map((n) => ({ item: `pair:${n}`, plan: planOf(n, ['a@school.ru']), folderId: 'F' }));
    const out = writeNewDocuments({ batch, store }, items, { role: 'writer', notify: false }, 0);
    expect(out.map((o) => o.kind)).toEqual(['made', 'failed', 'pause']);
    expect(out[1]).toMatchObject({ message: expect.stringMatching(/^Google Диск не создал документ: The user does not have sufficient permissions/) });
    expect(documentRecord(store, 'pair:П-2')).toBeNull();
    expect(documentRecord(store, 'pair:П-3')).toBeNull();
  });

  it('asks Drive for nothing more when no file was made', () => {
    const { store, batch, events } = fakes(() => 'Internal Error (backendError 500)');
    const out = writeNewDocuments({ batch, store }, [{ item: 'pair:П-1', plan: planOf('П-1', ['a@school.ru']), folderId: 'F' }], { role: 'writer', notify: false }, 0);
    expect(out.map((o) => o.kind)).toEqual(['failed']);
    expect(events).toEqual(['createAll 1']);
  });
});
