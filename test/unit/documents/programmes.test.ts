/** Personalised programmes that follow each request: the subject, the mentee's own words, who each item is for, adaptation only for new staff. */

import { demoPairs, sharedLineShare } from '../../../scripts/demoProgrammes';
import { DIFFICULTIES, MENTEE_CATEGORIES } from '../../../src/domain/catalog';
import { documentText } from '../../../src/domain/documents/model';
import { personalProgramme } from '../../../src/domain/documents/personalProgramme';
import { NBSP } from '../../../src/domain/documents/phrases';
import { buildPlan } from '../../../src/domain/documents/plans/monthlyPlan';
import { requestTemplate } from '../../../src/domain/documents/plans/requests';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { expectClean, mentee, mentor, pair, tableOf, texts } from './programmesFixture';
import { SEED_SETTINGS } from './seedSettings';

const SETTINGS: ProgrammeSettings = SEED_SETTINGS;
const CHEMIST = mentor('Н-010', 'Орлова Нина Ивановна', { subject: 'химия' });
const PHYSICIST = mentor('Н-011', 'Лебедева Ольга Павловна', { subject: 'физика' });

describe('request templates', () => {
  const contexts = [false, true].flatMap((group) =>
    ['', 'математика', 'начальные классы'].flatMap((subject) =>
      [[], ...MENTEE_CATEGORIES.map((c) => [c])].map((categories) => ({ group, subject, mentorSubject: 'математика', categories })),
    ),
  );

  it.each([...DIFFICULTIES])('«%s» has a goal, 3–4 tasks and 5–9 distinct activities, each with a result and a check, in every context', (request) => {
    for (const ctx of contexts) {
      const t = requestTemplate(request, ctx);
      expect(t.known).toBe(true);
      expect(t.goal.length).toBeGreaterThan(20);
      expect(t.tasks.length).toBeGreaterThanOrEqual(3);
      expect(t.tasks.length).toBeLessThanOrEqual(4);
      expect(t.activities.length).toBeGreaterThanOrEqual(5);
      expect(t.activities.length).toBeLessThanOrEqual(9);
      expect(new Set(t.activities.map((a) => a.text)).size).toBe(t.activities.length);
      for (const a of t.activities) for (const part of [a.text, a.result, a.check]) expect(part.trim().length).toBeGreaterThan(5);
    }
  });

  it('no two requests share an activity, so a plan never repeats one', () => {
    const all = DIFFICULTIES.flatMap((r) => requestTemplate(r, { group: false, subject: 'математика', mentorSubject: 'математика', categories: ['молодой специалист'] }).activities.map((a) => a.text));
    expect(new Set(all).size).toBe(all.length);
  });

  it('knows a request whatever its case, ё or spacing; plans one typed by hand under its own name', () => {
    expect(requestTemplate('  Работа с  родителями ', { group: false, subject: '', categories: [] })).toMatchObject({ known: true, request: 'работа с родителями' });
    const t = requestTemplate('оценивание устных ответов', { group: false, subject: '', categories: [] });
    expect(t.known).toBe(false);
    expect(t.goal).toContain('«оценивание устных ответов»');
  });
});

