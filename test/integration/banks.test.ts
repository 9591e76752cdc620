/**
 * Stages 5–6 end to end: the questionnaires as forms, answers arriving through the form-submit trigger,
 * the banks, «Обновить банки», and withdrawal of consent.
 */
import { type Answers, byHand, columnByTitle, columnValues, formStore, type loadAddon, sheetDisplayValues, submitForm, triggerStore } from '../../emulator';
import { programmeWithForms, questionnaireIds } from '../support/programme';

type Addon = ReturnType<typeof loadAddon>;

function menteeAnswers(over: Answers = {}): Answers {
  return {
    'Фамилия, имя, отчество': 'Зайцева Дарья Олеговна',
    Должность: 'учитель',
    'Предмет или направление работы': 'математика',
    'Педагогический стаж, полных лет': '1',
    Категория: 'молодой специалист',
    'С чем нужна помощь': ['методика преподавания', 'работа с родителями'],
    'Опишите затруднения своими словами': 'Трудно удерживать внимание 7 класса',
    'Предпочтительная форма наставничества': ['педагог – педагог'],
    'Удобное время для встреч': ['после уроков'],
    'Согласие на обработку персональных данных': 'Да, даю согласие',
    ...over,
  };
}

const bank = (addon: Addon, name = 'Наставляемые') => sheetDisplayValues(addon.ws, name);

