/**
 * Stage 8.4 end to end on the built bundle: the third form «Встреча пары» made by «Создать анкеты» once there are
 * pairs, reports through the one form-submit trigger into «Встречи», a stranger's report held, the pairs' columns,
 * stalled pairs flagged in «Пары и группы» and the sidebar, the coordinator's own rows, and flat calls.
 */
import { type Answers, byHand, columnByTitle, columnValues, fillBank, formStore, loadAddon, sheetDisplayValues, submitForm, triggerStore } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { MENTEE_TITLES, MENTOR_TITLES } from '../../scripts/demoStaff';

type Addon = ReturnType<typeof loadAddon>;
const DAY = 86_400_000;

const mentor = (id: string, name: string, email: string) =>
  MENTOR_TITLES.map(
    (t) =>
      ({
        ID: id, ФИО: name, 'Эл. почта': email, Должность: 'учитель', 'Предмет / направление': 'математика', 'Стаж, лет': 20,
        'Квалификационная категория': 'высшая', Компетенции: 'методика преподавания; работа с родителями', 'Сколько наставляемых': 1,
        'Формы наставничества': 'педагог – педагог', 'Удобное время': 'после уроков', 'Обучение пройдено': true, 'Согласие на обработку ПДн': true, Статус: 'в банке',
      })[t] ?? '',
  );
const mentee = (id: string, name: string) =>
  MENTEE_TITLES.map(
    (t) =>
      ({
        ID: id, ФИО: name, 'Эл. почта': `${id.toLowerCase()}@school.example`, Должность: 'учитель', 'Предмет / направление': 'математика', 'Стаж, лет': 1,
        Категория: 'молодой специалист', 'Профессиональные запросы': 'методика преподавания', 'Предпочтительная форма': 'педагог – педагог',
        'Удобное время': 'после уроков', 'Согласие на обработку ПДн': true, Статус: 'в банке',
      })[t] ?? '',
  );

/** Set up, two pairs confirmed (П-001, П-002), the forms made after them. */
async function programmeWithPairs(): Promise<Addon> {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  addon.clickMenu('Создать анкеты');
  fillBank(addon.ws, 'Наставники', MENTOR_TITLES, [mentor('НС-001', 'Петрова Анна Ивановна', 'petrova@school.example'), mentor('НС-002', 'Смирнов Олег Петрович', 'smirnov@school.example')]);
  fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, [mentee('НЛ-001', 'Зайцева Дарья Олеговна'), mentee('НЛ-002', 'Котов Игорь Андреевич')]);
  approveAll(addon);
  addon.clickMenu('Создать анкеты');
  return addon;
}

function approveAll(addon: Addon): void {
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
}

const meetingForm = (addon: Addon) => formStore(addon.ws).all().find((f) => f.title === 'Встреча пары')!;
const pairsSheet = (addon: Addon) => sheetDisplayValues(addon.ws, 'Пары и группы');
const log = (addon: Addon) => sheetDisplayValues(addon.ws, 'Встречи');

/** The pair whose mentor is `name`, as «Пары и группы» shows it. */
function pairOf(addon: Addon, name: string): { id: string; row: string[]; col: (t: string) => number } {
  const values = pairsSheet(addon);
  const col = (t: string) => columnByTitle(values, t) - 1;
  const row = values.find((r) => r[col('Наставник')].startsWith(name))!;
  return { id: row[col('ID')], row, col };
}

function choiceOf(addon: Addon, pairId: string): string {
  const list = meetingForm(addon).items.find((i) => i.kind === 'LIST')!;
  return list.choices.find((c) => c.startsWith(`${pairId}:`))!;
}

function report(addon: Addon, pairId: string, date: string, email: string, over: Answers = {}) {
  return submitForm(
    addon,
    meetingForm(addon).id,
    {
      'Пара или группа': choiceOf(addon, pairId),
      'Дата встречи': date,
      'Форма работы': 'консультация',
      'Тема из программы пары': 'методика преподавания',
      'Результат встречи': 'Разобрали план урока',
      'Следующий шаг': 'Взаимопосещение',
      ...over,
    },
    email,
  );
}

