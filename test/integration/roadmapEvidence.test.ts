/**
 * «Обновить дорожную карту» on the built bundle: each stage's state follows what happened (the banks, events
 * held with protocols), «Подтверждение» shows it with named links, a tick overrides and says so, and what the
 * coordinator typed in a computed column stays as typed.
 */
import { byHand, columnByTitle, fillBank, loadAddon, sheetDisplayValues } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';

type Addon = ReturnType<typeof loadAddon>;

async function programme(): Promise<Addon> {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  return addon;
}

function stageCell(addon: Addon, stage: string, title: string): string {
  const values = sheetDisplayValues(addon.ws, 'Дорожная карта');
  const row = values.find((r) => r[0] === stage);
  if (!row) throw new Error(`no stage ${stage}`);
  return row[columnByTitle(values, title) - 1];
}

const MENTEES = Array.from({ length: 33 }, (_, i) => [`N${i + 1}`, `Наставляемый ${i + 1}`, `n${i + 1}@school13.ru`, true, 'в банке']);

describe('the roadmap follows the evidence', () => {
  it('stage 5 with 33 mentees in the bank is «выполнен» (not «просрочен»), with the count in «Подтверждение»', async () => {
    const addon = await programme();
    addon.clickMenu('Обновить дорожную карту');
    expect(stageCell(addon, '5', 'Состояние')).toBe('просрочен');
    fillBank(addon.ws, 'Наставляемые', ['ID', 'ФИО', 'Эл. почта', 'Согласие на обработку ПДн', 'Статус'], MENTEES);
    addon.clickMenu('Обновить дорожную карту');
    expect(stageCell(addon, '5', 'Состояние')).toBe('выполнен');
    expect(stageCell(addon, '5', 'Подтверждение')).toContain('Наставляемых в банке с согласием на обработку ПДн: 33');
  });

  it('stage 2: a pedsovet held with its protocol makes it «выполнен», the protocol a named link, not a raw URL', async () => {
    const addon = await programme();
    const url = 'https://docs.google.com/document/d/protocol-2/edit';
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Мероприятия')!;
      const values = sheet.getDataRange().getValues();
      const header = values[0].map(String);
      const at = (t: string) => header.indexOf(t) + 1;
      let row = values.findIndex((r, i) => i > 0 && String(r[at('Этап') - 1]) === '2') + 1;
      if (row === 0) row = sheet.getLastRow() + 1;
      sheet.getRange(row, at('Этап')).setValue('2');
      sheet.getRange(row, at('Мероприятие')).setValue('Педагогический совет');
      sheet.getRange(row, at('Статус')).setValue('проведено');
      sheet.getRange(row, at('Протокол')).setValue(url);
    });
    addon.clickMenu('Обновить дорожную карту');
    expect(stageCell(addon, '2', 'Состояние')).toBe('выполнен');
    const rich = byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Дорожная карта')!;
      const values = sheet.getDataRange().getDisplayValues();
      const r = values.findIndex((line) => line[0] === '2') + 1;
      return sheet.getRange(r, columnByTitle(values, 'Подтверждение')).getRichTextValue()!;
    });
    expect(rich.getText()).toContain('Проведено: Педагогический совет');
    expect(rich.getText()).not.toContain('https://');
    const at = rich.getText().indexOf('протокол');
    expect(rich.getLinkUrl(at, at + 'протокол'.length)).toBe(url);
  });

  it('a tick overrides and says so; a date the coordinator typed in «Начало» is kept', async () => {
    const addon = await programme();
    addon.clickMenu('Обновить дорожную карту');
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Дорожная карта')!;
      const values = sheet.getDataRange().getDisplayValues();
      const r = values.findIndex((line) => line[0] === '3') + 1;
      sheet.getRange(r, columnByTitle(values, 'Выполнено')).setValue(true);
      const r4 = values.findIndex((line) => line[0] === '4') + 1;
      sheet.getRange(r4, columnByTitle(values, 'Начало')).setValue(new Date(Date.UTC(2022, 10, 15, 12)));
      sheet.getRange(r4, columnByTitle(values, 'Окончание')).setValue(new Date(Date.UTC(2022, 11, 20, 12)));
    });
    addon.clickMenu('Обновить дорожную карту');
    expect(stageCell(addon, '3', 'Состояние')).toBe('выполнен');
    expect(stageCell(addon, '4', 'Начало')).toContain('15.11.2022');
    // The coordinator's dates decide: 20.10.2022 is before 15.11.2022.
    expect(stageCell(addon, '4', 'Состояние')).toBe('не начат');
  });
});
