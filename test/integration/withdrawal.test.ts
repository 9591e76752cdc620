/**
 * Consent withdrawn, to the end (issue 11), on the built bundle: the person leaves their pair or group, no sheet
 * or document the add-on writes keeps their name or address, no file stays shared with them, their drafts go to
 * the trash, the form's own store loses their answers; a repeat «не даю согласия» withdraws only on a form that
 * verifies addresses, and an unverified address never overwrites someone's row.
 */

import { type Addon, type Answers, byHand, columnByTitle, columnValues, documentStore, driveStore, editDocumentByHand, fillBank, formStore, loadAddon, sheetDisplayValues, submitForm } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { programmeWithPairs } from '../../scripts/pairsFixture';
import { makeDocuments } from '../support/documentsJob';

const DOC = 'application/vnd.google-apps.document';

/** Every value of every sheet of the programme spreadsheet, as one text. */
function allSheetsText(addon: Addon): string {
  return byHand(addon.ws, (ss) => ss.getSheets().map((s) => s.getDataRange().getDisplayValues().flat().join('\n')).join('\n'));
}

/** Ids of the add-on's documents not in the trash. */
function liveDocuments(addon: Addon): string[] {
  const trashed = driveStore(addon.ws).trashed;
  return [...addon.ws.appFiles.entries()].filter(([id, f]) => f.mimeType === DOC && !trashed.has(id)).map(([id]) => id);
}

function documentsText(addon: Addon): string {
  const store = documentStore(addon.ws);
  return liveDocuments(addon).map((id) => store.savedText(id)).join('\n');
}

/** Every file (documents, PDFs, forms, folders) shared with this address. */
function filesSharedWith(addon: Addon, email: string): string[] {
  const drive = driveStore(addon.ws);
  return [...addon.ws.appFiles.keys()].filter((id) => drive.permissionsOf(id).some((p) => (p.emailAddress ?? '').toLowerCase() === email));
}

function tick(addon: Addon, sheetName: string, id: string, column: string): void {
  byHand(addon.ws, (ss) => {
    const sheet = ss.getSheetByName(sheetName)!;
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === id);
    sheet.getRange(row + 1, columnByTitle(values, column)).setValue(true);
  });
}

/** The full name, «Фамилия И.О.» and «И.О. Фамилия», with or without a space after the initials' dots. */
function nameForms(fullName: string): RegExp[] {
  const [surname, name, patronymic] = fullName.split(' ');
  return [new RegExp(fullName), new RegExp(`${surname}\\s+${name[0]}\\.\\s*${patronymic[0]}\\.`), new RegExp(`${name[0]}\\.\\s*${patronymic[0]}\\.\\s*${surname}`)];
}

function expectGone(addon: Addon, fullName: string, email: string): void {
  const sheets = allSheetsText(addon);
  const docs = documentsText(addon);
  for (const form of nameForms(fullName)) {
    expect(sheets).not.toMatch(form);
    expect(docs).not.toMatch(form);
  }
  expect(sheets).not.toContain(email);
  expect(docs).not.toContain(email);
  expect(filesSharedWith(addon, email)).toEqual([]);
}

/** Three pairs; П-002 made a group of НЛ-002 and НЛ-003 by hand; П-003 had ended before. */
async function programmeWithGroup(): Promise<Addon> {
  const addon = await programmeWithPairs(3);
  byHand(addon.ws, (ss) => {
    const sheet = ss.getSheetByName('Пары и группы')!;
    const values = sheet.getDataRange().getValues();
    const col = (title: string) => columnByTitle(values, title);
    sheet.getRange(3, col('Наставляемые')).setValue(`${values[2][col('Наставляемые') - 1]}; ${values[3][col('Наставляемые') - 1]}`);
    sheet.getRange(3, col('ID наставляемых')).setValue('НЛ-002; НЛ-003');
    sheet.getRange(3, col('Форма наставничества')).setValue('групповая');
    sheet.getRange(4, col('Статус')).setValue('завершена');
  });
  return addon;
}

const MENTOR1 = { id: 'Н-001', name: 'Иванова Анна Петровна', email: 'mentor001@school13.example' };
const MENTEE3 = { id: 'НЛ-003', name: 'Попова Анна Сергеевна', email: 'mentee003@school13.example' };

