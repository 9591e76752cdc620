/**
 * Bad answers stay one person's problem (issue 11), on the built bundle: an answer longer than a bank keeps,
 * names kept as typed, values kept as typed («007», an ISO date, «+7…»), and the trigger's cost flat as the bank grows.
 */
import { type Answers, byHand, columnValues, type loadAddon, sheetDisplayValues, submitForm, triggerStore } from '../../emulator';
import { programmeWithForms } from '../support/programme';

type Addon = ReturnType<typeof loadAddon>;

function menteeForm(addon: Addon): { formId: string; sheetName: string } {
  const raw = addon.ws.properties.snapshot('document', addon.ws.activeSpreadsheetId!)['nastavnik.forms'];
  const record = (JSON.parse(raw) as Record<'mentee', { formId: string; sheetId: number }>).mentee;
  const sheetName = byHand(addon.ws, (ss) => ss.getSheets().find((s) => s.getSheetId() === record.sheetId)!.getName());
  return { formId: record.formId, sheetName };
}

function menteeAnswers(over: Answers = {}): Answers {
  return {
    'Фамилия, имя, отчество': 'Зайцева Дарья Олеговна',
    Должность: 'учитель',
    'Предмет или направление работы': 'математика',
    'Педагогический стаж, полных лет': '1',
    Категория: 'молодой специалист',
    'С чем нужна помощь': ['методика преподавания'],
    'Опишите затруднения своими словами': 'Трудно удерживать внимание 7 класса',
    'Согласие на обработку персональных данных': 'Да, даю согласие',
    ...over,
  };
}

const bank = (addon: Addon) => sheetDisplayValues(addon.ws, 'Наставляемые');
const journal = (addon: Addon) => sheetDisplayValues(addon.ws, 'Журнал').flat().join('\n');
/** The most a Google Sheets cell holds (the emulator refuses more: emulator/spreadsheet/values.ts). */
const CELL_MAX = 50_000;

