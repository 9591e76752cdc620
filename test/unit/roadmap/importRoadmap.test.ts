/**
 * Reading a pasted roadmap: columns by their headers in any order, text as typed, debris flagged (never a stage),
 * split cells glued to the stage before and said so, Russian messages for what cannot be read.
 */
import { IMPORT_MESSAGES, parseRoadmapPaste } from '../../../src/domain/roadmap/importRoadmap';

function ok(text: string) {
  const r = parseRoadmapPaste(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('parseRoadmapPaste: a Word table (tabs)', () => {
  // Wording of a real school plan: МБОУ Тамбарская ООШ, «План мероприятий (дорожная карта) внедрения наставничества»,
  // https://tambarskaya.kuzbasschool.ru/file/card?id=516 — pasted as Word would paste it (cells separated by tabs).
  const TAMBAR = [
    'План мероприятий (дорожная карта)',
    'внедрения наставничества МБОУ Тамбарской ООШ',
    '№ п/п\tНаименование мероприятий\tСрок реализации\tОтветственный исполнитель\tРезультат. Вид документа',
    '1\t2\t3\t4\t5',
    '1.\tНормативное правовое регулирование внедрения методологии (целевой модели) наставничества\t\t\t',
    '1.1\tУтверждение состава рабочей группы по внедрению целевой модели наставничества в 2020 г.\tсентябрь 2020\tДиректор\tПриказ',
    '1.2.\tНазначение кураторов внедрения целевой модели наставничества в ОУ\tсентябрь 2020\tДиректор\tПриказ',
    '1.3.\tРазработка дорожной карты внедрения целевой модели наставничества в ОУ\tоктябрь 2020\tКуратор\tДорожная карта',
  ].join('\n');

  it('keeps numbering «1.», «1.1», «1.2.» and maps columns by header', () => {
    const r = ok(TAMBAR);
    expect(r.mode).toBe('tabs');
    expect(r.stages.map((s) => s.number)).toEqual(['1.', '1.1', '1.2.', '1.3.']);
    expect(r.stages[1].title).toBe('Утверждение состава рабочей группы по внедрению целевой модели наставничества в 2020 г.');
    expect(r.stages[1].planned).toBe('сентябрь 2020');
    expect(r.stages[1].content).toBe('Ответственный исполнитель: Директор\nРезультат. Вид документа: Приказ');
    expect(r.flagged.map((f) => f.reason)).toEqual([
      'текст до таблицы (заголовок документа), не этап',
      'текст до таблицы (заголовок документа), не этап',
      'строка с номерами столбцов',
    ]);
  });

  it('reads columns in any order: «Сроки» first, «Мероприятие» last', () => {
    const r = ok('Сроки\tОтветственные\t№\tМероприятие\nавгуст 2024\tКуратор\t1.\tПриказ о наставничестве\n');
    expect(r.stages).toEqual([{ number: '1.', title: 'Приказ о наставничестве', content: 'Ответственные: Куратор', planned: 'август 2024', line: 2, notes: [] }]);
  });

  it('keeps text as typed, a leading «=» included (it is data, not a formula)', () => {
    const r = ok('№ п/п\tСодержание\tДата проведения\n1\t=СУММ(A1) «Старт»\t01.09.2024\n');
    expect(r.stages[0].title).toBe('=СУММ(A1) «Старт»');
    expect(r.stages[0].planned).toBe('01.09.2024');
  });

  it('glues a split cell (no number, no date) to the stage before and says so', () => {
    const r = ok('№\tНаименование мероприятия\tСроки\n1.\tСбор информации о запросах\tсентябрь\n\tпедагогов\t\n2.\tАнкетирование\tоктябрь\n');
    expect(r.stages.map((s) => s.title)).toEqual(['Сбор информации о запросах\nпедагогов', 'Анкетирование']);
    expect(r.stages[0].notes[0]).toContain('присоединена строка 3');
  });

  it('keeps the text of a continuation shifted into the number column (never lost)', () => {
    const r = ok('№\tНаименование мероприятия\tСроки\n1.\tСбор информации\tсентябрь\nо запросах\t\t\n');
    expect(r.stages).toHaveLength(1);
    expect(r.stages[0].title).toBe('Сбор информации\nо запросах');
  });

  it('flags a repeated header row, a page number and a signature stamp, none of them a stage', () => {
    const text = [
      '№\tМероприятие\tСрок исполнения',
      '1.\tПоложение\tсентябрь 2024',
      '2',
      'ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ',
      '№\tМероприятие\tСрок исполнения',
      '2.\tБанк наставников\tоктябрь 2024',
    ].join('\n');
    const r = ok(text);
    expect(r.stages.map((s) => s.number)).toEqual(['1.', '2.']);
    expect(r.flagged.map((f) => [f.line, f.reason])).toEqual([
      [3, 'номер страницы'],
      [4, 'отметка об электронной подписи'],
      [5, 'повтор строки заголовков (новая страница)'],
    ]);
  });
});

describe('parseRoadmapPaste: a PDF (lines)', () => {
  // The stamp and header of a real plan: МБДОУ «Детский сад № 22», г. Ирбит, «Дорожная карта (план мероприятий)
  // по реализации Положения о системе наставничества…», http://xn--80afdys4h.xn--80achbdub6dfjh.xn--p1ai/docs/?doc_id=1192
  const IRBIT = [
    'Дорожная карта (план мероприятий)',
    'ДОКУМЕНТ',
    'ПОДПИСАН',
    'ЭЛЕКТРОННОЙ',
    'ПОДПИСЬЮ',
    'Сертификат',
    ': 036BCB450004AEAC9D46A1DA7BBCE1A487',
    'Владелец',
    'Действителен',
    'с',
    '20.12.2021',
    'до',
    '20.12.2022',
    '№пп Наименование этапа',
    'Содержание деятельности и план',
    'мероприятий',
    'Сроки',
    'Ответственные Предполагаемый',
    'результат',
    '1.',
    'Подготовка и принятие локальных нормативных правовых актов',
    'апрель 2022',
    'Заведующий',
    '2',
    '2.',
    'Формирование банка наставляемых',
    'Ежегодно',
  ].join('\n');

  it('finds the header spread over lines; stages by their numbers; the stamp and the page number flagged', () => {
    const r = ok(IRBIT);
    expect(r.mode).toBe('lines');
    expect(r.stages.map((s) => [s.number, s.title, s.planned])).toEqual([
      ['1.', 'Подготовка и принятие локальных нормативных правовых актов', 'апрель 2022'],
      ['2.', 'Формирование банка наставляемых', 'Ежегодно'],
    ]);
    expect(r.stages[0].content).toBe('Заведующий');
    expect(r.stages[0].notes[0]).toContain('без номера и срока');
    expect(r.flagged.find((f) => f.text === '2')?.reason).toBe('номер страницы');
    // Before the header: the document's title and the whole stamp; none of it a stage.
    expect(r.flagged.filter((f) => f.line <= 13)).toHaveLength(13);
  });

  it('a date on the stage\'s own line stays in the text, and is said', () => {
    const r = ok('№ п/п Мероприятие Сроки\n1.2. Назначение кураторов сентябрь 2020 Директор\n');
    expect(r.stages[0]).toMatchObject({ number: '1.2.', title: 'Назначение кураторов сентябрь 2020 Директор', planned: '' });
    expect(r.stages[0].notes).toEqual(['срок не в отдельной строке: он остался в тексте — перенесите его в «Планируемая дата»']);
  });

  it('flags a running header repeated on each page', () => {
    const r = ok(['№ п/п Мероприятие Сроки', '1. Приказ', 'сентябрь 2024', 'МБОУ СОШ № 5 Дорожная карта', '2. Банк наставников', 'октябрь 2024', 'МБОУ СОШ № 5 Дорожная карта'].join('\n'));
    expect(r.stages.map((s) => s.title)).toEqual(['Приказ', 'Банк наставников']);
    expect(r.flagged.map((f) => f.reason)).toEqual(['повторяется на нескольких страницах (колонтитул)', 'повторяется на нескольких страницах (колонтитул)']);
  });
});

describe('parseRoadmapPaste: what cannot be read, in Russian', () => {
  it('an empty paste', () => {
    expect(parseRoadmapPaste('  \n\t\n')).toEqual({ ok: false, message: IMPORT_MESSAGES.empty, flagged: [] });
  });
  it('no header', () => {
    const r = parseRoadmapPaste('1. Приказ\n2. Банк');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Не найдена строка заголовков/);
  });
  it('a header and nothing after it', () => {
    const r = parseRoadmapPaste('№\tМероприятие\tСроки\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/не найдено ни одного этапа/);
  });
});
