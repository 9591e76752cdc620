/**
 * `npm run bench`: service calls and virtual time (emulator/costs.ts) of the add-on's jobs as the
 * programme grows. Calls must stay flat as rows grow: tables are read and written in whole ranges.
 */
import { byHand, DEFAULT_BUILD_DIR, fillBank, loadAddon, submitForm, triggerStore } from '../emulator';
import type { Mentee, Mentor } from '../src/domain/people';
import { randomPeople, rng } from '../test/unit/matching/fixtures';
import { benchDocuments } from './benchDocuments';
import { benchEvents } from './benchEvents';
import { benchMatching } from './benchMatching';
import { benchMeetings } from './benchMeetings';
import { SEED_SCHOOL } from './demoSchool';
import { MENTEE_TITLES, MENTOR_TITLES } from './demoStaff';

interface Measure {
  calls: number;
  virtualMs: number;
}

function lastExecution(addon: ReturnType<typeof loadAddon>): Measure {
  const exec = addon.executions[addon.executions.length - 1];
  return { calls: addon.ws.rt.meter.windowCount(), virtualMs: Math.round(exec.elapsedMs) };
}

/** A programme set up once, with `rows` people in each bank (typed in by hand). */
async function programmeWithBanks(rows: number): Promise<ReturnType<typeof loadAddon>> {
  const addon = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: SEED_SCHOOL.now });
  const ss = addon.ws.spreadsheets.create('Бенчмарк');
  addon.ws.activeSpreadsheetId = ss.id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  byHand(addon.ws, (book) => {
    for (const name of ['Наставники', 'Наставляемые']) {
      const sheet = book.getSheetByName(name)!;
      if (sheet.getMaxRows() < rows + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
      const grid = Array.from({ length: rows }, (_, i) => [`P${i + 1}`, `Сотрудник ${i + 1}`, `p${i + 1}@school.example`]);
      sheet.getRange(2, 1, rows, 3).setValues(grid);
    }
  });
  return addon;
}

export async function benchSetUp(): Promise<string[]> {
  const lines = ['Set-up («Настроить программу…»), service calls and virtual time per execution:', ''];
  lines.push('| rows per bank | first set-up: calls | ms | second set-up: calls | ms | roadmap refresh: calls | ms |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rows of [10, 100, 1000]) {
    const fresh = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: SEED_SCHOOL.now });
    fresh.ws.activeSpreadsheetId = fresh.ws.spreadsheets.create('Бенчмарк').id;
    await fresh.scriptRun('saveSettings', SEED_SCHOOL.settings);
    const first = lastExecution(fresh);
    const addon = await programmeWithBanks(rows);
    await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
    const second = lastExecution(addon);
    addon.clickMenu('Обновить дорожную карту');
    const refresh = lastExecution(addon);
    lines.push(
      `| ${rows} | ${first.calls} | ${first.virtualMs} | ${second.calls} | ${second.virtualMs} | ${refresh.calls} | ${refresh.virtualMs} |`,
    );
  }
  return lines;
}

/** Bank rows for `n` mentees and n/2 mentors, from the matching tests' generator. */
function bankRows(n: number): { mentors: unknown[][]; mentees: unknown[][] } {
  const people = randomPeople(rng(n), n, Math.max(1, Math.floor(n / 2)));
  return {
    mentors: people.mentors.map((m) => MENTOR_TITLES.map((t) => mentorCell(m, t))),
    mentees: people.mentees.map((m) => MENTEE_TITLES.map((t) => menteeCell(m, t))),
  };
}

function mentorCell(m: Mentor, title: string): unknown {
  const cells: Record<string, unknown> = {
    ID: m.id, ФИО: m.fullName, 'Эл. почта': m.email, Должность: 'учитель', 'Предмет / направление': m.subject, 'Стаж, лет': m.experience,
    'Квалификационная категория': m.qualification, Компетенции: m.competences.join('; '), 'Сколько наставляемых': m.capacity,
    'Формы наставничества': m.forms.join('; '), 'Удобное время': m.times.join('; '), 'Обучение пройдено': m.trained, 'Согласие на обработку ПДн': m.consent, Статус: 'в банке',
  };
  return cells[title] ?? '';
}

