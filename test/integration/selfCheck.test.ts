/**
 * «Проверить работу в этом аккаунте» through the built bundle: passes on the default emulator, catches each
 * of Google's other known answers (ws.behaviour), leaves no scratch object behind — also when a fault hits a
 * probe midway or the execution is killed — and never touches the programme's own sheets, forms or files.
 */
import { byHand, driveStore, formStore, loadAddon, setSpreadsheetTimeZoneByHand } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import type { SelfCheckProbeId, SelfCheckReport, SelfCheckVerdict } from '../../src/app/selfCheck';

type Addon = ReturnType<typeof loadAddon>;

const MENU = 'Проверить работу в этом аккаунте';
const SCRATCH = 'Наставник: проверка (можно удалить)';

/** A set-up programme with its two questionnaires: what the self-check must never touch. */
async function programme(): Promise<Addon> {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  addon.clickMenu('Создать анкеты');
  return addon;
}

async function selfCheck(addon: Addon): Promise<SelfCheckReport> {
  addon.clickMenu(MENU);
  return (await addon.scriptRun('runSelfCheck')) as SelfCheckReport;
}

const verdicts = (report: SelfCheckReport): Record<string, SelfCheckVerdict> => Object.fromEntries(report.rows.map((r) => [r.id, r.verdict]));
const rowOf = (report: SelfCheckReport, id: SelfCheckProbeId) => report.rows.find((r) => r.id === id)!;

/** Every row 'ok' except the ones named. */
function expectOnlyChanged(report: SelfCheckReport, changed: Partial<Record<SelfCheckProbeId, SelfCheckVerdict | SelfCheckVerdict[]>>): void {
  for (const row of report.rows) {
    const want = changed[row.id] ?? 'ok';
    const allowed = Array.isArray(want) ? want : [want];
    expect([row.id, row.verdict, allowed.includes(row.verdict)]).toEqual([row.id, row.verdict, true]);
  }
}

/** Everything the coordinator has: sheets (id, name, values), forms' destinations, files and their trash state. */
function programmeState(addon: Addon) {
  const ssId = addon.ws.activeSpreadsheetId!;
  const sheets = byHand(addon.ws, (ss) => ss.getSheets().map((s) => ({ id: s.getSheetId(), name: s.getName(), values: s.getDataRange().getValues() })));
  const trashed = driveStore(addon.ws).trashed;
  const files = [...addon.ws.appFiles.entries()].map(([id, f]) => ({ id, name: f.name, parents: f.parents, trashed: trashed.has(id) }));
  const forms = formStore(addon.ws)
    .all()
    .map((f) => ({ id: f.id, destination: f.destination, published: f.published }));
  const properties = Object.entries(addon.ws.properties.snapshot('document', ssId)).filter(([k]) => !k.startsWith('nastavnik.selfCheck'));
  const active = byHand(addon.ws, (ss) => ss.getActiveSheet().getSheetId());
  return { sheets, files, forms, properties, active };
}

/** The scratch objects the self-check made: none may be left (sheets gone, files in the trash, no record). */
function expectNoScratchLeft(addon: Addon): void {
  const names = byHand(addon.ws, (ss) => ss.getSheets().map((s) => s.getName()));
  expect(names).not.toContain(SCRATCH);
  const trashed = driveStore(addon.ws).trashed;
  const scratchFiles = [...addon.ws.appFiles.entries()].filter(([, f]) => f.name === SCRATCH);
  expect(scratchFiles.filter(([id]) => !trashed.has(id)).map(([id, f]) => `${f.mimeType} ${id}`)).toEqual([]);
  // Every scratch form is unlinked from the spreadsheet, and its response sheet is gone.
  const scratchForms = formStore(addon.ws)
    .all()
    .filter((f) => f.title === SCRATCH);
  expect(scratchForms.filter((f) => f.destination !== null).map((f) => f.id)).toEqual([]);
  const keys = Object.keys(addon.ws.properties.snapshot('document', addon.ws.activeSpreadsheetId!));
  expect(keys.filter((k) => k.startsWith('nastavnik.selfCheck'))).toEqual([]);
}

