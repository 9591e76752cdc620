/**
 * «Документы…» and a coordinator's hand on the built bundle (issue 11): a programme edited by hand survives
 * regeneration — the dialog and «Пары и группы» say so once, sharing still follows the pair — until the
 * coordinator overwrites it on purpose; documents nobody touched are updated in place as before; a run
 * killed mid-write never takes its own write for a person's, while a person's edit after it still counts.
 */

import { type Addon, columnValues, documentStore, driveStore, editDocumentByHand, sheetDisplayValues } from '../../emulator';
import { programmeWithPairs as programme } from '../../scripts/pairsFixture';
import type { DocumentsDialogData, DocumentsJobView } from '../../src/shared/rpc';

const HAND_TEXT = 'Добавлено куратором: встречи перенесены на четверг.';

/** What the dialog does: a first call, then continueDocuments until the end; a killed call is retried. */
async function runJob(addon: Addon, first: () => Promise<unknown>, tolerateKill = false): Promise<DocumentsJobView> {
  let view: DocumentsJobView | null = null;
  try {
    view = (await first()) as DocumentsJobView;
  } catch (error) {
    if (!tolerateKill) throw error;
  }
  for (let calls = 0; !view || (!view.finished && !view.paused && !view.stopped); calls++) {
    if (calls > 40) throw new Error('the job does not finish');
    // A killed execution keeps its lease for a minute and a half; the dialog waits and asks again.
    if (!view || view.busy) addon.ws.rt.clock.advance(100_000);
    try {
      view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
    } catch (error) {
      if (!tolerateKill) throw error;
    }
  }
  return view;
}

const makeDocuments = (addon: Addon, groups: string[], tolerateKill = false) => runJob(addon, () => addon.scriptRun('startDocuments', groups), tolerateKill);
const overwrite = (addon: Addon, items: string[]) => runJob(addon, () => addon.scriptRun('overwriteDocuments', items));

