/**
 * «Подобрать пары»: scores every allowed pair, assigns the whole cohort at once (as many mentees as the
 * rules allow, then the highest total score; or score first, as a setting), and explains each
 * suggestion, its two alternatives, and why a mentee got nobody.
 */
import { GROUP_FORMAT, sameWords } from '../catalog';
import type { Mentee, Mentor } from '../people';
import { SUPPORT_STATUS } from '../people';
import { solveAssignment } from './assignment';
import { DEFAULT_WEIGHTS, evaluateCriteria, scorePair, WEIGHT_KEYS, type Weights } from './criteria';
import { forbiddenReason, pairKey } from './rules';

export interface SuggestInput {
  readonly mentees: readonly Mentee[];
  readonly mentors: readonly Mentor[];
  readonly weights?: Partial<Weights>;
  readonly onlyTrained?: boolean;
  /** Maximise the total score, even if fewer mentees get a mentor. */
  readonly scoreFirst?: boolean;
  /** Pairs the coordinator locked: kept as they are. */
  readonly locked?: readonly { menteeId: string; mentorId: string }[];
  readonly banned?: readonly { menteeId: string; mentorId: string }[];
  /** Confirmed pairs: their mentees are skipped, their mentors' places are taken. */
  readonly existing?: readonly { menteeId: string; mentorId: string }[];
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

const MAX_POINTS = 10_000;

export function suggestPairs(input: SuggestInput): SuggestResult {
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const mentors = [...input.mentors].sort(byId);
  const banned = new Set((input.banned ?? []).map((b) => pairKey(b.menteeId, b.mentorId)));
  const rules = { onlyTrained: input.onlyTrained ?? false, banned };
  const skip = new Set((input.existing ?? []).map((e) => e.menteeId));
  const used = new Map<string, number>();
  for (const e of input.existing ?? []) used.set(e.mentorId, (used.get(e.mentorId) ?? 0) + 1);
  const lockedOf = new Map<string, string>();
  for (const l of input.locked ?? []) {
    if (skip.has(l.menteeId) || !mentors.some((m) => m.id === l.mentorId)) continue;
    lockedOf.set(l.menteeId, l.mentorId);
    used.set(l.mentorId, (used.get(l.mentorId) ?? 0) + 1);
  }
  const mentees = input.mentees.filter((m) => !skip.has(m.id)).sort(bySupportThenId);
  const free = mentees.filter((m) => !lockedOf.has(m.id));

  // Slots: one column per free place of each mentor, in id order.
  const slots: { mentor: number; index: number }[] = [];
  let maxCapacity = 1;
  mentors.forEach((mentor, t) => {
    const taken = used.get(mentor.id) ?? 0;
    maxCapacity = Math.max(maxCapacity, mentor.capacity);
    for (let k = taken; k < mentor.capacity; k++) slots.push({ mentor: t, index: k });
  });

  const totalWeight = WEIGHT_KEYS.reduce((sum, k) => sum + Math.max(0, weights[k]), 0) || 1;
  const pointsOf = (mentee: Mentee, mentor: Mentor): number =>
    Math.round((MAX_POINTS * evaluateCriteria(mentee, mentor).reduce((s, r) => s + Math.max(0, weights[r.key]) * r.value, 0)) / totalWeight);
  const points: (number | null)[][] = free.map((mentee) => mentors.map((mentor) => (forbiddenReason(mentee, mentor, rules) ? null : pointsOf(mentee, mentor))));

  // Lexicographic integer costs: a rising per-slot penalty (k) < one score point (×P) < one more match (BIG).
  const P = free.length * maxCapacity + 1;
  const BIG = input.scoreFirst ? 0 : free.length * MAX_POINTS * P + 1;
  const assignment = solveAssignment({
    rows: free.length,
    columns: slots.length,
    cost: (i, j) => {
      const slot = slots[j];
      const pts = points[i][slot.mentor];
      if (pts === null) return null;
      const cost = -(BIG + pts * P) + slot.index;
      return cost < 0 ? cost : null;
    },
  });

  const mentorOf = new Map<string, Mentor>();
  free.forEach((mentee, i) => {
    if (assignment[i] >= 0) mentorOf.set(mentee.id, mentors[slots[assignment[i]].mentor]);
  });
  for (const [menteeId, mentorId] of lockedOf) mentorOf.set(menteeId, mentors.find((m) => m.id === mentorId)!);
  const load = new Map<string, number>();
  for (const e of input.existing ?? []) load.set(e.mentorId, (load.get(e.mentorId) ?? 0) + 1);
  for (const mentor of mentorOf.values()) load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);

