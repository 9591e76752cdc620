/**
 * The demo's pairs as the documents see them, without the emulator: the demo's questionnaire answers,
 * matched by the domain's «Подобрать пары»; and how many lines their personalised programmes share verbatim.
 */
import { DIFFICULTIES } from '../src/domain/catalog';
import type { DocMentee, DocMentor, DocPair } from '../src/domain/documents/inputs';
import { type DocumentModel, documentText } from '../src/domain/documents/model';
import { suggestPairs } from '../src/domain/matching/suggest';
import type { Mentee, Mentor } from '../src/domain/people';
import { demoAnswers } from './demoStaff';

type Answers = Record<string, string | string[]>;
const one = (a: Answers, key: string): string => {
  const v = a[key];
  return Array.isArray(v) ? v.join('; ') : (v ?? '');
};
const many = (a: Answers, key: string): string[] => {
  const v = a[key];
  return Array.isArray(v) ? v : v ? [v] : [];
};
const years = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text) : null);
/** What both questionnaires ask: the person as the bank keeps them. */
const personOf = (id: string, x: { email: string; answers: Answers }) => ({
  id,
  fullName: one(x.answers, 'Фамилия, имя, отчество'),
  email: x.email.toLowerCase(),
  subject: one(x.answers, 'Предмет или направление работы'),
  experience: years(one(x.answers, 'Педагогический стаж, полных лет')),
});

/** The demo's confirmed pairs and groups (start: the demo's day, 20 October 2022; end: 31 May 2023). */
export function demoPairs(start = '2022-10-20', end = '2023-05-31'): DocPair[] {
  const { mentors: mentorAnswers, mentees: menteeAnswers } = demoAnswers();
  // A second answer replaces the first (same e-mail, any case), as the banks do.
  const latest = (list: { email: string; answers: Answers }[]) => [...new Map(list.map((x) => [x.email.toLowerCase(), x])).values()];
  const consented = (a: Answers) => one(a, 'Согласие на обработку персональных данных').startsWith('Да');
  const docMentors: DocMentor[] = [];
  const mentors: Mentor[] = [];
  latest(mentorAnswers).forEach((x, i) => {
    if (!consented(x.answers)) return;
    const id = `НС-${String(i + 1).padStart(3, '0')}`;
    const a = x.answers;
    const base = personOf(id, x);
    const competences = many(a, 'В чём можете помочь коллегам').filter((c) => (DIFFICULTIES as readonly string[]).includes(c));
    docMentors.push({ ...base, position: one(a, 'Должность'), qualification: one(a, 'Квалификационная категория'), competences });
    mentors.push({ ...base, qualification: one(a, 'Квалификационная категория'), competences, capacity: Number(one(a, 'Скольких наставляемых можете взять')) || 1, trained: true, forms: many(a, 'Формы наставничества, к которым вы готовы'), times: many(a, 'Удобное время для встреч'), consent: true, status: 'в банке' });
  });
  const docMentees: DocMentee[] = [];
  const mentees: Mentee[] = [];
  latest(menteeAnswers).forEach((x, i) => {
    if (!consented(x.answers)) return;
    const id = `НЛ-${String(i + 1).padStart(3, '0')}`;
    const a = x.answers;
    const base = personOf(id, x);
    const requests = many(a, 'С чем нужна помощь');
    docMentees.push({ ...base, position: one(a, 'Должность'), category: one(a, 'Категория'), requests, description: one(a, 'Опишите затруднения своими словами') });
    mentees.push({ ...base, category: one(a, 'Категория'), requests, forms: many(a, 'Предпочтительная форма наставничества'), times: many(a, 'Удобное время для встреч'), consent: true, status: 'в банке' });
  });
  const { suggestions } = suggestPairs({ mentors, mentees });
  const byMentor = new Map<string, DocMentee[]>();
  for (const s of suggestions) {
    if (!s.mentorId) continue;
    const mentee = docMentees.find((m) => m.id === s.menteeId);
    if (mentee) byMentor.set(s.mentorId, [...(byMentor.get(s.mentorId) ?? []), mentee]);
  }
  return [...byMentor.entries()].map(([mentorId, group], i) => ({
    id: `П-${String(i + 1).padStart(3, '0')}`,
    mentor: docMentors.find((m) => m.id === mentorId) as DocMentor,
    mentees: group,
    form: 'педагог – педагог',
    start,
    end,
  }));
}

/** The lines of a document as a reader sees them: paragraphs, list items, table rows. */
const linesOf = (doc: DocumentModel): string[] =>
  documentText(doc)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Of all lines of all the documents, the share that stands verbatim in at least one other of them. */
export function sharedLineShare(docs: readonly DocumentModel[]): { lines: number; shared: number; share: number } {
  const sets = docs.map((d) => new Set(linesOf(d)));
  const seenIn = new Map<string, number>();
  for (const s of sets) for (const line of s) seenIn.set(line, (seenIn.get(line) ?? 0) + 1);
  let lines = 0;
  let shared = 0;
  for (const d of docs)
    for (const line of linesOf(d)) {
      lines += 1;
      if ((seenIn.get(line) ?? 0) > 1) shared += 1;
    }
  return { lines, shared, share: lines === 0 ? 0 : shared / lines };
}
