/**
 * `npm run bench`, events section (issue 12): service calls of «Мероприятия: протокол…» and «Учесть обучение
 * наставников» as events and attendance rows grow: both read each sheet once, whatever its length.
 */
import { byHand, columnByTitle, DEFAULT_BUILD_DIR, loadAddon } from '../emulator';
import { SEED_SCHOOL } from './demoSchool';

export async function benchEvents(): Promise<string[]> {
  const lines = ['«Мероприятия»: service calls and virtual time as events grow (each with 20 attendance rows; the extra events are held, of kind «другое»):', ''];
  lines.push('| events | attendance rows | protocol: calls | ms | protocol again: calls | ms | training: calls | ms |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of [10, 100, 1000]) {
    const addon = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: SEED_SCHOOL.now });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Бенчмарк').id;
    addon.open();
    await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
    byHand(addon.ws, (book) => {
      const events = book.getSheetByName('Мероприятия')!;
      const head = events.getRange(1, 1, 1, events.getLastColumn()).getValues();
      const col = (t: string) => columnByTitle(head, t);
      const rows = n - 8;
      events.insertRowsAfter(events.getMaxRows(), rows + 1);
      for (const [title, value] of [['ID', (i: number) => `М-${i + 9}`], ['Дата', () => new Date(Date.UTC(2022, 10, 15))], ['Вид', () => 'другое'], ['Часов', () => 2], ['Статус', () => 'проведено']] as const) {
        events.getRange(10, col(title), rows, 1).setValues(Array.from({ length: rows }, (_, i) => [value(i)]));
      }
      const first = events.getRange(2, 1, 1, events.getLastColumn()).getValues();
      first[0][col('Статус') - 1] = 'проведено';
      events.getRange(2, 1, 1, first[0].length).setValues(first);
      const attendance = book.getSheetByName('Посещаемость')!;
      const total = n * 20;
      if (attendance.getMaxRows() < total + 1) attendance.insertRowsAfter(attendance.getMaxRows(), total + 1 - attendance.getMaxRows());
      attendance.getRange(2, 1, total, 7).setValues(Array.from({ length: total }, (_, i) => [`М-${String(Math.floor(i / 20) + 1).padStart(3, '0')}`, 'сессия', '', `P${i % 20}`, `Сотрудник ${i % 20}`, 'наставник', i % 3 !== 0]));
    });
    const measure = () => ({ calls: addon.ws.rt.meter.windowCount(), ms: Math.round(addon.executions[addon.executions.length - 1].elapsedMs) });
    addon.ws.ui.answer({ button: 'OK', text: 'М-001' });
    addon.clickMenu('Мероприятия: протокол…');
    const first = measure();
    addon.ws.ui.answer({ button: 'OK', text: 'М-001' });
    addon.clickMenu('Мероприятия: протокол…');
    const again = measure();
    addon.clickMenu('Учесть обучение наставников');
    const training = measure();
    lines.push(`| ${n} | ${n * 20} | ${first.calls} | ${first.ms} | ${again.calls} | ${again.ms} | ${training.calls} | ${training.ms} |`);
  }
  return lines;
}

if (require.main === module) {
  benchEvents()
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
