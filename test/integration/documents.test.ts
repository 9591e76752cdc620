/**
 * «Документы…» end to end on the built bundle: the dialog's calls (startDocuments, then continueDocuments
 * until finished), the files in Drive, their content, their sharing, the links in the sheets, and the job
 * crossing executions — also when one is killed.
 */
import { type Addon, byHand, columnValues, documentStore, driveStore, sheetDisplayValues, trashFileByHand } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { programmeWithPairs as programme } from '../../scripts/pairsFixture';
import type { DocumentsJobView } from '../../src/shared/rpc';

const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';

/** What the dialog does: start, then call again until finished; a failed call is retried as the dialog does. */
async function makeDocuments(addon: Addon, groups: string[], killSecond = false): Promise<DocumentsJobView> {
  let view = (await addon.scriptRun('startDocuments', groups)) as DocumentsJobView;
  let calls = 0;
  while (!view.finished) {
    calls += 1;
    if (killSecond && calls === 2) addon.ws.rt.killNextExecutionAfter(90_000);
    // The dialog waits before asking again while another execution holds the job.
    if (view.busy) addon.ws.rt.clock.advance(5000);
    try {
      view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
    } catch (error) {
      if (!(killSecond && calls === 2)) throw error;
    }
    if (calls > 80) throw new Error('the job does not finish');
  }
  return view;
}

function filesIn(addon: Addon, folderName: string) {
  const folder = [...addon.ws.appFiles.entries()].find(([, f]) => f.mimeType === FOLDER && f.name === folderName);
  if (!folder) throw new Error(`no folder ${folderName}`);
  return [...addon.ws.appFiles.entries()].filter(([, f]) => f.parents.includes(folder[0])).map(([id, f]) => ({ id, ...f }));
}

const settingsValue = (addon: Addon, key: string) => {
  const rows = sheetDisplayValues(addon.ws, 'Настройки');
  return rows.find((r) => r[0] === key)?.[2] ?? '';
};

