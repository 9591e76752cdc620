/**
 * A pair's or group's requests resolved into planned items: whose each request is (named, or read in their own
 * words), each activity phrased for the mentees it is for, with work on a subject's content alongside the mentor
 * only in the mentor's own subject.
 */
import { DIFFICULTIES, normaliseWords } from '../../catalog';
import type { DocMentee, DocPair } from '../inputs';
import { type Difficulty, genericTemplate, TEMPLATES } from './data';
import { requestsInWords } from './ownWords';
import { type PlanItem, type RawActivity, type RequestTemplate, say, type Wording } from './types';

export interface PlanContext {
  /** A group (several mentees): activities are phrased for them all. */
  readonly group: boolean;
  /** The mentees' common subject; '' when unknown or not common to all. */
  readonly subject: string;
  /** The mentor's subject; '' when unknown. */
  readonly mentorSubject?: string;
  /** The mentees' categories (MENTEE_CATEGORIES), each once. */
  readonly categories: readonly string[];
  /** Some of them is new to the school (isNewToSchool). */
  readonly newToSchool?: boolean;
  /** Each of them has five years of experience or more. */
  readonly experienced?: boolean;
}

/**
 * New to the school: a «новый сотрудник», or a teacher in the first year of teaching (experience under a full year)
 * and so, surely, new here. The bank keeps the years of pedagogical experience, not the years at this school: one
 * with a year or more has most likely been here that long and needs no introduction to the school (a newcomer with
 * experience elsewhere is «новый сотрудник»); unknown experience says nothing, only the category does.
 */
export function isNewToSchool(m: Pick<DocMentee, 'category' | 'experience'>): boolean {
  if (normaliseWords(m.category) === normaliseWords('новый сотрудник')) return true;
  return m.experience !== null && Number.isFinite(m.experience) && m.experience >= 0 && m.experience < 1;
}

/** Five years or more: past the first years, the plan builds on the teacher's own practice. */
const EXPERIENCED_YEARS = 5;

const subjectPhrase = (subject: string): string =>
  // «начальные классы» is a direction, not a subject: it goes in brackets.
  subject === '' ? '' : /класс/i.test(subject) ? ` (${subject})` : ` по предмету «${subject}»`;

export function wording(ctx: PlanContext): Wording {
  const has = (category: string) => ctx.categories.some((c) => normaliseWords(c) === normaliseWords(category));
  return {
    group: ctx.group,
    gen: ctx.group ? 'наставляемых' : 'наставляемого',
    ins: ctx.group ? 'наставляемыми' : 'наставляемым',
    subj: subjectPhrase(ctx.subject.trim()),
    mentorSubj: subjectPhrase((ctx.mentorSubject ?? '').trim()),
    young: has('молодой специалист'),
    newcomer: has('новый сотрудник'),
    newToSchool: ctx.newToSchool ?? has('новый сотрудник'),
    experienced: ctx.experienced ?? false,
    newRole: has('педагог, осваивающий новую роль или предмет'),
    pl: (one, many) => (ctx.group ? many : one),
  };
}

/** The context of some of a pair's mentees (all of them by default). */
export function planContext(pair: DocPair, mentees: readonly DocMentee[] = pair.mentees): PlanContext {
  const subjects = [...new Set(mentees.map((m) => m.subject.trim()))];
  const categories = [...new Set(mentees.map((m) => m.category.trim()).filter((c) => c !== ''))];
  return {
    group: mentees.length > 1,
    subject: subjects.length === 1 ? subjects[0] : '',
    mentorSubject: pair.mentor.subject,
    categories,
    newToSchool: mentees.some(isNewToSchool),
    experienced: mentees.length > 0 && mentees.every((m) => m.experience !== null && m.experience >= EXPERIENCED_YEARS),
  };
}

/** The mentor teaches the mentee's subject («русский язык» within «русский язык и литература» counts); unknown is not. */
export function sameSubject(mentorSubject: string, menteeSubject: string): boolean {
  const a = normaliseWords(mentorSubject);
  const b = normaliseWords(menteeSubject);
  return a !== '' && b !== '' && (a === b || a.includes(b) || b.includes(a));
}

export function findKnown(request: string): Difficulty | null {
  const key = normaliseWords(request);
  return DIFFICULTIES.find((d) => normaliseWords(d) === key) ?? null;
}

const rawOf = (request: string) => {
  const known = findKnown(request);
  return { known, raw: known ? TEMPLATES[known] : genericTemplate(request.trim()) };
};