describe('a mentor never gives lessons in a subject they do not teach', () => {
  const everything = (m: typeof CHEMIST, subject: string) =>
    pair('П-100', [mentee('НЛ-100', 'Петрова Мария Ивановна', [...DIFFICULTIES], { subject })], { mentor: m, start: '2022-09-05', end: '2023-05-31' });
  // A model lesson of the mentor's «in the mentee's subject»: the mentor's lesson or class named with the mentee's subject.
  const mentorLessonIn = (subject: string) => new RegExp(`(урок\\S*|заняти\\S*) наставника[^;:]*«${subject}»`);

  it('a chemistry mentor of a physics teacher: no lesson of the mentor offered as a model in physics; general practice instead', () => {
    const all = texts(buildPlan(everything(CHEMIST, 'физика')));
    expect(all.filter((t) => mentorLessonIn('физика').test(t))).toEqual([]);
    expect(all.join('\n')).not.toMatch(/открыт\S* урок\S* наставника/);
    expect(all.some((t) => t.startsWith('Наблюдение общепедагогической практики на уроках наставника по предмету «химия»'))).toBe(true);
    const gia = pair('П-102', [mentee('НЛ-103', 'Петрова Мария Ивановна', ['подготовка обучающихся к ГИА и олимпиадам'], { subject: 'физика' })], { mentor: CHEMIST });
    const giaTexts = texts(buildPlan(gia));
    expect(giaTexts.filter((t) => mentorLessonIn('физика').test(t))).toEqual([]);
    expect(giaTexts.some((t) => t.includes('по подготовке к ГИА по предмету «физика», которое ведёт опытный учитель этого предмета'))).toBe(true);
  });

  it('a physics mentor of a physics teacher shows her own lessons in physics', () => {
    const all = texts(buildPlan(everything(PHYSICIST, 'физика')));
    expect(all.some((t) => mentorLessonIn('физика').test(t))).toBe(true);
    expect(all.some((t) => t.includes('общепедагогической практики'))).toBe(false);
  });

  it('a mentor whose subject is unknown is never said to teach the mentee’s subject', () => {
    const all = texts(buildPlan(everything(mentor('Н-012', 'Котова Анна Ивановна', { subject: '' }), 'физика')));
    expect(all.filter((t) => mentorLessonIn('физика').test(t))).toEqual([]);
  });

  it('a group of both: each variant says whom it is for', () => {
    const group = pair(
      'П-101',
      [
        mentee('НЛ-101', 'Петрова Мария Ивановна', ['методика преподавания'], { subject: 'физика' }),
        mentee('НЛ-102', 'Сидорова Ольга Сергеевна', ['методика преподавания'], { subject: 'химия' }),
      ],
      { mentor: CHEMIST },
    );
    const t = tableOf(personalProgramme(SETTINGS, group), 'Месяц');
    const who = t.header.indexOf('Для кого');
    const what = t.header.indexOf('Мероприятие');
    expect(who).toBeGreaterThan(0);
    const row = (start: string) => t.rows.find((r) => r[what].startsWith(start));
    expect(row('Посещение наставляемым уроков наставника по предмету «химия»')?.[who]).toBe(`Сидорова${NBSP}О.${NBSP}С.`);
    expect(row('Наблюдение общепедагогической практики')?.[who]).toBe(`Петрова${NBSP}М.${NBSP}И.`);
    expect(row('Знакомство')?.[who] ?? row('Организационная встреча')?.[who]).toBe('все наставляемые');
    for (const r of t.rows) expect(r[who]).not.toBe('');
  });
});

describe('the mentee’s own words', () => {
  it('words that name a difficulty become a planned item under that request, added when not asked', () => {
    const p = pair('П-110', [mentee('НЛ-110', 'Петрова Мария Ивановна', ['работа с родителями'], { description: 'Трудно удерживать внимание класса на уроке.' })]);
    const plan = buildPlan(p);
    const item = plan.flatMap((m) => m.rows).find((r) => r.text.includes('«Трудно удерживать внимание класса на уроке»'));
    expect(item?.text).toMatch(/^Разбор затруднения «Трудно удерживать внимание класса на уроке»: /);
    expect(plan.findIndex((m) => m.rows.includes(item as never))).toBe(1);
    const text = documentText(personalProgramme(SETTINGS, p));
    expect(text).toContain('«Трудно удерживать внимание класса на уроке». Затруднение относится к запросу «управление классом и дисциплина»; его разбор на примерах из практики запланирован на ноябрь 2022 г.');
    expect(text).toMatch(/Цель: .*рабочую дисциплину/);
  });

  it('words that name nothing known become a visible conversation with the mentor in the first month', () => {
    const p = pair('П-111', [mentee('НЛ-111', 'Петрова Мария Ивановна', ['работа с родителями'], { description: 'Не успеваю всё' })]);
    const first = buildPlan(p)[0].rows.map((r) => r.text);
    expect(first).toContain('Беседа с наставником о затруднении «Не успеваю всё»: в чём оно проявляется, какие мероприятия добавить в план');
    expect(documentText(personalProgramme(SETTINGS, p))).toContain('«Не успеваю всё». Содержание затруднения уточняется с наставником в первый месяц программы');
  });

  it('every demo pair’s words stand in its plan', () => {
    for (const p of demoPairs()) {
      const plan = texts(buildPlan(p)).join('\n');
      for (const m of p.mentees) if (m.description.trim() !== '') expect(plan).toContain(`«${m.description.trim().replace(/\.$/, '')}»`);
    }
  });
});