const idOf = (url: string): string => /\/d\/([^/]+)/.exec(url)![1];
const pairLinks = (addon: Addon) => columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Программа (документ)').map(idOf);
const pairProblems = (addon: Addon) => columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Проблемы');
const textOf = (addon: Addon, id: string) => documentStore(addon.ws).savedText(id);
const versionOf = (addon: Addon, id: string) => driveStore(addon.ws).versionOf(id).version;
const recordOf = (addon: Addon, item: string) => {
  const value = addon.ws.properties.snapshot('document', addon.ws.activeSpreadsheetId ?? '')[`nastavnik.doc.${item}`];
  const record = value ? (JSON.parse(value) as { v?: number | string; w?: number; h?: number | string }) : null;
  return record && record.v !== undefined ? { ...record, v: String(record.v) } : record;
};
const addLine = (addon: Addon, id: string) => editDocumentByHand(addon.ws, id, (body) => body.appendParagraph(HAND_TEXT));
/** Today in the spreadsheet's zone, as the coordinator reads dates: «20.10.2022». */
const today = (addon: Addon) => {
  const zone = addon.ws.spreadsheets.get(addon.ws.activeSpreadsheetId ?? '')!.timeZone;
  return new Intl.DateTimeFormat('ru-RU', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(addon.ws.rt.clock.now());
};

describe('documents: a hand edit is never overwritten', () => {
  it('leaves the edited programme, says so in the dialog and the pair’s row, once; overwrites it on purpose', async () => {
    const addon = await programme(3);
    const first = await makeDocuments(addon, ['pairs']);
    expect(first).toMatchObject({ total: 4, finished: true, created: 4, kept: 0, handEdited: [], failed: [] });
    const ids = pairLinks(addon);
    // The version recorded is the one after the add-on's last write (the sharing moved it too).
    expect(recordOf(addon, 'pair:П-001')?.v).toBe(String(versionOf(addon, ids[0])));

    addLine(addon, ids[0]);
    const day = today(addon);
    const edited = versionOf(addon, ids[0]);
    const second = await makeDocuments(addon, ['pairs']);
    expect(second).toMatchObject({ finished: true, created: 0, updated: 3, kept: 1, failed: [] });
    expect(second.handEdited).toEqual([
      {
        item: 'pair:П-001',
        label: 'Программа пары П-001',
        line: `Программа пары П-001: изменён вручную ${day} — не перезаписан. Чтобы перезаписать, отметьте его и нажмите «Перезаписать отмеченные».`,
      },
    ]);
    // The person's text is still there and nothing of the file moved; the others were rewritten in place.
    expect(textOf(addon, ids[0])).toContain(HAND_TEXT);
    expect(versionOf(addon, ids[0])).toBe(edited);
    expect(pairLinks(addon)).toEqual(ids);
    expect(versionOf(addon, ids[1])).toBeGreaterThan(Number(recordOf(addon, 'pair:П-002')?.v) - 1);
    const problems = pairProblems(addon);
    expect(problems[0]).toBe(
      `Программа изменена вручную ${day} — не перезаписана. Чтобы перезаписать, отметьте её в окне «Документы…» и нажмите «Перезаписать отмеченные».`,
    );
    expect(problems[1]).toBe('');
    // Its people still have access (sharing follows the pair whatever the content).
    const people = driveStore(addon.ws).permissionsOf(ids[0]).map((p) => p.emailAddress);
    expect(people).toEqual(expect.arrayContaining(['mentor001@school13.example', 'mentee001@school13.example']));
    // The dialog opened later lists it with its box.
    const data = (await addon.scriptRun('getDocumentsDialogData')) as DocumentsDialogData;
    expect(data.job?.handEdited.map((h) => h.item)).toEqual(['pair:П-001']);

    // Again: still left, one line in the row, not two.
    const third = await makeDocuments(addon, ['pairs']);
    expect(third).toMatchObject({ kept: 1, updated: 3 });
    expect(textOf(addon, ids[0])).toContain(HAND_TEXT);
    expect(pairProblems(addon)[0].split('\n').filter((l) => l.startsWith('Программа изменена вручную'))).toHaveLength(1);

    // Overwritten on purpose: rewritten in place, the note goes.
    const overwritten = await overwrite(addon, ['pair:П-001']);
    expect(overwritten).toMatchObject({ total: 1, finished: true, created: 0, updated: 1, kept: 0, handEdited: [], failed: [] });
    expect(textOf(addon, ids[0])).not.toContain(HAND_TEXT);
    expect(textOf(addon, ids[0])).toContain('П-001');
    expect(pairLinks(addon)).toEqual(ids);
    expect(pairProblems(addon)[0]).toBe('');
    expect(recordOf(addon, 'pair:П-001')).toMatchObject({ v: String(versionOf(addon, ids[0])) });
    expect(recordOf(addon, 'pair:П-001')?.h).toBeUndefined();

    // The next regeneration rewrites it as any other.
    const fourth = await makeDocuments(addon, ['pairs']);
    expect(fourth).toMatchObject({ finished: true, created: 0, updated: 4, kept: 0, handEdited: [] });
    const journal = sheetDisplayValues(addon.ws, 'Журнал').flat().join('\n');
    expect(journal).toContain('не перезаписано (изменены вручную): 1');
  });

  it('asks to overwrite only documents left as they are; an unknown item is refused in Russian', async () => {
    const addon = await programme(2);
    await makeDocuments(addon, ['pairs']);
    await expect(addon.scriptRun('overwriteDocuments', ['pair:П-001', 'order'])).rejects.toThrow('Отметьте хотя бы один документ, изменённый вручную.');
  });

  it('a school document edited by hand: neither it nor its PDF is rewritten, and «Настройки» says so on its row', async () => {
    const addon = await programme(1);
    await makeDocuments(addon, ['school']);
    const settings = () => sheetDisplayValues(addon.ws, 'Настройки');
    const orderRow = () => settings().find((r) => r[0] === 'doc.order')!;
    const pdfRow = settings().find((r) => r[0] === 'doc.order.pdf')!;
    const orderId = idOf(orderRow()[2]);
    const pdfId = /\/d\/([^/]+)/.exec(pdfRow[2])![1];
    const pdfVersion = versionOf(addon, pdfId);
    addLine(addon, orderId);

    const again = await makeDocuments(addon, ['school']);
    expect(again).toMatchObject({ finished: true, created: 0, updated: 3, kept: 1 });
    expect(textOf(addon, orderId)).toContain(HAND_TEXT);
    expect(versionOf(addon, pdfId)).toBe(pdfVersion);
    expect(orderRow()[1]).toBe(`Документ: Приказ о внедрении программы наставничества (изменён вручную ${today(addon)} — не перезаписан)`);
    expect(idOf(orderRow()[2])).toBe(orderId);

    await overwrite(addon, ['order']);
    expect(textOf(addon, orderId)).not.toContain(HAND_TEXT);
    expect(orderRow()[1]).not.toContain('изменён вручную');
    expect(versionOf(addon, pdfId)).toBeGreaterThan(pdfVersion);
  });
});

describe('documents: a killed write is the add-on’s own', () => {
  it('a run killed between writing the document and recording its version: the next run rewrites it, no hand edit', async () => {
    const addon = await programme(2);
    await makeDocuments(addon, ['pairs']);
    const ids = pairLinks(addon);
    // Killed right after Drive rewrote the second programme, before its version was recorded: Drive's version
    // moved past the recorded one — by the add-on's own write.
    addon.ws.rt.faults.inject({ method: 'Drive.Files.update', kind: 'kill', afterCall: true, skip: 1 });
    const view = await makeDocuments(addon, ['pairs'], true);
    expect(addon.ws.rt.faults.injected.length).toBeGreaterThan(0);
    expect(view).toMatchObject({ finished: true, kept: 0, handEdited: [], failed: [] });
    expect(pairProblems(addon).every((p) => p === '')).toBe(true);
    expect(pairLinks(addon)).toEqual(ids);
    for (const [n, id] of ids.entries()) {
      const record = recordOf(addon, `pair:П-00${n + 1}`);
      expect(record?.w).toBeUndefined();
      expect(record?.v).toBe(String(versionOf(addon, id)));
    }
  });

  it('a person who edits after a killed write is still noticed', async () => {
    const addon = await programme(1);
    await makeDocuments(addon, ['pairs']);
    const [id] = pairLinks(addon);
    addon.ws.rt.faults.inject({ method: 'Drive.Files.update', kind: 'kill', afterCall: true, skip: 1 });
    await expect(addon.scriptRun('startDocuments', ['pairs']).then(() => addon.scriptRun('continueDocuments'))).rejects.toThrow();
    // The mark of the killed write is there, and the version moved by that write.
    const marked = recordOf(addon, 'pair:П-001');
    expect(marked?.w).toBeDefined();
    expect(marked?.v).not.toBe(String(versionOf(addon, id)));
    // Ten minutes later the coordinator edits it, before anyone regenerates.
    addon.ws.rt.clock.advance(10 * 60_000);
    addLine(addon, id);
    const view = await runJob(addon, () => addon.scriptRun('continueDocuments'));
    expect(view).toMatchObject({ finished: true, kept: 1 });
    expect(view.handEdited.map((h) => h.item)).toEqual(['pair:П-001']);
    expect(textOf(addon, id)).toContain(HAND_TEXT);
  });
});
