/**
 * The cohort as the solver sees it: people checked for duplicate IDs, locks that still hold, every pair
 * scored once into compressed rows of the allowed pairs, and each mentee's best three mentors for the
 * alternatives. Nothing here is quadratic in memory.
 */
import { normaliseWords } from '../catalog';
import { type Mentee, type Mentor, SUPPORT_STATUS } from '../people';
import type { Weights } from './criteria';
import { pairScorer } from './fastScore';
import { type PreparedMentee, type PreparedMentor, prepareMentee, prepareMentor } from './prepared';
import type { RuleOptions } from './rules';

const SUPPORT_STATUS_KEY = normaliseWords(SUPPORT_STATUS);

/** A mentee and a mentor by their IDs: a pair at work, approved, or banned. */
export interface PairRef {
  readonly menteeId: string;
  readonly mentorId: string;
}

export interface Cohort {
  readonly mentees: readonly PreparedMentee[];
  readonly mentors: readonly PreparedMentor[];
  /** Places taken before the solver runs (confirmed pairs and locks), per mentor. */
  readonly taken: Int32Array;
  /** Mentee index → locked mentor index. */
  readonly lockedOf: ReadonlyMap<number, number>;
  /** Russian messages for the coordinator: duplicate IDs, conflicting approvals. */
  readonly problems: readonly string[];
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Mentees waiting for a mentor since the last round come first. */
function bySupportThenId(a: Mentee, b: Mentee): number {
  const sa = normaliseWords(a.status) === SUPPORT_STATUS_KEY ? 0 : 1;
  const sb = normaliseWords(b.status) === SUPPORT_STATUS_KEY ? 0 : 1;
  return sa - sb || byId(a, b);
}

/** People whose ID appears once; the others are reported, so the result never depends on row order. */
function unique<T extends { id: string; fullName: string }>(people: readonly T[], bank: string, problems: string[]): T[] {
  const count = new Map<string, T[]>();
  for (const p of people) count.set(p.id, [...(count.get(p.id) ?? []), p]);
  for (const [id, same] of [...count].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (same.length > 1) {
      const names = same.map((p) => p.fullName || 'без ФИО').sort((a, b) => a.localeCompare(b, 'ru'));
      problems.push(`В банке «${bank}» ID ${id} повторяется (${names.join(', ')}): эти строки не участвуют в подборе, пока ID не исправлен.`);
    }
  }
  return people.filter((p) => count.get(p.id)?.length === 1);
}

export function buildCohort(
  input: { mentees: readonly Mentee[]; mentors: readonly Mentor[]; locked?: readonly PairRef[]; existing?: readonly PairRef[] },
): Cohort {
  const problems: string[] = [];
  const mentors = unique(input.mentors, 'Наставники', problems).sort(byId).map(prepareMentor);
  const mentorIndex = new Map(mentors.map((m, t) => [m.person.id, t]));
  const inPair = new Set((input.existing ?? []).map((e) => e.menteeId));
  const mentees = unique(input.mentees, 'Наставляемые', problems)
    .filter((m) => !inPair.has(m.id))
    .sort(bySupportThenId)
    .map(prepareMentee);
  const menteeIndex = new Map(mentees.map((m, i) => [m.person.id, i]));
  const taken = new Int32Array(mentors.length);
  for (const e of input.existing ?? []) {
    const t = mentorIndex.get(e.mentorId);
    if (t !== undefined) taken[t]++;
  }
  // A lock holds a place only for a mentee still in the bank and without a pair, once per mentee.
  const lockMentors = new Map<number, Set<number>>();
  for (const l of input.locked ?? []) {
    const i = menteeIndex.get(l.menteeId);
    const t = mentorIndex.get(l.mentorId);
    if (i === undefined || t === undefined) continue;
    lockMentors.set(i, (lockMentors.get(i) ?? new Set<number>()).add(t));
  }
  const lockedOf = new Map<number, number>();
  for (const [i, ts] of lockMentors) {
    if (ts.size > 1) {
      const names = [...ts].sort((a, b) => a - b).map((t) => mentors[t].person.fullName).join(', ');
      problems.push(`${mentees[i].person.fullName}: в «Подбор» утверждены разные наставники (${names}) — утверждение не учтено, выберите одного.`);
      continue;
    }
    const t = [...ts][0];
    lockedOf.set(i, t);
    taken[t]++;
  }
  return { mentees, mentors, taken, lockedOf, problems };
}

/** The allowed pairs of the mentees the solver places, and each mentee's best mentors for alternatives. */
export interface Candidates {
  /** Solver row → mentee index. */
  readonly rowMentee: Int32Array;
  readonly rowStart: Int32Array;
  /** Mentor index of each allowed pair. */
  readonly mentor: Int32Array;
  readonly points: Uint16Array;
  /** Per mentee, its three best mentors by points (allowed or not; not the same person), -1 when fewer. */
  readonly best3: Int32Array;
  /** Per mentor: free mentees allowed to take it. */
  readonly takers: Int32Array;
  /** Per mentee: whether any mentor is allowed at all. */
  readonly anyAllowed: Uint8Array;
}

export function scoreCohort(cohort: Cohort, weights: Weights, rules: RuleOptions): Candidates {
  const { mentees, mentors, lockedOf } = cohort;
  const scorer = pairScorer(mentees, mentors, weights, rules);
  const rowMentee: number[] = [];
  const rowStart: number[] = [0];
  let mentor = new Int32Array(1024);
  let points = new Uint16Array(1024);
  let edges = 0;
  const best3 = new Int32Array(mentees.length * 3).fill(-1);
  const bestPoints = new Int32Array(3);
  const takers = new Int32Array(mentors.length);
  const anyAllowed = new Uint8Array(mentees.length);
  for (let i = 0; i < mentees.length; i++) {
    const mentee = mentees[i];
    const free = !lockedOf.has(i);
    bestPoints.fill(-1);
    for (let t = 0; t < mentors.length; t++) {
      const m = mentors[t];
      if (m.person.id === mentee.person.id || (mentee.email !== '' && mentee.email === m.email)) continue;
      const p = scorer.points(i, t);
      // Keep the three best by points, then by mentor index (stable: t rises).
      for (let k = 0; k < 3; k++) {
        if (p > bestPoints[k]) {
          for (let s = 2; s > k; s--) {
            bestPoints[s] = bestPoints[s - 1];
            best3[i * 3 + s] = best3[i * 3 + s - 1];
          }
          bestPoints[k] = p;
          best3[i * 3 + k] = t;
          break;
        }
      }
      if (!scorer.allowed(i, t)) continue;
      anyAllowed[i] = 1;
      if (!free || cohort.taken[t] >= m.person.capacity) continue;
      if (edges === mentor.length) {
        const grownMentor = new Int32Array(edges * 2);
        grownMentor.set(mentor);
        mentor = grownMentor;
        const grownPoints = new Uint16Array(edges * 2);
        grownPoints.set(points);
        points = grownPoints;
      }
      mentor[edges] = t;
      points[edges] = p;
      edges++;
      takers[t]++;
    }
    if (free) {
      rowMentee.push(i);
      rowStart.push(edges);
    }
  }
  sortBestFirst(rowStart, mentor, points, edges);
  return {
    rowMentee: Int32Array.from(rowMentee),
    rowStart: Int32Array.from(rowStart),
    mentor: mentor.slice(0, edges),
    points: points.slice(0, edges),
    best3,
    takers,
    anyAllowed,
  };
}

/** Each row's pairs by points, best first (then by mentor): the solver looks at the best ones first. */
function sortBestFirst(rowStart: readonly number[], mentor: Int32Array, points: Uint16Array, edges: number): void {
  const order: number[] = [];
  const m = new Int32Array(edges);
  const p = new Uint16Array(edges);
  for (let r = 0; r + 1 < rowStart.length; r++) {
    order.length = 0;
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) order.push(e);
    order.sort((a, b) => points[b] - points[a] || mentor[a] - mentor[b]);
    order.forEach((e, k) => {
      m[rowStart[r] + k] = mentor[e];
      p[rowStart[r] + k] = points[e];
    });
  }
  mentor.set(m);
  points.set(p);
}