describe('the pairs’ meetings (stage 8.4)', () => {
  it('makes «Встреча пары» only once there are pairs, with IDs and initials in its list, under the one trigger', async () => {
    const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
    addon.open();
    await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
    addon.clickMenu('Создать анкеты');
    expect(formStore(addon.ws).all()).toHaveLength(2);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Журнал'), 'Подробности').some((d) => d.includes('«Встреча пары» появится'))).toBe(true);

    const ready = await programmeWithPairs();
    const form = meetingForm(ready);
    expect(form.published).toBe(true);
    expect(form.emailCollection).toBe('VERIFIED');
    const list = form.items.find((i) => i.kind === 'LIST')!;
    expect(list.title).toBe('Пара или группа');
    expect(list.choices).toHaveLength(2);
    // Only the pair's ID and the mentee's initials: no full name is shown to whoever opens the form.
    expect(list.choices.join(' ')).toMatch(/^П-00\d: [ЗК]\.\u00a0[ДИ]\.\u00a0[ОА]\./);
    expect(list.choices.join(' ')).not.toContain('Зайцева');
    expect(triggerStore(ready.ws).triggers).toHaveLength(1);
    expect(sheetDisplayValues(ready.ws, 'Настройки').flat().filter((v) => v.startsWith('https://docs.google.com/forms/d/e/'))).toHaveLength(3);
    // Run again: nothing made twice.
    ready.clickMenu('Создать анкеты');
    expect(formStore(ready.ws).all()).toHaveLength(3);
  });

  it('logs a mentor’s report for the pair, holds a stranger’s, and counts each response row once', async () => {
    const addon = await programmeWithPairs();
    const petrova = pairOf(addon, 'Петрова');
    addon.ws.rt.clock.advance(5 * DAY);
    const sent = report(addon, petrova.id, '24.10.2022', 'petrova@school.example', { 'Результат встречи': '=HYPERLINK("http://x";"y")' });
    sent.deliverAgain();
    report(addon, petrova.id, '25.10.2022', 'stranger@school.example');
    const values = log(addon);
    const c = (t: string) => columnByTitle(values, t) - 1;
    expect(values.slice(1).filter((r) => r[c('ID пары')] !== '')).toHaveLength(2);
    const [ok, held] = values.slice(1);
    expect([ok[c('ID пары')], ok[c('Дата встречи')], ok[c('Учёт')], ok[c('Примечание')]]).toEqual([petrova.id, '24.10.2022', 'учтена', '']);
    // Everything typed is data: a formula-looking answer stays text.
    expect(ok[c('Результат')]).toBe('=HYPERLINK("http://x";"y")');
    expect(held[c('Учёт')]).toBe('задержана');
    expect(held[c('Примечание')]).toContain('не наставником пары');
    expect(held[c('Отправитель')]).toBe('stranger@school.example');
    expect(ok[c('Отправитель')]).toBe('');
    const after = pairOf(addon, 'Петрова');
    expect([after.row[after.col('Первая встреча')], after.row[after.col('Последняя встреча')], after.row[after.col('Встреч')]]).toEqual(['24.10.2022', '24.10.2022', '1']);
    // October to May: eight months of the plan, one of them covered, one due by now.
    expect(after.row[after.col('Выполнение плана')]).toBe('1 из 8 мес. (по сроку — 1)');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Журнал'), 'Подробности').some((d) => d.includes('Отчёт задержан'))).toBe(true);
  });

  it('flags a pair with no first meeting and one with too long a gap, with whom to remind, in the sheet and the sidebar', async () => {
    const addon = await programmeWithPairs();
    const petrova = pairOf(addon, 'Петрова');
    const smirnov = pairOf(addon, 'Смирнов');
    addon.ws.rt.clock.advance(3 * DAY);
    report(addon, petrova.id, '22.10.2022', 'petrova@school.example');
    addon.ws.rt.clock.advance(12 * DAY);
    addon.clickMenu('Обновить банки');
    // 15 days after the start: Смирнов's pair has had no first meeting (threshold 14).
    let s = pairOf(addon, 'Смирнов');
    expect(s.row[s.col('Внимание')]).toBe('Нет первой встречи: 15 дн. с начала 20.10.2022 (порог 14). Напомнить: Смирнов Олег Петрович, smirnov@school.example.');
    expect(pairOf(addon, 'Петрова').row[petrova.col('Внимание')]).toBe('');
    addon.ws.rt.clock.advance(10 * DAY);
    addon.clickMenu('Обновить банки');
    const p = pairOf(addon, 'Петрова');
    expect(p.row[p.col('Внимание')]).toBe('Нет встреч 23 дн., последняя 22.10.2022 (порог 21). Напомнить: Петрова Анна Ивановна, petrova@school.example.');
    const overview = (await addon.scriptRun('getOverview')) as { stalled: { pairId: string; text: string }[] };
    expect(overview.stalled.map((x) => x.pairId)).toEqual([smirnov.id, petrova.id]);
    // A meeting clears the flag at once (the trigger recomputes).
    report(addon, smirnov.id, '13.11.2022', 'smirnov@school.example');
    s = pairOf(addon, 'Смирнов');
    expect([s.row[s.col('Внимание')], s.row[s.col('Встреч')]]).toEqual(['', '1']);
    const journal = columnValues(sheetDisplayValues(addon.ws, 'Журнал'), 'Подробности');
    expect(journal.filter((d) => d.startsWith(`${smirnov.id}: Нет первой встречи`))).toHaveLength(1);
  });

  it('counts the coordinator’s own rows, notes what it cannot read, and follows the thresholds in «Настройки»', async () => {
    const addon = await programmeWithPairs();
    const petrova = pairOf(addon, 'Петрова');
    addon.ws.rt.clock.advance(30 * DAY);
    fillBank(addon.ws, 'Встречи', ['ID пары', 'Дата встречи', 'Форма работы', 'Результат'], [
      [petrova.id.toLowerCase(), '01.11.2022', 'разбор урока', 'Обсудили урок'],
      ['П-999', '02.11.2022', 'консультация', ''],
      [petrova.id, 'вчера', 'консультация', ''],
    ]);
    byHand(addon.ws, (book) => {
      const sheet = book.getSheetByName('Настройки')!;
      const values = sheet.getDataRange().getValues();
      const row = values.findIndex((r) => r[0] === 'meetings.gapDays');
      sheet.getRange(row + 1, 3).setValue('40');
    });
    addon.clickMenu('Обновить банки');
    const values = log(addon);
    expect(columnValues(values, 'Примечание')).toEqual(['', 'Пара «П-999» не найдена — встреча не учтена.', 'Дата «вчера» не распознана (ДД.ММ.ГГГГ) — встреча не учтена.']);
    const p = pairOf(addon, 'Петрова');
    expect([p.row[p.col('Встреч')], p.row[p.col('Последняя встреча')], p.row[p.col('Внимание')]]).toEqual(['1', '01.11.2022', '']);
  });

  it('refreshes the form’s list at once when «Закрепить утверждённые» adds a pair, and says so', async () => {
    const addon = await programmeWithPairs();
    fillBank(addon.ws, 'Наставники', MENTOR_TITLES, [mentor('НС-003', 'Орлова Вера Николаевна', 'orlova@school.example')]);
    fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, [mentee('НЛ-003', 'Лисина Ольга Павловна')]);
    expect(meetingForm(addon).items.find((i) => i.kind === 'LIST')!.choices).toHaveLength(2);
    approveAll(addon);
    expect(meetingForm(addon).items.find((i) => i.kind === 'LIST')!.choices).toHaveLength(3);
    expect(addon.ws.ui.alerts.at(-1)?.prompt).toContain('Список пар в анкете «Встреча пары» обновлён.');
  });

  it('a form that cannot be refreshed does not undo the confirmation: the alert says so, the next report refreshes it', async () => {
    const addon = await programmeWithPairs();
    fillBank(addon.ws, 'Наставники', MENTOR_TITLES, [mentor('НС-003', 'Орлова Вера Николаевна', 'orlova@school.example')]);
    fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, [mentee('НЛ-003', 'Лисина Ольга Павловна')]);
    addon.clickMenu('Подобрать пары');
    byHand(addon.ws, (book) => {
      const sheet = book.getSheetByName('Подбор')!;
      const values = sheet.getDataRange().getValues();
      const at = columnByTitle(values, 'Утвердить');
      values.forEach((row, i) => {
        if (i > 0 && row[columnByTitle(values, 'Наставник') - 1] !== '') sheet.getRange(i + 1, at).setValue(true);
      });
    });
    addon.ws.rt.faults.inject({ method: 'FormApp.openById', kind: 'daily-quota', times: 1 });
    addon.clickMenu('Закрепить утверждённые');
    expect(addon.ws.rt.faults.injected.length).toBeGreaterThan(0);
    const alert = addon.ws.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toContain('Закреплено: 1.');
    expect(alert).toContain('Пары закреплены, но список пар в анкете «Встреча пары» не обновлён');
    expect(pairOf(addon, 'Орлова').id).toMatch(/^П-00\d$/);
    expect(meetingForm(addon).items.find((i) => i.kind === 'LIST')!.choices).toHaveLength(2);
    addon.ws.rt.clock.advance(2 * DAY);
    report(addon, pairOf(addon, 'Петрова').id, '21.10.2022', 'petrova@school.example');
    expect(meetingForm(addon).items.find((i) => i.kind === 'LIST')!.choices).toHaveLength(3);
  });

  it('spends the same service calls on one report with 10 or 1,000 meetings in the log', async () => {
    const calls: number[] = [];
    for (const n of [10, 1000]) {
      const addon = await programmeWithPairs();
      const petrova = pairOf(addon, 'Петрова');
      addon.ws.rt.clock.advance(60 * DAY);
      const dates = Array.from({ length: n }, (_, i) => [`${String(1 + (i % 28)).padStart(2, '0')}.11.2022`]);
      fillBank(addon.ws, 'Встречи', ['ID пары', 'Форма работы'], dates.map(() => [petrova.id, 'консультация']));
      // Typed as text, as in the column set-up formats (rows the grid grew by carry no format), with room below.
      byHand(addon.ws, (book) => {
        const sheet = book.getSheetByName('Встречи')!;
        sheet.insertRowsAfter(sheet.getMaxRows(), 10);
        sheet.getRange(2, 2, n, 1).setNumberFormat('@').setValues(dates);
      });
      addon.clickMenu('Обновить банки');
      report(addon, petrova.id, '15.12.2022', 'petrova@school.example');
      calls.push(addon.ws.rt.meter.windowCount());
      expect(pairOf(addon, 'Петрова').row[petrova.col('Встреч')]).toBe(String(n + 1));
    }
    expect(calls[1]).toBe(calls[0]);
  });
});
