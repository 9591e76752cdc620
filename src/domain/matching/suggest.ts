/**
 * «Подобрать пары»: scores every pair once, assigns the whole cohort at once (as many mentees as the
 * rules allow, then the highest total score; or score first, as a setting), explains each suggestion and
 * its alternatives, and states the bound — the most mentees any assignment could match — with its reasons.
 */
import { GROUP_FORMAT, normaliseWords } from '../catalog';
import type { Mentee, Mentor } from '../people';
import { maximumMatching } from './certificate';
import { buildCohort, type PairRef, scoreCohort } from './cohort';
import { criteriaValues, DEFAULT_WEIGHTS, fitPoints, MAX_POINTS, reasonsFor, shownScore, WEIGHT_KEYS, type Weights } from './criteria';
import { changeText, type PreviousSuggestion, type Solved, shortList, unmatchedReason, whyNot } from './explain';
import { pairKey, type RuleOptions } from './rules';
import { solveSparse } from './sparseAssignment';


export interface SuggestInput {
  readonly mentees: readonly Mentee[];
  readonly mentors: readonly Mentor[];
  readonly weights?: Partial<Weights>;
  readonly onlyTrained?: boolean;
  /** Maximise the total score first, then the number of pairs. */
  readonly scoreFirst?: boolean;
  /** Pairs the coordinator approved: kept as they are. */
  readonly locked?: readonly PairRef[];
  readonly banned?: readonly PairRef[];
  /** Confirmed pairs: their mentees are skipped, their mentors' places are taken. */
  readonly existing?: readonly PairRef[];
  /** What «Подбор» showed before this run, to say what changed and why. */
  readonly previous?: readonly PreviousSuggestion[];
}

export interface Alternative {
  readonly mentorId: string;
  readonly mentorName: string;
  readonly score: number;
  /** Why not chosen: «занята: 2 из 2», «нет согласия наставника», «ниже балл: 54 против 78». */
  readonly whyNot: string;
}

export interface Suggestion {
  readonly menteeId: string;
  readonly menteeName: string;
  readonly mentorId: string | null;
  readonly mentorName: string | null;
  readonly score: number;
  /** The fit points behind the score (0–10,000). */
  readonly points: number;
  readonly reasons: string;
  readonly locked: boolean;
  /** The mentor's id when the mentor leads a group of several mentees. */
  readonly groupId: string | null;
  readonly alternatives: readonly Alternative[];
  /** For a mentee left without a mentor: the binding reason. */
  readonly unmatchedReason: string | null;
  /** Against `previous`: what was suggested and why it changed; null when unchanged or unknown. */
  readonly change: string | null;
}

/** The bound next to the result and why it is not higher. */
export interface Certificate {
  /** The most mentees any assignment could match under these rules (approved rows included). */
  readonly bound: number;
  readonly mentees: number;
  readonly matched: number;
  /** The binding reason per group of mentees who cannot all be matched. */
  readonly groups: readonly { readonly reason: string; readonly menteeIds: readonly string[] }[];
  /** The certificate in Russian, one line each. */
  readonly lines: readonly string[];
}

export interface SuggestResult {
  readonly suggestions: readonly Suggestion[];
  readonly matched: number;
  readonly totalScore: number;
  /** Σ fit points and Σ place penalties of the solver's pairs: with `matched`, the optimum compared. */
  readonly points: number;
  readonly penalty: number;
  readonly certificate: Certificate;
  /** Duplicate IDs, conflicting approvals: for the coordinator, in Russian. */
  readonly problems: readonly string[];
}

/** Doubles hold integers exactly below 2^53; potentials may reach about twice the largest total. */
const EXACT = 2 ** 52;

