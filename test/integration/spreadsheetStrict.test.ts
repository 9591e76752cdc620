/**
 * The built add-on on a spreadsheet as strict as Google: strict dropdowns refuse a script's write outside
 * the list (gas-api.md §13 vectors 44–45), plain-text cells under either apostrophe reading (vector 51),
 * and a spreadsheet whose time zone is not the script's (vector 55).
 */
import { type Answers, byHand, columnByTitle, columnValues, duplicateSheetByHand, fillBank, loadAddon, setSpreadsheetTimeZoneByHand, sheetDisplayValues, submitForm } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { MENTEE_TITLES, MENTOR_TITLES } from '../../scripts/demoStaff';
import { type Cell, menteeRow, mentorRow } from '../support/bankRows';

type Addon = ReturnType<typeof loadAddon>;
const mentor = (id: string, name: string): Cell[] => mentorRow(id, name, { Компетенции: 'методика преподавания' });
const mentee = (id: string, name: string): Cell[] => menteeRow(id, name);

async function programme(options: { nowMs?: number; spreadsheetZone?: string } = {}): Promise<Addon> {
  const addon = loadAddon({ nowMs: options.nowMs ?? SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  if (options.spreadsheetZone) setSpreadsheetTimeZoneByHand(addon.ws, options.spreadsheetZone);
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  return addon;
}

const errors = (addon: Addon) => addon.ws.ui.alerts.filter((a) => a.title === 'Наставничество: ошибка').map((a) => a.prompt);

describe('strict dropdowns (vectors 44–45)', () => {
  it('a second «Подобрать пары» after a new mentor joins succeeds, with the new mentor in the list and on the board', async () => {
    const addon = await programme();
    expect(addon.ws.behaviour.strictListWrites).toBe('refused');
    fillBank(addon.ws, 'Наставники', MENTOR_TITLES, [mentor('НС-1', 'Петрова Анна Ивановна')]);
    fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, [mentee('НЛ-1', 'Зайцева Дарья Олеговна'), mentee('НЛ-2', 'Белов Игорь Юрьевич')]);
    addon.clickMenu('Подобрать пары');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставник')).toEqual(['Петрова Анна Ивановна (НС-1)', '']);

    // A new mentor joins (fillBank types from row 2 on); her label is not in the list the first run set.
    fillBank(addon.ws, 'Наставники', MENTOR_TITLES, [mentor('НС-1', 'Петрова Анна Ивановна'), mentor('НС-2', 'Орлова Вера Павловна')]);
    addon.clickMenu('Подобрать пары');
    expect(errors(addon)).toEqual([]);
    const board = sheetDisplayValues(addon.ws, 'Подбор');
    expect(columnValues(board, 'Наставник').sort()).toEqual(['Орлова Вера Павловна (НС-2)', 'Петрова Анна Ивановна (НС-1)']);
    const list = byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Подбор')!;
      return sheet.getRange(2, columnByTitle(board, 'Наставник')).getDataValidation()?.getCriteriaValues()[0];
    });
    expect(list).toEqual(['Петрова Анна Ивановна (НС-1)', 'Орлова Вера Павловна (НС-2)']);
  });
});

describe('plain-text columns and the apostrophe (vector 51)', () => {
  // '+1' alone is a number already in the response sheet (the forms' path), so the bank sees '+1+1' instead;
  // the emulator's fidelity test checks '+1' and '-1' in a plain-text cell directly.
  const payloads = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1'];

  function menteeAnswers(text: string): Answers {
    return {
      'Фамилия, имя, отчество': 'Зайцева Дарья Олеговна',
      Должность: text,
      'Предмет или направление работы': 'математика',
      'Педагогический стаж, полных лет': '1',
      Категория: 'молодой специалист',
      'С чем нужна помощь': ['методика преподавания'],
      'Опишите затруднения своими словами': text,
      'Предпочтительная форма наставничества': ['педагог – педагог'],
      'Удобное время для встреч': ['после уроков'],
      'Согласие на обработку персональных данных': 'Да, даю согласие',
    };
  }

  it.each(['kept', 'dropped'] as const)('OWASP payloads land exactly as typed and never as a formula (apostrophe %s), also in a cell the coordinator reformatted', async (mode) => {
    const addon = await programme();
    addon.ws.behaviour.plainTextApostrophe = mode;
    addon.clickMenu('Создать анкеты');
    const raw = addon.ws.properties.snapshot('document', addon.ws.activeSpreadsheetId!)['nastavnik.forms'];
    const formId = (JSON.parse(raw) as Record<'mentee', { formId: string }>).mentee.formId;
    // The coordinator sets the description column to a number format by hand (it is no longer '@').
    const header = sheetDisplayValues(addon.ws, 'Наставляемые');
    const described = columnByTitle(header, 'Описание затруднений');
    byHand(addon.ws, (ss) => ss.getSheetByName('Наставляемые')!.getRange(2, described, 20, 1).setNumberFormat('0.00'));
    payloads.forEach((p, i) => {
      submitForm(addon, formId, menteeAnswers(p), `p${i}@school13.example`);
    });
    const [formulas, values, formats] = byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставляемые')!;
      const range = sheet.getDataRange();
      return [range.getFormulas(), range.getValues(), sheet.getRange(2, described, payloads.length, 1).getNumberFormats().flat()];
    });
    // The table set the written cells back to plain text before writing.
    expect(formats).toEqual(payloads.map(() => '@'));
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    const column = values.slice(1, 1 + payloads.length).map((r) => r[described - 1]);
    expect(column).toEqual(payloads.map((p) => p.trim()));
    expect(errors(addon)).toEqual([]);
  });
});