/** The template of one request in the words of a context: goal, tasks, outcome; activities for everyone in it. */
export function requestTemplate(request: string, ctx: PlanContext): RequestTemplate {
  const { known, raw } = rawOf(request);
  const w = wording(ctx);
  const cross = !sameSubject(ctx.mentorSubject ?? '', ctx.subject);
  return {
    request: known ?? request.trim(),
    known: known !== null,
    goal: say(raw.goal, w),
    tasks: raw.tasks.map((t) => say(t, w)),
    outcome: say(raw.outcome, w),
    activities: raw.activities
      .filter((a) => !a.when || a.when(w))
      .flatMap((a) => {
        const form = cross && a.crossSubject ? a.crossSubject : a;
        return form === 'omit' ? [] : [resolve(form, w, [])];
      }),
  };
}

/** A raw activity as a planned item for the named mentees. */
export function resolve(a: RawActivity, w: Wording, forIds: readonly string[]): PlanItem & { readonly otherwise?: RawActivity } {
  return { text: say(a.text, w), result: say(a.result, w), check: say(a.check, w), for: forIds, months: a.months, otherwise: a.otherwise };
}

const clean = (request: string): string => findKnown(request) ?? request.replace(/\s+/g, ' ').trim();

/** The requests a mentee named, in the catalogue's spelling when known. */
const named = (m: DocMentee): string[] => m.requests.map(clean).filter((r) => r !== '');

/** The mentees' requests, each once (in the order first named), in the catalogue's spelling when known. */
export function pairRequests(pair: DocPair): string[] {
  return unique(pair.mentees.flatMap(named));
}

function unique(requests: readonly string[]): string[] {
  const seen = new Set<string>();
  return requests.filter((r) => {
    const key = normaliseWords(r);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** When the mentees named no request: what their category suggests; the entry diagnosis refines it. */
export function defaultRequests(categories: readonly string[]): string[] {
  const w = wording({ group: false, subject: '', categories });
  return w.young || w.newcomer ? ['адаптация в коллективе', 'методика преподавания'] : ['методика преподавания'];
}

/** Whose each request is: those who named it, or whose own words point to it; the defaults are everyone's. */
export function requestOwners(pair: DocPair): { request: string; owners: DocMentee[]; fromWords: DocMentee[] }[] {
  const inWords = (m: DocMentee) => requestsInWords(m.description);
  const requests = unique([...pairRequests(pair), ...pair.mentees.flatMap(inWords)]);
  if (requests.length === 0) {
    const defaults = defaultRequests(planContext(pair).categories);
    return defaults.map((request) => ({ request, owners: [...pair.mentees], fromWords: [] }));
  }
  const key = normaliseWords;
  return requests.map((request) => {
    const fromWords = pair.mentees.filter((m) => !named(m).some((r) => key(r) === key(request)) && inWords(m).some((r) => key(r) === key(request)));
    const owners = pair.mentees.filter((m) => named(m).some((r) => key(r) === key(request)) || fromWords.includes(m));
    return { request, owners, fromWords };
  });
}

/** The pair's templates (goal, tasks, outcome): its requests' and what its words point to, or the category's defaults. */
export function pairTemplates(pair: DocPair): RequestTemplate[] {
  return requestOwners(pair).map(({ request, owners }) => requestTemplate(request, planContext(pair, owners)));
}

/**
 * One request's activities for its owners. Each activity goes to those of them it suits (by category), and
 * one on the subject's content splits: as written for those of the mentor's subject, its cross-subject form
 * (or nothing) for the others.
 */
export function requestItems(pair: DocPair, request: string, owners: readonly DocMentee[]) {
  const { raw } = rawOf(request);
  const ids = (ms: readonly DocMentee[]) => ms.map((m) => m.id);
  const items: ReturnType<typeof resolve>[] = [];
  for (const a of raw.activities) {
    const fits = owners.filter((m) => !a.when || a.when(wording(planContext(pair, [m]))));
    const cross = a.crossSubject;
    const variants: [RawActivity, DocMentee[]][] = cross
      ? [
          [a, fits.filter((m) => sameSubject(pair.mentor.subject, m.subject))],
          ...(cross === 'omit' ? [] : [[cross, fits.filter((m) => !sameSubject(pair.mentor.subject, m.subject))] as [RawActivity, DocMentee[]]]),
        ]
      : [[a, fits]];
    for (const [activity, audience] of variants) {
      if (audience.length > 0) items.push(resolve(activity, wording(planContext(pair, audience)), ids(audience)));
    }
  }
  return items;
}