export function suggestPairs(input: SuggestInput): SuggestResult {
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const rules: RuleOptions = { onlyTrained: input.onlyTrained ?? false, banned: new Set((input.banned ?? []).map((b) => pairKey(b.menteeId, b.mentorId))) };
  const cohort = buildCohort(input);
  const { mentees, mentors, taken, lockedOf } = cohort;
  const cand = scoreCohort(cohort, weights, rules);
  const n = cand.rowMentee.length;

  // Columns: mentors someone may take, with places capped at what can be used.
  const columnOf = new Int32Array(mentors.length).fill(-1);
  const columnMentor: number[] = [];
  mentors.forEach((_, t) => {
    if (cand.takers[t] > 0) {
      columnOf[t] = columnMentor.length;
      columnMentor.push(t);
    }
  });
  const m = columnMentor.length;
  const places = Int32Array.from(columnMentor, (t) => Math.min(mentors[t].person.capacity - taken[t], cand.takers[t]));
  let maxPenalty = 0;
  let lastPlace = 0;
  columnMentor.forEach((t, j) => {
    lastPlace = Math.max(lastPlace, taken[t] + places[j] - 1);
    maxPenalty += places[j] * taken[t] + (places[j] * (places[j] - 1)) / 2;
  });
  const column = new Int32Array(cand.mentor.length);
  for (let e = 0; e < column.length; e++) column[e] = columnOf[cand.mentor[e]];

  // Lexicographic integer values: the place penalty (< P in total) < a match or a point, by the mode.
  let spread = true;
  let P = Math.min(maxPenalty, n * lastPlace) + 1;
  let values = encode(n, P, input.scoreFirst ?? false);
  if (2 * n * (values.matchValue + MAX_POINTS * values.pointValue) >= EXACT) {
    // A cohort too large to keep the load rule exact: the count and the score stay exact without it.
    spread = false;
    P = 1;
    values = encode(n, P, input.scoreFirst ?? false);
  }
  const firstPenalty = spread ? Int32Array.from(columnMentor, (t) => taken[t]) : new Int32Array(m);
  const assignment = solveSparse({ rows: n, columns: m, rowStart: cand.rowStart, column, points: cand.points, ...values, places, firstPenalty });

  const chosen = new Int32Array(mentees.length).fill(-1);
  const load = Int32Array.from(taken);
  const pairPoints = new Int32Array(mentees.length);
  let points = 0;
  for (let r = 0; r < n; r++) {
    const j = assignment[r];
    if (j < 0) continue;
    const i = cand.rowMentee[r];
    chosen[i] = columnMentor[j];
    load[columnMentor[j]]++;
    for (let e = cand.rowStart[r]; e < cand.rowStart[r + 1]; e++) if (column[e] === j) pairPoints[i] = cand.points[e];
    points += pairPoints[i];
  }
  let penalty = 0;
  columnMentor.forEach((t) => {
    for (let k = taken[t]; k < load[t]; k++) penalty += k;
  });
  const scratch = new Float64Array(WEIGHT_KEYS.length);
  const pointsOf = (i: number, t: number): number => {
    criteriaValues(mentees[i], mentors[t], scratch);
    return fitPoints(scratch, weights);
  };
  for (const [i, t] of lockedOf) {
    chosen[i] = t;
    pairPoints[i] = pointsOf(i, t);
  }
  const solved: Solved = { mentees, mentors, weights, rules, load, chosen, locked: lockedOf, spread, points: pointsOf };
  const mentorIndex = new Map(mentors.map((mt, t) => [mt.person.id, t]));
  const previous = new Map((input.previous ?? []).map((p) => [p.menteeId, p]));

  let totalScore = 0;
  let matched = 0;
  const suggestions = mentees.map((mentee, i): Suggestion => {
    const t = chosen[i];
    const mentor = t >= 0 ? mentors[t] : null;
    const score = mentor ? shownScore(pairPoints[i]) : 0;
    if (mentor) {
      matched++;
      totalScore += score;
    }
    const locked = lockedOf.has(i);
    const leadsGroup = mentor !== null && load[t] >= 2 && mentor.forms.has(normaliseWords(GROUP_FORMAT));
    const reasons = mentor ? [...(locked ? ['утверждено куратором'] : []), ...reasonsFor(mentee, mentor, weights)].join('; ') : '';
    const before = previous.get(mentee.person.id);
    return {
      menteeId: mentee.person.id,
      menteeName: mentee.person.fullName,
      mentorId: mentor?.person.id ?? null,
      mentorName: mentor?.person.fullName ?? null,
      score,
      points: mentor ? pairPoints[i] : 0,
      reasons,
      locked,
      groupId: leadsGroup && mentor ? mentor.person.id : null,
      alternatives: alternatives(solved, i, cand.best3),
      unmatchedReason: mentor ? null : unmatchedReason(solved, i),
      change: before ? changeText(solved, i, before, mentorIndex) : null,
    };
  });

  const flow = maximumMatching({ rows: n, columns: m, rowStart: cand.rowStart, column, places });
  const certificate = certify(solved, suggestions, flow, cand.rowMentee, columnMentor, lockedOf.size, input.scoreFirst ?? false);
  return { suggestions, matched, totalScore, points, penalty, certificate, problems: cohort.problems };
}

