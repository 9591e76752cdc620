import { DIFFICULTIES, MENTEE_CATEGORIES } from '../../../src/domain/catalog';
import type { DocMentee, DocMentor, DocPair } from '../../../src/domain/documents/inputs';
import { type Block, type DocumentModel, documentText } from '../../../src/domain/documents/model';
import { pairsOrder } from '../../../src/domain/documents/pairsOrder';
import { personalProgramme } from '../../../src/domain/documents/personalProgramme';
import { buildPlan, MAX_ACTIVITIES_PER_MONTH, type PlanMonth, requestTemplate } from '../../../src/domain/documents/requestPlans';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { SEED_SETTINGS } from './seedSettings';

const SETTINGS: ProgrammeSettings = SEED_SETTINGS;

function mentor(id: string, fullName: string, over: Partial<DocMentor> = {}): DocMentor {
  return { id, fullName, email: '', position: 'учитель', subject: 'математика', experience: 15, qualification: 'высшая', competences: [], ...over };
}

function mentee(id: string, fullName: string, requests: string[], over: Partial<DocMentee> = {}): DocMentee {
  return { id, fullName, email: '', position: 'учитель', subject: 'математика', experience: 1, category: 'молодой специалист', requests, description: '', ...over };
}

const IVANOVA = mentor('Н-001', 'Иванова Анна Петровна');
const ORLOVA = mentor('Н-002', 'Орлова Нина Ивановна', { subject: 'русский язык', experience: 22, qualification: 'первая' });

function pair(id: string, mentees: DocMentee[], over: Partial<DocPair> = {}): DocPair {
  return { id, mentor: IVANOVA, mentees, form: 'педагог – педагог', start: '2022-10-01', end: '2023-05-31', ...over };
}

const PAIR = pair('П-001', [mentee('НЛ-001', 'Петрова Мария Ивановна', ['работа с родителями', 'методика преподавания'], { description: 'Трудно удерживать внимание класса на уроке.' })]);
const GROUP = pair('П-002', [
  mentee('НЛ-002', 'Сидорова Ольга Сергеевна', ['цифровые инструменты', 'оценивание устных ответов']),
  mentee('НЛ-003', 'Кузнецова Ирина Олеговна', ['цифровые инструменты'], { category: 'новый сотрудник', description: 'Не знаю, как вести электронный журнал' }),
]);
const OTHER = { ...pair('П-003', [mentee('НЛ-004', 'Волкова Елена Павловна', ['обучающиеся с ОВЗ'], { subject: 'русский язык' })]), mentor: ORLOVA };

const tableOf = (doc: DocumentModel, firstHeader: string): Extract<Block, { kind: 'table' }> => {
  const found = doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.header[0] === firstHeader);
  if (!found) throw new Error(`no table «${firstHeader}»`);
  return found;
};

/** Nothing a director should not sign: no code words, no brackets, no blanks but «_____». */
function expectClean(doc: DocumentModel): void {
  const text = documentText(doc);
  expect(text).not.toMatch(/undefined|null|NaN|TODO|\[|\]|\{|\}/);
  expect(text).not.toMatch(/\.\./);
  expect(text.replace(/_{5}/g, '')).not.toContain('_');
}

const texts = (plan: readonly PlanMonth[]) => plan.flatMap((m) => m.activities.map((a) => a.text));

