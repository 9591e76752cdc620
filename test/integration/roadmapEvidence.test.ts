/**
 * «Обновить дорожную карту» on the built bundle: each stage's state follows what happened (the banks, events
 * held with protocols), «Подтверждение» shows it with named links, a tick overrides and says so, and what the
 * coordinator typed in a computed column stays as typed.
 */
import { byHand, columnByTitle, columnValues, fillBank, loadAddon, sheetDisplayValues } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { MENTEE_TITLES, MENTOR_TITLES } from '../../scripts/demoStaff';

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
    expect(stageCell(addon, '5', 'Подтверждение')).toContain('В банке 33 наставляемых с согласием на обработку персональных данных');
  });

  it('set-up writes the evidence as its own: the first refresh after it updates «Подтверждение» (not kept as typed)', async () => {
    const addon = await programme();
    // Set-up's evidence already lists the events it proposed from the roadmap.
    expect(stageCell(addon, '2', 'Подтверждение')).toContain('Запланировано:');
    fillBank(addon.ws, 'Наставляемые', ['ID', 'ФИО', 'Эл. почта', 'Согласие на обработку ПДн', 'Статус'], MENTEES);
    addon.clickMenu('Обновить дорожную карту');
    expect(stageCell(addon, '5', 'Подтверждение')).toContain('В банке 33 наставляемых с согласием на обработку персональных данных');
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

  it('stage 8 says how many pairs have met and which stalled, from «Встречи» through «Обновить банки»', async () => {
    const addon = await programme();
    addon.clickMenu('Создать анкеты');
    const person = (titles: readonly string[], values: Record<string, unknown>) => titles.map((t) => values[t] ?? '');
    const staff = { Должность: 'учитель', 'Предмет / направление': 'математика', 'Формы наставничества': 'педагог – педагог', 'Предпочтительная форма': 'педагог – педагог', 'Удобное время': 'после уроков', 'Согласие на обработку ПДн': true, Статус: 'в банке' };
    fillBank(addon.ws, 'Наставники', MENTOR_TITLES, [
      person(MENTOR_TITLES, { ...staff, ID: 'НС-001', ФИО: 'Петрова Анна Ивановна', 'Эл. почта': 'petrova@school.example', 'Стаж, лет': 20, 'Сколько наставляемых': 1, 'Обучение пройдено': true }),
      person(MENTOR_TITLES, { ...staff, ID: 'НС-002', ФИО: 'Смирнов Олег Петрович', 'Эл. почта': 'smirnov@school.example', 'Стаж, лет': 20, 'Сколько наставляемых': 1, 'Обучение пройдено': true }),
    ]);
    fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, [
      person(MENTEE_TITLES, { ...staff, ID: 'НЛ-001', ФИО: 'Зайцева Дарья Олеговна', 'Эл. почта': 'nl1@school.example', 'Стаж, лет': 1, Категория: 'молодой специалист' }),
      person(MENTEE_TITLES, { ...staff, ID: 'НЛ-002', ФИО: 'Котов Игорь Андреевич', 'Эл. почта': 'nl2@school.example', 'Стаж, лет': 1, Категория: 'молодой специалист' }),
    ]);
    addon.clickMenu('Подобрать пары');
    byHand(addon.ws, (book) => {
      const sheet = book.getSheetByName('Подбор')!;
      const values = sheet.getDataRange().getValues();
      const at = columnByTitle(values, 'Утвердить');
      const by = columnByTitle(values, 'Наставник');
      values.forEach((row, i) => {
        if (i > 0 && row[by - 1] !== '') sheet.getRange(i + 1, at).setValue(true);
      });
    });
    addon.clickMenu('Закрепить утверждённые');
    const pairs = sheetDisplayValues(addon.ws, 'Пары и группы');
    const met = pairs.find((r) => r[columnByTitle(pairs, 'Наставник') - 1].includes('Петрова'));
    const quiet = pairs.find((r) => r[columnByTitle(pairs, 'Наставник') - 1].includes('Смирнов'));
    if (!met || !quiet) throw new Error('pairs not confirmed');
    // The coordinator types Петрова's meeting; 20 days on, Смирнов's pair has had none (threshold 14).
    const today = new Date(addon.ws.rt.clock.now());
    const typed = `${String(today.getUTCDate()).padStart(2, '0')}.${String(today.getUTCMonth() + 1).padStart(2, '0')}.${today.getUTCFullYear()}`;
    fillBank(addon.ws, 'Встречи', ['ID пары', 'Дата встречи', 'Форма работы'], [[met[0], typed, 'беседа']]);
    addon.ws.rt.clock.advance(20 * 86_400_000);
    addon.clickMenu('Обновить банки');
    addon.clickMenu('Обновить дорожную карту');
    const evidence = stageCell(addon, '8', 'Подтверждение');
    expect(evidence).toContain('Встречи проведены в 1 из 2 пар (групп)');
    expect(evidence).toContain('требуют внимания (нет встреч): ');
    expect(evidence).toContain(quiet[0]);
  });

  it('stage 10 reads «Публикации»: each held event and site PDF listed once, the coordinator’s date and link kept', async () => {
    const addon = await programme();
    const pdf = 'https://drive.google.com/file/d/order-pdf/view';
    const site = 'https://school13.example/news/order';
    byHand(addon.ws, (ss) => {
      const events = ss.getSheetByName('Мероприятия')!;
      const values = events.getDataRange().getValues();
      const at = (t: string) => columnByTitle(values, t);
      const row = events.getLastRow() + 1;
      events.getRange(row, at('ID')).setValue('М-900');
      events.getRange(row, at('Этап')).setValue('2');
      events.getRange(row, at('Мероприятие')).setValue('Педагогический совет');
      events.getRange(row, at('Статус')).setValue('проведено');
      ss.getSheetByName('Настройки')!.appendRow(['doc.order.pdf', 'PDF для сайта: Приказ о внедрении', pdf]);
    });
    addon.clickMenu('Обновить дорожную карту');
    const log = sheetDisplayValues(addon.ws, 'Публикации');
    expect(columnValues(log, 'Источник')).toEqual(['М-900', 'doc.order.pdf']);
    expect(columnValues(log, 'Материал')[1]).toBe('Приказ о внедрении');
    expect(columnValues(log, 'Черновик или файл')[1]).toBe(pdf);
    expect(stageCell(addon, '10', 'Подтверждение')).toContain('Опубликовано 0 из 2 материалов');
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Публикации')!;
      const values = sheet.getDataRange().getValues();
      sheet.getRange(3, columnByTitle(values, 'Дата публикации')).setValue('15.11.2022');
      sheet.getRange(3, columnByTitle(values, 'Ссылка на сайте школы')).setValue(site);
    });
    addon.clickMenu('Обновить дорожную карту');
    const after = sheetDisplayValues(addon.ws, 'Публикации');
    expect(columnValues(after, 'Источник')).toHaveLength(2);
    expect(columnValues(after, 'Ссылка на сайте школы')[1]).toBe(site);
    expect(columnValues(after, 'Дата публикации')[1]).toBe('15.11.2022');
    expect(stageCell(addon, '10', 'Подтверждение')).toContain('Опубликован 1 из 2 материалов');
    const rich = byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Дорожная карта')!;
      const values = sheet.getDataRange().getDisplayValues();
      const r = values.findIndex((line) => line[0] === '10') + 1;
      return sheet.getRange(r, columnByTitle(values, 'Подтверждение')).getRichTextValue()!;
    });
    const at = rich.getText().indexOf('PDF: Приказ о внедрении');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(rich.getLinkUrl(at, at + 3)).toBe(site);
    expect(stageCell(addon, '10', 'Состояние')).not.toBe('выполнен');
  });
});
