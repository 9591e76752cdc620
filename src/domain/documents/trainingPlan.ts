/**
 * «План обучения наставников» (stage 7.2): the установочные сессии with theme, date, hours and form, the rule by
 * which training counts as done, and the record of who attended what (one row per mentor).
 */
import { formatRussianDate, type IsoDate } from '../dates';
import { NO_BASIS } from '../events/training';
import type { ProgrammeSettings } from '../programme';
import { type DocumentModel, h1, h2, p, pAligned, table } from './model';
import { BLANK, initialsFirst, NBSP, school, signedApproval, surnameFirst, typeset, typesetModel, yearDigits, yearLabel } from './phrases';

export interface PlannedSession {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly hours: number | null;
  readonly form: string;
  readonly status: string;
}

export interface MentorRecord {
  readonly fullName: string;
  /** Session ids the mentor attended. */
  readonly attended: readonly string[];
  readonly trained: boolean;
  readonly basis: string;
}

export interface TrainingPlanInput {
  readonly settings: ProgrammeSettings;
  readonly sessions: readonly PlannedSession[];
  readonly mentors: readonly MentorRecord[];
  /** «посещены все проведённые установочные сессии». */
  readonly rule: string;
}

/** «удостоверение № _____ от _____»: a course elsewhere whose certificate the curator writes in by hand. */
const CERTIFICATE_BLANK = `удостоверение №${NBSP}${BLANK} от ${BLANK}`;

export function trainingPlanDocument(input: TrainingPlanInput): DocumentModel {
  const { settings, sessions, mentors } = input;
  const held = sessions.filter((s) => s.status === 'проведено');
  // Training counts only with its basis (the rule below asks for the certificate): a tick without one says so.
  // In the signed plan a missing basis is the curator's blank to fill in by hand (the coordinator is told which).
  const unfoundedMark = (m: MentorRecord): boolean => m.trained && (m.basis.trim() === '' || m.basis.trim() === NO_BASIS);
  const basisOf = (m: MentorRecord): string => (unfoundedMark(m) ? CERTIFICATE_BLANK : m.basis.trim());
  const trained = mentors.filter((m) => m.trained);
  const unfounded = trained.filter(unfoundedMark).length;
  return typesetModel({
    fileName: `План обучения наставников — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      // The plan is the director's to approve, signed by hand on a date of her own, as a personal programme is.
      signedApproval(settings, settings.schoolYearStart),
      pAligned('center', typeset(settings.schoolFullName)),
      h1('План обучения наставников'),
      pAligned('center', `(установочные сессии наставников) на ${yearLabel(settings)}`),
      p(`Этап 7 дорожной карты «Отбор и обучение»: обучение наставников ${school(settings)} для работы с наставляемыми. Обучение считается пройденным, если ${input.rule}; обучение, пройденное вне школы (курсы повышения квалификации), отмечается куратором с указанием удостоверения.`),
      h2('1. Установочные сессии'),
      table(
        ['№', 'Тема', 'Дата', 'Часов', 'Форма', 'Состояние'],
        sessions.map((s, i) => [String(i + 1), s.title, formatRussianDate(s.date), s.hours === null ? '' : String(s.hours), s.form, s.status]),
      ),
      h2('2. Учёт посещения'),
      table(
        ['№', 'Наставник', ...held.map((_, i) => `Сессия ${sessions.indexOf(held[i]) + 1}`), 'Обучение пройдено', 'Основание'],
        mentors.map((m, i) => [
          String(i + 1),
          surnameFirst(m.fullName),
          ...held.map((s) => (m.attended.includes(s.id) ? '+' : '—')),
          m.trained ? 'да' : 'нет',
          basisOf(m),
        ]),
      ),
      p(`Проведено сессий: ${held.length} из ${sessions.length}. Прошли обучение: ${trained.length} из ${mentors.length} наставников${unfounded > 0 ? `, из них удостоверение вписывается вручную: ${unfounded}` : ''}.`),
      { kind: 'signatures', lines: [{ role: 'Куратор программы наставничества', name: initialsFirst(settings.coordinatorName) }] },
    ],
  });
}