describe('pairsOrder', () => {
  const doc = pairsOrder(SETTINGS, [PAIR, GROUP, OTHER], '2022-10-01');
  const text = documentText(doc);

  it('is an order of the school with the number left for the school, citing the Положение and its order', () => {
    expect(text).toContain(SETTINGS.schoolFullName);
    expect(text).toContain('ПРИКАЗ');
    expect(text).toContain('от 01.10.2022 № _____');
    expect(text).toContain('О закреплении наставнических пар (групп)');
    expect(text).toContain('Положением о программе наставничества в МБОУ СОШ № 13 (приложение 1 к приказу от 01.09.2022 № 384/2-о');
    expect(text).toContain('ПРИКАЗЫВАЮ:');
    expect(text).toContain('Установить срок наставничества с 1 октября 2022 г. по 31 мая 2023 г.');
    expect(text).toContain('в течение двух недель со дня издания настоящего приказа (до 15 октября 2022 г.)');
    expect(text).toContain('Куратору программы наставничества (Соколова Елена Андреевна)');
    expect(text).toContain('Контроль за исполнением настоящего приказа оставляю за собой.');
    expect(text).toContain('Директор МБОУ СОШ № 13 _____ М.В. Костерина');
    expectClean(doc);
  });

  it('lists every pair in its table: full names and positions, a group’s mentees one per line, form and term', () => {
    const t = tableOf(doc, '№ п/п');
    expect(t.header).toEqual(['№ п/п', 'Наставник (ФИО, должность)', 'Наставляемый(е) (ФИО, должность)', 'Форма наставничества', 'Срок']);
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toEqual([
      '1',
      'Иванова Анна Петровна, учитель (математика)',
      'Петрова Мария Ивановна, учитель (математика)',
      'педагог – педагог, индивидуальная',
      '01.10.2022 – 31.05.2023',
    ]);
    expect(t.rows[1][2].split('\n')).toEqual(['Сидорова Ольга Сергеевна, учитель (математика)', 'Кузнецова Ирина Олеговна, учитель (математика)']);
    expect(t.rows[1][3]).toBe('педагог – педагог, групповая');
    expect(t.rows[2][1]).toBe('Орлова Нина Ивановна, учитель (русский язык)');
  });

  it('has every mentor and mentee acknowledge it once, surname first', () => {
    const index = doc.blocks.findIndex((b) => b.kind === 'paragraph' && documentText({ fileName: '', blocks: [b] }) === 'С приказом ознакомлены:');
    const list = doc.blocks[index + 1];
    if (list.kind !== 'signatures') throw new Error('no acknowledgement list');
    expect(list.lines.map((l) => l.role)).toEqual(['Иванова А.П.', 'Орлова Н.И.', 'Петрова М.И.', 'Сидорова О.С.', 'Кузнецова И.О.', 'Волкова Е.П.']);
  });

  it('cites ТК РФ ст. 351.8 and the supplementary agreements only once the article is in force', () => {
    expect(text).not.toContain('351.8');
    const later = documentText(pairsOrder(SETTINGS, [{ ...PAIR, start: '2025-09-01', end: '2026-05-31' }], '2025-09-01'));
    expect(later).toContain('статьёй 351.8 Трудового кодекса Российской Федерации');
    expect(later).toContain('дополнительные соглашения к трудовым договорам');
  });

  it('refers to the appendix for the terms when the pairs’ terms differ', () => {
    const mixed = documentText(pairsOrder(SETTINGS, [PAIR, { ...OTHER, start: '2022-11-15', end: '2023-03-31' }], '2022-11-15'));
    expect(mixed).toContain('согласно приложению к настоящему приказу (графа «Срок»), но не позднее 31 мая 2023 г.');
    expect(mixed).toContain('15.11.2022 – 31.03.2023');
  });

  it('refuses to be written without a pair, in Russian', () => {
    expect(() => pairsOrder(SETTINGS, [], '2022-10-01')).toThrow('Нет ни одной наставнической пары (группы)');
    expect(() => pairsOrder(SETTINGS, [pair('П-009', [])], '2022-10-01')).toThrow('Пара П-009: не указан ни один наставляемый.');
  });
});