describe('banks from the questionnaires', () => {
  it('creates two published forms ending with a required consent item, once, with one trigger', async () => {
    const addon = await programmeWithForms();
    const forms = formStore(addon.ws).all();
    expect(forms.map((f) => f.title)).toEqual(['Анкета наставляемого: профессиональный запрос', 'Анкета наставника']);
    for (const form of forms) {
      expect(form.published).toBe(true);
      expect(form.collectEmail).toBe(true);
      const consent = form.items[form.items.length - 1];
      expect(consent.title).toBe('Согласие на обработку персональных данных');
      expect(consent.required).toBe(true);
      expect(consent.helpText).toContain('Оператор персональных данных — Муниципальное бюджетное общеобразовательное учреждение');
      expect(consent.helpText).toContain('отозвать');
    }
    expect(sheetDisplayValues(addon.ws, 'Настройки').flat().filter((v) => v.startsWith('https://docs.google.com/forms/d/e/'))).toHaveLength(2);
    // A form the coordinator edited by hand keeps its edits; nothing is made twice.
    forms[0].description = 'Отредактировано куратором';
    addon.clickMenu('Создать анкеты');
    expect(formStore(addon.ws).all()).toHaveLength(2);
    expect(formStore(addon.ws).all()[0].description).toBe('Отредактировано куратором');
    expect(triggerStore(addon.ws).triggers).toHaveLength(1);
    // Both forms are in the programme's folder, made once.
    const folders = [...addon.ws.appFiles.entries()].filter(([, f]) => f.mimeType === 'application/vnd.google-apps.folder');
    expect(folders.map(([, f]) => f.name)).toEqual(['Программа наставничества — МБОУ СОШ № 13']);
    for (const form of forms) expect(addon.ws.appFiles.get(form.id)?.parents).toEqual([folders[0][0]]);
  });

  it('puts each answer in the bank once, keeps the ID on a second answer, ignores duplicate and blank events', async () => {
    const addon = await programmeWithForms();
    const { mentee } = questionnaireIds(addon);
    const first = submitForm(addon, mentee, menteeAnswers({ 'Фамилия, имя, отчество': '  зайцева   дарья олеговна ' }), 'Daria.Zaitseva@School13.example ');
    let values = bank(addon);
    expect(columnValues(values, 'ID')).toEqual(['НЛ-001']);
    expect(columnValues(values, 'ФИО')).toEqual(['Зайцева Дарья Олеговна']);
    expect(columnValues(values, 'Эл. почта')).toEqual(['daria.zaitseva@school13.example']);
    expect(columnValues(values, 'Профессиональные запросы')).toEqual(['методика преподавания; работа с родителями']);
    expect(columnValues(values, 'Согласие на обработку ПДн')).toEqual(['TRUE']);
    first.deliverAgain();
    first.deliverBlank();
    expect(bank(addon)).toEqual(values);
    submitForm(addon, mentee, menteeAnswers({ 'Педагогический стаж, полных лет': '2' }), 'daria.zaitseva@school13.example');
    values = bank(addon);
    expect(columnValues(values, 'ID')).toEqual(['НЛ-001']);
    expect(columnValues(values, 'Стаж, лет')).toEqual(['2']);
    first.deliverAgain(); // the older answer, delivered late, does not overwrite the newer one
    expect(columnValues(bank(addon), 'Стаж, лет')).toEqual(['2']);
  });

  it('keeps an answer without consent out of the bank and names what it could not read', async () => {
    const addon = await programmeWithForms();
    const { mentee } = questionnaireIds(addon);
    submitForm(addon, mentee, menteeAnswers({ 'Согласие на обработку персональных данных': 'Нет, не даю согласия' }), 'no@school13.example');
    submitForm(addon, mentee, menteeAnswers({ 'Фамилия, имя, отчество': 'Белов Игорь Юрьевич', 'Педагогический стаж, полных лет': 'пять' }), 'belov@school13.example');
    const values = bank(addon);
    expect(columnValues(values, 'ФИО')).toEqual(['Белов Игорь Юрьевич']);
    expect(columnValues(values, 'Проблемы')[0]).toContain('«Педагогический стаж, полных лет»: не число — «пять».');
    expect(sheetDisplayValues(addon.ws, 'Журнал').flat().join(' ')).toContain('Ответы без согласия на обработку ПДн (в банк не внесены): строки 2');
  });

  it('writes what people typed as text, never as a formula (OWASP CSV injection)', async () => {
    const addon = await programmeWithForms();
    const { mentee } = questionnaireIds(addon);
    const payloads = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1'];
    payloads.forEach((p, i) => {
      submitForm(addon, mentee, menteeAnswers({ 'Опишите затруднения своими словами': p, Должность: p }), `p${i}@school13.example`);
    });
    const formulas = byHand(addon.ws, (ss) => ss.getSheetByName('Наставляемые')!.getDataRange().getFormulas());
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    const description = columnValues(bank(addon), 'Описание затруднений');
    expect(description.slice(0, 4)).toEqual(payloads.slice(0, 4));
  });

  it('«Обновить банки» rebuilds the banks from the responses, the same however often, after a missed trigger too', async () => {
    const addon = await programmeWithForms();
    const { mentee } = questionnaireIds(addon);
    submitForm(addon, mentee, menteeAnswers(), 'a@school13.example');
    // The trigger is lost for a while: answers arrive with no one listening.
    const saved = [...triggerStore(addon.ws).triggers];
    triggerStore(addon.ws).triggers.length = 0;
    submitForm(addon, mentee, menteeAnswers({ 'Фамилия, имя, отчество': 'Белов Игорь Юрьевич' }), 'b@school13.example');
    triggerStore(addon.ws).triggers.push(...saved);
    expect(columnValues(bank(addon), 'ID')).toEqual(['НЛ-001']);
    // The coordinator added a column of her own, with a value in it.
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставляемые')!;
      sheet.insertColumnBefore(2);
      sheet.getRange(1, 2).setValue('Заметки куратора');
      sheet.getRange(2, 2).setValue('позвонить в пятницу');
    });
    addon.clickMenu('Обновить банки');
    const once = bank(addon);
    expect(columnValues(once, 'ID')).toEqual(['НЛ-001', 'НЛ-002']);
    expect(columnValues(once, 'Заметки куратора')).toEqual(['позвонить в пятницу', '']);
    addon.clickMenu('Обновить банки');
    expect(bank(addon)).toEqual(once);
  });

  it('recovers with «Обновить банки» when a trigger fails because another run holds the lock', async () => {
    const addon = await programmeWithForms();
    const { mentee } = questionnaireIds(addon);
    submitForm(addon, mentee, menteeAnswers(), 'a@school13.example');
    const release = addon.ws.locks.holdByOtherExecution('document');
    expect(() => submitForm(addon, mentee, menteeAnswers({ 'Фамилия, имя, отчество': 'Белов Игорь Юрьевич' }), 'b@school13.example')).toThrow(
      'Ответ сохранён в листе ответов',
    );
    release();
    expect(columnValues(bank(addon), 'ID')).toEqual(['НЛ-001']);
    addon.clickMenu('Обновить банки');
    expect(columnValues(bank(addon), 'ФИО')).toEqual(['Зайцева Дарья Олеговна', 'Белов Игорь Юрьевич']);
  });

  it('erases a withdrawn person’s data, keeps the anonymous ID, and never brings them back', async () => {
    const addon = await programmeWithForms();
    const { mentee } = questionnaireIds(addon);
    submitForm(addon, mentee, menteeAnswers(), 'a@school13.example');
    submitForm(addon, mentee, menteeAnswers({ 'Фамилия, имя, отчество': 'Белов Игорь Юрьевич' }), 'b@school13.example');
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставляемые')!;
      sheet.getRange(2, columnByTitle(sheet.getDataRange().getValues(), 'Отзыв согласия')).setValue(true);
    });
    addon.clickMenu('Применить отзывы согласий');
    const after = bank(addon);
    expect(columnValues(after, 'ID')).toEqual(['НЛ-001', 'НЛ-002']);
    expect(columnValues(after, 'ФИО')).toEqual(['', 'Белов Игорь Юрьевич']);
    expect(columnValues(after, 'Эл. почта')).toEqual(['', 'b@school13.example']);
    expect(columnValues(after, 'Статус')[0]).toBe('отозвал согласие');
    expect(after.flat().join(' ')).not.toContain('Зайцева');
    const responses = sheetDisplayValues(addon.ws, 'Ответы на форму (2)').flat().join(' ');
    expect(responses).not.toContain('a@school13.example');
    expect(sheetDisplayValues(addon.ws, 'Журнал').flat().join(' ')).toContain('Персональные данные удалены, обработка прекращена: НЛ-001.');
    addon.clickMenu('Обновить банки');
    expect(bank(addon).flat().join(' ')).not.toContain('Зайцева');
  });
});
