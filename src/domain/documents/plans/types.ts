/**
 * The shapes of a personalised plan: the per-request data as written (texts that depend on who it is for),
 * and the plan as resolved for one pair or group (items for named mentees, placed in dated months).
 */

/** Who an activity is phrased for: one mentee or several, their subject and the mentor's. */
export interface Wording {
  readonly group: boolean;
  /** «наставляемого» / «наставляемых». */
  readonly gen: string;
  /** «наставляемым» / «наставляемыми» (by whom). */
  readonly ins: string;
  /** « по предмету «физика»» (the mentees' common subject) or ''. */
  readonly subj: string;
  /** « по предмету «химия»» (the mentor's subject) or ''. */
  readonly mentorSubj: string;
  readonly young: boolean;
  readonly newcomer: boolean;
  /** New to the school: a «новый сотрудник», or in the first year or two of work (see requests.ts isNewToSchool). */
  readonly newToSchool: boolean;
  readonly newRole: boolean;
  /** Five years of experience or more: the plan leans on the teacher's own practice rather than on basics. */
  readonly experienced: boolean;
  /** The singular or the plural variant of a phrase. */
  readonly pl: (one: string, many: string) => string;
}

export type Text = string | ((w: Wording) => string);

export interface RawActivity {
  readonly text: Text;
  readonly result: Text;
  readonly check: Text;
  /** Only for these mentees (e.g. young specialists); asked of each mentee alone. */
  readonly when?: (w: Wording) => boolean;
  /** The months (1–12) of the school calendar it belongs to; out of them `otherwise`, or nothing. */
  readonly months?: readonly number[];
  readonly otherwise?: RawActivity;
  /**
   * Work on the content of the mentee's subject done with the mentor (the mentor's lesson as a model, a joint
   * work programme, checking pupils' work by the subject's criteria): only where the mentor teaches that subject.
   * Elsewhere this activity instead — methods that carry over, the mentee's subject named as theirs, a colleague
   * of the subject or the методическое объединение for its content — or 'omit': not planned for that mentee.
   * Absent: the activity does not depend on the mentor's subject.
   */
  readonly crossSubject?: RawActivity | 'omit';
}

export interface RawTemplate {
  readonly goal: Text;
  readonly tasks: readonly Text[];
  readonly outcome: Text;
  readonly activities: readonly RawActivity[];
}

export const say = (text: Text, w: Wording): string => (typeof text === 'string' ? text : text(w));

/** One planned activity, for the named mentees (ids; all of the pair's when it is for everyone). */
export interface PlanItem {
  readonly text: string;
  readonly result: string;
  readonly check: string;
  readonly for: readonly string[];
  /** The months (1–12) it must go in; none: any month. */
  readonly months?: readonly number[];
}

export interface PlanRow extends PlanItem {
  readonly date: string;
}

export interface PlanMonth {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** «Октябрь 2026». */
  readonly label: string;
  readonly rows: readonly PlanRow[];
}

export interface RequestTemplate {
  /** The request as the mentee wrote it (the catalogue's spelling when known). */
  readonly request: string;
  /** One of DIFFICULTIES; false: a request typed by hand, planned generically under its own name. */
  readonly known: boolean;
  readonly goal: string;
  readonly tasks: readonly string[];
  readonly outcome: string;
  readonly activities: readonly PlanItem[];
}
