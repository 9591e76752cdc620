/**
 * Rules every personalised programme follows, for any school, year and pair (issue 13: a draft the director signs
 * unedited). Built on the second school (test/support/secondSchool.ts, 2025–2026) and its own staff, not the demo's.
 */
import { DIFFICULTIES } from '../../../src/domain/catalog';
import type { DocMentee, DocPair } from '../../../src/domain/documents/inputs';
import { buildPlan } from '../../../src/domain/documents/plans/monthlyPlan';
import { mentee, mentor, pair, texts } from './programmesFixture';

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
  const carriesOver = /наставляем\S+ (своей|своих)|(подбор|разработка|адаптация|подготовка|анализ|работа|применение|проведение|посещение) наставляем|учител\S+ этого предмета|методического объединения|составленн\S+ наставляем|общепедагогическ|консультирует|приёмами, разобранными/i;

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

  it('by experience (under two years) or the «новый сотрудник» category, not by «молодой специалист» alone', () => {
    const request = ['методика преподавания'];
    expect(adaptation(mentee('НЛ-220', 'Ильина Софья Андреевна', request, { category: 'молодой специалист', experience: 3 }))).toBe(false);
    expect(adaptation(mentee('НЛ-221', 'Ильина Софья Андреевна', request, { category: 'молодой специалист', experience: 2 }))).toBe(false);
    expect(adaptation(mentee('НЛ-222', 'Ильина Софья Андреевна', request, { category: 'молодой специалист', experience: null }))).toBe(false);
    expect(adaptation(mentee('НЛ-223', 'Ильина Софья Андреевна', request, { category: 'педагог с профессиональными затруднениями', experience: 0 }))).toBe(true);
    expect(adaptation(mentee('НЛ-224', 'Ильина Софья Андреевна', request, { category: 'педагог, осваивающий новую роль или предмет', experience: 1 }))).toBe(true);
    expect(adaptation(mentee('НЛ-225', 'Ильина Софья Андреевна', request, { category: 'новый сотрудник', experience: 14 }))).toBe(true);
  });
});
