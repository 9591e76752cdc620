/**
 * New documents whose records could not be saved after Drive made them (document properties refusing for a
 * while): the job reports the failure, and the next run finds those files by name in their folder and writes
 * them in place — one file per document, every one shared with its pair (src/app/documents/documentsJob.ts,
 * adoptUnrecorded).
 */
import { driveStore } from '../../emulator';
import { programmeWithPairs } from '../../scripts/pairsFixture';
import type { DocumentsJobView } from '../../src/shared/rpc';
import { makeDocuments } from '../support/documentsJob';

const DOC = 'application/vnd.google-apps.document';

describe('new documents whose records could not be saved', () => {
  it('are found again by the next run, never made twice', async () => {
    const addon = await programmeWithPairs(12);
    await addon.scriptRun('startDocuments', ['pairs']);
    // The first batch's files are made; then the properties refuse every write for a while.
    addon.ws.rt.faults.inject({ method: 'Properties.setProperties', kind: 'transient', times: 20 });
    let view: DocumentsJobView | null = null;
    try {
      view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
    } catch {
      // The job may stop with its Russian message instead: either way nothing is recorded for the batch.
    }
    if (view) expect(view.finished && view.failed.length === 0).toBe(false);
    const docs = () => [...addon.ws.appFiles.values()].filter((f) => f.mimeType === DOC);
    const made = docs().length;
    expect(made).toBeGreaterThanOrEqual(10);

    addon.ws.rt.faults.clear();
    addon.ws.rt.clock.advance(5 * 60_000);
    // The coordinator presses «Сформировать» again (a stopped or finished job starts anew over all documents).
    let again = (await addon.scriptRun('startDocuments', ['pairs'])) as DocumentsJobView;
    if (!again.finished) again = await makeDocuments(addon, ['pairs']);
    expect(again).toMatchObject({ finished: true, failed: [] });
    expect(docs()).toHaveLength(13);
    const names = docs().map((f) => f.name);
    expect(new Set(names).size).toBe(13);
    const store = driveStore(addon.ws);
    const programmes = [...addon.ws.appFiles.entries()].filter(([, f]) => f.mimeType === DOC && f.name.startsWith('Персонализированная'));
    expect(programmes.filter(([id]) => store.permissionsOf(id).filter((p) => p.role !== 'owner').length < 2).map(([, f]) => f.name)).toEqual([]);
  });
});
