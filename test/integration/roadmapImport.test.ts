/**
 * «Импортировать дорожную карту…» on the built bundle: the dialog opens from the menu; the preview writes
 * nothing; the import puts the stages below the existing ones (or replaces them only when asked), text as typed
 * (a leading «=» stays text), debris never a stage.
 */
import { loadAddon, sheetDisplayValues } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import type { RoadmapImportPreview, RoadmapImportResult } from '../../src/shared/rpc';

type Addon = ReturnType<typeof loadAddon>;

async function programme(): Promise<Addon> {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  return addon;
}

// A Word table's paste, with wording from МБОУ Тамбарская ООШ's plan
// (https://tambarskaya.kuzbasschool.ru/file/card?id=516), a page number, a signature stamp and a repeated header.
const PASTE = [
  'План мероприятий (дорожная карта) внедрения наставничества',
  'Срок реализации\t№ п/п\tНаименование мероприятий\tОтветственный исполнитель',
  'сентябрь 2024\t1.1\tУтверждение состава рабочей группы по внедрению целевой модели наставничества\tДиректор',
  '2',
  'ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ',
  'Срок реализации\t№ п/п\tНаименование мероприятий\tОтветственный исполнитель',
  'октябрь 2024\t1.2.\t=Назначение кураторов внедрения целевой модели\tДиректор',
  '\t\tнаставничества в ОУ\t',
].join('\n');

function roadmap(addon: Addon): string[][] {
  return sheetDisplayValues(addon.ws, 'Дорожная карта');
}

describe('importing a school\'s own roadmap', () => {
  it('the menu opens the dialog', async () => {
    const addon = await programme();
    addon.clickMenu('Импортировать дорожную карту…');
    expect(addon.ws.ui.dialogs.at(-1)?.content).toContain('Импортировать');
  });

  it('the preview writes nothing and shows stages and debris', async () => {
    const addon = await programme();
    const before = roadmap(addon);
    const view = (await addon.scriptRun('previewRoadmapImport', PASTE)) as RoadmapImportPreview;
    expect(view.ok).toBe(true);
    expect(view.stages.map((s) => s.number)).toEqual(['1.1', '1.2.']);
    expect(view.flagged.map((f) => f.reason)).toEqual([
      'текст до таблицы (заголовок документа), не этап',
      'номер страницы',
      'отметка об электронной подписи',
      'повтор строки заголовков (новая страница)',
    ]);
    expect(view.existing).toBeGreaterThan(0);
    expect(roadmap(addon)).toEqual(before);
  });

  it('imports below the existing stages, text as typed (a leading «=» stays text)', async () => {
    const addon = await programme();
    const before = roadmap(addon);
    const done = (await addon.scriptRun('importRoadmap', PASTE, 'append')) as RoadmapImportResult;
    expect(done.imported).toBe(2);
    const after = roadmap(addon);
    // The seed's stages are all still there, in their rows.
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.filter((r) => r[0] === '1.1' || r[0] === '1.2.');
    expect(added.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1.1', 'Утверждение состава рабочей группы по внедрению целевой модели наставничества', 'сентябрь 2024'],
      ['1.2.', '=Назначение кураторов внедрения целевой модели\nнаставничества в ОУ', 'октябрь 2024'],
    ]);
    expect(added[0][2]).toBe('Ответственный исполнитель: Директор');
    expect(after.flat().join('\n')).not.toContain('ПОДПИСАН');
  });

  it('replaces the existing stages only when asked, and the refresh then reads the imported dates', async () => {
    const addon = await programme();
    await addon.scriptRun('importRoadmap', PASTE, 'replace');
    const rows = roadmap(addon).slice(1).filter((r) => r.some((c) => c !== '' && c !== 'FALSE'));
    expect(rows.map((r) => r[0])).toEqual(['1.1', '1.2.']);
    addon.clickMenu('Обновить дорожную карту');
    const start = roadmap(addon)[0].indexOf('Начало');
    expect(roadmap(addon)[1][start]).not.toBe('');
  });

  it('says in Russian why nothing was imported', async () => {
    const addon = await programme();
    const before = roadmap(addon);
    const empty = (await addon.scriptRun('importRoadmap', '   ', 'append')) as RoadmapImportResult;
    expect(empty).toMatchObject({ ok: false, imported: 0 });
    expect(empty.message).toMatch(/^Вставьте текст дорожной карты/);
    const noHeader = (await addon.scriptRun('previewRoadmapImport', '1. Приказ\n2. Банк')) as RoadmapImportPreview;
    expect(noHeader.message).toMatch(/^Не найдена строка заголовков/);
    expect(roadmap(addon)).toEqual(before);
  });
});
