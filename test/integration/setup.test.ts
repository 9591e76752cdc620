/**
 * «Настроить программу…» end to end: the built bundle in the emulator, as the coordinator uses it.
 */
import { byHand, columnByTitle, loadAddon, sheetDisplayValues } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { defaultRoadmap } from '../../src/domain/roadmap';

const OUR_SHEETS = ['Настройки', 'Дорожная карта', 'Наставники', 'Наставляемые', 'Пары и группы', 'Мероприятия', 'Журнал'];

function freshProgramme() {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  const ss = addon.ws.spreadsheets.create('Программа наставничества');
  addon.ws.activeSpreadsheetId = ss.id;
  addon.open('LIMITED');
  return addon;
}

type Saved = { ok: boolean; summary?: string[]; message?: string; errors?: Record<string, string> };

async function setUp(addon: ReturnType<typeof loadAddon>, settings = SEED_SCHOOL.settings): Promise<Saved> {
  return (await addon.scriptRun('saveSettings', settings)) as Saved;
}

function sheetNames(addon: ReturnType<typeof loadAddon>): string[] {
  return byHand(addon.ws, (ss) => ss.getSheets().map((s) => s.getName()));
}

/** Everything a coordinator could see: every sheet's values and formulas. */
function snapshot(addon: ReturnType<typeof loadAddon>): unknown {
  return byHand(addon.ws, (ss) =>
    ss.getSheets().map((s) => ({
      name: s.getName(),
      values: s.getDataRange().getDisplayValues(),
      frozen: s.getFrozenRows(),
      metadata: s.getDeveloperMetadata().length,
    })),
  );
}

