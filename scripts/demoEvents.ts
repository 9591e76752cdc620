/**
 * The demo's events step (issue 12): the roadmap's events planned at set-up are held, staff ticked present,
 * the council's protocol and a news draft written, and the mentors trained by the sessions they attended.
 */
import { byHand, columnByTitle, type loadAddon, sheetDisplayValues } from '../emulator';

type Addon = ReturnType<typeof loadAddon>;

function setCells(addon: Addon, id: string, cells: Record<string, unknown>): void {
  byHand(addon.ws, (book) => {
    const sheet = book.getSheetByName('Мероприятия')!;
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === id) + 1;
    for (const [title, value] of Object.entries(cells)) sheet.getRange(row, columnByTitle(values, title)).setValue(value);
  });
}

function tickAll(addon: Addon, eventId: string, every: number): void {
  byHand(addon.ws, (book) => {
    const sheet = book.getSheetByName('Посещаемость')!;
    const values = sheet.getDataRange().getValues();
    const present = columnByTitle(values, 'Присутствовал(а)');
    let n = 0;
    values.forEach((r, i) => {
      if (i > 0 && r[0] === eventId && n++ % every !== every - 1) sheet.getRange(i + 1, present).setValue(true);
    });
  });
}

function ask(addon: Addon, caption: string, id?: string): string {
  if (id) addon.ws.ui.answer({ button: 'OK', text: id });
  addon.clickMenu(caption);
  return addon.ws.ui.alerts.at(-1)?.prompt ?? '';
}

export function runEventsStep(addon: Addon): string[] {
  const lines = ['Мероприятия (по дорожной карте):'];
  const planned = sheetDisplayValues(addon.ws, 'Мероприятия');
  const at = (t: string) => columnByTitle(planned, t) - 1;
  for (const r of planned.slice(1).filter((row) => row[0] !== '')) lines.push(`  ${r[0]} этап ${r[at('Этап')]}, ${r[at('Дата')]}: ${r[at('Мероприятие')]}`);
  setCells(addon, 'М-001', { Статус: 'проведено', Место: 'актовый зал', Секретарь: 'Смирнова О. П.', Голосовали: 'за — 46, против — 0, воздержались — 1' });
  ask(addon, 'Мероприятия: отметить присутствующих…', 'М-001');
  tickAll(addon, 'М-001', 6);
  lines.push(`  ${ask(addon, 'Мероприятия: протокол…', 'М-001')}`);
  lines.push(`  ${ask(addon, 'Мероприятия: новость для сайта…', 'М-001')}`);
  for (const id of ['М-004', 'М-005']) {
    setCells(addon, id, { Статус: 'проведено' });
    ask(addon, 'Мероприятия: отметить присутствующих…', id);
    tickAll(addon, id, 4);
  }
  lines.push(...ask(addon, 'Учесть обучение наставников').split('\n').map((l) => `  ${l}`));
  return lines;
}
