/**
 * «Документы…» meets Google's daily quota on new documents (vector 53) on the built bundle: the job pauses
 * with a Russian message (no document marked failed, no further attempts that day), the same day's retry
 * makes nothing, and the next day the job goes on where it stopped and finishes without a duplicate.
 */
import { type Addon, columnValues, documentCreatesLeft, setDocumentQuota, sheetDisplayValues } from '../../emulator';
import { programmeWithPairs as programme } from '../../scripts/pairsFixture';
import type { DocumentsDialogData, DocumentsJobView } from '../../src/shared/rpc';

const DOC = 'application/vnd.google-apps.document';
const DAY = 24 * 60 * 60 * 1000;

/** What the dialog does: call again until the job is finished, paused or stopped. */
async function runDialog(addon: Addon, first: DocumentsJobView): Promise<DocumentsJobView> {
  let view = first;
  for (let calls = 0; !view.finished && !view.paused && !view.stopped; calls++) {
    if (calls > 40) throw new Error('the job does not stop');
    view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
  }
  return view;
}

const docs = (addon: Addon) => [...addon.ws.appFiles.values()].filter((f) => f.mimeType === DOC);

describe('documents and the daily quota on new documents', () => {
  it('pauses at the limit, says so in Russian, and goes on the next day without duplicates', async () => {
    const addon = await programme(6);
    setDocumentQuota(addon.ws, { account: 'workspace', perDay: 4 });
    const paused = await runDialog(addon, (await addon.scriptRun('startDocuments', ['pairs'])) as DocumentsJobView);
    expect(paused).toMatchObject({ total: 7, done: 4, finished: false, failed: [], created: 4 });
    expect(paused.paused).toContain('дневной лимит');
    expect(paused.paused).toContain('Продолжите завтра');
    expect(paused.paused).toContain('не повторятся');
    expect(docs(addon)).toHaveLength(4);
    // Google was asked once for each document past the limit (new documents go to Drive together), not again and again.
    const requests = () => addon.ws.rt.meter.window()['UrlFetch.request'] ?? 0;

    // The dialog reopened the same day shows the pause; pressing «Сформировать» again makes nothing new.
    const data = (await addon.scriptRun('getDocumentsDialogData')) as DocumentsDialogData;
    expect(data.job?.paused).toContain('дневной лимит');
    const again = await runDialog(addon, (await addon.scriptRun('startDocuments', ['pairs'])) as DocumentsJobView);
    expect(again).toMatchObject({ done: 4, finished: false, failed: [] });
    expect(again.paused).toContain('дневной лимит');
    // The same day's retry asks once for the three documents left, shares nothing and stops.
    expect(requests()).toBe(3);
    expect(docs(addon)).toHaveLength(4);
    expect(sheetDisplayValues(addon.ws, 'Журнал').some((r) => r[2] === 'Документы' && r[3].startsWith('Приостановлено: готово 4 из 7'))).toBe(true);

    addon.ws.rt.clock.advance(DAY);
    expect(documentCreatesLeft(addon.ws)).toBe(4);
    const done = await runDialog(addon, (await addon.scriptRun('startDocuments', ['pairs'])) as DocumentsJobView);
    expect(done).toMatchObject({ total: 7, done: 7, finished: true, paused: null, failed: [], created: 7, updated: 0 });
    expect(docs(addon)).toHaveLength(7);
    const links = columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Программа (документ)');
    expect(new Set(links).size).toBe(6);
    expect(links.every((l) => l.startsWith('https://docs.google.com/document/d/'))).toBe(true);
  });

  it('a job that needs more than a day’s quota finishes over several days with exactly one file per document', async () => {
    const addon = await programme(10);
    setDocumentQuota(addon.ws, { account: 'consumer', perDay: 3 });
    let view = (await addon.scriptRun('startDocuments', ['pairs', 'mentors'])) as DocumentsJobView;
    let days = 0;
    for (;;) {
      view = await runDialog(addon, view);
      if (view.finished) break;
      expect(view.paused).toContain('дневной лимит');
      days += 1;
      addon.ws.rt.clock.advance(DAY);
      view = (await addon.scriptRun('startDocuments', ['pairs', 'mentors'])) as DocumentsJobView;
    }
    expect(view).toMatchObject({ total: 31, done: 31, failed: [] });
    expect(days).toBe(Math.ceil(31 / 3) - 1);
    expect(docs(addon)).toHaveLength(31);
  }, 60_000);
});