describe('consent withdrawal reaches everything', () => {
  it('a paired mentor: the pair ends, the mentee looks for a mentor again, no name, no file shared, drafts trashed', async () => {
    const addon = await programmeWithGroup();
    const made = await makeDocuments(addon, ['pairs', 'mentors']);
    expect(made.failed).toEqual([]);
    expect(documentsText(addon)).toContain(MENTOR1.name);
    expect(filesSharedWith(addon, MENTOR1.email).length).toBeGreaterThan(0);
    const pairs = sheetDisplayValues(addon.ws, 'Пары и группы');
    const programme = /\/d\/([^/]+)/.exec(columnValues(pairs, 'Программа (документ)')[0])![1];

    tick(addon, 'Наставники', MENTOR1.id, 'Отзыв согласия');
    addon.clickMenu('Применить отзывы согласий');

    const after = sheetDisplayValues(addon.ws, 'Пары и группы');
    expect(columnValues(after, 'Статус')[0]).toBe('расторгнута');
    expect(columnValues(after, 'Наставник')[0]).toBe(MENTOR1.id);
    expect(columnValues(after, 'Обоснование')[0]).toContain(`Согласие на обработку ПДн отозвано: ${MENTOR1.id}.`);
    expect(columnValues(after, 'Проблемы')[0]).toContain('Согласие отозвано: программа пары очищена и закрыта для участников.');
    const mentees = sheetDisplayValues(addon.ws, 'Наставляемые');
    expect(columnValues(mentees, 'Статус')[0]).toBe('поддержка, поиск наставника');
    // The programme of the ended pair: closed to both, emptied, renamed; the mentor's drafts in the trash.
    expect(driveStore(addon.ws).permissionsOf(programme).filter((p) => p.role !== 'owner')).toEqual([]);
    expect(documentStore(addon.ws).savedText(programme)).toContain('расторгнута');
    const trashed = [...driveStore(addon.ws).trashed].map((id) => addon.ws.appFiles.get(id)?.mimeType);
    expect(trashed).toEqual([DOC, DOC]);
    const settings = sheetDisplayValues(addon.ws, 'Настройки').flat().join('\n');
    expect(settings).toContain(`Согласие наставника: ${MENTOR1.id}`);
    expect(settings).toContain('в корзине: согласие отозвано');
    expectGone(addon, MENTOR1.name, MENTOR1.email);
    const journal = sheetDisplayValues(addon.ws, 'Журнал').flat().join('\n');
    expect(journal).toContain(`Согласие на обработку ПДн отозвано: ${MENTOR1.id}.`);

    // «Документы…» afterwards makes nothing with their data.
    const again = await makeDocuments(addon, ['pairs', 'mentors']);
    expect(again.finished).toBe(true);
    expectGone(addon, MENTOR1.name, MENTOR1.email);
  });

  it('the meeting log and attendance lose the name and the sender address kept on a held report', async () => {
    const addon = await programmeWithGroup();
    fillBank(addon.ws, 'Встречи', ['ID пары', 'Дата встречи', 'Результат', 'Учёт', 'Примечание', 'Отправитель'], [
      ['П-001', '20.10.2022', 'Иванова А.П. провела открытый урок', 'учтена', '', ''],
      ['П-001', '21.10.2022', 'беседа', 'задержана', `Отправил ${MENTOR1.email}, не наставник пары`, MENTOR1.email],
    ]);
    fillBank(addon.ws, 'Посещаемость', ['ID мероприятия', 'Мероприятие', 'ID', 'ФИО'], [['М-001', 'Установочная сессия', MENTOR1.id, MENTOR1.name]]);
    expect(allSheetsText(addon)).toContain(MENTOR1.email);

    tick(addon, 'Наставники', MENTOR1.id, 'Отзыв согласия');
    addon.clickMenu('Применить отзывы согласий');

    const log = sheetDisplayValues(addon.ws, 'Встречи');
    expect(columnValues(log, 'Отправитель')).toEqual(['', MENTOR1.id]);
    expect(columnValues(log, 'Результат')[0]).toBe(`${MENTOR1.id} провела открытый урок`);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Посещаемость'), 'ФИО')).toEqual([MENTOR1.id]);
    expectGone(addon, MENTOR1.name, MENTOR1.email);
  });

  it('a mentor’s meeting reports leave the meeting form’s response sheet and its own store too', async () => {
    const addon = await programmeWithGroup();
    addon.clickMenu('Создать анкеты');
    const meeting = formStore(addon.ws).all().find((f) => f.title.startsWith('Встреча пары'))!;
    const list = meeting.items.find((i) => i.kind === 'LIST')!;
    submitForm(
      addon,
      meeting.id,
      {
        'Пара или группа': list.choices.find((c) => c.startsWith('П-001:'))!,
        'Дата встречи': '24.10.2022',
        'Форма работы': 'консультация',
        'Тема из программы пары': 'методика преподавания',
        'Результат встречи': 'Разобрали план урока',
        'Следующий шаг': 'Взаимопосещение',
      },
      MENTOR1.email,
    );
    expect(allSheetsText(addon)).toContain(MENTOR1.email);
    expect(meeting.responses.length).toBeGreaterThan(0);

    tick(addon, 'Наставники', MENTOR1.id, 'Отзыв согласия');
    addon.clickMenu('Применить отзывы согласий');
    expect(allSheetsText(addon)).not.toContain(MENTOR1.email);
    expect(meeting.responses.filter((r) => r.email === MENTOR1.email)).toEqual([]);
    addon.clickMenu('Обновить банки');
    expect(allSheetsText(addon)).not.toContain(MENTOR1.email);
  });

  it('a mentee of a group: the group goes on without them, its programme rewritten and unshared from them', async () => {
    const addon = await programmeWithGroup();
    await makeDocuments(addon, ['pairs', 'mentors']);
    const pairs = sheetDisplayValues(addon.ws, 'Пары и группы');
    const groupDoc = /\/d\/([^/]+)/.exec(columnValues(pairs, 'Программа (документ)')[1])![1];
    expect(documentStore(addon.ws).savedText(groupDoc)).toContain(MENTEE3.name);
    expect(filesSharedWith(addon, MENTEE3.email)).toContain(groupDoc);

    tick(addon, 'Наставляемые', MENTEE3.id, 'Отзыв согласия');
    addon.clickMenu('Применить отзывы согласий');

    const after = sheetDisplayValues(addon.ws, 'Пары и группы');
    expect(columnValues(after, 'Статус').slice(0, 3)).toEqual(['действует', 'действует', 'завершена']);
    expect(columnValues(after, 'ID наставляемых')[1]).toBe('НЛ-002');
    expect(columnValues(after, 'Обоснование')[1]).toContain(`${MENTEE3.id}: выбыли из группы`);
    // The ended-before pair П-003 keeps the ID where the name was.
    expect(columnValues(after, 'Наставляемые')[2]).toBe(MENTEE3.id);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставники'), 'Статус')[1]).toBe('в паре');
    const groupText = documentStore(addon.ws).savedText(groupDoc);
    expect(groupText).toContain('Петрова'); // the group's mentor and remaining mentee are still there
    expect(driveStore(addon.ws).permissionsOf(groupDoc).map((p) => p.emailAddress)).toEqual(
      expect.arrayContaining(['mentor002@school13.example', 'mentee002@school13.example']),
    );
    expectGone(addon, MENTEE3.name, MENTEE3.email);
    await makeDocuments(addon, ['pairs', 'mentors']);
    expectGone(addon, MENTEE3.name, MENTEE3.email);
  });
});

