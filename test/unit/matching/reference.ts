/**
 * Today's solver before issue 14, kept as the reference: every pair scored, the dense Hungarian
 * (src/domain/matching/assignment.ts) over one column per place. The bench and the tests compare the new
 * sparse solver's optimum (count, total points, load penalty) with it.
 */
import { solveAssignment } from '../../../src/domain/matching/assignment';
import { criteriaValues, DEFAULT_WEIGHTS, WEIGHT_KEYS, type Weights, weightedFit } from '../../../src/domain/matching/criteria';
import { prepareMentee, prepareMentor } from '../../../src/domain/matching/prepared';
import { forbiddenPrepared, pairKey } from '../../../src/domain/matching/rules';
import type { SuggestInput } from '../../../src/domain/matching/suggest';
import type { Mentee } from '../../../src/domain/people';

export interface Objective {
  readonly matched: number;
  /** Σ fit points (0–10,000 each) of the pairs made. */
  readonly points: number;
  /** Σ place index over the pairs made (the load-spreading tie rule). */
  readonly penalty: number;
}

const MAX_POINTS = 10_000;

/** Count-first only (as today's default); no locks. */
export function referenceSuggest(input: SuggestInput): Objective & { pairs: Map<string, string> } {
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const rules = { onlyTrained: input.onlyTrained ?? false, banned: new Set((input.banned ?? []).map((b) => pairKey(b.menteeId, b.mentorId))) };
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const mentors = [...input.mentors].sort(byId).map(prepareMentor);
  const mentees = [...input.mentees].sort(byId as (a: Mentee, b: Mentee) => number).map(prepareMentee);
  const values = new Float64Array(WEIGHT_KEYS.length);
  const raw = mentees.map((mentee) =>
    Int32Array.from(mentors, (mentor) => {
      criteriaValues(mentee, mentor, values);
      return Math.round(MAX_POINTS * weightedFit(values, weights));
    }),
  );
  const allowed = mentees.map((mentee) => Uint8Array.from(mentors, (mentor) => (forbiddenPrepared(mentee, mentor, rules) === null ? 1 : 0)));
  const slots: { mentor: number; index: number }[] = [];
  let maxCapacity = 1;
  mentors.forEach((mentor, t) => {
    maxCapacity = Math.max(maxCapacity, mentor.person.capacity);
    for (let k = 0; k < mentor.person.capacity; k++) slots.push({ mentor: t, index: k });
  });
  const P = mentees.length * maxCapacity + 1;
  const BIG = mentees.length * MAX_POINTS * P + 1;
  const assignment = solveAssignment({
    rows: mentees.length,
    columns: slots.length,
    cost: (i, j) => {
      const slot = slots[j];
      if (!allowed[i][slot.mentor]) return null;
      const cost = -(BIG + raw[i][slot.mentor] * P) + slot.index;
      return cost < 0 ? cost : null;
    },
  });
  const pairs = new Map<string, string>();
  let points = 0;
  let penalty = 0;
  assignment.forEach((j, i) => {
    if (j < 0) return;
    pairs.set(mentees[i].person.id, mentors[slots[j].mentor].person.id);
    points += raw[i][slots[j].mentor];
    penalty += slots[j].index;
  });
  return { matched: pairs.size, points, penalty, pairs };
}