describe('documents of the school', () => {
  it('makes the stage-1 documents and the roadmap in «Нормативные документы», with PDFs and links in the sheets', async () => {
    const addon = await programme(2);
    const view = await makeDocuments(addon, ['school']);
    expect(view).toMatchObject({ total: 4, done: 4, finished: true, created: 4, updated: 0, failed: [] });

    const normative = filesIn(addon, 'Нормативные документы');
    expect(normative.filter((f) => f.mimeType === DOC).map((f) => f.name).sort()).toHaveLength(4);
    const pdfs = normative.filter((f) => f.mimeType === 'application/pdf');
    expect(pdfs).toHaveLength(2);
    for (const pdf of pdfs) expect(Buffer.from(driveStore(addon.ws).contents.get(pdf.id)!.bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');

    const orderUrl = settingsValue(addon, 'doc.order');
    expect(orderUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(settingsValue(addon, 'doc.order.pdf')).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const roadmap = sheetDisplayValues(addon.ws, 'Дорожная карта');
    expect(columnValues(roadmap, 'Документы')[0]).toContain(orderUrl);

    const store = documentStore(addon.ws);
    const order = normative.find((f) => f.mimeType === DOC && f.name.startsWith('Приказ'))!;
    // Names and «№» are typeset with non-breaking spaces (issue 13): read them as spaces here.
    const orderText = store.savedText(order.id).replace(/\u00a0/g, ' ');
    expect(orderText).toContain('ПРИКАЗ');
    expect(orderText).toContain('384/2-о');
    expect(orderText).toContain('М. В. Костерина');

    const roadmapDoc = normative.find((f) => f.mimeType === DOC && f.name.startsWith('Дорожная карта'))!;
    const roadmapText = store.savedText(roadmapDoc.id).replace(/\u00a0/g, ' ');
    for (const line of ['Утверждаю:', 'Директор МБОУ СОШ № 13 _____ М. В. Костерина', 'Приказ № 384/2-о от 01.09.2022', 'Дорожная карта (план мероприятий)']) {
      expect(roadmapText).toContain(line);
    }
    // The sidebar lists the school's documents and the PDFs beside the questionnaires.
    const overview = (await addon.scriptRun('getOverview')) as { links: { label: string; url: string }[] };
    expect(overview.links.map((l) => l.url)).toContain(orderUrl);
    expect(overview.links.some((l) => l.label.startsWith('PDF для сайта: Положение'))).toBe(true);
    // School documents stay with the coordinator: nobody else has access, no e-mail went out.
    for (const f of normative) expect(driveStore(addon.ws).permissionsOf(f.id).map((p) => p.role)).toEqual(['owner']);
    expect(driveStore(addon.ws).notifications).toEqual([]);
  });

  it('regenerating updates the same files: no new file, no changed link, new content', async () => {
    const addon = await programme(2);
    await makeDocuments(addon, ['school']);
    const before = [...addon.ws.appFiles.keys()].sort();
    const link = settingsValue(addon, 'doc.regulation');
    await addon.scriptRun('saveSettings', { ...SEED_SCHOOL.settings, coordinatorName: 'Громова Вера Павловна' });
    const view = await makeDocuments(addon, ['school']);
    expect(view).toMatchObject({ created: 0, updated: 4, failed: [] });
    expect([...addon.ws.appFiles.keys()].sort()).toEqual(before);
    expect(settingsValue(addon, 'doc.regulation')).toBe(link);
    const order = filesIn(addon, 'Нормативные документы').find((f) => f.mimeType === DOC && f.name.startsWith('Приказ'))!;
    expect(documentStore(addon.ws).savedText(order.id)).toContain('Громова');
  });

  it('a document moved to the trash by hand is made again, and its new link replaces the old one', async () => {
    const addon = await programme(1);
    await makeDocuments(addon, ['school']);
    const old = settingsValue(addon, 'doc.programme');
    const id = /\/d\/([^/]+)/.exec(old)![1];
    trashFileByHand(addon.ws, id);
    const view = await makeDocuments(addon, ['school']);
    expect(view).toMatchObject({ created: 1, updated: 3 });
    expect(settingsValue(addon, 'doc.programme')).not.toBe(old);
  });
});

describe('documents of the pairs', () => {
  it('writes each pair’s programme, shares it only with its mentor and mentee without e-mails, links it in the pair’s row', async () => {
    const addon = await programme(3);
    const view = await makeDocuments(addon, ['pairs']);
    expect(view).toMatchObject({ total: 4, finished: true, failed: [] });
    const programmes = filesIn(addon, 'Программы пар');
    expect(programmes).toHaveLength(3);
    const pairs = sheetDisplayValues(addon.ws, 'Пары и группы');
    const links = columnValues(pairs, 'Программа (документ)');
    expect(links.every((l) => l.startsWith('https://docs.google.com/document/d/'))).toBe(true);
    const first = programmes.find((f) => links[0].includes(f.id))!;
    const shared = driveStore(addon.ws)
      .permissionsOf(first.id)
      .map((p) => `${p.role}:${p.emailAddress}`);
    expect(shared).toEqual([`owner:${addon.ws.userEmail}`, 'commenter:mentor001@school13.example', 'commenter:mentee001@school13.example']);
    expect(driveStore(addon.ws).notifications).toEqual([]);
    expect(documentStore(addon.ws).savedText(first.id)).toContain('Трудно удерживать внимание класса на уроке');
    // The order on pairs lists every pair.
    const order = filesIn(addon, 'Нормативные документы').find((f) => f.name.startsWith('Приказ'))!;
    const orderText = documentStore(addon.ws).savedText(order.id);
    for (const name of ['Иванова Анна Петровна', 'Петрова Анна Петровна', 'Сидорова Анна Петровна']) expect(orderText).toContain(name.split(' ')[0]);
  });

  it('after a mentee is replaced, the old mentee loses access and link sharing set by hand is removed', async () => {
    const addon = await programme(2);
    await makeDocuments(addon, ['pairs']);
    const link = columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Программа (документ)')[0];
    const id = /\/d\/([^/]+)/.exec(link)![1];
    driveStore(addon.ws).permissionsOf(id).push({ id: 'anyone', type: 'anyone', role: 'reader' });
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Пары и группы')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.getRange(2, header.indexOf('ID наставляемых') + 1).setValue('НЛ-002');
    });
    await makeDocuments(addon, ['pairs']);
    const shared = driveStore(addon.ws)
      .permissionsOf(id)
      .map((p) => `${p.role}:${p.emailAddress ?? p.type}`);
    expect(shared).toEqual([`owner:${addon.ws.userEmail}`, 'commenter:mentor001@school13.example', 'commenter:mentee002@school13.example']);
  });

  it('a pair whose mentee withdrew consent gets no programme; the reason is reported', async () => {
    const addon = await programme(2);
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставляемые')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.getRange(3, header.indexOf('Согласие на обработку ПДн') + 1).setValue(false);
    });
    const view = await makeDocuments(addon, ['pairs']);
    expect(view.failed).toEqual([{ label: 'Программа пары П-002', message: 'Пара П-002: нет в банках (или нет согласия): НЛ-002.' }]);
    expect(filesIn(addon, 'Программы пар')).toHaveLength(1);
  });

  it('150 pairs: one execution writes every programme, ten at a time; a kill right after Drive made a batch makes none twice', async () => {
    const fresh = await programme(150);
    const once = await makeDocuments(fresh, ['pairs']);
    expect(once).toMatchObject({ finished: true, executions: 1, created: 151, failed: [] });
    expect(filesIn(fresh, 'Программы пар')).toHaveLength(150);

    const addon = await programme(150);
    // The second batch's files are made (its fetchAll took effect), then the execution dies before recording them.
    addon.ws.rt.faults.inject({ method: 'UrlFetchApp.fetchAll', kind: 'kill', skip: 4, afterCall: true });
    await addon.scriptRun('startDocuments', ['pairs']);
    await expect(addon.scriptRun('continueDocuments')).rejects.toThrow('Exceeded maximum execution time');
    // Two batches' files are in the folder; the second's have no records.
    expect(filesIn(addon, 'Программы пар').length).toBeGreaterThan(15);
    // The next execution finds the ten files the killed one made but never recorded, and writes them in place.
    addon.ws.rt.clock.advance(120_000);
    const view = await makeDocuments(addon, ['pairs']);
    expect(view.failed).toEqual([]);
    expect(filesIn(addon, 'Программы пар')).toHaveLength(150);
    const docs = [...addon.ws.appFiles.values()].filter((f) => f.mimeType === DOC);
    expect(docs).toHaveLength(151);
    const links = columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Программа (документ)');
    expect(new Set(links).size).toBe(150);
    // Every programme is shared with its pair's people, the adopted ones included.
    const store = driveStore(addon.ws);
    const unshared = filesIn(addon, 'Программы пар').filter((f) => store.permissionsOf(f.id).filter((p) => p.role !== 'owner').length < 2);
    expect(unshared.map((f) => f.name)).toEqual([]);
    const journal = sheetDisplayValues(addon.ws, 'Журнал');
    const entry = journal.find((r) => r[2] === 'Документы')![3];
    const [created, updated] = [/Создано: (\d+)/, /обновлено: (\d+)/].map((re) => Number(re.exec(entry)![1]));
    expect(created + updated).toBe(151);
  }, 120_000);
});

