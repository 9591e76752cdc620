/**
 * «Подобрать пары»: scores every pair once, assigns the whole cohort at once (as many mentees as the
 * rules allow, then the highest total score; or score first, as a setting), and explains each
 * suggestion, its two alternatives, and why a mentee got nobody.
 */
import { GROUP_FORMAT, normaliseWords } from '../catalog';
import type { Mentee, Mentor } from '../people';
import { SUPPORT_STATUS } from '../people';
import { solveAssignment } from './assignment';
import { criteriaValues, DEFAULT_WEIGHTS, reasonsFor, WEIGHT_KEYS, type Weights, weightedFit } from './criteria';
import { type PreparedMentee, type PreparedMentor, prepareMentee, prepareMentor } from './prepared';
import { forbiddenPrepared, pairKey, type RuleOptions } from './rules';

export interface PairRef {
  readonly menteeId: string;
  readonly mentorId: string;
}

export interface SuggestInput {
  readonly mentees: readonly Mentee[];
  readonly mentors: readonly Mentor[];
  readonly weights?: Partial<Weights>;
  readonly onlyTrained?: boolean;
  /** Maximise the total score, even if fewer mentees get a mentor. */
  readonly scoreFirst?: boolean;
  /** Pairs the coordinator locked: kept as they are. */
  readonly locked?: readonly PairRef[];
  readonly banned?: readonly PairRef[];
  /** Confirmed pairs: their mentees are skipped, their mentors' places are taken. */
  readonly existing?: readonly PairRef[];
}

export interface Alternative {
  readonly mentorId: string;
  readonly mentorName: string;
  readonly score: number;
  /** Why not chosen: «занят: 2 из 2», «нет согласия наставника», «ниже балл: 54 против 78». */
  readonly whyNot: string;
}

export interface Suggestion {
  readonly menteeId: string;
  readonly menteeName: string;
  readonly mentorId: string | null;
  readonly mentorName: string | null;
  readonly score: number;
  readonly reasons: string;
  readonly locked: boolean;
  /** The mentor's id when the mentor leads a group of several mentees. */
  readonly groupId: string | null;
  readonly alternatives: readonly Alternative[];
  /** For a mentee left without a mentor: the binding reason. */
  readonly unmatchedReason: string | null;
}

export interface SuggestResult {
  readonly suggestions: readonly Suggestion[];
  readonly matched: number;
  readonly totalScore: number;
}

/** Fit in integer points (0–10,000) for the solver; shown as a score of 0–100. */
const MAX_POINTS = 10_000;

export function suggestPairs(input: SuggestInput): SuggestResult {
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const rules: RuleOptions = { onlyTrained: input.onlyTrained ?? false, banned: new Set((input.banned ?? []).map((b) => pairKey(b.menteeId, b.mentorId))) };
  const mentors = [...input.mentors].sort(byId).map(prepareMentor);
  const mentorIndex = new Map(mentors.map((m, t) => [m.person.id, t]));
  const skip = new Set((input.existing ?? []).map((e) => e.menteeId));
  const load = new Map<string, number>();
  const addLoad = (id: string): void => {
    load.set(id, (load.get(id) ?? 0) + 1);
  };
  for (const e of input.existing ?? []) addLoad(e.mentorId);
  const lockedOf = new Map<string, number>();
  for (const l of input.locked ?? []) {
    const t = mentorIndex.get(l.mentorId);
    if (skip.has(l.menteeId) || t === undefined) continue;
    lockedOf.set(l.menteeId, t);
    addLoad(l.mentorId);
  }
  const mentees = input.mentees.filter((m) => !skip.has(m.id)).sort(bySupportThenId).map(prepareMentee);

  // Every pair scored once: raw points (rules aside, for alternatives) and whether the rules allow it.
  const values = new Float64Array(WEIGHT_KEYS.length);
  const raw = mentees.map((mentee) =>
    Int32Array.from(mentors, (mentor) => {
      criteriaValues(mentee, mentor, values);
      return Math.round(MAX_POINTS * weightedFit(values, weights));
    }),
  );
  const allowed = mentees.map((mentee) => Uint8Array.from(mentors, (mentor) => (forbiddenPrepared(mentee, mentor, rules) === null ? 1 : 0)));

  // Slots: one column per free place of each mentor, in id order.
  const slots: { mentor: number; index: number }[] = [];
  let maxCapacity = 1;
  mentors.forEach((mentor, t) => {
    maxCapacity = Math.max(maxCapacity, mentor.person.capacity);
    for (let k = load.get(mentor.person.id) ?? 0; k < mentor.person.capacity; k++) slots.push({ mentor: t, index: k });
  });
  const free = mentees.map((_, i) => i).filter((i) => !lockedOf.has(mentees[i].person.id));

  // Lexicographic integer costs: a rising per-slot penalty (k) < one point of fit (×P) < one more match (BIG).
  const P = free.length * maxCapacity + 1;
  const BIG = input.scoreFirst ? 0 : free.length * MAX_POINTS * P + 1;
  const assignment = solveAssignment({
    rows: free.length,
    columns: slots.length,
    cost: (r, j) => {
      const i = free[r];
      const slot = slots[j];
      if (!allowed[i][slot.mentor]) return null;
      const cost = -(BIG + raw[i][slot.mentor] * P) + slot.index;
      return cost < 0 ? cost : null;
    },
  });

  const chosen = new Map<number, number>(); // mentee index → mentor index
  free.forEach((i, r) => {
    if (assignment[r] >= 0) chosen.set(i, slots[assignment[r]].mentor);
  });
  mentees.forEach((mentee, i) => {
    const t = lockedOf.get(mentee.person.id);
    if (t !== undefined) chosen.set(i, t);
  });
  for (const [i, t] of chosen) if (!lockedOf.has(mentees[i].person.id)) addLoad(mentors[t].person.id);

  let totalScore = 0;
  const scoreOf = (i: number, t: number): number => Math.round(raw[i][t] / (MAX_POINTS / 100));
  const suggestions = mentees.map((mentee, i): Suggestion => {
    const t = chosen.get(i);
    const mentor = t === undefined ? null : mentors[t];
    const score = t === undefined ? 0 : scoreOf(i, t);
    totalScore += score;
    const leadsGroup =
      mentor !== null && (load.get(mentor.person.id) ?? 0) >= 2 && mentor.forms.has(normaliseWords(GROUP_FORMAT));
    return {
      menteeId: mentee.person.id,
      menteeName: mentee.person.fullName,
      mentorId: mentor?.person.id ?? null,
      mentorName: mentor?.person.fullName ?? null,
      score,
      reasons: mentor ? reasonsFor(mentee, mentor, weights).join('; ') : '',
      locked: lockedOf.has(mentee.person.id),
      groupId: leadsGroup && mentor ? mentor.person.id : null,
      alternatives: alternatives(i, t, mentees, mentors, raw, scoreOf, load, rules),
      unmatchedReason: mentor ? null : unmatchedReason(mentee, mentors, allowed[i], load, rules),
    };
  });
  return { suggestions, matched: chosen.size, totalScore };
}

