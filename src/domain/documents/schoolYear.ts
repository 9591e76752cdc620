/**
 * The school year's calendar in one place: its first and last day of lessons, the pupils' holidays, public
 * holidays, the olympiad stages and the ГИА periods; and the days a mentor and a mentee can meet.
 */
import { daysInMonth, formatRussianDate, type IsoDate, isoDate } from '../dates';

export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface SchoolYear {
  /** 2022 for 2022–2023. */
  readonly startYear: number;
  /** 1 September. */
  readonly start: IsoDate;
  /** 31 May: the last day a programme plans meetings; June–August are the pupils' summer holidays. */
  readonly end: IsoDate;
  readonly autumn: Period;
  readonly winter: Period;
  readonly spring: Period;
  /** ВсОШ: the school stage (September–October) and the municipal stage (November–December). */
  readonly olympiadSchool: Period;
  readonly olympiadMunicipal: Period;
  /** Итоговое сочинение (изложение), 11th form: the first Wednesday of December. */
  readonly finalEssay: IsoDate;
  /** Итоговое собеседование по русскому языку, 9th form: the second Wednesday of February. */
  readonly finalInterview: IsoDate;
  /** The main period of ГИА-9 and ГИА-11: May–June. */
  readonly gia: Period;
  /** The year's промежуточная аттестация of the pupils, before the end of lessons. */
  readonly yearAssessment: Period;
}

/*
 * Sources. Pupils' holidays are set by each school's calendar (Федеральный закон № 273-ФЗ, ст. 28 ч. 3 п. 6);
 * the dates here are the typical ones of the Ministry's recommended calendars (the federal calendar of the
 * ФОП, приказы Минпросвещения России от 18.05.2023 № 370–372): autumn — the nine days from the last Saturday
 * of October (2022: 29.10–06.11), winter — 29 December to 8 January, spring — the nine days from the Saturday
 * of 21–27 March. ВсОШ: Порядок проведения, приказ Минпросвещения России от 27.11.2020 № 678 (school stage
 * ends by 1 November, municipal by 25 December). ГИА: Порядки ГИА-9 и ГИА-11 (приказы Минпросвещения России и
 * Рособрнадзора от 04.04.2023 № 232/551 и № 233/552; before them № 189/1513 и № 190/1512 от 07.11.2018):
 * итоговое сочинение — первая среда декабря, итоговое собеседование — вторая среда февраля, основной период —
 * по единому расписанию, май–июнь. Public holidays: ТК РФ ст. 112; the yearly transfers of days off
 * (a government decree each year) are not modelled: meetings avoid the days next to a holiday instead.
 */

const weekday = (date: IsoDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const addDays = (date: IsoDate, days: number): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first date of `month` on or after `fromDay` that falls on `day` (0 = Sunday … 6 = Saturday). */
function nthWeekday(year: number, month: number, fromDay: number, day: number): IsoDate {
  const first = isoDate(year, month, fromDay);
  return addDays(first, (day - weekday(first) + 7) % 7);
}

const nineDaysFrom = (from: IsoDate): Period => ({ from, to: addDays(from, 8) });

export function schoolYear(startYear: number): SchoolYear {
  const next = startYear + 1;
  return {
    startYear,
    start: isoDate(startYear, 9, 1),
    end: isoDate(next, 5, 31),
    autumn: nineDaysFrom(nthWeekday(startYear, 10, 24, 6)),
    winter: { from: isoDate(startYear, 12, 29), to: isoDate(next, 1, 8) },
    spring: nineDaysFrom(nthWeekday(next, 3, 21, 6)),
    olympiadSchool: { from: isoDate(startYear, 9, 15), to: isoDate(startYear, 10, 31) },
    olympiadMunicipal: { from: isoDate(startYear, 11, 1), to: isoDate(startYear, 12, 25) },
    finalEssay: nthWeekday(startYear, 12, 1, 3),
    finalInterview: nthWeekday(next, 2, 8, 3),
    gia: { from: isoDate(next, 5, 20), to: isoDate(next, 6, 30) },
    yearAssessment: { from: isoDate(next, 4, 15), to: isoDate(next, 5, 25) },
  };
}

/** The school year a date belongs to: September–August → the September's year. */
export function schoolYearOf(date: IsoDate): number {
  const [y, m] = date.split('-').map(Number);
  return m >= 9 ? y : y - 1;
}

/** Non-working public holidays (ТК РФ ст. 112), as month-day. */
const PUBLIC_HOLIDAYS = ['01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08', '02-23', '03-08', '05-01', '05-09', '06-12', '11-04'];

const within = (date: IsoDate, p: Period): boolean => date >= p.from && date <= p.to;
const isPublicHoliday = (date: IsoDate): boolean => PUBLIC_HOLIDAYS.includes(date.slice(5));

/** A day of the pupils' holidays (autumn, winter, spring or summer) or a public holiday. */
export function isHoliday(date: IsoDate): boolean {
  const year = schoolYear(schoolYearOf(date));
  if (date < year.start || date > year.end) return true;
  return isPublicHoliday(date) || within(date, year.autumn) || within(date, year.winter) || within(date, year.spring);
}

/**
 * A day a meeting can be planned: Tuesday to Thursday (Mondays and Fridays are where the yearly transfers of
 * days off fall), in term time, neither a holiday nor next to one.
 */
export function isMeetingDay(date: IsoDate): boolean {
  const day = weekday(date);
  if (day < 2 || day > 4) return false;
  return !isHoliday(date) && !isPublicHoliday(addDays(date, -1)) && !isPublicHoliday(addDays(date, 1));
}

/** The meeting days of a calendar month between `from` and `to` (both included), in order. */
export function meetingDays(year: number, month: number, from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const date = isoDate(year, month, d);
    if (date >= from && date <= to && isMeetingDay(date)) days.push(date);
  }
  return days;
}

const span = (p: Period): string => `${formatRussianDate(p.from)}–${formatRussianDate(p.to)}`;

/** What the programme's dates follow, as a statement of the programme a director can check against the school's calendar. */
export function calendarNote(year: SchoolYear): string {
  return (
    `Сроки мероприятий согласованы с календарём ${year.startYear}-${year.startYear + 1} учебного года: каникулы — осенние ${span(year.autumn)}, ` +
    `зимние ${span(year.winter)}, весенние ${span(year.spring)}; ` +
    'школьный этап всероссийской олимпиады школьников — сентябрь–октябрь, муниципальный — ноябрь–декабрь; ' +
    `итоговое сочинение — ${formatRussianDate(year.finalEssay)}, итоговое собеседование — ${formatRussianDate(year.finalInterview)}; ` +
    'государственная итоговая аттестация — май–июнь. Встречи не планируются на каникулы и праздничные дни.'
  );
}
