/**
 * What the document texts are written from: the settings, and people and pairs as the sheets hold them.
 * src/app reads the sheets into these; the texts never see a sheet.
 */
import type { IsoDate } from '../dates';

export interface DocPerson {
  readonly id: string;
  /** «Иванова Анна Сергеевна». */
  readonly fullName: string;
  readonly email: string;
  /** «учитель начальных классов»; '' when unknown. */
  readonly position: string;
  /** «математика»; '' when unknown. */
  readonly subject: string;
  readonly experience: number | null;
}

export interface DocMentor extends DocPerson {
  readonly qualification: string;
  readonly competences: readonly string[];
}

export interface DocMentee extends DocPerson {
  /** «молодой специалист», see MENTEE_CATEGORIES. */
  readonly category: string;
  /** Professional requests, words of DIFFICULTIES (others may appear: typed by hand). */
  readonly requests: readonly string[];
  /** The mentee's own words on the difficulties; may be ''. */
  readonly description: string;
}

export interface DocPair {
  /** «П-001». */
  readonly id: string;
  readonly mentor: DocMentor;
  /** One for a pair, several for a group. */
  readonly mentees: readonly DocMentee[];
  /** «педагог – педагог», see MENTORING_FORMS. */
  readonly form: string;
  readonly start: IsoDate;
  /** The programme's end: the end of the school year (31 May) unless the pair ends sooner. */
  readonly end: IsoDate;
}

/** A roadmap stage with what the report says about it. */
export interface StageReport {
  readonly number: string;
  readonly title: string;
  readonly plannedText: string;
  /** «выполнен», «идёт», … (STAGE_STATES). */
  readonly state: string;
  /** Evidence lines: «Наставляемых в банке: 12», «Приказ: https://…». */
  readonly evidence: readonly string[];
}
