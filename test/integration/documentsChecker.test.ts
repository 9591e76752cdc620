/**
 * The documents' checker (src/domain/documents/checker.ts) over every document a director signs: the seed
 * school's documents made by the built bundle, and a second school with another year (2025–2026, after
 * ТК РФ ст. 351.8 and the separate-consent rule) and other staff, written by the domain directly.
 */
import { documentStore } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { programmeWithPairs } from '../../scripts/pairsFixture';
import { checkDocumentText } from '../../src/domain/documents/checker';
import { implementationOrder } from '../../src/domain/documents/implementationOrder';
import { type DocMentee, type DocMentor, type DocPair, withDocumentDefaults } from '../../src/domain/documents/inputs';
import { mentorConsent, supplementaryAgreement } from '../../src/domain/documents/mentorConsent';
import { documentText } from '../../src/domain/documents/model';
import { limitBreaches, pairsOrder } from '../../src/domain/documents/pairsOrder';
import { personalDataConsents } from '../../src/domain/documents/personalDataConsent';
import { programmeDocument } from '../../src/domain/documents/programmeDocument';
import { regulation } from '../../src/domain/documents/regulation';
import { roadmapDocument } from '../../src/domain/documents/roadmapDocument';
import { statusReport } from '../../src/domain/documents/statusReport';
import { defaultRoadmap } from '../../src/domain/roadmap/template';
import type { DocumentsJobView } from '../../src/shared/rpc';
import { LYCEUM_SETTINGS } from '../support/secondSchool';

const DOC = 'application/vnd.google-apps.document';