describe('request templates', () => {
  const contexts = [false, true].flatMap((group) =>
    ['', 'математика', 'начальные классы'].flatMap((subject) => [[], ...MENTEE_CATEGORIES.map((c) => [c])].map((categories) => ({ group, subject, categories }))),
  );

  it.each([...DIFFICULTIES])('«%s» has a goal, 3–4 tasks and 5–8 distinct activities, each with a result and a check, in every context', (request) => {
    for (const ctx of contexts) {
      const t = requestTemplate(request, ctx);
      expect(t.known).toBe(true);
      expect(t.goal.length).toBeGreaterThan(20);
      expect(t.tasks.length).toBeGreaterThanOrEqual(3);
      expect(t.tasks.length).toBeLessThanOrEqual(4);
      expect(t.activities.length).toBeGreaterThanOrEqual(5);
      expect(t.activities.length).toBeLessThanOrEqual(8);
      expect(new Set(t.activities.map((a) => a.text)).size).toBe(t.activities.length);
      for (const a of t.activities) for (const part of [a.text, a.result, a.check]) expect(part.trim().length).toBeGreaterThan(5);
    }
  });

  it('no two requests share an activity, so a plan never repeats one', () => {
    const all = DIFFICULTIES.flatMap((r) => requestTemplate(r, { group: false, subject: 'математика', categories: ['молодой специалист'] }).activities.map((a) => a.text));
    expect(new Set(all).size).toBe(all.length);
  });

  it('knows a request whatever its case, ё or spacing', () => {
    expect(requestTemplate('  Работа с  родителями ', { group: false, subject: '', categories: [] })).toMatchObject({ known: true, request: 'работа с родителями' });
  });

  it('plans a request typed by hand generically, under its own name', () => {
    const t = requestTemplate('оценивание устных ответов', { group: false, subject: '', categories: [] });
    expect(t.known).toBe(false);
    expect(t.goal).toContain('«оценивание устных ответов»');
    expect(t.activities.length).toBeGreaterThanOrEqual(5);
    expect(t.activities.filter((a) => a.text.includes('«оценивание устных ответов»')).length).toBeGreaterThanOrEqual(4);
  });

  it('uses the subject and the category when known', () => {
    const maths = requestTemplate('методика преподавания', { group: false, subject: 'математика', categories: ['молодой специалист'] });
    const plain = requestTemplate('методика преподавания', { group: false, subject: '', categories: ['педагог с профессиональными затруднениями'] });
    expect(maths.activities.some((a) => a.text.includes('по предмету «математика»'))).toBe(true);
    expect(maths.activities.some((a) => a.text.includes('начинающего педагога'))).toBe(true);
    expect(plain.activities.some((a) => a.text.includes('начинающего педагога') || a.text.includes('«математика»'))).toBe(false);
  });

  it('phrases activities for a group', () => {
    const one = requestTemplate('работа с родителями', { group: false, subject: '', categories: [] });
    const many = requestTemplate('работа с родителями', { group: true, subject: '', categories: [] });
    expect(one.activities[1].text).toContain('Посещение наставляемым родительского собрания');
    expect(many.activities[1].text).toContain('Посещение наставляемыми родительского собрания');
    expect(many.activities[0].text).toMatch(/^Групповая консультация/);
  });
});