describe('the spreadsheet\'s time zone, not the script\'s (vector 55)', () => {
  it('near midnight in Vladivostok, "today" in «Журнал» and the roadmap follow the spreadsheet; date cells are that zone\'s days', async () => {
    // 31 August 2022, 14:30 UTC: 17:30 in Moscow (the script's zone), 00:30 on 1 September in Vladivostok.
    const addon = await programme({ nowMs: Date.UTC(2022, 7, 31, 14, 30), spreadsheetZone: 'Asia/Vladivostok' });
    expect(addon.ws.timeZone).toBe('Europe/Moscow');
    addon.clickMenu('Обновить дорожную карту');
    expect(errors(addon)).toEqual([]);
    const journal = sheetDisplayValues(addon.ws, 'Журнал');
    expect(columnValues(journal, 'Когда')[0]).toBe('01.09.2022 00:30');

    const roadmap = sheetDisplayValues(addon.ws, 'Дорожная карта');
    const planned = columnValues(roadmap, 'Планируемая дата');
    const row = planned.indexOf('Сентябрь 2022 г.');
    expect(row).toBeGreaterThanOrEqual(0);
    expect(columnValues(roadmap, 'Начало')[row]).toBe('01.09.2022');
    // In Moscow it is still August: the stage would not have started yet.
    expect(columnValues(roadmap, 'Состояние')[row]).toBe('идёт');

    const start = byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Дорожная карта')!;
      return sheet.getRange(row + 2, columnByTitle(roadmap, 'Начало')).getValue() as Date;
    });
    expect(start.toISOString()).toBe('2022-08-31T14:00:00.000Z');
  });
});

describe('a table\'s sheet duplicated by hand ([U] vector 60: the copy carries the marks)', () => {
  it('works on the original even when the copy took its name, takes our marks off the copy and names it in a toast', async () => {
    const addon = await programme();
    fillBank(addon.ws, 'Наставники', MENTOR_TITLES, [mentor('НС-1', 'Петрова Анна Ивановна')]);
    fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, [mentee('НЛ-1', 'Зайцева Дарья Олеговна')]);
    duplicateSheetByHand(addon.ws, 'Наставники');
    // The coordinator renames the original and gives the copy its name, then empties the copy.
    byHand(addon.ws, (ss) => {
      ss.getSheetByName('Наставники')!.setName('Наставники — архив');
      const copy = ss.getSheetByName('Копия Наставники')!;
      copy.setName('Наставники');
      copy.getRange(2, 1, 10, copy.getMaxColumns()).clearContent();
    });
    addon.clickMenu('Подобрать пары');
    expect(errors(addon)).toEqual([]);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставник')).toEqual(['Петрова Анна Ивановна (НС-1)']);
    const state = addon.ws.spreadsheets.get(addon.ws.activeSpreadsheetId!)!;
    expect(state.toasts.map((t) => t.message)).toContainEqual(expect.stringContaining('«Наставники» — копия листа «Наставники — архив»'));
    const copyId = state.sheets.find((s) => s.name === 'Наставники')!.sheetId;
    expect(state.metadata.filter((m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === copyId)).toEqual([]);
    // Reported once: the copy no longer matches.
    const toasts = state.toasts.length;
    addon.clickMenu('Подобрать пары');
    expect(state.toasts.length).toBe(toasts);
  });
});