function menteeCell(m: Mentee, title: string): unknown {
  const cells: Record<string, unknown> = {
    ID: m.id, ФИО: m.fullName, 'Эл. почта': m.email, Должность: 'учитель', 'Предмет / направление': m.subject, 'Стаж, лет': m.experience,
    Категория: m.category, 'Профессиональные запросы': m.requests.join('; '), 'Предпочтительная форма': m.forms.join('; '),
    'Удобное время': m.times.join('; '), 'Согласие на обработку ПДн': m.consent, Статус: 'в банке',
  };
  return cells[title] ?? '';
}

export async function benchSuggest(): Promise<string[]> {
  const lines = ['«Подобрать пары» in the emulator: service calls and virtual time (Apps Script pure-JS time not included):', ''];
  lines.push('| mentees | mentors | calls | virtual ms |');
  lines.push('| ---: | ---: | ---: | ---: |');
  for (const n of [20, 200, 1000]) {
    const addon = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: SEED_SCHOOL.now });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Бенчмарк').id;
    addon.open();
    await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
    const banks = bankRows(n);
    fillBank(addon.ws, 'Наставники', MENTOR_TITLES, banks.mentors);
    fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, banks.mentees);
    addon.clickMenu('Подобрать пары');
    const m = lastExecution(addon);
    lines.push(`| ${n} | ${banks.mentors.length} | ${m.calls} | ${m.virtualMs} |`);
  }
  return lines;
}

function answer(i: number): Record<string, string | string[]> {
  return {
    'Фамилия, имя, отчество': `Сотрудникова Анна Номер${'а'.repeat(1 + (i % 3))}`,
    Должность: 'учитель',
    'Предмет или направление работы': 'математика',
    'Педагогический стаж, полных лет': String(i % 4),
    Категория: 'молодой специалист',
    'С чем нужна помощь': ['методика преподавания'],
    'Согласие на обработку персональных данных': 'Да, даю согласие',
  };
}

export async function benchIntake(): Promise<string[]> {
  const lines = ['Questionnaire answers into the banks: one answer through the trigger, and «Обновить банки» over all answers:', ''];
  lines.push('| answers in the bank | one answer: calls | ms | «Обновить банки»: calls | ms |');
  lines.push('| ---: | ---: | ---: | ---: | ---: |');
  for (const n of [10, 100, 1000]) {
    const addon = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: SEED_SCHOOL.now });
    const ss = addon.ws.spreadsheets.create('Бенчмарк');
    addon.ws.activeSpreadsheetId = ss.id;
    addon.open();
    await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
    addon.clickMenu('Создать анкеты');
    const formId = (JSON.parse(addon.ws.properties.snapshot('document', ss.id)['nastavnik.forms']) as { mentee: { formId: string } }).mentee.formId;
    // The first n answers arrive while no trigger listens; «Обновить банки» files them all at once.
    const triggers = triggerStore(addon.ws).triggers.splice(0);
    for (let i = 0; i < n; i++) submitForm(addon, formId, answer(i), `person${i}@school13.example`);
    triggerStore(addon.ws).triggers.push(...triggers);
    addon.clickMenu('Обновить банки');
    const sync = lastExecution(addon);
    submitForm(addon, formId, answer(n), `person${n}@school13.example`);
    const one = lastExecution(addon);
    lines.push(`| ${n} | ${one.calls} | ${one.virtualMs} | ${sync.calls} | ${sync.virtualMs} |`);
  }
  return lines;
}

async function main(): Promise<void> {
  const sections = [await benchSetUp(), await benchIntake(), await benchSuggest(), await benchMeetings(), await benchDocuments(), await benchEvents(), benchMatching()];
  console.log(sections.map((s) => s.join('\n')).join('\n\n'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
