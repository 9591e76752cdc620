/**
 * Links of documents go to the sheets in batches (src/app/documents/documentsJob.ts): an execution killed
 * before its batch was written leaves the documents made and their links missing; the next execution writes
 * them from the documents' records, and nothing is made twice.
 */
import { columnValues, sheetDisplayValues } from '../../emulator';
import { programmeWithPairs } from '../../scripts/pairsFixture';
import type { DocumentsJobView } from '../../src/shared/rpc';

const DOC = 'application/vnd.google-apps.document';

describe('documents’ links after a killed execution', () => {
  it('are written by the next execution from the records, one file per document', async () => {
    const addon = await programmeWithPairs(14);
    await addon.scriptRun('startDocuments', ['pairs']);
    // Killed as the second batch of new Docs goes to Drive: the first ten were made and recorded, their links not yet written.
    addon.ws.rt.faults.inject({ method: 'UrlFetchApp.fetchAll', kind: 'kill', skip: 4 });
    await expect(addon.scriptRun('continueDocuments')).rejects.toThrow('Exceeded maximum execution time');
    const docs = () => [...addon.ws.appFiles.values()].filter((f) => f.mimeType === DOC);
    expect(docs()).toHaveLength(10);
    const linksAfterKill = columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Программа (документ)');
    expect(linksAfterKill.filter((l) => l !== '')).toEqual([]);

    addon.ws.rt.clock.advance(2 * 60_000);
    let view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
    for (let n = 0; !view.finished && n < 10; n++) view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
    expect(view).toMatchObject({ finished: true, total: 15, failed: [] });
    expect(docs()).toHaveLength(15);
    const links = columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Программа (документ)');
    expect(links).toHaveLength(14);
    expect(new Set(links).size).toBe(14);
    const programmeIds = docs()
      .filter((f) => f.name.startsWith('Персонализированная программа'))
      .map((f) => [...addon.ws.appFiles.entries()].find(([, g]) => g === f)![0]);
    for (const link of links) expect(programmeIds.some((id) => link.includes(id))).toBe(true);
  });
});