describe('bad answers stay one person’s problem', () => {
  it('an answer as long as a cell holds leaves every other answer in the bank, in the trigger and in «Обновить банки»', async () => {
    const addon = await programmeWithForms();
    const { formId, sheetName } = menteeForm(addon);
    const longName = `Д${'а'.repeat(CELL_MAX - 1)}`;
    const longText = `-${'затруднение '.repeat(CELL_MAX / 12)}`.slice(0, CELL_MAX);
    submitForm(addon, formId, menteeAnswers({ 'Фамилия, имя, отчество': 'Белов Игорь Юрьевич' }), 'belov@school13.example');
    submitForm(addon, formId, menteeAnswers({ 'Фамилия, имя, отчество': longName, 'Опишите затруднения своими словами': longText }), 'long@school13.example');
    submitForm(addon, formId, menteeAnswers({ 'Фамилия, имя, отчество': 'Орлова Анна Петровна' }), 'orlova@school13.example');
    const check = (): void => {
      const values = bank(addon);
      expect(columnValues(values, 'Эл. почта')).toEqual(['belov@school13.example', 'long@school13.example', 'orlova@school13.example']);
      const description = columnValues(values, 'Описание затруднений')[1];
      expect(description.length).toBeLessThanOrEqual(10_000);
      expect(longText.startsWith(description.slice(0, -1))).toBe(true);
      const problems = columnValues(values, 'Проблемы')[1];
      expect(problems).toContain('«Опишите затруднения своими словами»: ответ длиннее 10\u00a0000 символов — полный текст в листе ответов.');
      expect(problems).toContain('«Фамилия, имя, отчество»: ответ длиннее 10\u00a0000 символов');
      expect(problems.length).toBeLessThanOrEqual(5_000);
      expect(columnValues(values, 'Проблемы')[2]).toBe('');
      // The full answer stays in the response sheet.
      expect(sheetDisplayValues(addon.ws, sheetName).flat()).toContain(longText);
    };
    check();
    addon.clickMenu('Обновить банки');
    check();
    expect(journal(addon)).not.toMatch(/не внесён/);
  });

  it('keeps names as typed, apostrophes, hyphens and particles included, with no problem note', async () => {
    const addon = await programmeWithForms();
    const { formId } = menteeForm(addon);
    const names = ["Д'Анжело Мария Ивановна", 'Салтыков-Щедрин Михаил Евграфович', 'Мамедов Рашид Гусейн оглы', 'Д’Артаньян Шарль Ожьевич', 'ДиКаприо Леонид Ильич'];
    names.forEach((name, i) => {
      submitForm(addon, formId, menteeAnswers({ 'Фамилия, имя, отчество': `  ${name} ` }), `p${i}@school13.example`);
    });
    // A name typed in one case gets capitals at its parts' starts, particles stay small.
    submitForm(addon, formId, menteeAnswers({ 'Фамилия, имя, отчество': "д'анжело павел гусейн оглы" }), 'lower@school13.example');
    const check = (): void => {
      const values = bank(addon);
      expect(columnValues(values, 'ФИО')).toEqual([...names, "Д'Анжело Павел Гусейн оглы"]);
      // An unusual spelling is kept letter for letter and flagged, never «corrected».
      expect(columnValues(values, 'Проблемы')).toEqual(['', '', '', '', 'ФИО записано необычно: «ДиКаприо Леонид Ильич» — проверьте.', '']);
    };
    check();
    addon.clickMenu('Обновить банки');
    check();
  });

  it('reads values as the person typed them, though the response sheet read «007» as 7 and an ISO date as a date', async () => {
    const addon = await programmeWithForms();
    const { formId, sheetName } = menteeForm(addon);
    submitForm(addon, formId, menteeAnswers({ 'Фамилия, имя, отчество': 'Белов Игорь Юрьевич' }), 'belov@school13.example');
    submitForm(
      addon,
      formId,
      menteeAnswers({ Должность: '007', 'Предмет или направление работы': '2025-09-01', 'Опишите затруднения своими словами': '+79001234567' }),
      'typed@school13.example',
    );
    // The response sheet shows what Sheets made of the typed text (emulator/forms/formApp.ts: answers land as typed input).
    const sheet = sheetDisplayValues(addon.ws, sheetName);
    expect(sheet[2]).toEqual(expect.arrayContaining(['7', '01.09.2025', '79001234567']));
    const check = (): void => {
      const values = bank(addon);
      expect(columnValues(values, 'Должность')).toEqual(['учитель', '007']);
      expect(columnValues(values, 'Предмет / направление')).toEqual(['математика', '2025-09-01']);
      expect(columnValues(values, 'Описание затруднений')[1]).toBe('+79001234567');
    };
    check();
    addon.clickMenu('Обновить банки');
    check();
  });

  it('keeps a trigger’s calls flat as the bank grows from 10 to 1,000 people, a typed «007» included', async () => {
    const measure = async (n: number, over: Answers): Promise<number> => {
      const addon = await programmeWithForms();
      const { formId } = menteeForm(addon);
      const triggers = triggerStore(addon.ws).triggers.splice(0);
      for (let i = 0; i < n; i++) submitForm(addon, formId, menteeAnswers(), `person${i}@school13.example`);
      triggerStore(addon.ws).triggers.push(...triggers);
      addon.clickMenu('Обновить банки');
      expect(columnValues(bank(addon), 'ID')).toHaveLength(n);
      submitForm(addon, formId, menteeAnswers(over), `person${n}@school13.example`);
      // The sheet of 1,000 people is full: the bank grows by one Sheet.insertRows, whatever its size.
      const calls = addon.ws.rt.meter.windowCount() - (addon.ws.rt.meter.window()['Sheet.insertRows'] ?? 0);
      expect(columnValues(bank(addon), 'ID')).toHaveLength(n + 1);
      return calls;
    };
    const plain = [await measure(10, {}), await measure(1000, {})];
    const typed = [await measure(10, { Должность: '007' }), await measure(1000, { Должность: '007' })];
    expect(plain[1]).toBe(plain[0]);
    expect(typed[1]).toBe(typed[0]);
    // The form is read only when an answer needs it: a handful of calls once per execution.
    expect(typed[0] - plain[0]).toBeLessThanOrEqual(6);
    console.log(`calls per trigger: plain ${plain.join(' / ')}, with «007» ${typed.join(' / ')} (bank of 10 / 1,000)`);
  }, 120_000);
});