describe('self-check on the account', () => {
  it('is in the menu and opens its dialog', async () => {
    const addon = await programme();
    addon.open('NONE');
    expect(addon.ws.ui.menuCaptions()).toContain(MENU);
    addon.clickMenu(MENU);
    expect(addon.ws.ui.dialogs.at(-1)?.content).toContain('Проверить');
  });

  it('passes on the default emulator, cheaply, and leaves the programme exactly as it was', async () => {
    const addon = await programme();
    const before = programmeState(addon);
    const report = await selfCheck(addon);
    expect(report.rows.map((r) => r.id)).toEqual([
      'plain-text-formula',
      'plain-text-apostrophe',
      'strict-list',
      'form-url',
      'form-publish',
      'response-header',
      'drive-form',
      'drive-document',
      'document-conversion',
      'drive-batch',
      'time-zones',
      'property-limit',
    ]);
    expectOnlyChanged(report, {});
    expect(report.rows.every((r) => r.verdictText === 'ок' && r.expected !== '' && r.observed !== '')).toBe(true);
    expect(report.summary).toBe('ок: 12, отличается: 0, не работает: 0, не проверено: 0');
    expect(report.cleanup).toEqual(['Пробные объекты проверки удалены.']);
    // Costs: the meter's window is the self-check's execution.
    // The script's own calls (each request of a fetchAll is metered apart, as UrlFetch.request).
    const calls = addon.ws.rt.meter.windowCount() - addon.ws.rt.meter.windowCount('UrlFetch.');
    const elapsedMs = addon.executions.at(-1)!.elapsedMs;
    // The document-conversion probe reads its Doc back element by element: about 45 of these; drive-batch about 20.
    expect(calls).toBeLessThanOrEqual(160);
    expect(elapsedMs).toBeLessThan(30_000);
    console.log(`self-check: ${calls} service calls, ${(elapsedMs / 1000).toFixed(1)} s virtual`);

    expectNoScratchLeft(addon);
    const after = programmeState(addon);
    // The programme's sheets, forms and properties are untouched; the only new files are the scratch ones, trashed.
    expect(after.sheets).toEqual(before.sheets);
    expect(after.forms.slice(0, before.forms.length)).toEqual(before.forms);
    expect(after.properties).toEqual(before.properties);
    expect(after.active).toBe(before.active);
    expect(after.files.slice(0, before.files.length)).toEqual(before.files);
    expect(after.files.slice(before.files.length).map((f) => [f.name, f.trashed])).toEqual([
      [SCRATCH, true],
      [SCRATCH, true],
      [SCRATCH, true],
      [SCRATCH, true],
      [SCRATCH, true],
    ]);
  });

  it('runs on a spreadsheet before set-up too', async () => {
    const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Пустая').id;
    addon.open();
    expectOnlyChanged(await selfCheck(addon), {});
    expectNoScratchLeft(addon);
  });

  describe("catches each of Google's other known answers", () => {
    it('a plain-text cell drops the apostrophe (vector 51): different, and the add-on is fine either way', async () => {
      const addon = await programme();
      addon.ws.behaviour.plainTextApostrophe = 'dropped';
      const report = await selfCheck(addon);
      expectOnlyChanged(report, { 'plain-text-apostrophe': 'differs' });
      expect(rowOf(report, 'plain-text-apostrophe').observed).toContain('апостроф снят');
      expect(rowOf(report, 'plain-text-apostrophe').meaning).toContain('при любом из двух ответов');
      expectNoScratchLeft(addon);
    });

    it('a strict list stores a script write (vector 44): different', async () => {
      const addon = await programme();
      addon.ws.behaviour.strictListWrites = 'stored';
      const report = await selfCheck(addon);
      expectOnlyChanged(report, { 'strict-list': 'differs' });
      expect(rowOf(report, 'strict-list').observed).toBe('записано «в»');
      expectNoScratchLeft(addon);
    });

    it('getFormUrl() in the published shape (vector 47): different, and the form is told by FormApp.openByUrl', async () => {
      const addon = await programme();
      addon.ws.behaviour.formUrlShape = 'published';
      const report = await selfCheck(addon);
      expectOnlyChanged(report, { 'form-url': 'differs' });
      expect(rowOf(report, 'form-url').observed).toMatch(/\/forms\/d\/e\/.*; эта ссылка открывает эту форму$/);
      expect(rowOf(report, 'form-url').meaning).toContain('при любом из двух ответов');
      expectNoScratchLeft(addon);
    });

    it('Drive does not reach forms and documents made by FormApp/DocumentApp (vector 59): says what it means, names the leftovers', async () => {
      const addon = await programme();
      addon.ws.behaviour.driveFileReachesAppMade = false;
      const report = await selfCheck(addon);
      // Documents are made through Drive, which always reaches them: only older DocumentApp-made ones are slower.
      expectOnlyChanged(report, { 'drive-form': 'fails', 'drive-document': 'differs' });
      expect(rowOf(report, 'drive-form').meaning).toBe('Формы не будут перенесены в папку программы; ссылки на них работают.');
      expect(rowOf(report, 'drive-document').meaning).toContain('созданные прежними версиями надстройки');
      // Drive cannot trash what it cannot see: the person is told, with the links; the sheets are gone all the same.
      expect(report.cleanup.join('\n')).toMatch(/удалите его вручную: форма «Наставник: проверка \(можно удалить\)»: https:\/\/docs\.google\.com\/forms\//);
      expect(report.cleanup.join('\n')).toMatch(/удалите его вручную: документ «Наставник: проверка \(можно удалить\)»: https:\/\/docs\.google\.com\/document\/.*\(Google Диск не видит этот файл\)/);
      expect(byHand(addon.ws, (ss) => ss.getSheets().map((s) => s.getName()))).not.toContain(SCRATCH);
      // Once Drive reaches them, the next run finds the two by their name and trashes them.
      addon.ws.behaviour.driveFileReachesAppMade = true;
      const next = await selfCheck(addon);
      const found = 'Удалено после прерванной проверки: пробный файл «Наставник: проверка (можно удалить)», оставшийся от прежней проверки.';
      expect(next.cleanup).toEqual([found, found, 'Пробные объекты проверки удалены.']);
      expectNoScratchLeft(addon);
    });

    it('response headers in English: different, and the add-on reads by position', async () => {
      const addon = await programme();
      addon.ws.behaviour.responseHeaderLanguage = 'en';
      const report = await selfCheck(addon);
      expectOnlyChanged(report, { 'response-header': 'differs' });
      expect(rowOf(report, 'response-header').observed).toBe('первый столбец «Timestamp»');
      expectNoScratchLeft(addon);
    });

    it('Google works on requests sent together one at a time: different, and the documents are still made', async () => {
      const addon = await programme();
      addon.ws.behaviour.urlFetchAllLanes = 1;
      const report = await selfCheck(addon);
      expectOnlyChanged(report, { 'drive-batch': 'differs' });
      expect(rowOf(report, 'drive-batch').observed).toMatch(/^создано 2 из 2; текст цел; версии есть; десять запросов вместе заняли [23],\d времени одного$/);
      expect(rowOf(report, 'drive-batch').meaning).toContain('медленнее');
      expectNoScratchLeft(addon);
    });

    it('Drive refuses the uploads sent together: fails, says the programmes cannot be made, and names the refusal', async () => {
      const addon = await programme();
      addon.ws.rt.faults.inject({ method: 'Drive.REST.files.create', kind: 'rate', message: 'dailyLimitExceeded', times: 2 });
      const report = await selfCheck(addon);
      expectOnlyChanged(report, { 'drive-batch': 'fails' });
      expect(rowOf(report, 'drive-batch').observed).toMatch(/^создано 0 из 2 \(.*dailyLimitExceeded 403.*\)/);
      expect(rowOf(report, 'drive-batch').meaning).toContain('не сможет создать программы пар');
      expectNoScratchLeft(addon);
    });

    it("the spreadsheet's time zone differs from the script's (vector 55): different, the add-on uses the spreadsheet's", async () => {
      const addon = await programme();
      setSpreadsheetTimeZoneByHand(addon.ws, 'Asia/Yekaterinburg');
      const report = await selfCheck(addon);
      expectOnlyChanged(report, { 'time-zones': 'differs' });
      expect(rowOf(report, 'time-zones').observed).toBe('скрипт: Europe/Moscow; таблица: Asia/Yekaterinburg');
      expect(rowOf(report, 'time-zones').meaning).toContain('в часовом поясе таблицы (Asia/Yekaterinburg)');
    });
  });

  describe('cleans up whatever fails', () => {
    const faults: { name: string; method: string | RegExp; times: number; probe: SelfCheckProbeId }[] = [
      { name: 'the scratch sheet cannot be made', method: 'Spreadsheet.insertSheet', times: 1, probe: 'plain-text-formula' },
      { name: 'a cell write fails midway', method: 'Range.setValue', times: 1, probe: 'plain-text-formula' },
      { name: 'the form cannot be linked', method: 'Form.setDestination', times: 1, probe: 'form-url' },
      { name: 'Drive keeps failing on get', method: 'Drive.Files.get', times: 20, probe: 'drive-form' },
      { name: 'the document cannot be made', method: 'DocumentApp.create', times: 1, probe: 'drive-document' },
    ];
    it.each(faults)('$name: the probe is unchecked, the rest still run, nothing is left', async ({ method, times, probe }) => {
      const addon = await programme();
      const before = programmeState(addon);
      addon.ws.rt.faults.inject({ method, kind: 'transient', times });
      const report = await selfCheck(addon);
      expect(addon.ws.rt.faults.injected.length).toBeGreaterThan(0);
      expect(verdicts(report)[probe]).toBe('unchecked');
      expect(rowOf(report, probe).observed).toMatch(/^ошибка: /);
      expect(verdicts(report)['time-zones']).toBe('ok');
      expect(verdicts(report)['property-limit']).toBe('ok');
      expectNoScratchLeft(addon);
      expect(programmeState(addon).sheets).toEqual(before.sheets);
    });

    it('a file Drive cannot trash now is named for the person and trashed by the next run', async () => {
      const addon = await programme();
      addon.ws.rt.faults.inject({ method: 'Drive.Files.update', kind: 'transient', times: 100 });
      const report = await selfCheck(addon);
      // The form, the DocumentApp-made document, the Doc Drive converted and the two Docs made together.
      expect(report.cleanup.filter((l) => l.startsWith('Не удалось удалить пробный объект'))).toHaveLength(5);
      addon.ws.rt.faults.clear();
      const next = await selfCheck(addon);
      expect(next.cleanup.filter((l) => l.startsWith('Удалено после прерванной проверки'))).toEqual([
        expect.stringContaining('форма «Наставник: проверка (можно удалить)»'),
        expect.stringContaining('документ «Наставник: проверка (можно удалить)»'),
        expect.stringContaining('документ «Наставник: проверка (можно удалить)»'),
        expect.stringContaining('документ «Наставник: проверка (можно удалить)»'),
        expect.stringContaining('документ «Наставник: проверка (можно удалить)»'),
      ]);
      expectOnlyChanged(next, {});
      expectNoScratchLeft(addon);
    });

    it.each(['Form.setDestination', 'Drive.Files.get', 'DocumentApp.create', 'Drive.Files.update'])(
      'an execution killed at %s leaves a record the next run cleans up',
      async (method) => {
        const addon = await programme();
        const before = programmeState(addon);
        addon.ws.rt.faults.inject({ method, kind: 'kill' });
        await expect(addon.scriptRun('runSelfCheck')).rejects.toThrow('Exceeded maximum execution time');
        const next = (await addon.scriptRun('runSelfCheck')) as SelfCheckReport;
        expectOnlyChanged(next, {});
        expect(next.cleanup.some((l) => l.startsWith('Удалено после прерванной проверки'))).toBe(true);
        expectNoScratchLeft(addon);
        expect(programmeState(addon).sheets).toEqual(before.sheets);
      },
    );

    it('a run killed at any point leaves a record the next run cleans up', async () => {
      const addon = await programme();
      await selfCheck(addon);
      const fullMs = addon.executions.at(-1)!.elapsedMs;
      const before = programmeState(addon);
      for (const share of [0.15, 0.3, 0.45, 0.6, 0.75, 0.9]) {
        addon.ws.rt.killNextExecutionAfter(Math.round(fullMs * share));
        await expect(addon.scriptRun('runSelfCheck')).rejects.toThrow('Exceeded maximum execution time');
        const next = (await addon.scriptRun('runSelfCheck')) as SelfCheckReport;
        expectOnlyChanged(next, {});
        expectNoScratchLeft(addon);
        expect(programmeState(addon).sheets).toEqual(before.sheets);
      }
    });
  });
});