describe('a programme edited by hand', () => {
  it('is not rewritten: closed to the pair, flagged for the coordinator to remove the data', async () => {
    const addon = await programmeWithGroup();
    await makeDocuments(addon, ['pairs']);
    const link = columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Программа (документ)')[0];
    const programme = /\/d\/([^/]+)/.exec(link)![1];
    editDocumentByHand(addon.ws, programme, (body) => body.appendParagraph('Заметка куратора'));

    tick(addon, 'Наставники', MENTOR1.id, 'Отзыв согласия');
    addon.clickMenu('Применить отзывы согласий');

    const text = documentStore(addon.ws).savedText(programme);
    expect(text).toContain('Заметка куратора');
    expect(driveStore(addon.ws).permissionsOf(programme).filter((p) => p.role !== 'owner')).toEqual([]);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Проблемы')[0]).toContain(
      `Согласие отозвано: программа изменена вручную и не перезаписана — доступ закрыт; удалите из неё данные ${MENTOR1.id}.`,
    );
    expect(filesSharedWith(addon, MENTOR1.email)).toEqual([]);
  });
});

// Answers through the forms: the seed school's programme with its two questionnaires.
async function programmeWithForms(): Promise<Addon> {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  addon.clickMenu('Создать анкеты');
  return addon;
}