  let totalScore = 0;
  const suggestions = mentees.map((mentee): Suggestion => {
    const mentor = mentorOf.get(mentee.id) ?? null;
    const chosen = mentor ? explain(mentee, mentor, weights) : null;
    if (chosen) totalScore += chosen.score;
    const leadsGroup = mentor !== null && (load.get(mentor.id) ?? 0) >= 2 && mentor.forms.some((f) => sameWords(f, GROUP_FORMAT));
    return {
      menteeId: mentee.id,
      menteeName: mentee.fullName,
      mentorId: mentor?.id ?? null,
      mentorName: mentor?.fullName ?? null,
      score: chosen?.score ?? 0,
      reasons: chosen?.reasons ?? '',
      locked: lockedOf.has(mentee.id),
      groupId: leadsGroup && mentor ? mentor.id : null,
      alternatives: alternatives(mentee, mentor, chosen?.score ?? 0, mentors, load, rules, weights),
      unmatchedReason: mentor ? null : unmatchedReason(mentee, mentors, load, rules),
    };
  });
  return { suggestions, matched: mentorOf.size, totalScore };
}

function explain(mentee: Mentee, mentor: Mentor, weights: Weights): { score: number; reasons: string } {
  const { score, reasons } = scorePair(mentee, mentor, weights);
  return { score, reasons: reasons.join('; ') };
}

/** The two best other mentors by score, allowed or not, and why each was not chosen. */
function alternatives(
  mentee: Mentee,
  chosen: Mentor | null,
  chosenScore: number,
  mentors: readonly Mentor[],
  load: ReadonlyMap<string, number>,
  rules: { onlyTrained: boolean; banned: ReadonlySet<string> },
  weights: Weights,
): Alternative[] {
  return mentors
    .filter((m) => m.id !== chosen?.id && m.id !== mentee.id)
    .map((m) => ({ mentor: m, score: explain(mentee, m, weights).score }))
    .sort((a, b) => b.score - a.score || byId(a.mentor, b.mentor))
    .slice(0, 2)
    .map(({ mentor, score }) => {
      const forbidden = forbiddenReason(mentee, mentor, rules);
      const taken = load.get(mentor.id) ?? 0;
      const whyNot =
        forbidden ??
        (taken >= mentor.capacity
          ? `занят: ${taken} из ${mentor.capacity}`
          : chosen
            ? `ниже балл: ${score} против ${chosenScore}`
            : 'не выбран');
      return { mentorId: mentor.id, mentorName: mentor.fullName, score, whyNot };
    });
}

function unmatchedReason(
  mentee: Mentee,
  mentors: readonly Mentor[],
  load: ReadonlyMap<string, number>,
  rules: { onlyTrained: boolean; banned: ReadonlySet<string> },
): string {
  if (!mentee.consent) return 'нет согласия на обработку персональных данных';
  const consenting = mentors.filter((m) => m.consent);
  if (consenting.length === 0) return 'нет наставников с согласием на обработку персональных данных';
  const allowed = mentors.filter((m) => forbiddenReason(mentee, m, rules) === null);
  if (allowed.length === 0) {
    if (mentee.requests.length > 0 && consenting.every((m) => forbiddenReason(mentee, m, rules) === 'не закрывает ни одного запроса')) {
      return `ни один наставник не закрывает запросы: ${mentee.requests.join(', ')}`;
    }
    const reasons = [...new Set(mentors.map((m) => forbiddenReason(mentee, m, rules)).filter((r): r is string => r !== null))];
    return `нет подходящих наставников (${reasons.join('; ')})`;
  }
  const full = allowed.map((m) => `${m.fullName} (${load.get(m.id) ?? 0} из ${m.capacity})`);
  return `все подходящие наставники заняты: ${full.join(', ')}`;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Mentees waiting for a mentor since the last round come first. */
function bySupportThenId(a: Mentee, b: Mentee): number {
  const sa = sameWords(a.status, SUPPORT_STATUS) ? 0 : 1;
  const sb = sameWords(b.status, SUPPORT_STATUS) ? 0 : 1;
  return sa - sb || byId(a, b);
}
