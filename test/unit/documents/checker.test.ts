/**
 * The checker (src/domain/documents/checker.ts) over the documents written by the domain for two schools — the
 * seed's МБОУ СОШ № 13 in 2022–2023 with the demo's staff, and a lyceum in 2025–2026 — the ones the built-bundle
 * run (test/integration/documentsChecker.test.ts) does not reach yet: personalised programmes and paper consents.
 */
import { generateStaff } from '../../../scripts/demoStaff';
import { checkDocumentText } from '../../../src/domain/documents/checker';
import { type DocMentee, type DocMentor, type DocPair, type DocumentSettings, withDocumentDefaults } from '../../../src/domain/documents/inputs';
import { documentText } from '../../../src/domain/documents/model';
import { personalDataConsents } from '../../../src/domain/documents/personalDataConsent';
import { personalProgramme } from '../../../src/domain/documents/personalProgramme';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';
import { SEED_SETTINGS } from './seedSettings';

interface School {
  readonly label: string;
  readonly settings: DocumentSettings;
  readonly mentors: readonly DocMentor[];
  readonly mentees: readonly DocMentee[];
  readonly pairs: readonly DocPair[];
  /** The day the consents are made. */
  readonly today: string;
}

const asMentor = (id: string, fullName: string, position: string, subject: string): DocMentor => ({
  id,
  fullName,
  email: `${id}@school.example`,
  position,
  subject,
  experience: 20,
  qualification: 'высшая',
  competences: [],
});
const asMentee = (id: string, fullName: string, position: string, subject: string, over: Partial<DocMentee> = {}): DocMentee => ({
  id,
  fullName,
  email: `${id}@school.example`,
  position,
  subject,
  experience: 1,
  category: 'молодой специалист',
  requests: ['методика преподавания'],
  description: '',
  ...over,
});

function seedSchool(): School {
  const staff = generateStaff(9);
  const mentors = staff.slice(0, 3).map((s, i) => asMentor(`Н-00${i + 1}`, s.fullName, 'учитель', s.subject));
  const mentees = staff.slice(3).map((s, i) =>
    asMentee(`НЛ-00${i + 1}`, s.fullName, 'учитель', s.subject, {
      // The mentee's own words may carry a «№» too: the programme keeps it to its number.
      description: i === 0 ? 'Раньше работала в школе № 5, не умею вести электронный журнал' : '',
    }),
  );
  const pairs: DocPair[] = [
    { id: 'П-001', mentor: mentors[0], mentees: [mentees[0]], form: 'педагог – педагог', start: '2022-10-17', end: '2023-05-31' },
    { id: 'Г-002', mentor: mentors[1], mentees: [mentees[1], mentees[2]], form: 'педагог – педагог', start: '2022-10-17', end: '2023-05-31' },
    { id: 'П-003', mentor: mentors[2], mentees: [mentees[3]], form: 'педагог – педагог', start: '2022-10-17', end: '2023-05-31' },
  ];
  return { label: 'МБОУ СОШ № 13, 2022–2023', settings: SEED_SETTINGS, mentors, mentees, pairs, today: '2022-10-20' };
}

function lyceum(): School {
  const settings = withDocumentDefaults(
    LYCEUM_SETTINGS,
    { place: 'г. Энск', coordinatorPosition: 'заместитель директора по УВР', schoolAddress: '654321, г. Энск, пр. Мира, д. 2', website: 'https://lyceum2.example.ru' },
  );
  const mentors = [
    asMentor('m1', 'Дюма Александр Петрович', 'учитель', 'физика'),
    asMentor('m2', 'Черных Ольга Викторовна', 'учитель', 'начальные классы'),
  ];
  const mentees = [
    asMentee('e1', 'Кузьмина Алёна Фёдоровна', 'учитель', 'физика'),
    asMentee('e2', 'Шоу Ирина Олеговна', 'студент', 'начальные классы', { category: 'студент' }),
    asMentee('e3', 'Ёлкин Пётр Сергеевич', 'учитель', 'начальные классы'),
  ];
  const pairs: DocPair[] = [
    { id: 'П-001', mentor: mentors[0], mentees: [mentees[0]], form: 'педагог – педагог', start: '2025-10-01', end: '2026-05-31' },
    { id: 'Г-002', mentor: mentors[1], mentees: [mentees[1], mentees[2]], form: 'педагог – студент', start: '2025-10-01', end: '2026-05-31' },
  ];
  return { label: 'МАОУ Лицей № 2, 2025–2026', settings, mentors, mentees, pairs, today: '2025-10-01' };
}

describe.each([seedSchool(), lyceum()])('the checker over $label', (school) => {
  const people = [school.settings.directorName, school.settings.coordinatorName, ...school.mentors.map((m) => m.fullName), ...school.mentees.map((m) => m.fullName)];
  const documents = [
    ...school.pairs.map((pair) => ({ doc: personalProgramme(school.settings, pair), date: pair.start })),
    { doc: personalDataConsents(school.settings, school.mentors, 'mentor', school.today), date: school.today },
    { doc: personalDataConsents(school.settings, school.mentees, 'mentee', school.today), date: school.today },
  ];

  it.each(documents.map((d) => [d.doc.fileName, d]))('%s needs no edit', (_name, { doc, date }) => {
    expect(checkDocumentText(documentText(doc), { date, people, pairs: school.pairs, limits: school.settings.limits })).toEqual([]);
  });

  it('keeps «№» to its number in the personalised programmes (the school’s name, the mentee’s words)', () => {
    const text = documentText(personalProgramme(school.settings, school.pairs[0]));
    expect(text).toContain('№\u00a0');
    expect(text).not.toMatch(/№ (?!п\/п)/);
  });

  it('names every person of each bank in its consents', () => {
    const mentorsText = documentText(personalDataConsents(school.settings, school.mentors, 'mentor', school.today));
    const menteesText = documentText(personalDataConsents(school.settings, school.mentees, 'mentee', school.today));
    for (const m of school.mentors) expect(mentorsText).toContain(`Я, ${m.fullName}, `);
    for (const m of school.mentees) expect(menteesText).toContain(`Я, ${m.fullName}, `);
  });
});
