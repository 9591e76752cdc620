/**
 * A cohort of the second school's pairs for the repetition measure: mentors of six subjects, mentees of every
 * category with 0–12 years, one to three requests each and, for some, their own words — spread by co-prime steps.
 */
import { DIFFICULTIES, MENTEE_CATEGORIES } from '../../../src/domain/catalog';
import type { DocPair } from '../../../src/domain/documents/inputs';
import type { PlanMonth } from '../../../src/domain/documents/plans/types';
import { mentee, mentor, pair } from './programmesFixture';

const SUBJECTS = ['русский язык', 'математика', 'история', 'физика', 'английский язык', 'биология', 'начальные классы'];
const WORDS = ['Шумно на уроках, не слушают объяснение', 'Трудно разговаривать с родителями', 'Не успеваю проверять тетради', 'Путаюсь в электронном журнале', ''];
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

export function cohort(size = 24): DocPair[] {
  return Array.from({ length: size }, (_, i) => {
    const subject = pick(SUBJECTS, i * 3);
    const m = mentor(`Н-3${i}`, 'Тагирова Патимат Магомедовна', { subject: i % 4 === 0 ? pick(SUBJECTS, i * 3 + 1) : subject, experience: 10 + (i % 15) });
    const requests = Array.from({ length: 1 + (i % 3) }, (_, k) => pick(DIFFICULTIES, i * 5 + k * 7));
    const people = [
      mentee(`НЛ-3${i}`, 'Ильина Софья Андреевна', [...new Set(requests)], {
        subject,
        category: pick(MENTEE_CATEGORIES, i * 7 + 2),
        experience: (i * 5) % 13,
        description: pick(WORDS, i * 3 + 1),
      }),
    ];
    if (i % 6 === 5) people.push(mentee(`НЛ-4${i}`, 'Гусев Артём Олегович', [pick(DIFFICULTIES, i * 11)], { subject: pick(SUBJECTS, i), experience: i % 4 }));
    return pair(`П-3${i}`, people, { mentor: m, start: i % 2 === 0 ? '2025-09-10' : '2025-10-15', end: '2026-05-31' });
  });
}

/**
 * How much of a cohort's plans repeats verbatim (the activity's wording, the column a reader compares): the share
 * of all rows whose text stands in another programme, the largest share of one programme's rows found in any single
 * other programme, and the fewest rows of its own any programme has.
 */
export function repetition(plans: readonly (readonly PlanMonth[])[]): { share: number; maxPair: number; fewestOwn: number } {
  const sets = plans.map((plan) => new Set(plan.flatMap((m) => m.rows.map((r) => r.text))));
  const count = new Map<string, number>();
  for (const s of sets) for (const t of s) count.set(t, (count.get(t) ?? 0) + 1);
  let rows = 0;
  let shared = 0;
  let maxPair = 0;
  let fewestOwn = Number.POSITIVE_INFINITY;
  sets.forEach((s, i) => {
    let own = 0;
    for (const t of s) {
      rows += 1;
      if ((count.get(t) ?? 0) > 1) shared += 1;
      else own += 1;
    }
    fewestOwn = Math.min(fewestOwn, own);
    sets.forEach((other, j) => {
      if (i !== j) maxPair = Math.max(maxPair, [...s].filter((t) => other.has(t)).length / s.size);
    });
  });
  return { share: rows === 0 ? 0 : shared / rows, maxPair, fewestOwn };
}