describe('programme set-up', () => {
  it('opens with the menu in AuthMode.NONE without touching the document', () => {
    const addon = freshProgramme();
    addon.open('NONE');
    expect(addon.ws.ui.menuCaptions()).toEqual(expect.arrayContaining(['Настроить программу…', 'Обновить дорожную карту']));
    expect(Object.keys(addon.ws.rt.meter.window()).filter((m) => m.startsWith('Spreadsheet') && m !== 'SpreadsheetApp.getUi')).toEqual([]);
  });

  it('opens the settings dialog from the menu, with the fields to fill', async () => {
    const addon = freshProgramme();
    addon.clickMenu('Настроить программу…');
    expect(addon.ws.ui.dialogs).toHaveLength(1);
    expect(addon.ws.ui.dialogs[0].content).toContain('Сохранить');
    const data = (await addon.scriptRun('getSettingsDialogData')) as { configured: boolean; fields: { key: string }[] };
    expect(data.configured).toBe(false);
    expect(data.fields.map((f) => f.key)).toEqual([
      'schoolFullName',
      'schoolShortName',
      'directorName',
      'orderNumber',
      'orderDate',
      'schoolYear',
      'coordinatorName',
    ]);
  });

  it('creates the seven sheets with the seed roadmap word for word for 2022–2023', async () => {
    const addon = freshProgramme();
    const saved = await setUp(addon);
    expect(saved.ok).toBe(true);
    expect(sheetNames(addon)).toEqual(expect.arrayContaining(OUR_SHEETS));
    const roadmap = sheetDisplayValues(addon.ws, 'Дорожная карта');
    const [num, title, content, planned] = ['№', 'Наименование этапа', 'Содержание деятельности и примерный план мероприятий', 'Планируемая дата'].map(
      (t) => columnByTitle(roadmap, t) - 1,
    );
    const expected = defaultRoadmap('МБОУ СОШ № 13', 2022);
    expect(roadmap.slice(1).map((r) => [r[num], r[title], r[content], r[planned]])).toEqual(
      expected.map((s) => [s.number, s.title, s.content, s.plannedText]),
    );
    const journal = sheetDisplayValues(addon.ws, 'Журнал');
    expect(journal.length).toBeGreaterThan(1);
    expect(journal.slice(1).some((row) => row.join(' ').includes('Созданы листы'))).toBe(true);
  });

  it('names every bad field in Russian and writes nothing', async () => {
    const addon = freshProgramme();
    const before = snapshot(addon);
    const saved = await setUp(addon, {
      schoolFullName: 'Школа',
      schoolShortName: '',
      directorName: 'ivanov',
      orderNumber: '',
      orderDate: '31.02.2022',
      schoolYear: '2022-2024',
      coordinatorName: '',
    });
    expect(saved.ok).toBe(false);
    expect(Object.keys(saved.errors ?? {}).sort()).toEqual(
      ['coordinatorName', 'directorName', 'orderDate', 'orderNumber', 'schoolFullName', 'schoolShortName', 'schoolYear'].sort(),
    );
    for (const message of Object.values(saved.errors ?? {})) expect(message).toMatch(/[А-Яа-я]/);
    expect(snapshot(addon)).toEqual(before);
  });

  it('run twice leaves an identical workbook', async () => {
    const addon = freshProgramme();
    await setUp(addon);
    const once = snapshot(addon);
    const again = await setUp(addon);
    expect(again.ok).toBe(true);
    expect(again.summary).toEqual(expect.arrayContaining(['Все листы программы на месте.', 'Настройки не изменились.']));
    expect(snapshot(addon)).toEqual(once);
  });

  it('brings back a deleted sheet of ours, empty, and reports it', async () => {
    const addon = freshProgramme();
    await setUp(addon);
    byHand(addon.ws, (ss) => ss.deleteSheet(ss.getSheetByName('Мероприятия')!));
    const saved = await setUp(addon);
    expect(saved.ok).toBe(true);
    expect(saved.summary?.join(' ')).toContain('Лист «Мероприятия» был удалён; создан заново, пустой.');
    expect(sheetDisplayValues(addon.ws, 'Мероприятия')).toHaveLength(1);
  });

  it('never overwrites a sheet of the coordinator that has our name', async () => {
    const addon = freshProgramme();
    byHand(addon.ws, (ss) => ss.insertSheet('Журнал').getRange('A1').setValue('мои записи'));
    const before = snapshot(addon);
    const saved = await setUp(addon);
    expect(saved.ok).toBe(false);
    expect(saved.message).toContain('«Журнал»');
    expect(snapshot(addon)).toEqual(before);
  });

  it('keeps working when columns are renamed, reordered, and the coordinator adds her own', async () => {
    const addon = freshProgramme();
    await setUp(addon);
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Дорожная карта')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const state = header.indexOf('Состояние') + 1;
      sheet.getRange(1, state).setValue('Статус этапа');
      sheet.moveColumns(sheet.getRange(1, state, 1, 1), 1);
      sheet.insertColumnBefore(3);
      sheet.getRange(1, 3).setValue('Ответственный');
      sheet.getRange(2, 3).setValue('Соколова Е.А.');
      const done = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Выполнено') + 1;
      sheet.getRange(2, done).setValue(true);
    });
    addon.clickMenu('Обновить дорожную карту');
    const roadmap = sheetDisplayValues(addon.ws, 'Дорожная карта');
    expect(roadmap[0][0]).toBe('Статус этапа');
    expect(roadmap[1][0]).toBe('выполнен');
    expect(roadmap[2][0]).toBe('просрочен');
    const own = columnByTitle(roadmap, 'Ответственный') - 1;
    expect(roadmap[1][own]).toBe('Соколова Е.А.');
    const saved = await setUp(addon);
    expect(saved.ok).toBe(true);
    expect(sheetDisplayValues(addon.ws, 'Дорожная карта')).toEqual(roadmap);
  });

  it('restores a column of ours deleted by hand', async () => {
    const addon = freshProgramme();
    await setUp(addon);
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставники')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.deleteColumn(header.indexOf('Статус') + 1);
    });
    const saved = await setUp(addon);
    expect(saved.summary?.join(' ')).toContain('На листе «Наставники» восстановлены столбцы: Статус.');
    expect(sheetDisplayValues(addon.ws, 'Наставники')[0]).toContain('Статус');
  });

  it('writes text that looks like a formula as text', async () => {
    const addon = freshProgramme();
    const school = { ...SEED_SCHOOL.settings, schoolFullName: '=IMPORTXML("http://evil.example","//a") школа № 13' };
    expect((await setUp(addon, school)).ok).toBe(true);
    const formulas = byHand(addon.ws, (ss) => ss.getSheetByName('Настройки')!.getDataRange().getFormulas());
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(sheetDisplayValues(addon.ws, 'Настройки').flat()).toContain(school.schoolFullName);
  });

});
