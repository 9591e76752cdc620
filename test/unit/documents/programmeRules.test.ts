/**
 * Rules every personalised programme follows, for any school, year and pair (issue 13: a draft the director signs
 * unedited). Built on the second school (test/support/secondSchool.ts, 2025–2026) and its own staff, not the demo's.
 */
import { demoPairs } from '../../../scripts/demoProgrammes';
import { DIFFICULTIES } from '../../../src/domain/catalog';
import type { DocMentee, DocPair } from '../../../src/domain/documents/inputs';
import { documentText } from '../../../src/domain/documents/model';
import { durationText, personalProgramme } from '../../../src/domain/documents/personalProgramme';
import { NBSP } from '../../../src/domain/documents/phrases';
import { buildPlan } from '../../../src/domain/documents/plans/monthlyPlan';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';
import { cohort, repetition } from './programmeCohort';
import { mentee, mentor, pair, tableOf, texts } from './programmesFixture';

const START = '2025-10-15';
const END = '2026-05-31';
const lyceumPair = (id: string, m: ReturnType<typeof mentor>, mentees: DocMentee[], over: Partial<DocPair> = {}): DocPair =>
  pair(id, mentees, { mentor: m, start: START, end: END, ...over });

const TAGIROVA = mentor('Н-201', 'Тагирова Патимат Магомедовна', { subject: 'русский язык', experience: 28 });
const ORLOV = mentor('Н-202', 'Орлов Пётр Ильич', { subject: 'география', experience: 19 });
const KIM = mentor('Н-203', 'Ким Виктория Сергеевна', { subject: 'английский язык', experience: 12 });

describe('a group: every mentee meets the mentor twice a month or more', () => {
  // A mentee with a single short request beside two with several: the plan's activities alone leave her months thin.
  const group = lyceumPair('Г-1', ORLOV, [
    mentee('НЛ-201', 'Абдуллаева Зарема Руслановна', ['работа с родителями'], { subject: 'информатика', experience: 3 }),
    mentee('НЛ-202', 'Гусев Артём Олегович', ['ФГОС и рабочие программы', 'управление классом и дисциплина', 'цифровые инструменты'], { subject: 'физика', experience: 0 }),
    mentee('НЛ-203', 'Лаптева Алина Игоревна', ['обучающиеся с ОВЗ', 'подготовка к аттестации'], { subject: 'география', experience: 7, category: 'педагог с профессиональными затруднениями' }),
  ]);
  const groups = [
    group,
    lyceumPair('Г-2', KIM, [group.mentees[0], group.mentees[2]], { start: '2025-09-03' }),
    lyceumPair('Г-3', TAGIROVA, [...group.mentees, mentee('НЛ-204', 'Юсупова Дина Ринатовна', ['воспитательная работа'], { subject: 'русский язык', experience: 2 })], { start: '2026-01-20' }),
  ];

  it.each(groups.map((g) => [g.id, g]))('%s: two dated meetings a month for each mentee, items for all counting for each', (_id, g) => {
    for (const month of buildPlan(g)) {
      for (const m of g.mentees) {
        const dates = new Set(month.rows.filter((r) => r.for.includes(m.id)).map((r) => r.date));
        expect({ month: month.label, mentee: m.id, meetings: Math.min(dates.size, 2) }).toEqual({ month: month.label, mentee: m.id, meetings: 2 });
      }
    }
  });
});

