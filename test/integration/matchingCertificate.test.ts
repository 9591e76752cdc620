/**
 * «Подобрать пары» through the built bundle: the bound and its binding reasons in «Подбор» («Итог подбора»)
 * and in the alert; a weight changed in «Настройки» shows, before anything is confirmed, which suggestions
 * changed and why («Изменилось»); duplicate IDs are reported, not silently resolved by row order.
 */
import { columnValues, fillBank, loadAddon, sheetDisplayValues } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { MENTEE_TITLES, MENTOR_TITLES } from '../../scripts/demoStaff';
import { setSettingByHand as setSetting } from '../../scripts/settingsByHand';
import { type Cell, menteeRow, mentorRow } from '../support/bankRows';

async function programme(mentors: Cell[][], mentees: Cell[][]) {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  fillBank(addon.ws, 'Наставники', MENTOR_TITLES, mentors);
  fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, mentees);
  return addon;
}


describe('the bound and the preview in «Подбор»', () => {
  it('shows the most pairs possible and why, in the sheet and in the alert', async () => {
    const addon = await programme(
      [mentorRow('НС-1', 'Петрова Анна Ивановна'), mentorRow('НС-2', 'Орлов Павел Андреевич', { Компетенции: 'работа с родителями' })],
      [
        menteeRow('НЛ-1', 'Зайцева Дарья Олеговна'),
        menteeRow('НЛ-2', 'Белов Игорь Юрьевич'),
        menteeRow('НЛ-3', 'Котова Мария Сергеевна', { 'Профессиональные запросы': 'обучающиеся с ОВЗ' }),
      ],
    );
    addon.clickMenu('Подобрать пары');
    const board = sheetDisplayValues(addon.ws, 'Подбор');
    const summary = columnValues(board, 'Итог подбора');
    expect(summary[0]).toContain('Наибольшее возможное число пар при этих правилах: 1 из 3; подобрано: 1.');
    expect(summary[0]).toContain('ни один наставник не закрывает запросы: обучающиеся с ОВЗ; без пары: Котова Мария Сергеевна');
    expect(summary[0]).toContain('подходят только Петрова Анна Ивановна (1 из 1)');
    expect(summary.slice(1).every((v) => v === '')).toBe(true);
    const alert = addon.ws.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toContain('Наибольшее возможное число пар при этих правилах: 1 из 3; подобрано: 1.');
    expect(alert).toContain('Почему больше невозможно:');
    // Explanations agree with the person: Петрова is «занята».
    expect(columnValues(board, 'Вариант 2').join(' ') + columnValues(board, 'Без пары: причина').join(' ')).not.toContain('занят:');
  });

  it('after a weight is changed in «Настройки», shows which suggestions changed and why before anything is confirmed', async () => {
    const addon = await programme(
      [
        mentorRow('НС-1', 'Петрова Анна Ивановна', { 'Предмет / направление': 'физика', 'Стаж, лет': 30 }),
        mentorRow('НС-2', 'Орлов Павел Андреевич', { 'Стаж, лет': 6, 'Квалификационная категория': 'первая' }),
      ],
      [menteeRow('НЛ-1', 'Зайцева Дарья Олеговна')],
    );
    setSetting(addon, 'weight.subject', '0');
    addon.clickMenu('Подобрать пары');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставник')).toEqual(['Петрова Анна Ивановна (НС-1)']);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Изменилось')).toEqual(['']);

    setSetting(addon, 'weight.subject', '40');
    addon.clickMenu('Подобрать пары');
    const board = sheetDisplayValues(addon.ws, 'Подбор');
    expect(columnValues(board, 'Наставник')).toEqual(['Орлов Павел Андреевич (НС-2)']);
    const changed = columnValues(board, 'Изменилось')[0];
    expect(changed).toMatch(/^было: Петрова Анна Ивановна \(НС-1\), балл \d+; ниже балл: \d+ против \d+$/);
    const [, x, y] = /ниже балл: (\d+) против (\d+)/.exec(changed)!;
    expect(Number(x)).toBeLessThan(Number(y));
    expect(Number(y)).toBe(Number(columnValues(board, 'Балл')[0]));
    const alert = addon.ws.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toContain('Изменены настройки подбора: Вес: тот же предмет: 0 → 40.');
    expect(alert).toContain('Изменились предложения: 1');
    // Nothing was confirmed: «Пары и группы» is still empty.
    expect(sheetDisplayValues(addon.ws, 'Пары и группы')).toHaveLength(1);
  });

  it('reports duplicate IDs in a bank instead of a result that depends on row order', async () => {
    const addon = await programme(
      [mentorRow('НС-1', 'Петрова Анна Ивановна', { 'Сколько наставляемых': 2 })],
      [menteeRow('НЛ-1', 'Зайцева Дарья Олеговна'), menteeRow('НЛ-1', 'Белов Игорь Юрьевич'), menteeRow('НЛ-2', 'Котова Мария Сергеевна')],
    );
    addon.clickMenu('Подобрать пары');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Подбор'), 'Наставляемый')).toEqual(['Котова Мария Сергеевна']);
    expect(addon.ws.ui.alerts.at(-1)?.prompt).toContain(
      'В банке «Наставляемые» ID НЛ-1 повторяется (Белов Игорь Юрьевич, Зайцева Дарья Олеговна): эти строки не участвуют в подборе, пока ID не исправлен.',
    );
  });
});
