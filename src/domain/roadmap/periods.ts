/**
 * Reads the Russian period wordings of a roadmap cell into date ranges: «Август 2022 г.»,
 * «Август-сентябрь 2022 г.», «Сентябрь -октябрь 2022 г.», «декабрь 2022 – январь 2023 г.»,
 * «В течение 2022-2023 учебного года», «01.09.2022», «01.09.2022 – 15.09.2022», «15 сентября 2022 г.».
 * A cell may hold several wordings (lines, or runs of spaces). What it cannot read is returned as
 * unreadable, never guessed.
 */
import { type IsoDate, isoDate, lastDayOfMonth, MONTHS_GENITIVE, MONTHS_NOMINATIVE, parseUserDate, validDate } from '../dates';

export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface ParsedPeriod extends DateRange {
  /** The wording it was read from, as typed. */
  readonly source: string;
}

export interface PeriodParse {
  readonly ranges: readonly ParsedPeriod[];
  readonly unreadable: readonly string[];
}

/**
 * A school year runs from 1 September to 31 May: lessons and the programme's work end in May
 * (stage 9 of the seed, «Май»), and a stage «в течение учебного года» is overdue once it is over.
 */
export const SCHOOL_YEAR_START = { month: 9, day: 1 } as const;
export const SCHOOL_YEAR_END = { month: 5, day: 31 } as const;

const MONTH = `(${MONTHS_NOMINATIVE.join('|')}|${MONTHS_GENITIVE.join('|')})`;
const YEAR = '(\\d{4})';
const DATE = '(\\d{1,2}\\.\\d{1,2}\\.\\d{4})';

const READERS: { pattern: RegExp; read: (m: RegExpExecArray) => DateRange | null }[] = [
  {
    // «года»/«год» is already cut off by normalise().
    pattern: new RegExp(`^(?:в течение )?${YEAR}-${YEAR} (?:учебного|учебный|уч\\.)$`),
    read: (m) => schoolYear(Number(m[1]), Number(m[2])),
  },
  { pattern: new RegExp(`^${DATE}-${DATE}$`), read: (m) => dateRange(parseUserDate(m[1]), parseUserDate(m[2])) },
  { pattern: new RegExp(`^${DATE}$`), read: (m) => dateRange(parseUserDate(m[1]), parseUserDate(m[1])) },
  {
    pattern: new RegExp(`^(\\d{1,2}) ${MONTH} ${YEAR}$`),
    read: (m) => {
      const day = validDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
      return dateRange(day, day);
    },
  },
  {
    pattern: new RegExp(`^${MONTH}(?: ${YEAR})?-${MONTH} ${YEAR}$`),
    read: (m) => {
      const endYear = Number(m[4]);
      const startMonth = monthNumber(m[1]);
      const endMonth = monthNumber(m[3]);
      const startYear = m[2] ? Number(m[2]) : startMonth <= endMonth ? endYear : endYear - 1;
      return dateRange(isoDate(startYear, startMonth, 1), lastDayOfMonth(endYear, endMonth));
    },
  },
  {
    pattern: new RegExp(`^${MONTH} ${YEAR}$`),
    read: (m) => dateRange(isoDate(Number(m[2]), monthNumber(m[1]), 1), lastDayOfMonth(Number(m[2]), monthNumber(m[1]))),
  },
];

export function parsePlannedPeriods(text: string): PeriodParse {
  const ranges: ParsedPeriod[] = [];
  const unreadable: string[] = [];
  for (const source of splitWordings(text)) {
    const range = readWording(source);
    if (range) ranges.push({ ...range, source });
    else unreadable.push(source);
  }
  return { ranges, unreadable };
}

/** From the earliest start to the latest end, or null when nothing was read. */
export function coveringRange(parse: PeriodParse): DateRange | null {
  if (parse.ranges.length === 0) return null;
  let { start, end } = parse.ranges[0];
  for (const r of parse.ranges) {
    if (r.start < start) start = r.start;
    if (r.end > end) end = r.end;
  }
  return { start, end };
}

/** A cell's wordings: its lines, or parts separated by two or more spaces or by «;». */
function splitWordings(text: string): string[] {
  return text
    .split(/\r?\n|;|\s{2,}/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function readWording(source: string): DateRange | null {
  const normal = normalise(source);
  for (const reader of READERS) {
    const m = reader.pattern.exec(normal);
    if (m) return reader.read(m);
  }
  return null;
}

/** Lower case, ё→е, any dash with any spaces around → «-», single spaces, no «г.»/«года» suffix. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*[-‐‑‒–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*(?:г\.?|гг\.?|года|год)\s*$/u, '')
    .replace(/\.$/, '')
    .trim();
}

function monthNumber(name: string): number {
  const i = (MONTHS_NOMINATIVE as readonly string[]).indexOf(name);
  return i >= 0 ? i + 1 : (MONTHS_GENITIVE as readonly string[]).indexOf(name) + 1;
}

function schoolYear(first: number, second: number): DateRange | null {
  if (second !== first + 1) return null;
  return {
    start: isoDate(first, SCHOOL_YEAR_START.month, SCHOOL_YEAR_START.day),
    end: isoDate(second, SCHOOL_YEAR_END.month, SCHOOL_YEAR_END.day),
  };
}

function dateRange(start: IsoDate | null, end: IsoDate | null): DateRange | null {
  if (!start || !end || end < start) return null;
  return { start, end };
}
