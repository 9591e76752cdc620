/**
 * Dates in the domain are ISO strings 'YYYY-MM-DD' (no time, no time zone: no off-by-one-day traps),
 * with Russian formatting: «01.09.2022», «1 сентября 2022 г.», «2022-2023 учебный год».
 */
export type IsoDate = string;

export const MONTHS_NOMINATIVE = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
] as const;
export const MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
] as const;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date if `year-month-day` exists in the calendar, else null. */
export function validDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Reads a date as a person types it: «01.09.2022», «1.9.2022» or «2022-09-01». */
export function parseUserDate(text: string): IsoDate | null {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

/** «01.09.2022» */
export function formatRussianDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** «1 сентября 2022 г.» */
export function formatLongRussianDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS_GENITIVE[m - 1]} ${y} г.`;
}

/** «2022-2023 учебный год» */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1} учебный год`;
}

/** «2022-2023» or «2022–2023» → 2022; null unless the second year follows the first. */
export function parseSchoolYear(text: string): number | null {
  const m = /^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  return Number(m[2]) === start + 1 ? start : null;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