/** Count first: one more match outranks every point; score first: one more point outranks every match. */
function encode(rows: number, P: number, scoreFirst: boolean): { matchValue: number; pointValue: number } {
  return scoreFirst ? { matchValue: P, pointValue: (rows + 1) * P } : { matchValue: (rows * MAX_POINTS + 1) * P, pointValue: P };
}

/** The two best other mentors by score, allowed or not, and why each was not chosen. */
function alternatives(s: Solved, i: number, best3: Int32Array): Alternative[] {
  const out: Alternative[] = [];
  for (let k = 0; k < 3 && out.length < 2; k++) {
    const t = best3[i * 3 + k];
    if (t < 0 || t === s.chosen[i]) continue;
    const mentor = s.mentors[t].person;
    out.push({ mentorId: mentor.id, mentorName: mentor.fullName, score: shownScore(s.points(i, t)), whyNot: whyNot(s, i, t) });
  }
  return out;
}

/** The bound, and one binding reason per group of mentees who cannot all get a mentor. */
function certify(
  s: Solved,
  suggestions: readonly Suggestion[],
  flow: ReturnType<typeof maximumMatching>,
  rowMentee: Int32Array,
  columnMentor: readonly number[],
  lockedCount: number,
  scoreFirst: boolean,
): Certificate {
  const bound = flow.maximum + lockedCount;
  const matched = suggestions.filter((x) => x.mentorId !== null).length;
  const groups: { reason: string; menteeIds: string[] }[] = [];
  const nameOf = new Map(suggestions.map((x) => [x.menteeId, x.menteeName]));
  const unmatched = new Set(suggestions.filter((x) => x.mentorId === null).map((x) => x.menteeId));
  // Mentees no mentor may take, by the rule that stops them.
  const byReason = new Map<string, string[]>();
  suggestions.forEach((x, i) => {
    if (x.mentorId !== null || s.locked.has(i)) return;
    const reason = x.unmatchedReason ?? '';
    if (reason.startsWith('все подходящие наставники заняты') || reason.startsWith('не подобран')) return;
    byReason.set(reason, [...(byReason.get(reason) ?? []), x.menteeId]);
  });
  for (const [reason, ids] of byReason) groups.push({ reason, menteeIds: ids });
  // Mentees whose only possible mentors have fewer places than they are.
  for (const g of flow.groups) {
    const ids = g.rows.map((r) => s.mentees[rowMentee[r]].person.id);
    const mentors = g.columns.map((j) => columnMentor[j]);
    const names = mentors.map((t) => `${s.mentors[t].person.fullName} (${s.load[t]} из ${s.mentors[t].person.capacity})`);
    const word = ids.length % 10 === 1 && ids.length % 100 !== 11 ? 'наставляемого' : 'наставляемых';
    groups.push({
      reason: `для ${ids.length} ${word} подходят только ${shortList(names)} — свободных мест у них было ${g.places}, без пары остаются ${ids.length - g.places}`,
      menteeIds: ids.filter((id) => unmatched.has(id)),
    });
  }
  const lines = [`Наибольшее возможное число пар при этих правилах: ${bound} из ${suggestions.length}; подобрано: ${matched}.`];
  if (matched < bound && scoreFirst) lines.push('Подобрано меньше возможного, потому что включено «Подбор: сначала общий балл».');
  if (bound < suggestions.length) {
    lines.push('Почему больше невозможно:');
    for (const g of groups) {
      const who = g.menteeIds.map((id) => nameOf.get(id) ?? id);
      lines.push(`• ${g.reason}${who.length > 0 ? `; без пары: ${shortList(who)}` : ''}.`);
    }
  }
  return { bound, mentees: suggestions.length, matched, groups, lines };
}