describe('adaptation only for new staff', () => {
  const adaptation = /Адаптационн|адаптац/i;

  it('not for an experienced teacher who asked for attestation; yes for a young specialist and a new employee', () => {
    const experienced = mentee('НЛ-120', 'Зайцева Ольга Петровна', ['подготовка к аттестации'], { category: 'педагог с профессиональными затруднениями', experience: 12 });
    expect(texts(buildPlan(pair('П-120', [experienced]))).filter((t) => adaptation.test(t))).toEqual([]);
    for (const category of ['молодой специалист', 'новый сотрудник']) {
      const fresh = mentee('НЛ-121', 'Белова Анна Ивановна', ['подготовка к аттестации'], { category, experience: 0 });
      expect(texts(buildPlan(pair('П-121', [fresh]))).some((t) => t.startsWith('Адаптационные мероприятия'))).toBe(true);
    }
  });

  it('in a group, only for its new members, and the plan says so', () => {
    const group = pair('П-122', [
      mentee('НЛ-122', 'Зайцева Ольга Петровна', ['подготовка к аттестации'], { category: 'педагог с профессиональными затруднениями', experience: 12 }),
      mentee('НЛ-123', 'Белова Анна Ивановна', ['подготовка к аттестации'], { category: 'молодой специалист', experience: 0 }),
    ]);
    const rows = buildPlan(group).flatMap((m) => m.rows);
    const adapt = rows.filter((r) => adaptation.test(r.text));
    expect(adapt.length).toBeGreaterThan(0);
    for (const r of adapt) expect(r.for).toEqual(['НЛ-123']);
  });
});

describe('personalProgramme', () => {
  const PAIR = pair('П-001', [mentee('НЛ-001', 'Петрова Мария Ивановна', ['работа с родителями', 'методика преподавания'], { description: 'Трудно удерживать внимание класса на уроке.' })]);
  const doc = personalProgramme(SETTINGS, PAIR);
  const text = documentText(doc);

  it('names the people with positions as schools write them, the form, the term and the calendar it follows', () => {
    expect(tableOf(doc, 'Участник').rows).toEqual([
      ['Наставник', 'Иванова Анна Петровна', 'учитель математики', 'высшая квалификационная категория', '15 лет'],
      ['Наставляемый', 'Петрова Мария Ивановна', 'учитель математики', 'молодой специалист', '1 год'],
    ]);
    expect(text).toContain('Срок реализации: с 1 октября 2022 г. по 31 мая 2023 г. (8 месяцев).');
    expect(text).toContain('каникулы — осенние 29.10.2022–06.11.2022');
    expect(text).toContain('промежуточный мониторинг (январь 2023 г.:');
    expectClean(doc);
  });

  it('puts the plan in a dated table by month, the month named on its first row', () => {
    const t = tableOf(doc, 'Месяц');
    expect(t.header).toEqual(['Месяц', 'Дата', 'Мероприятие', 'Ожидаемый результат', 'Способ проверки / форма отчётности']);
    expect(t.rows.map((r) => r[0]).filter((m) => m !== '')).toEqual(buildPlan(PAIR).map((m) => m.label));
    for (const row of t.rows) {
      expect(row[1]).toMatch(/^\d\d\.\d\d\.\d{4}$/);
      for (const cell of row.slice(1)) expect(cell).not.toBe('');
    }
    expect(buildPlan(PAIR)).toEqual(buildPlan(PAIR));
    expect(personalProgramme(SETTINGS, PAIR)).toEqual(doc);
  });

  it.each([...DIFFICULTIES])('writes a clean programme for «%s», alone or in a group, for every category', (request) => {
    for (const category of MENTEE_CATEGORIES) {
      const single = pair('П-020', [mentee('НЛ-020', 'Соболева Анна Ивановна', [request], { category })]);
      const group = pair('П-021', [...single.mentees, mentee('НЛ-021', 'Голубева Ирина Павловна', [request, 'работа с родителями'], { category, subject: 'физика' })]);
      for (const d of [personalProgramme(SETTINGS, single), personalProgramme(SETTINGS, group)]) {
        expectClean(d);
        expect(documentText(d)).toContain(request);
      }
    }
  });

  it('refuses a pair without mentees, in Russian', () => {
    expect(() => personalProgramme(SETTINGS, pair('П-014', []))).toThrow('Пара П-014: не указан ни один наставляемый');
  });
});

describe('fewer lines repeated verbatim across the demo’s programmes', () => {
  it('the share of plan rows another programme repeats word for word stays under 40 % (80 % before the calendar and the pair’s own words)', () => {
    const docs = demoPairs().map((p) => personalProgramme(SETTINGS, p));
    const plans = docs.map((d) => ({ fileName: '', blocks: [tableOf(d, 'Месяц')] }));
    expect(sharedLineShare(plans).share).toBeLessThan(0.4);
  });
});
