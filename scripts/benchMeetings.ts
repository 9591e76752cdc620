/**
 * `npm run bench`, stage 8.4: service calls of one meeting report through the form-submit trigger and of
 * «Обновить банки» (which recomputes every pair), as the log «Встречи» and the pairs grow.
 */
import { byHand, DEFAULT_BUILD_DIR, fillBank, formStore, loadAddon, submitForm } from '../emulator';
import { SEED_SCHOOL } from './demoSchool';
import { MENTOR_TITLES } from './demoStaff';

const PAIR_TITLES = ['ID', 'Наставник', 'Наставляемые', 'ID наставника', 'ID наставляемых', 'Дата начала', 'Статус'];

/** A programme with `pairs` pairs typed in by hand, `meetings` log rows, and the meeting form. */
export async function benchMeetingsProgramme(pairs: number, meetings: number): Promise<ReturnType<typeof loadAddon>> {
  const addon = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Бенчмарк').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  const mentorRow = (i: number) => MENTOR_TITLES.map((t) => ({ ID: `НС-${i}`, ФИО: `Наставник Номер ${i}`, 'Эл. почта': `m${i}@school.example`, 'Согласие на обработку ПДн': true })[t] ?? '');
  fillBank(addon.ws, 'Наставники', MENTOR_TITLES, Array.from({ length: pairs }, (_, i) => mentorRow(i + 1)));
  fillBank(addon.ws, 'Пары и группы', PAIR_TITLES, Array.from({ length: pairs }, (_, i) => [`П-${i + 1}`, `Наставник Номер ${i + 1} (НС-${i + 1})`, `Наставляемая Номер ${i + 1}`, `НС-${i + 1}`, `НЛ-${i + 1}`, new Date(Date.UTC(2022, 9, 1)), 'действует']));
  const dates = Array.from({ length: meetings }, (_, i) => [`П-${1 + (i % pairs)}`, `${String(1 + (i % 19)).padStart(2, '0')}.10.2022`]);
  byHand(addon.ws, (book) => {
    const sheet = book.getSheetByName('Встречи')!;
    if (sheet.getMaxRows() < meetings + 20) sheet.insertRowsAfter(sheet.getMaxRows(), meetings + 20 - sheet.getMaxRows());
    sheet.getRange(2, 1, meetings, 2).setNumberFormat('@').setValues(dates);
  });
  addon.clickMenu('Создать анкеты');
  return addon;
}

export async function benchMeetings(): Promise<string[]> {
  const lines = ['Meetings (stage 8.4): one report through the trigger, and «Обновить банки» recomputing every pair:', ''];
  lines.push('| pairs | meetings in the log | one report: calls | of which Utilities | ms | «Обновить банки»: calls | ms |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [pairs, meetings] of [[10, 10], [10, 1000], [200, 1000], [1000, 1000]]) {
    const addon = await benchMeetingsProgramme(pairs, meetings);
    const form = formStore(addon.ws).all().find((f) => f.title === 'Встреча пары')!;
    const choice = form.items.find((i) => i.kind === 'LIST')!.choices[0];
    submitForm(addon, form.id, { 'Пара или группа': choice, 'Дата встречи': '19.10.2022', 'Форма работы': 'консультация', 'Тема из программы пары': 'методика преподавания', 'Результат встречи': 'ok' }, 'm1@school.example');
    const one = { calls: addon.ws.rt.meter.windowCount(), utilities: addon.ws.rt.meter.windowCount('Utilities.'), ms: Math.round(addon.executions[addon.executions.length - 1].elapsedMs) };
    addon.clickMenu('Обновить банки');
    const sync = { calls: addon.ws.rt.meter.windowCount(), ms: Math.round(addon.executions[addon.executions.length - 1].elapsedMs) };
    lines.push(`| ${pairs} | ${meetings} | ${one.calls} | ${one.utilities} | ${one.ms} | ${sync.calls} | ${sync.ms} |`);
  }
  return lines;
}