describe('a mentor never does subject work in a subject they do not teach', () => {
  const crossPairs = [
    [TAGIROVA, 'информатика'],
    [KIM, 'история'],
    [ORLOV, 'физика'],
  ] as const;
  // A row that names the mentee's subject and the mentor must say the content is the mentee's own, or whose it is.
  const carriesOver = /урок\S* наставляем|наставляем\S+ (своей|своих)|(подбор|разработка|адаптация|подготовка|анализ|работа|применение|проведение|посещение) наставляем|учител\S+ этого предмета|методического объединения|составленн\S+ наставляем|общепедагогическ|консультирует|приёмами, разобранными/i;

  it.each(crossPairs.map(([m, subject]) => [m.subject, subject, m]))('%s → %s: no joint work on the subject, no marks checked by the mentor', (_ms, subject, m) => {
    const single = lyceumPair('К-1', m, [mentee('НЛ-210', 'Ильина Софья Андреевна', [...DIFFICULTIES], { subject, experience: 1 })], { start: '2025-09-02' });
    const both = lyceumPair('К-2', m, [single.mentees[0], mentee('НЛ-211', 'Сорокина Вера Павловна', [...DIFFICULTIES], { subject: m.subject, experience: 2 })], { start: '2025-09-02' });
    for (const p of [single, both]) {
      const rows = buildPlan(p).flatMap((month) => month.rows.filter((r) => r.for.includes('НЛ-210')));
      for (const r of rows) {
        const all = `${r.text} ${r.result} ${r.check}`;
        expect(all).not.toMatch(new RegExp(`Совместн[^;]*«${subject}»`));
        expect(all).not.toContain('сверка оценок с наставником');
        expect(all).not.toMatch(new RegExp(`(урок|заняти)\\S* наставника[^;:]*«${subject}»`));
        if (all.includes(`«${subject}»`) && /наставник/.test(all)) expect({ row: r.text, carriesOver: carriesOver.test(all) }).toEqual({ row: r.text, carriesOver: true });
      }
    }
  });

  it('a mentor of the same subject still works on it together with the mentee', () => {
    const same = lyceumPair('К-3', KIM, [mentee('НЛ-212', 'Ильина Софья Андреевна', [...DIFFICULTIES], { subject: 'английский язык' })], { start: '2025-09-02' });
    const all = texts(buildPlan(same)).join('\n');
    expect(all).toContain('Совместный анализ рабочей программы по предмету «английский язык»');
  });
});

describe('adaptation to the school only for staff new to it', () => {
  const adaptation = (m: DocMentee) => texts(buildPlan(lyceumPair('А-1', KIM, [m]))).some((t) => t.startsWith('Адаптационные мероприятия'));

  it('by experience (the first year of teaching) or the «новый сотрудник» category, not by «молодой специалист» alone', () => {
    const request = ['методика преподавания'];
    expect(adaptation(mentee('НЛ-220', 'Ильина Софья Андреевна', request, { category: 'молодой специалист', experience: 3 }))).toBe(false);
    expect(adaptation(mentee('НЛ-221', 'Ильина Софья Андреевна', request, { category: 'молодой специалист', experience: 2 }))).toBe(false);
    expect(adaptation(mentee('НЛ-222', 'Ильина Софья Андреевна', request, { category: 'молодой специалист', experience: null }))).toBe(false);
    expect(adaptation(mentee('НЛ-223', 'Ильина Софья Андреевна', request, { category: 'педагог с профессиональными затруднениями', experience: 0 }))).toBe(true);
    // A year of teaching is most likely a year here: no introduction to the school (the final review's reading).
    expect(adaptation(mentee('НЛ-224', 'Ильина Софья Андреевна', request, { category: 'педагог, осваивающий новую роль или предмет', experience: 1 }))).toBe(false);
    expect(adaptation(mentee('НЛ-226', 'Ильина Софья Андреевна', request, { category: 'молодой специалист', experience: 0 }))).toBe(true);
    expect(adaptation(mentee('НЛ-225', 'Ильина Софья Андреевна', request, { category: 'новый сотрудник', experience: 14 }))).toBe(true);
  });
});