/** The two best other mentors by score, allowed or not, and why each was not chosen. */
function alternatives(
  i: number,
  chosen: number | undefined,
  mentees: readonly PreparedMentee[],
  mentors: readonly PreparedMentor[],
  raw: readonly Int32Array[],
  scoreOf: (i: number, t: number) => number,
  load: ReadonlyMap<string, number>,
  rules: RuleOptions,
): Alternative[] {
  const best: number[] = [];
  for (let t = 0; t < mentors.length; t++) {
    if (t === chosen || mentors[t].person.id === mentees[i].person.id) continue;
    best.push(t);
    best.sort((a, b) => raw[i][b] - raw[i][a] || a - b);
    if (best.length > 2) best.pop();
  }
  const chosenScore = chosen === undefined ? 0 : scoreOf(i, chosen);
  return best.map((t) => {
    const mentor = mentors[t].person;
    const score = scoreOf(i, t);
    const taken = load.get(mentor.id) ?? 0;
    const whyNot =
      forbiddenPrepared(mentees[i], mentors[t], rules) ??
      (taken >= mentor.capacity ? `занят: ${taken} из ${mentor.capacity}` : chosen !== undefined ? `ниже балл: ${score} против ${chosenScore}` : 'не выбран');
    return { mentorId: mentor.id, mentorName: mentor.fullName, score, whyNot };
  });
}

function unmatchedReason(
  mentee: PreparedMentee,
  mentors: readonly PreparedMentor[],
  allowed: Uint8Array,
  load: ReadonlyMap<string, number>,
  rules: RuleOptions,
): string {
  if (!mentee.person.consent) return 'нет согласия на обработку персональных данных';
  const consenting = mentors.filter((m) => m.person.consent);
  if (consenting.length === 0) return 'нет наставников с согласием на обработку персональных данных';
  const fit = mentors.filter((_, t) => allowed[t] === 1);
  if (fit.length === 0) {
    const reasons = new Set(consenting.map((m) => forbiddenPrepared(mentee, m, rules)));
    if (mentee.requests.length > 0 && reasons.size === 1 && reasons.has('не закрывает ни одного запроса')) {
      return `ни один наставник не закрывает запросы: ${mentee.person.requests.join(', ')}`;
    }
    return `нет подходящих наставников (${[...reasons].filter((r) => r !== null).join('; ')})`;
  }
  return `все подходящие наставники заняты: ${fit.map((m) => `${m.person.fullName} (${load.get(m.person.id) ?? 0} из ${m.person.capacity})`).join(', ')}`;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Mentees waiting for a mentor since the last round come first. */
function bySupportThenId(a: Mentee, b: Mentee): number {
  const support = normaliseWords(SUPPORT_STATUS);
  const sa = normaliseWords(a.status) === support ? 0 : 1;
  const sb = normaliseWords(b.status) === support ? 0 : 1;
  return sa - sb || byId(a, b);
}
