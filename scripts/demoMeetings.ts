/**
 * The demo's stage 8.4: the third form «Встреча пары» made after the pairs, mentors report their meetings (one
 * report from someone who is not the pair's mentor is held), three weeks pass, and one pair is flagged as stalled.
 */
import { columnByTitle, formStore, type loadAddon, sheetDisplayValues, submitForm } from '../emulator';

type Addon = ReturnType<typeof loadAddon>;
const DAY = 86_400_000;
const ddmmyyyy = (ms: number): string => new Date(ms).toISOString().slice(0, 10).split('-').reverse().join('.');

export async function runMeetingsStep(addon: Addon): Promise<string[]> {
  const { ws } = addon;
  addon.clickMenu('Создать анкеты');
  const form = formStore(ws).all().find((f) => f.title === 'Встреча пары');
  if (!form) return ['Встречи пар: анкета «Встреча пары» не создана (нет пар).'];
  const choices = form.items.find((i) => i.kind === 'LIST')?.choices ?? [];
  const lines = [`Встречи пар (этап 8.4): анкета «Встреча пары», в списке ${choices.length} пар (ID и инициалы наставляемых)`];
  const mentors = sheetDisplayValues(ws, 'Наставники');
  const m = (t: string) => columnByTitle(mentors, t) - 1;
  const emailOf = new Map(mentors.slice(1).map((r) => [r[m('ID')], r[m('Эл. почта')]]));
  const pairs = sheetDisplayValues(ws, 'Пары и группы');
  const p = (t: string) => columnByTitle(pairs, t) - 1;
  const active = pairs.slice(1).filter((r) => r[p('ID')] !== '' && r[p('Статус')] === 'действует');
  const answers = (choice: string, date: string, topic: string) => ({
    'Пара или группа': choice,
    'Дата встречи': date,
    'Форма работы': 'консультация',
    'Тема из программы пары': topic,
    'Результат встречи': 'Составили план на месяц, разобрали урок наставляемого',
    'Следующий шаг': 'Взаимопосещение урока',
  });
  // Every pair but the last meets within its first days; the last never reports.
  ws.rt.clock.advance(3 * DAY);
  const meetingDay = ddmmyyyy(ws.rt.clock.now());
  active.slice(0, -1).forEach((row) => {
    const choice = choices.find((c) => c.startsWith(`${row[p('ID')]}:`)) ?? row[p('ID')];
    submitForm(addon, form.id, answers(choice, meetingDay, 'методика преподавания'), emailOf.get(row[p('ID наставника')]) ?? '');
  });
  // Someone who is not the first pair's mentor reports for it: held, not counted.
  if (active.length > 0) submitForm(addon, form.id, answers(choices[0], meetingDay, 'работа с родителями'), 'kto-to@school13.example');
  ws.rt.clock.advance(13 * DAY);
  addon.clickMenu('Обновить банки');
  const log = sheetDisplayValues(ws, 'Встречи');
  const l = (t: string) => columnByTitle(log, t) - 1;
  const rows = log.slice(1).filter((r) => r[l('ID пары')] !== '');
  lines.push(`  Журнал «Встречи»: ${rows.filter((r) => r[l('Учёт')] === 'учтена').length} учтено, ${rows.filter((r) => r[l('Учёт')] === 'задержана').length} задержано`);
  for (const r of rows.filter((x) => x[l('Учёт')] === 'задержана')) lines.push(`    задержан: ${r[l('ID пары')]} ${r[l('Дата встречи')]} — ${r[l('Примечание')]}`);
  const after = sheetDisplayValues(ws, 'Пары и группы');
  const listed = after.slice(1).filter((x) => x[p('ID')] !== '');
  // Two pairs as a sample, then every flagged one.
  for (const r of listed.filter((x, i) => i < 2 || x[p('Внимание')] !== '')) {
    const flag = r[p('Внимание')] ? `  ⚠ ${r[p('Внимание')]}` : '';
    lines.push(`  ${r[p('ID')]}: встреч ${r[p('Встреч')] || 0}, первая ${r[p('Первая встреча')] || '—'}, последняя ${r[p('Последняя встреча')] || '—'}, план ${r[p('Выполнение плана')]}${flag}`);
  }
  const overview = (await addon.scriptRun('getOverview')) as { stalled: { pairId: string; text: string }[] };
  lines.push(`  Боковая панель «Пары: напомнить о встречах»: ${overview.stalled.map((s) => s.pairId).join(', ') || 'нет'}`);
  return lines;
}
