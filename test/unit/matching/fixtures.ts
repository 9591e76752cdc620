/** Builders of mentors and mentees for matching tests, and a seeded random generator. */
import { DIFFICULTIES } from '../../../src/domain/catalog';
import type { Mentee, Mentor } from '../../../src/domain/people';

export function mentee(id: string, over: Partial<Mentee> = {}): Mentee {
  return {
    id,
    fullName: `Наставляемый ${id}`,
    email: `${id.toLowerCase()}@school.example`,
    subject: 'математика',
    experience: 1,
    forms: ['педагог – педагог'],
    times: ['после уроков'],
    consent: true,
    status: 'в банке',
    category: 'молодой специалист',
    requests: ['методика преподавания'],
    ...over,
  };
}

export function mentor(id: string, over: Partial<Mentor> = {}): Mentor {
  return {
    id,
    fullName: `Наставник ${id}`,
    email: `${id.toLowerCase()}@school.example`,
    subject: 'математика',
    experience: 15,
    forms: ['педагог – педагог'],
    times: ['после уроков'],
    consent: true,
    status: 'в банке',
    qualification: 'высшая',
    competences: ['методика преподавания'],
    capacity: 1,
    trained: true,
    ...over,
  };
}

/** mulberry32: a small seeded PRNG, so random instances are the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

const SUBJECTS = ['математика', 'русский язык', 'физика', 'история', 'начальные классы'];

export function randomPeople(random: () => number, mentees: number, mentors: number, maxCapacity = 3): { mentees: Mentee[]; mentors: Mentor[] } {
  const pad = (n: number) => String(n).padStart(4, '0');
  return {
    mentees: Array.from({ length: mentees }, (_, i) =>
      mentee(`E${pad(i + 1)}`, {
        subject: SUBJECTS[Math.floor(random() * SUBJECTS.length)],
        experience: Math.floor(random() * 4),
        requests: pick(random, DIFFICULTIES, 1 + Math.floor(random() * 3)),
        consent: random() > 0.05,
      }),
    ),
    mentors: Array.from({ length: mentors }, (_, i) =>
      mentor(`M${pad(i + 1)}`, {
        subject: SUBJECTS[Math.floor(random() * SUBJECTS.length)],
        experience: 5 + Math.floor(random() * 30),
        competences: pick(random, DIFFICULTIES, 2 + Math.floor(random() * 4)),
        capacity: 1 + Math.floor(random() * maxCapacity),
        consent: random() > 0.05,
        qualification: random() > 0.5 ? 'высшая' : 'первая',
      }),
    ),
  };
}