const menteeForm = (addon: Addon): string =>
  (JSON.parse(addon.ws.properties.snapshot('document', addon.ws.activeSpreadsheetId!)['nastavnik.forms']) as { mentee: { formId: string } }).mentee.formId;

function answers(over: Answers = {}): Answers {
  return {
    'Фамилия, имя, отчество': 'Зайцева Дарья Олеговна',
    Должность: 'учитель',
    'Предмет или направление работы': 'математика',
    'Педагогический стаж, полных лет': '1',
    Категория: 'молодой специалист',
    'С чем нужна помощь': ['методика преподавания'],
    'Опишите затруднения своими словами': 'Трудно удерживать внимание 7 класса',
    'Предпочтительная форма наставничества': ['педагог – педагог'],
    'Удобное время для встреч': ['после уроков'],
    'Согласие на обработку персональных данных': 'Да, даю согласие',
    ...over,
  };
}

const NO = { 'Согласие на обработку персональных данных': 'Нет, не даю согласия' };
const DARIA = 'daria@school13.example';

describe('a second answer «не даю согласия»', () => {
  it('withdraws on a form that verifies addresses: bank, response sheet and the form’s own store', async () => {
    const addon = await programmeWithForms();
    const formId = menteeForm(addon);
    expect(formStore(addon.ws).get(formId)!.emailCollection).toBe('VERIFIED');
    submitForm(addon, formId, answers(), DARIA);
    submitForm(addon, formId, answers(NO), DARIA);
    const bank = sheetDisplayValues(addon.ws, 'Наставляемые');
    expect(columnValues(bank, 'Статус')).toEqual(['отозвал согласие']);
    expect(formStore(addon.ws).get(formId)!.responses.filter((r) => r.email === DARIA)).toEqual([]);
    expect(allSheetsText(addon)).not.toContain('Зайцева');
    expect(allSheetsText(addon)).not.toContain(DARIA);
  });

  it('on a form that does not verify: neither a withdrawal nor an overwrite — held for the coordinator, who decides', async () => {
    const addon = await programmeWithForms();
    const formId = menteeForm(addon);
    // The coordinator switched the form to addresses typed by the respondent.
    formStore(addon.ws).get(formId)!.emailCollection = 'RESPONDER_INPUT';
    submitForm(addon, formId, answers(), DARIA);
    // Someone types Daria's address: a «не даю согласия» and a changed answer.
    submitForm(addon, formId, answers(NO), DARIA);
    submitForm(addon, formId, answers({ 'Педагогический стаж, полных лет': '9' }), DARIA);
    let bank = sheetDisplayValues(addon.ws, 'Наставляемые');
    expect(columnValues(bank, 'ФИО')).toEqual(['Зайцева Дарья Олеговна']);
    expect(columnValues(bank, 'Статус')).toEqual(['в банке']);
    expect(columnValues(bank, 'Стаж, лет')).toEqual(['1']);
    const problems = columnValues(bank, 'Проблемы')[0];
    expect(problems).toContain('Строка 3 анкеты: повторный ответ «не даю согласия» с этого адреса. Анкета не подтверждает адрес');
    expect(problems).toContain('Строка 4 анкеты: новый ответ с этого адреса не внесён');
    const journal = sheetDisplayValues(addon.ws, 'Журнал').flat().join('\n');
    expect(journal).toContain('Строка 3 анкеты: «не даю согласия» с адреса НЛ-001, анкета не подтверждает адрес');
    // «Обновить банки» holds them the same way, without a second journal line.
    addon.clickMenu('Обновить банки');
    bank = sheetDisplayValues(addon.ws, 'Наставляемые');
    expect(columnValues(bank, 'Стаж, лет')).toEqual(['1']);
    expect(sheetDisplayValues(addon.ws, 'Журнал').flat().filter((l) => l.startsWith('Строка 3 анкеты'))).toHaveLength(1);
    // The coordinator checked with Daria: row 4 is hers. She types 4 in «Строка анкеты».
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставляемые')!;
      sheet.getRange(2, columnByTitle(sheet.getDataRange().getValues(), 'Строка анкеты')).setValue(4);
    });
    addon.clickMenu('Обновить банки');
    bank = sheetDisplayValues(addon.ws, 'Наставляемые');
    expect(columnValues(bank, 'Стаж, лет')).toEqual(['9']);
    expect(columnValues(bank, 'Статус')).toEqual(['в банке']);
  });
});