describe('the text a director signs', () => {
  const group = lyceumPair('Т-1', TAGIROVA, [
    mentee('НЛ-230', 'Абдуллаева Зарема Руслановна', ['работа с родителями', 'методика преподавания'], { description: 'Не хватает опыта с трудными классами' }),
    mentee('НЛ-231', 'Гусев Артём Олегович', ['работа с родителями'], { subject: 'физика', description: 'Не успеваю всё', experience: null }),
  ]);
  const single = lyceumPair('Т-2', KIM, [mentee('НЛ-232', 'Лаптева Алина Игоревна', ['методика преподавания'], { description: 'Шумно на уроках', subject: 'история' })]);
  const docs = [group, single].map((p) => personalProgramme(LYCEUM_SETTINGS, p));

  it('no echo of a template, no note to the user, no working notes', () => {
    for (const text of docs.map(documentText)) {
      expect(text).not.toMatch(/результата «|из описания затруднений|— в плане|\(запрос «|Уточнить с наставником:|типовые сроки|уточняются по календарному/);
    }
  });

  it('approved «УТВЕРЖДАЮ» (ГОСТ Р 7.0.97-2016 п. 5.21), as the other documents', () => {
    for (const d of docs) expect(d.blocks[0]).toMatchObject({ kind: 'approval', lines: expect.arrayContaining(['УТВЕРЖДАЮ']) });
  });

  it('the term in whole months and days', () => {
    expect(durationText('2022-10-20', '2023-05-31')).toBe('7 месяцев 12 дней');
    expect(durationText('2025-09-01', '2026-05-31')).toBe('9 месяцев');
    expect(durationText('2026-05-20', '2026-05-31')).toBe('12 дней');
    expect(documentText(docs[0])).toContain('по 31 мая 2026 г. (7 месяцев 17 дней).');
  });

  it('unknown experience reads «не указан», never a blank', () => {
    const row = tableOf(docs[0], 'Участник').rows.find((r) => r[1] === 'Гусев Артём Олегович');
    expect(row?.[4]).toBe('не указан');
    expect(documentText(docs[0])).not.toMatch(/Гусев[^\n]*_____/);
  });

  it('in a group, each request says whom it is for', () => {
    const text = documentText(docs[0]);
    expect(text).toContain('работа с родителями (все наставляемые)');
    expect(text).toContain(`методика преподавания (Абдуллаева${NBSP}З.${NBSP}Р.)`);
  });

  it('two people with the same short name are written in full', () => {
    const namesake = lyceumPair('Т-3', KIM, [mentee('НЛ-233', 'Римская-Корсакова Алла Игоревна', ['методика преподавания']), mentee('НЛ-234', 'Лаптева Алина Игоревна', ['работа с родителями'])]);
    const d = personalProgramme(LYCEUM_SETTINGS, namesake);
    const signatures = d.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toMatchObject({ lines: expect.arrayContaining([{ role: 'Наставляемый', name: 'Римская-Корсакова Алла Игоревна' }, { role: 'Куратор программы', name: 'Римская-Корсакова Анна Ильинична' }]) });
    const plan = tableOf(d, 'Месяц');
    const who = plan.rows.map((r) => r[plan.header.indexOf('Для кого')]);
    expect(who).toContain('Римская-Корсакова Алла Игоревна');
    expect(who.join(' ')).not.toContain(`Римская-Корсакова${NBSP}А.${NBSP}И.`);
  });
});

describe('fewer rows repeated verbatim across a cohort’s programmes', () => {
  // Measured on the plans' activities (the column a reader compares). Rows every programme has in the same
  // words for the same requests (the consultations of a request) keep the share well above zero; before the
  // subject, the requests and the spare activities entered the rows it was 0.79 of all rows, 0.82 of one
  // programme's rows found in a single other one, 3 rows of its own at the fewest (0.78 / 0.68 / 3 on the demo's bank).
  it.each([
    ['the second school’s cohort', cohort()],
    ['the demo’s bank', demoPairs()],
  ])('%s: under 70 % shared, under 70 % with any one other programme, five rows or more of its own', (_name, pairs) => {
    const r = repetition(pairs.map((p) => buildPlan(p)));
    expect(r.share).toBeLessThan(0.7);
    expect(r.maxPair).toBeLessThan(0.7);
    expect(r.fewestOwn).toBeGreaterThanOrEqual(5);
  });
});

describe('a group’s expected results are each member’s own', () => {
  it('names who asked for a request beside its result; a result for all is unmarked', () => {
    const group = lyceumPair('Р-1', TAGIROVA, [
      mentee('НЛ-240', 'Абдуллаева Зарема Руслановна', ['работа с родителями', 'подготовка к аттестации']),
      mentee('НЛ-241', 'Гусев Артём Олегович', ['работа с родителями']),
    ]);
    const text = documentText(personalProgramme(LYCEUM_SETTINGS, group)).replace(new RegExp(NBSP, 'g'), ' ');
    const results = text.slice(text.indexOf('6. Ожидаемые результаты'), text.indexOf('7. Контроль'));
    expect(results).toContain('По итогам программы каждый наставляемый по своим запросам:');
    const lines = results.split('\n').filter((l) => l.trim() !== '');
    const attestation = lines.filter((l) => /аттестац/i.test(l));
    expect(attestation.length).toBeGreaterThan(0);
    for (const l of attestation) expect(l).toContain('(Абдуллаева З. Р.)');
    expect(results).not.toMatch(/Гусев А\. О\.\)/);
  });
});