describe('the checker over the seed school’s documents (built bundle)', () => {
  it('finds nothing a director would have to edit', async () => {
    const addon = await programmeWithPairs(4);
    let view = (await addon.scriptRun('startDocuments', ['school', 'pairs', 'mentors', 'report'])) as DocumentsJobView;
    while (!view.finished) view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
    expect(view.failed).toEqual([]);

    const store = documentStore(addon.ws);
    const docs = [...addon.ws.appFiles.entries()].filter(([, f]) => f.mimeType === DOC);
    expect(docs.length).toBeGreaterThanOrEqual(4 + 1 + 4 + 8 + 1);
    const settings = SEED_SCHOOL.settings;
    const people = [settings.directorName, settings.coordinatorName];
    // Everyone named in the banks, read back from the pairs' documents.
    const names = new Set<string>(people);
    for (const [id] of docs) for (const m of store.savedText(id).matchAll(/([А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ (?:Петровна|Сергеевна))/g)) names.add(m[1]);
    const today = new Date(addon.ws.rt.clock.now()).toISOString().slice(0, 10);
    const problems: string[] = [];
    for (const [id, file] of docs) {
      // The school's acts carry the order's date; the rest are made today.
      const normative = /^(Приказ о внедрении|Положение|Программа наставничества —|Дорожная карта)/.test(file.name);
      const date = normative ? '2022-09-01' : today;
      for (const p of checkDocumentText(store.savedText(id), { date, people: [...names] })) problems.push(`${file.name}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});

// ——— A second school: another year, other staff, the settings filled in ———

const LYCEUM = withDocumentDefaults(LYCEUM_SETTINGS, {
    place: 'г. Энск',
    coordinatorPosition: 'заместитель директора по УВР',
    pay: { kind: 'percent', value: 10, source: 'Коллективный договор МАОУ Лицей № 2 на 2024–2027 годы' },
    council: { date: '2025-08-27', number: '1' },
    union: true,
    limits: { individual: 2, group: 4 },
});

const mentor = (id: string, fullName: string, position: string, subject: string): DocMentor => ({
  id,
  fullName,
  email: `${id}@lyceum2.example`,
  position,
  subject,
  experience: 20,
  qualification: 'высшая',
  competences: [],
});
const mentee = (id: string, fullName: string, position: string, subject: string): DocMentee => ({
  id,
  fullName,
  email: `${id}@lyceum2.example`,
  position,
  subject,
  experience: 1,
  category: 'молодой специалист',
  requests: ['методика преподавания'],
  description: '',
});

const MENTORS = [
  mentor('m1', 'Дюма Александр Петрович', 'учитель', 'физика'),
  mentor('m2', 'Черных Ольга Викторовна', 'учитель', 'начальные классы'),
  mentor('m3', 'Долгих Сергей Иванович', 'педагог-психолог', ''),
];
const MENTEES = [
  mentee('e1', 'Кузьмина Алёна Фёдоровна', 'учитель', 'физика'),
  mentee('e2', 'Шоу Ирина Олеговна', 'учитель', 'начальные классы'),
  mentee('e3', 'Ёлкина Татьяна Сергеевна', 'учитель', 'начальные классы'),
  mentee('e4', 'Петров-Водкин Кузьма Сергеевич', 'социальный педагог', ''),
  mentee('e5', 'Смирнова Любовь Андреевна', 'учитель', 'русский язык и литература'),
];
const PAIRS: DocPair[] = [
  { id: 'П-001', mentor: MENTORS[0], mentees: [MENTEES[0]], form: 'педагог – педагог', start: '2025-10-01', end: '2026-05-31' },
  { id: 'Г-002', mentor: MENTORS[1], mentees: [MENTEES[1], MENTEES[2]], form: 'педагог – педагог', start: '2025-10-01', end: '2026-05-31' },
  { id: 'П-003', mentor: MENTORS[2], mentees: [MENTEES[3]], form: 'педагог – педагог', start: '2025-10-01', end: '2026-05-31' },
  { id: 'П-004', mentor: MENTORS[2], mentees: [MENTEES[4]], form: 'педагог – педагог', start: '2025-10-01', end: '2026-05-31' },
];
const PEOPLE = [LYCEUM.directorName, LYCEUM.coordinatorName, ...MENTORS.map((m) => m.fullName), ...MENTEES.map((m) => m.fullName)];

describe('the checker over a second school (2025–2026, other staff)', () => {
  const stages = defaultRoadmap(LYCEUM.schoolShortName, 2025);
  const documents = [
    { doc: implementationOrder(LYCEUM), date: LYCEUM.orderDate },
    { doc: regulation(LYCEUM), date: LYCEUM.orderDate },
    { doc: programmeDocument(LYCEUM, stages), date: LYCEUM.orderDate },
    { doc: roadmapDocument(LYCEUM, stages), date: LYCEUM.orderDate },
    { doc: pairsOrder(LYCEUM, PAIRS, '2025-10-01'), date: '2025-10-01' },
    ...MENTORS.flatMap((m) => [
      { doc: mentorConsent(LYCEUM, m, PAIRS), date: '2025-10-01' },
      { doc: supplementaryAgreement(LYCEUM, m, PAIRS), date: '2025-10-01' },
    ]),
    { doc: personalDataConsents(LYCEUM, MENTORS, 'mentor', '2025-10-01'), date: '2025-10-01' },
    { doc: personalDataConsents(LYCEUM, MENTEES, 'mentee', '2025-10-01'), date: '2025-10-01' },
    {
      doc: statusReport(LYCEUM, stages.map((s) => ({ ...s, state: 'идёт', evidence: [] })), '2025-12-01'),
      date: '2025-12-01',
    },
  ];

  it.each(documents.map((d) => [d.doc.fileName, d]))('%s needs no edit', (_name, { doc, date }) => {
    expect(checkDocumentText(documentText(doc), { date, people: PEOPLE, pairs: PAIRS, limits: LYCEUM.limits })).toEqual([]);
  });

  it('cites ст. 351.8 and the 2025 Concept, and no 2022 decree of the Year of the Teacher', () => {
    const order = documentText(implementationOrder(LYCEUM));
    expect(order).toContain('351.8');
    expect(order).toContain('1264-р');
    expect(order).not.toContain('№\u00a0401');
    expect(order).toContain('Назначить Римскую-Корсакову Анну Ильиничну, заместителя директора по УВР, куратором');
    const agreement = documentText(supplementaryAgreement(LYCEUM, MENTORS[1], PAIRS));
    expect(agreement).toContain('в лице директора Алиева Рашида Гусейн оглы, действующего на основании Устава');
    expect(agreement).toContain('доплата в размере 10\u00a0% должностного оклада');
    expect(agreement).toContain('коллективным договором');
    expect(agreement).not.toContain('□');
  });

  it('catches what it is for: an act before its date, a stray placeholder, a wrong case, a mentor over the limit', () => {
    expect(checkDocumentText('В соответствии со статьёй 351.8 Трудового кодекса', { date: '2022-09-01', people: [] })).toHaveLength(1);
    expect(checkDocumentText('Наставник: undefined, подпись ___', { date: '2022-09-01', people: [] })).toHaveLength(2);
    expect(checkDocumentText('Назначить Римская-Корсакова Анна Ильинична, куратором', { date: '2025-09-01', people: PEOPLE })).toHaveLength(1);
    const crowded = [...PAIRS, { ...PAIRS[0], id: 'П-005', mentees: [MENTEES[4]] }, { ...PAIRS[0], id: 'П-006', mentees: [MENTEES[3]] }];
    expect(limitBreaches(crowded, LYCEUM.limits)).toHaveLength(1);
    expect(() => pairsOrder(LYCEUM, crowded, '2025-10-01')).toThrow(/предел Положения/);
  });
});