describe('the plan by month', () => {
  const plan = buildPlan(PAIR);

  it('covers the months from the start to the end exactly', () => {
    expect(plan.map((m) => m.label)).toEqual([
      'Октябрь 2022',
      'Ноябрь 2022',
      'Декабрь 2022',
      'Январь 2023',
      'Февраль 2023',
      'Март 2023',
      'Апрель 2023',
      'Май 2023',
    ]);
    expect(buildPlan({ ...PAIR, start: '2026-09-15', end: '2026-12-10' }).map((m) => m.label)).toEqual(['Сентябрь 2026', 'Октябрь 2026', 'Ноябрь 2026', 'Декабрь 2026']);
  });

  it('opens with getting acquainted and the entry questionnaire, ends with the final questionnaire, self-analysis, sharing and the report', () => {
    const first = plan[0].activities.map((a) => a.text).join(' ');
    expect(first).toContain('Знакомство наставника и наставляемого');
    expect(first).toContain('входное анкетирование');
    expect(first).toContain('Уточнение плана');
    const last = plan[plan.length - 1].activities.map((a) => a.text).join(' ');
    expect(last).toContain('Итоговое анкетирование');
    expect(last).toContain('Самоанализ');
    expect(last).toContain('методического объединения');
    expect(last).toContain('Отчёт наставника');
  });

  it('gives a young specialist adaptation steps in the first month, and not a teacher with difficulties', () => {
    expect(plan[0].activities.some((a) => a.text.startsWith('Адаптационные мероприятия'))).toBe(true);
    const experienced = buildPlan(pair('П-010', [mentee('НЛ-010', 'Зайцева Ольга Петровна', ['работа с родителями'], { category: 'педагог с профессиональными затруднениями' })]));
    expect(experienced[0].activities.some((a) => a.text.startsWith('Адаптационные мероприятия'))).toBe(false);
  });

  it('spreads every activity of the requests over the middle months, each once, at most three a month, evenly', () => {
    const expected = ['работа с родителями', 'методика преподавания'].flatMap((r) =>
      requestTemplate(r, { group: false, subject: 'математика', categories: ['молодой специалист'] }).activities.map((a) => a.text),
    );
    const middle = plan.slice(1, -1);
    const planned = texts(middle);
    expect([...planned].sort()).toEqual([...expected].sort());
    expect(new Set(texts(plan)).size).toBe(texts(plan).length);
    const sizes = middle.map((m) => m.activities.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_ACTIVITIES_PER_MONTH);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('interleaves the requests: each of them appears in the first planned month', () => {
    const november = plan[1].activities.map((a) => a.text);
    expect(november.some((t) => t.includes('родител'))).toBe(true);
    expect(november.some((t) => t.includes('урок'))).toBe(true);
  });

  it('covers every one of many requests even in a short programme, within the monthly limit', () => {
    const many = pair('П-011', [mentee('НЛ-011', 'Белова Анна Ивановна', [...DIFFICULTIES.slice(0, 5), 'оценивание устных ответов'])], { start: '2022-10-01', end: '2022-12-31' });
    const short = buildPlan(many);
    expect(short.map((m) => m.label)).toEqual(['Октябрь 2022', 'Ноябрь 2022', 'Декабрь 2022']);
    const middle = texts(short.slice(1, -1));
    for (const request of [...DIFFICULTIES.slice(0, 5), 'оценивание устных ответов']) {
      const own = requestTemplate(request, { group: false, subject: 'математика', categories: ['молодой специалист'] }).activities.map((a) => a.text);
      expect(middle.some((t) => own.includes(t))).toBe(true);
    }
    expect(middle.length).toBe(6);
  });

  it('fits a programme of one or two months', () => {
    const two = buildPlan({ ...PAIR, start: '2023-04-01', end: '2023-05-31' });
    expect(two.map((m) => m.label)).toEqual(['Апрель 2023', 'Май 2023']);
    expect(two[0].activities[0].text).toContain('Знакомство');
    expect(two[1].activities.at(-1)?.text).toContain('Отчёт наставника');
    const one = buildPlan({ ...PAIR, start: '2023-05-02', end: '2023-05-31' });
    expect(one).toHaveLength(1);
    expect(new Set(texts(one)).size).toBe(texts(one).length);
  });

  it('gives pairs with different requests visibly different plans, and the same pair the same plan', () => {
    const other = texts(buildPlan(OTHER));
    const ours = texts(plan);
    const shared = ours.filter((t) => other.includes(t));
    // Only the opening and closing steps are common.
    expect(shared.length).toBeLessThanOrEqual(8);
    expect(other.some((t) => t.includes('ОВЗ'))).toBe(true);
    expect(ours.some((t) => t.includes('ОВЗ'))).toBe(false);
    expect(buildPlan(PAIR)).toEqual(plan);
    expect(personalProgramme(SETTINGS, PAIR)).toEqual(personalProgramme(SETTINGS, PAIR));
  });

  it('refuses a pair that ends before it starts', () => {
    expect(() => buildPlan({ ...PAIR, start: '2023-05-01', end: '2022-10-01' })).toThrow('дата окончания раньше даты начала');
  });
});

describe('personalProgramme', () => {
  const doc = personalProgramme(SETTINGS, PAIR);
  const text = documentText(doc);

  it('names the people with position, category and experience, the form, format and term', () => {
    const people = tableOf(doc, 'Участник');
    expect(people.rows).toEqual([
      ['Наставник', 'Иванова Анна Петровна', 'учитель (математика)', 'высшая квалификационная категория', '15 лет'],
      ['Наставляемый', 'Петрова Мария Ивановна', 'учитель (математика)', 'молодой специалист', '1 год'],
    ]);
    expect(text).toContain('Куратор программы: Соколова Елена Андреевна.');
    expect(text).toContain('Форма наставничества: педагог – педагог.');
    expect(text).toContain('индивидуальная работа');
    expect(text).toContain('Срок реализации: с 1 октября 2022 г. по 31 мая 2023 г. (8 месяцев).');
    expectClean(doc);
  });

  it('takes goal and tasks from the requests and quotes the mentee’s own words', () => {
    expect(text).toContain('работа с родителями');
    expect(text).toContain('«Трудно удерживать внимание класса на уроке»');
    expect(text).toMatch(/Цель: формирование умения выстраивать конструктивное взаимодействие с родителями/);
    expect(text).toContain('научиться готовить и проводить родительское собрание');
    expect(text).toContain('освоить структуру и типологию современного урока');
  });

  it('puts the plan in a table by month, the month named on its first row', () => {
    const t = tableOf(doc, 'Месяц');
    expect(t.header).toEqual(['Месяц', 'Мероприятие', 'Ожидаемый результат', 'Способ проверки / форма отчётности']);
    expect(t.rows.map((r) => r[0]).filter((m) => m !== '')).toEqual(buildPlan(PAIR).map((m) => m.label));
    expect(t.rows).toHaveLength(texts(buildPlan(PAIR)).length);
    for (const row of t.rows) for (const cell of row.slice(1)) expect(cell).not.toBe('');
  });

  it('is signed by the mentor, the mentee and the coordinator, initials first, and approved by the director', () => {
    const signatures = doc.blocks.filter((b) => b.kind === 'signatures').flatMap((b) => (b.kind === 'signatures' ? b.lines : []));
    expect(signatures).toEqual([
      { role: 'Наставник', name: 'А.П. Иванова' },
      { role: 'Наставляемый', name: 'М.И. Петрова' },
      { role: 'Куратор программы', name: 'Е.А. Соколова' },
    ]);
    expect(doc.blocks[0]).toEqual({ kind: 'approval', lines: ['Утверждаю:', 'Директор МБОУ СОШ № 13 _____ М.В. Костерина', '«_____» __________ 2022 г.'] });
  });

  it('writes a group’s programme for the group: every request with whose it is, every mentee’s words, every signature', () => {
    const g = personalProgramme(SETTINGS, GROUP);
    const gt = documentText(g);
    expect(gt).toContain('Наставническая группа П-002');
    expect(gt).toContain('групповая работа (наставник и 2 наставляемых)');
    expect(gt).toContain('оценивание устных ответов (Сидорова О.С.)');
    expect(gt).toContain('Кузнецова И.О.: «Не знаю, как вести электронный журнал»');
    expect(gt).toContain('входное анкетирование наставляемых');
    expect(gt).toContain('По итогам программы каждый наставляемый:');
    expect(gt).toContain('Наставляемый _____ О.С. Сидорова\nНаставляемый _____ И.О. Кузнецова');
    expectClean(g);
  });

  it('plans from the category when no request was named, and says so', () => {
    const none = personalProgramme(SETTINGS, pair('П-012', [mentee('НЛ-012', 'Лебедева Анна Олеговна', [])]));
    const nt = documentText(none);
    expect(nt).toContain('не указаны');
    expect(nt).toContain('«адаптация в коллективе»');
    expectClean(none);
  });

  it('leaves a blank for what the sheets do not hold', () => {
    const blank = personalProgramme(SETTINGS, pair('П-013', [mentee('НЛ-013', 'Титова Анна Олеговна', ['работа с родителями'], { position: '', subject: '', experience: null, category: '' })]));
    expect(tableOf(blank, 'Участник').rows[1]).toEqual(['Наставляемый', 'Титова Анна Олеговна', '_____', '_____', '_____']);
    expectClean(blank);
  });

  it.each([...DIFFICULTIES])('writes a clean programme for «%s», alone or in a group, for every category', (request) => {
    for (const category of MENTEE_CATEGORIES) {
      const single = pair('П-020', [mentee('НЛ-020', 'Соболева Анна Ивановна', [request], { category })]);
      const group = pair('П-021', [...single.mentees, mentee('НЛ-021', 'Голубева Ирина Павловна', [request, 'работа с родителями'], { category, subject: 'физика' })]);
      for (const doc of [personalProgramme(SETTINGS, single), personalProgramme(SETTINGS, group)]) {
        expectClean(doc);
        expect(documentText(doc)).toContain(request);
      }
    }
  });

  it('refuses a pair without mentees, in Russian', () => {
    expect(() => personalProgramme(SETTINGS, pair('П-014', []))).toThrow('Пара П-014: не указан ни один наставляемый');
  });
});
