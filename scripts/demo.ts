/**
 * `npm run demo`: the add-on's main job on the emulator. A coordinator of МБОУ СОШ № 13 opens the
 * programme spreadsheet, sets the programme up for 2022–2023 through the settings dialog, ticks the
 * first stages done and refreshes the roadmap, collects the questionnaires, forms pairs and makes every
 * document. Writes out/programme.xlsx and out/documents/ (.docx, .html, .pdf) and prints what happened.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { byHand, columnByTitle, DEFAULT_BUILD_DIR, loadAddon, sheetDisplayValues, spreadsheetToXlsx, submitForm } from '../emulator';
import { runDocumentsStep } from './demoDocuments';
import { runEventsStep } from './demoEvents';
import { runMeetingsStep } from './demoMeetings';
import { type DemoSchool, SEED_SCHOOL } from './demoSchool';
import { runSelfCheckStep } from './demoSelfCheck';
import { demoAnswers } from './demoStaff';
import { setSettingByHand } from './settingsByHand';

export async function runDemo(school: DemoSchool = SEED_SCHOOL, outDir = join(__dirname, '..', 'out')): Promise<string[]> {
  const lines: string[] = [];
  const addon = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: school.now });
  const { ws } = addon;
  const ss = ws.spreadsheets.create(`Программа наставничества — ${school.settings.schoolShortName}`);
  ws.activeSpreadsheetId = ss.id;

  addon.open('LIMITED');
  addon.clickMenu('Настроить программу…');
  const saved = (await addon.scriptRun('saveSettings', school.settings)) as { ok: boolean; summary?: string[]; message?: string };
  if (!saved.ok) throw new Error(`Настройка не удалась: ${saved.message}`);
  lines.push(`Настройка программы: ${school.settings.schoolShortName}, ${school.settings.schoolYear} учебный год`);
  for (const line of saved.summary ?? []) lines.push(`  ${line}`);
  // What the documents need beyond the set-up dialog: the coordinator fills the rows the documents dialog asks for.
  for (const [key, value] of Object.entries(school.documentSettings)) setSettingByHand(addon, key, value);

  // The coordinator ticks the stages already done, then refreshes the roadmap from the menu.
  byHand(ws, (book) => {
    const sheet = book.getSheetByName('Дорожная карта')!;
    const values = sheet.getDataRange().getValues();
    const done = columnByTitle(values, 'Выполнено');
    values.forEach((row, i) => {
      if (i > 0 && school.doneStages.includes(String(row[0]))) sheet.getRange(i + 1, done).setValue(true);
    });
  });
  addon.clickMenu('Обновить дорожную карту');

  lines.push('', 'Дорожная карта:');
  for (const stage of readRoadmap(addon)) lines.push(`  ${stage}`);

  // Stages 5–6: the questionnaires; the staff answer them, and each answer lands in its bank.
  addon.clickMenu('Создать анкеты');
  const forms = JSON.parse(ws.properties.snapshot('document', ss.id)['nastavnik.forms']) as Record<'mentee' | 'mentor', { formId: string; publishedUrl: string }>;
  lines.push('', 'Анкеты созданы:', `  наставляемого: ${forms.mentee.publishedUrl}`, `  наставника: ${forms.mentor.publishedUrl}`);
  const staff = demoAnswers();
  for (const a of staff.mentors) submitForm(addon, forms.mentor.formId, a.answers, a.email);
  for (const a of staff.mentees) submitForm(addon, forms.mentee.formId, a.answers, a.email);
  // The coordinator marks the mentors who finished the training sessions (stage 7).
  byHand(ws, (book) => {
    const sheet = book.getSheetByName('Наставники')!;
    const values = sheet.getDataRange().getValues();
    const trained = columnByTitle(values, 'Обучение пройдено');
    values.forEach((_, i) => {
      if (i > 0 && i % 5 !== 0) sheet.getRange(i + 1, trained).setValue(true);
    });
  });
  addon.clickMenu('Обновить банки');
  for (const [title, list] of [['Наставники', staff.mentors], ['Наставляемые', staff.mentees]] as const) {
    const bank = sheetDisplayValues(ws, title);
    const col = (t: string) => columnByTitle(bank, t) - 1;
    const people = bank.slice(1).filter((r) => r[col('ID')] !== '');
    lines.push('', `Банк «${title}»: в банке ${people.length}, ответов ${list.length} (${list.filter((a) => a.note === 'без согласия').length} без согласия, ${list.filter((a) => a.note === 'повторный ответ').length} повторных)`);
    for (const r of people) {
      const problem = r[col('Проблемы')] ? `  ⚠ ${r[col('Проблемы')]}` : '';
      const what = title === 'Наставники' ? r[col('Компетенции')] : r[col('Профессиональные запросы')];
      lines.push(`  ${r[col('ID')]} ${r[col('ФИО')]}, ${r[col('Предмет / направление')]}, стаж ${r[col('Стаж, лет')] || '?'}: ${what}${problem}`);
    }
  }
  const journal = sheetDisplayValues(ws, 'Журнал');
  for (const row of journal.slice(1).filter((r) => r.join(' ').includes('без согласия'))) lines.push(`  Журнал: ${row[3]}`);

  // Stage 8: pairs suggested, reviewed, confirmed.
  addon.clickMenu('Подобрать пары');
  lines.push('', 'Подбор пар:');
  const board = sheetDisplayValues(ws, 'Подбор');
  const at = (title: string) => columnByTitle(board, title) - 1;
  for (const row of board.slice(1).filter((r) => r[at('Наставляемый')] !== '')) {
    if (row[at('Наставник')]) lines.push(`  ${row[at('Наставляемый')]} ← ${row[at('Наставник')]}, балл ${row[at('Балл')]}: ${row[at('Почему')]}`);
    else lines.push(`  ${row[at('Наставляемый')]}: без пары — ${row[at('Без пары: причина')]}`);
  }
  // The bound next to the result («Итог подбора», first row): the most pairs possible and why not more.
  for (const line of String(board[1]?.[at('Итог подбора')] ?? '').split('\n').filter((l) => l !== '')) lines.push(`  ${line}`);
  // The coordinator approves every suggestion and confirms them.
  byHand(ws, (book) => {
    const sheet = book.getSheetByName('Подбор')!;
    const values = sheet.getDataRange().getValues();
    const mentor = columnByTitle(values, 'Наставник');
    const approve = columnByTitle(values, 'Утвердить');
    values.forEach((row, i) => {
      if (i > 0 && row[mentor - 1] !== '') sheet.getRange(i + 1, approve).setValue(true);
    });
  });
  addon.clickMenu('Закрепить утверждённые');
  const pairs = sheetDisplayValues(ws, 'Пары и группы');
  const p = (title: string) => columnByTitle(pairs, title) - 1;
  lines.push('', `Пары и группы: ${pairs.length - 1}`);
  for (const row of pairs.slice(1)) lines.push(`  ${row[p('ID')]} ${row[p('Наставник')]} — ${row[p('Наставляемые')]} (${row[p('Форма наставничества')]})`);
  lines.push('', ...runEventsStep(addon));
  mkdirSync(outDir, { recursive: true });
  lines.push('');
  lines.push(...(await runDocumentsStep(addon, outDir)));
  lines.push('', ...(await runMeetingsStep(addon)));
  // The year so far: each stage's state from what happened, with its evidence.
  addon.clickMenu('Обновить дорожную карту');
  lines.push('', 'Дорожная карта после работы пар — состояние и подтверждение:');
  for (const stage of readRoadmap(addon, true)) lines.push(`  ${stage}`);
  lines.push('', ...(await runSelfCheckStep(addon)));
  const file = join(outDir, 'programme.xlsx');
  await spreadsheetToXlsx(ws.spreadsheets.get(ss.id)!, file);
  lines.push('', `Книга записана: ${file}`);
  return lines;
}

function readRoadmap(addon: ReturnType<typeof loadAddon>, withEvidence = false): string[] {
  const values = sheetDisplayValues(addon.ws, 'Дорожная карта');
  const [number, title, planned, state, check, evidence] = ['№', 'Наименование этапа', 'Планируемая дата', 'Состояние', 'Проверка', 'Подтверждение'].map(
    (t) => columnByTitle(values, t) - 1,
  );
  return values.slice(1).map((row) => {
    const flag = row[check] ? `  [${row[check]}]` : '';
    const why = withEvidence && row[evidence] ? `\n      ${row[evidence].replace(/\n/g, '\n      ')}` : '';
    return `${row[number].padStart(2)}. ${row[state].padEnd(10)} ${row[title]} — ${row[planned].replace(/\n/g, '; ')}${flag}${why}`;
  });
}

if (require.main === module) {
  runDemo()
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
