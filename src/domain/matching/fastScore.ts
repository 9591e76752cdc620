/**
 * The hot loop of scoring a district: words interned to numbers and sets to bitsets once, so each of the
 * millions of pairs is a few integer operations. Same arithmetic, in the same order, as criteriaValues and
 * weightedFit (a unit test checks equality), and the same verdict as forbiddenPrepared.
 */
import { QUALIFICATIONS } from '../catalog';
import { WEIGHT_KEYS, type Weights } from './criteria';
import type { PreparedMentee, PreparedMentor } from './prepared';
import { pairKey, type RuleOptions } from './rules';

const FULL_EXPERIENCE_GAP = 10;

class Vocabulary {
  private readonly ids = new Map<string, number>();
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
  get words(): number {
    return Math.max(1, Math.ceil(this.ids.size / 32));
  }
}

function bitset(ids: readonly number[], words: number): Uint32Array {
  const bits = new Uint32Array(words);
  for (const id of ids) bits[id >>> 5] |= 1 << (id & 31);
  return bits;
}

const meets = (a: Uint32Array, b: Uint32Array): boolean => {
  for (let w = 0; w < a.length; w++) if ((a[w] & b[w]) !== 0) return true;
  return false;
};

export interface PairScorer {
  /** Fit points of mentee i with mentor t. */
  points(i: number, t: number): number;
  /** Whether the hard rules allow the pair (the same person excluded by the caller). */
  allowed(i: number, t: number): boolean;
}

export function pairScorer(mentees: readonly PreparedMentee[], mentors: readonly PreparedMentor[], weights: Weights, rules: RuleOptions): PairScorer {
  const words = new Vocabulary();
  const forms = new Vocabulary();
  const times = new Vocabulary();
  const subjects = new Vocabulary();
  const menteeRequests = mentees.map((m) => Int32Array.from(m.requests, (r) => words.id(r)));
  const mentorWords = mentors.map((m) => [...m.competences].map((c) => words.id(c)));
  const menteeForms = mentees.map((m) => [...m.forms].map((f) => forms.id(f)));
  const mentorForms = mentors.map((m) => [...m.forms].map((f) => forms.id(f)));
  const menteeTimes = mentees.map((m) => [...m.times].map((f) => times.id(f)));
  const mentorTimes = mentors.map((m) => [...m.times].map((f) => times.id(f)));
  const competence = mentorWords.map((ids) => bitset(ids, words.words));
  const fm = menteeForms.map((ids) => bitset(ids, forms.words));
  const ft = mentorForms.map((ids) => bitset(ids, forms.words));
  const tm = menteeTimes.map((ids) => bitset(ids, times.words));
  const tt = mentorTimes.map((ids) => bitset(ids, times.words));
  const menteeSubject = Int32Array.from(mentees, (m) => (m.subject === '' ? -1 : subjects.id(m.subject)));
  const mentorSubject = Int32Array.from(mentors, (m) => subjects.id(m.subject));
  const w = Float64Array.from(WEIGHT_KEYS, (k) => Math.max(0, weights[k]));
  const ranks = QUALIFICATIONS.length - 1;
  const bans = new Map<number, Set<string>>();
  if (rules.banned.size > 0) {
    mentees.forEach((m, i) => {
      const mine = new Set(mentors.filter((t) => rules.banned.has(pairKey(m.person.id, t.person.id))).map((t) => t.person.id));
      if (mine.size > 0) bans.set(i, mine);
    });
  }
  const covered = (i: number, t: number): number => {
    const requests = menteeRequests[i];
    const bits = competence[t];
    let c = 0;
    for (let k = 0; k < requests.length; k++) if ((bits[requests[k] >>> 5] & (1 << (requests[k] & 31))) !== 0) c++;
    return c;
  };
  return {
    points(i, t) {
      const mentee = mentees[i];
      const mentor = mentors[t];
      const total = menteeRequests[i].length;
      const v0 = total === 0 ? 0 : covered(i, t) / total;
      const v1 = menteeSubject[i] !== -1 && menteeSubject[i] === mentorSubject[t] ? 1 : 0;
      const a = mentor.person.experience;
      const b = mentee.person.experience;
      const v2 = a === null || b === null ? 0 : Math.max(0, Math.min(1, (a - b) / FULL_EXPERIENCE_GAP));
      const v3 = mentor.rank < 0 ? 0 : mentor.rank / ranks;
      const v4 = meets(fm[i], ft[t]) ? 1 : 0;
      const v5 = meets(tm[i], tt[t]) ? 1 : 0;
      let sum = 0;
      let all = 0;
      sum += w[0] * v0;
      all += w[0];
      sum += w[1] * v1;
      all += w[1];
      sum += w[2] * v2;
      all += w[2];
      sum += w[3] * v3;
      all += w[3];
      sum += w[4] * v4;
      all += w[4];
      sum += w[5] * v5;
      all += w[5];
      return Math.round(10_000 * (all === 0 ? 0 : sum / all));
    },
    allowed(i, t) {
      const mentee = mentees[i].person;
      const mentor = mentors[t].person;
      if (!mentor.consent || !mentee.consent || mentor.capacity <= 0) return false;
      if (rules.onlyTrained && !mentor.trained) return false;
      if (bans.get(i)?.has(mentor.id)) return false;
      return menteeRequests[i].length === 0 || covered(i, t) > 0;
    },
  };
}
