/**
 * «Подобрать пары» and «Закрепить утверждённые» end to end: banks typed in by hand, suggestions with
 * reasons in «Подбор», the coordinator's review, pairs and groups in «Пары и группы», statuses, support.
 */

import { byHand, columnByTitle, columnValues, fillBank as fillRows, loadAddon, sheetDisplayValues } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { demoBanks, MENTEE_TITLES, MENTOR_TITLES } from '../../scripts/demoStaff';
import { menteeRow, mentorRow } from '../support/bankRows';

type Grid = (string | number | boolean)[][];

async function programme(mentors: Grid, mentees: Grid) {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  fillBank(addon, 'Наставники', MENTOR_TITLES, mentors);
  fillBank(addon, 'Наставляемые', MENTEE_TITLES, mentees);
  return addon;
}

function fillBank(addon: ReturnType<typeof loadAddon>, sheetName: string, titles: string[], rows: Grid): void {
  fillRows(addon.ws, sheetName, titles, rows);
}


describe('matching in the spreadsheet', () => {
  it('suggests with reasons, confirms what the coordinator approved, and flags who is left without a pair', async () => {
    const addon = await programme(
      [mentorRow('НС-1', 'Петрова Анна Ивановна', { 'Сколько наставляемых': 1 }), mentorRow('НС-2', 'Орлов Павел Андреевич', { 'Согласие на обработку ПДн': false })],
      [menteeRow('НЛ-1', 'Зайцева Дарья Олеговна'), menteeRow('НЛ-2', 'Белов Игорь Юрьевич'), menteeRow('НЛ-3', 'Котова Мария Сергеевна', { 'Согласие на обработку ПДн': false })],
    );
    addon.clickMenu('Подобрать пары');
    const board = sheetDisplayValues(addon.ws, 'Подбор');
    expect(columnValues(board, 'Наставляемый')).toEqual(['Зайцева Дарья Олеговна', 'Белов Игорь Юрьевич', 'Котова Мария Сергеевна']);
    expect(columnValues(board, 'Наставник')).toEqual(['Петрова Анна Ивановна (НС-1)', '', '']);
    expect(columnValues(board, 'Почему')[0]).toContain('закрывает 1 из 1 запроса: методика преподавания; тот же предмет; стаж 20 лет');
    expect(columnValues(board, 'Вариант 2')[0]).toContain('нет согласия наставника');
    expect(columnValues(board, 'Без пары: причина')).toEqual([
      '',
      'все подходящие наставники заняты: Петрова Анна Ивановна (1 из 1)',
      'нет согласия на обработку персональных данных',
    ]);
    expect(addon.ws.ui.alerts.at(-1)?.prompt).toContain('Предложено пар: 1 из 3');

    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Подбор')!;
      const values = sheet.getDataRange().getValues();
      // The suggested pair, and — explicitly — the mentee nobody can take yet.
      sheet.getRange(2, columnByTitle(values, 'Утвердить'), 2, 1).setValues([[true], [true]]);
    });
    addon.clickMenu('Закрепить утверждённые');
    const pairs = sheetDisplayValues(addon.ws, 'Пары и группы');
    expect(columnValues(pairs, 'ID')).toEqual(['П-001']);
    expect(columnValues(pairs, 'Наставник')).toEqual(['Петрова Анна Ивановна (НС-1)']);
    expect(columnValues(pairs, 'Наставляемые')).toEqual(['Зайцева Дарья Олеговна']);
    expect(columnValues(pairs, 'Статус')).toEqual(['действует']);
    expect(columnValues(pairs, 'Дата начала')).toEqual(['20.10.2022']);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставляемые'), 'Статус')).toEqual(['в паре', 'поддержка, поиск наставника', 'в банке']);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставники'), 'Статус')).toEqual(['в паре', 'в банке']);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставляемый')).toEqual(['Котова Мария Сергеевна']);

    // A new mentor arrives; the next round suggests only for those without a pair, the waiting one first.
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставники')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const row = mentorRow('НС-3', 'Ильина Галина Петровна');
      for (const [i, title] of MENTOR_TITLES.entries()) sheet.getRange(4, header.indexOf(title) + 1).setValue(row[i]);
    });
    addon.clickMenu('Подобрать пары');
    const next = sheetDisplayValues(addon.ws, 'Подбор');
    expect(columnValues(next, 'Наставляемый')).toEqual(['Белов Игорь Юрьевич', 'Котова Мария Сергеевна']);
    expect(columnValues(next, 'Наставник')[0]).toBe('Ильина Галина Петровна (НС-3)');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'ID')).toEqual(['П-001']);
  });

  it('never suggests a pair the coordinator banned, and keeps an approved one as it is', async () => {
    const addon = await programme(
      [mentorRow('НС-1', 'Петрова Анна Ивановна', { 'Сколько наставляемых': 2 }), mentorRow('НС-2', 'Орлов Павел Андреевич', { 'Стаж, лет': 5 })],
      [menteeRow('НЛ-1', 'Зайцева Дарья Олеговна'), menteeRow('НЛ-2', 'Белов Игорь Юрьевич')],
    );
    addon.clickMenu('Подобрать пары');
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Подбор')!;
      const values = sheet.getDataRange().getValues();
      sheet.getRange(2, columnByTitle(values, 'Запретить пару')).setValue(true);
      sheet.getRange(3, columnByTitle(values, 'Утвердить')).setValue(true);
    });
    const before = columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставник');
    addon.clickMenu('Подобрать пары');
    const board = sheetDisplayValues(addon.ws, 'Подбор');
    expect(columnValues(board, 'Наставник')[0]).not.toBe(before[0]);
    expect(columnValues(board, 'Наставник')[1]).toBe(before[1]);
    expect(columnValues(board, 'Утвердить')[1]).toBe('TRUE');
    addon.clickMenu('Подобрать пары');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставник')[0]).not.toBe(before[0]);
  });

  it('refuses to confirm an approval that breaks a rule, and writes nothing', async () => {
    const addon = await programme([mentorRow('НС-1', 'Петрова Анна Ивановна')], [menteeRow('НЛ-1', 'Зайцева Дарья Олеговна'), menteeRow('НЛ-2', 'Белов Игорь Юрьевич')]);
    addon.clickMenu('Подобрать пары');
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Подбор')!;
      const values = sheet.getDataRange().getValues();
      sheet.getRange(3, columnByTitle(values, 'Наставник')).setValue('Петрова Анна Ивановна (НС-1)');
      sheet.getRange(2, columnByTitle(values, 'Утвердить'), 2, 1).setValues([[true], [true]]);
    });
    addon.clickMenu('Закрепить утверждённые');
    expect(addon.ws.ui.alerts.at(-1)?.prompt).toContain('Петрова Анна Ивановна: утверждено 2 наставляемых, а наставник берёт не больше 1.');
    expect(sheetDisplayValues(addon.ws, 'Пары и группы')).toHaveLength(1);
  });

  it('forms a group when a mentor with a group format takes several mentees', async () => {
    const addon = await programme(
      [mentorRow('НС-1', 'Петрова Анна Ивановна', { 'Сколько наставляемых': 3, 'Формы наставничества': 'педагог – педагог; групповое' })],
      [menteeRow('НЛ-1', 'Зайцева Дарья Олеговна'), menteeRow('НЛ-2', 'Белов Игорь Юрьевич')],
    );
    addon.clickMenu('Подобрать пары');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Группа')).toEqual(['НС-1', 'НС-1']);
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Подбор')!;
      sheet.getRange(2, columnByTitle(sheet.getDataRange().getValues(), 'Утвердить'), 2, 1).setValues([[true], [true]]);
    });
    addon.clickMenu('Закрепить утверждённые');
    const pairs = sheetDisplayValues(addon.ws, 'Пары и группы');
    expect(columnValues(pairs, 'Наставляемые')).toEqual(['Зайцева Дарья Олеговна; Белов Игорь Юрьевич']);
  });

  it('ends a pair only when asked, and sends its mentees back to the search when it is dissolved', async () => {
    const addon = await programme([mentorRow('НС-1', 'Петрова Анна Ивановна')], [menteeRow('НЛ-1', 'Зайцева Дарья Олеговна')]);
    addon.clickMenu('Подобрать пары');
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Подбор')!;
      sheet.getRange(2, columnByTitle(sheet.getDataRange().getValues(), 'Утвердить')).setValue(true);
    });
    addon.clickMenu('Закрепить утверждённые');
    addon.ws.ui.answer({ button: 'CANCEL' });
    addon.clickMenu('Завершить пару…');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Статус')).toEqual(['действует']);
    addon.ws.ui.answer({ button: 'OK', text: 'п-001' });
    addon.ws.ui.answer({ button: 'NO' });
    addon.ws.ui.answer({ button: 'OK' });
    addon.clickMenu('Завершить пару…');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Статус')).toEqual(['расторгнута']);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставляемые'), 'Статус')).toEqual(['поддержка, поиск наставника']);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставники'), 'Статус')).toEqual(['в банке']);
    expect(sheetDisplayValues(addon.ws, 'Журнал').flat().join(' ')).toContain('П-001: расторгнута.');
    addon.clickMenu('Подобрать пары');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставник')).toEqual(['Петрова Анна Ивановна (НС-1)']);
  });

  it('calls the services a fixed number of times whatever the size of the banks', async () => {
    const calls: number[] = [];
    for (const size of [5, 40]) {
      const banks = demoBanks(size);
      const addon = await programme(banks.mentors.slice(0, size), banks.mentees.slice(0, size));
      addon.clickMenu('Подобрать пары');
      calls.push(addon.ws.rt.meter.windowCount());
    }
    expect(calls[1]).toBe(calls[0]);
  });
});