describe('documents of mentors and the report', () => {
  it('makes each mentor’s consent and supplementary agreement, and a status report of the roadmap', async () => {
    const addon = await programme(2);
    const view = await makeDocuments(addon, ['mentors', 'report']);
    expect(view).toMatchObject({ total: 5, finished: true, failed: [] });
    expect(filesIn(addon, 'Согласия и соглашения наставников')).toHaveLength(4);
    const report = filesIn(addon, 'Отчёты')[0];
    const text = documentStore(addon.ws).savedText(report.id);
    expect(text).toContain('В банке 2 наставляемых с согласием на обработку персональных данных');
    expect(settingsValue(addon, 'doc.consent:Н-001')).toMatch(/^https:\/\/docs\.google\.com/);
    // A mentor's own papers are not listed in the sidebar.
    const overview = (await addon.scriptRun('getOverview')) as { links: { label: string }[] };
    expect(overview.links.some((l) => l.label.includes('Согласие наставника'))).toBe(false);
    expect(overview.links.some((l) => l.label.includes('Отчёт о ходе'))).toBe(true);
  });

  it('refuses to start without a group, in Russian', async () => {
    const addon = await programme(1);
    await expect(addon.scriptRun('startDocuments', [])).rejects.toThrow('Выберите хотя бы одну группу документов.');
  });
});
