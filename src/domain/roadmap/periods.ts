/**
 * Reads the Russian period wordings of a roadmap cell as a careful person reads them, knowing the
 * programme's school year: «Август 2022 г.», «сентябрь» (this school year's), «до 15 сентября», «с 07 по 16
 * ноября 2022 г.», «I полугодие», «IV квартал 2022», «осень», «2023-2024 годы», «Сентябрь 2022 г. – май 2023 г.»,
 * «(сентябрь 2022 г. - май 2024 г.)». Recurring («ежегодно») and conditional («по мере необходимости») wordings
 * are recognised as such; an ambiguous one is flagged with why, what it cannot read is returned as typed.
 */
import { type IsoDate, isoDate, lastDayOfMonth, validDate } from '../dates';

export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface ParsedPeriod extends DateRange {
  /** The wording it was read from, as typed. */
  readonly source: string;
  /** «до …», «не позднее …»: the end is the deadline, the start is the school year's (or the point's own). */
  readonly deadline?: true;
}

export interface PeriodParse {
  readonly ranges: readonly ParsedPeriod[];
  /** Wordings with nothing readable as a period («по согласованию»), as typed. */
  readonly unreadable: readonly string[];
  /** Wordings that read two ways; never guessed. */
  readonly ambiguous: readonly { readonly source: string; readonly reason: string }[];
  /** «ежегодно», «ежемесячно», «в течение года по графику»: no single term, the state follows the evidence. */
  readonly recurring: readonly string[];
  /** «по мере необходимости», «при необходимости»: done when needed, the state follows the evidence. */
  readonly conditional: readonly string[];
}

export interface PeriodContext {
  /** The programme's school year (2022 for 2022–2023): a month or season without a year is read in it. */
  readonly schoolYearStart?: number;
}

/**
 * A school year runs from 1 September to 31 May: lessons and the programme's work end in May
 * (stage 9 of the seed, «Май»), and a stage «в течение учебного года» is overdue once it is over.
 */
export const SCHOOL_YEAR_START = { month: 9, day: 1 } as const;
export const SCHOOL_YEAR_END = { month: 5, day: 31 } as const;

const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = `(${MONTH_STEMS.join('|')})[а-я]*`;
const MONTH_RE = new RegExp(`^${MONTH}$`);
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4, первое: 1, первом: 1, второе: 2, втором: 2, первая: 1, вторая: 2, третья: 3, четвертая: 4 };

const RECURRING =
  /в течение (?:всего )?(?:учебного )?года по (?:графику|плану)|ежегодн[а-я]*|ежемесячн[а-я]*|ежекварталь[а-я]*|еженедельн[а-я]*|ежедневн[а-я]*|постоянн[а-я]*|регулярн[а-я]*|систематическ[а-я]*|по графику|по плану|каждый месяц|каждую четверть|раз в (?:месяц|четверть|квартал|полугодие|год|неделю)/;
const CONDITIONAL = /по мере необходимост[а-я]*|при необходимост[а-я]*|по необходимост[а-я]*|по запросу|по мере поступлени[а-я]*|по мере готовност[а-я]*/;
/** Words around a marker that say nothing of a date. */
const FILLER = new Set(['в', 'во', 'на', 'и', 'а', 'также', 'течение', 'года', 'учебного', 'всего', 'периода', 'раз']);

type Read = { range: DateRange; deadline?: true } | { ambiguous: string } | null;
/** A point in time a wording names: a day, a month, or a longer span, with the year it was given. */
type Point = { start: IsoDate; end: IsoDate } | { ambiguous: string } | null;

export function parsePlannedPeriods(text: string, context: PeriodContext = {}): PeriodParse {
  const ranges: ParsedPeriod[] = [];
  const unreadable: string[] = [];
  const ambiguous: { source: string; reason: string }[] = [];
  const recurring: string[] = [];
  const conditional: string[] = [];
  for (const source of splitWordings(text)) {
    const normal = normalise(source);
    const isRecurring = RECURRING.test(normal);
    const isConditional = !isRecurring && CONDITIONAL.test(normal);
    if (isRecurring) recurring.push(source);
    if (isConditional) conditional.push(source);
    // A recurring wording may still name this year's month («ежегодно в сентябре»): read what is left.
    const rest = isRecurring || isConditional ? stripMarkers(normal) : normal;
    if (rest === '') continue;
    const read = readWording(rest, context, hasCalendarYears(source));
    if (read && 'range' in read) ranges.push({ ...read.range, source, ...(read.deadline ? { deadline: true as const } : {}) });
    else if (read && 'ambiguous' in read) ambiguous.push({ source, reason: read.ambiguous });
    else unreadable.push(source);
  }
  return { ranges, unreadable, ambiguous, recurring, conditional };
}

/** From the earliest start to the latest end, or null when nothing was read. */
export function coveringRange(parse: Pick<PeriodParse, 'ranges'>): DateRange | null {
  if (parse.ranges.length === 0) return null;
  let { start, end } = parse.ranges[0];
  for (const r of parse.ranges) {
    if (r.start < start) start = r.start;
    if (r.end > end) end = r.end;
  }
  return { start, end };
}

/** The school year's first and last day (1 September – 31 May). */
export function schoolYearRange(startYear: number): DateRange {
  return {
    start: isoDate(startYear, SCHOOL_YEAR_START.month, SCHOOL_YEAR_START.day),
    end: isoDate(startYear + 1, SCHOOL_YEAR_END.month, SCHOOL_YEAR_END.day),
  };
}

/**
 * A cell's wordings: its lines, or parts separated by two or more spaces, «;» or «,»; a parenthesised
 * part («В течение учебного года (сентябрь-май)») is a wording of its own.
 */
function splitWordings(text: string): string[] {
  return text
    .split(/\r?\n|;|,|\s{2,}/)
    .flatMap((part) => {
      const m = /^(.*?)\(([^()]*)\)(.*)$/.exec(part.trim());
      return m ? [m[1], m[2], m[3]] : [part];
    })
    .map((s) => s.trim())
    .filter((s) => s.replace(/[.\s]/g, '') !== '');
}

/** «гг.», «годы», «годах» after a year: calendar years, not a school year. */
function hasCalendarYears(source: string): boolean {
  return /\d{4}\s*(?:гг\.?|годы|годах|годов)(?:[\s.,)]|$)/iu.test(source);
}

/**
 * Lower case, ё→е, any dash with any spaces around → «-», «/» between years → «-», single spaces, no «г.»/«года»
 * after a year (also in the middle of a range: «2022 г. – май 2023 г.»), «уч. г.» → «учебный год».
 */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"]/g, '')
    .replace(/\s*[-‐‑‒–—]\s*/g, '-')
    .replace(/(\d{4})\s*\/\s*(\d{4})/g, '$1-$2')
    .replace(/(\d{2,4})\s*(?:гг|г|годы|годах|годов|году|года|год)\.?(?=[\s\-,.)]|$)/gu, '$1')
    .replace(/уч\.\s*г\.?|уч\.\s*год[а-я]*|уч\.(?=\s|$)/g, 'учебный год')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/** What a recurring or conditional wording says besides its marker («ежегодно в сентябре» → «сентябре»). */
function stripMarkers(normal: string): string {
  const rest = normal
    .replace(new RegExp(RECURRING.source, 'g'), ' ')
    .replace(new RegExp(CONDITIONAL.source, 'g'), ' ')
    .split(/[\s,:]+/)
    .filter((t) => t !== '' && !FILLER.has(t))
    .join(' ');
  return /\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр/.test(rest) ? rest : '';
}

function readWording(w: string, ctx: PeriodContext, calendarYears: boolean): Read {
  const sy = ctx.schoolYearStart;
  // «в течение 2022-2023 учебного года», «2022-2023 учебный год», «в течение учебного года», «в учебном году».
  let m = /^(?:в течение |в |на |весь )?(?:(\d{4})-(\d{4}) )?учебн[а-я]* год[а-я]*$/.exec(w);
  if (m) {
    if (m[1]) return Number(m[2]) === Number(m[1]) + 1 ? { range: schoolYearRange(Number(m[1])) } : null;
    return sy === undefined ? { ambiguous: 'учебный год не указан' } : { range: schoolYearRange(sy) };
  }
  // «в течение года», «в течение всего периода»: the programme's year.
  if (/^в течение (?:всего )?(?:года|периода|периода реализации(?: программы)?)$/.test(w)) {
    return sy === undefined ? { ambiguous: 'не сказано, какой год' } : { range: schoolYearRange(sy) };
  }
  // «2023-2024 годы», «в 2023-2024 годах», «2022-2024».
  m = /^(?:в |на |в течение )?(\d{4})-(\d{4})$/.exec(w);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b < a) return null;
    if (b === a + 1 && !calendarYears) return { ambiguous: 'учебный год или два календарных года: допишите «учебный год» или «гг.»' };
    return { range: { start: isoDate(a, 1, 1), end: isoDate(b, 12, 31) } };
  }
  // «2022», «в 2022 году».
  m = /^(?:в |на |в течение )?(\d{4})$/.exec(w);
  if (m) return { range: { start: isoDate(Number(m[1]), 1, 1), end: isoDate(Number(m[1]), 12, 31) } };
  // «до 31 марта 2022», «не позднее 15.09.2022», «в срок до …», «к концу учебного года».
  m = /^(?:в срок |в срок не позднее |срок )?(?:до|не позднее|к|по)(?: конца| окончания)? (.+)$/.exec(w);
  if (m) {
    const end = readSpan(m[1], ctx, calendarYears);
    if (!end || 'ambiguous' in end) return end;
    const from = sy !== undefined ? schoolYearRange(sy).start : end.range.start;
    return { range: { start: from <= end.range.end ? from : end.range.start, end: end.range.end }, deadline: true };
  }
  // «с 07 по 16 ноября 2022», «с сентября по май», «с 01.09.2022 до 31.05.2023».
  m = /^с (.+?) (?:по|до) (.+)$/.exec(w);
  if (m) return readRange(m[1], m[2], ctx);
  // «с сентября 2022»: from then to the school year's end.
  m = /^(?:с|начиная с) (.+)$/.exec(w);
  if (m) {
    const from = readPoint(m[1], ctx, null);
    if (!from || 'ambiguous' in from) return from;
    if (sy === undefined || schoolYearRange(sy).end < from.start) return { ambiguous: 'не сказано, до какого времени' };
    return { range: { start: from.start, end: schoolYearRange(sy).end } };
  }
  return readSpan(w, ctx, calendarYears);
}

/** A wording naming one span: a point, a range «A-B», a quarter, a half-year, a term or a season. */
function readSpan(w: string, ctx: PeriodContext, calendarYears: boolean): Read {
  const whole = readWholeSpan(w, ctx, calendarYears);
  if (whole) return whole;
  const dash = w.indexOf('-');
  if (dash > 0) return readRange(w.slice(0, dash), w.slice(dash + 1), ctx);
  const point = readPoint(w, ctx, null);
  return point && 'start' in point ? { range: point } : point;
}

function readWholeSpan(w: string, ctx: PeriodContext, calendarYears: boolean): Read {
  const sy = ctx.schoolYearStart;
  if (/^(?:учебн[а-я]* год[а-я]*|\d{4}-\d{4}(?: учебн[а-я]* год[а-я]*)?|\d{4})$/.test(w)) {
    return readWording(w, ctx, calendarYears);
  }
  // «I квартал 2023», «IV кв. 2022», «во 2 квартале».
  let m = /^(?:в |во )?(iv|i{1,3}|[1-4])(?:-?[йгм]о?)? (?:квартал[а-я]*|кв\.?)(?: (\d{4}))?$/.exec(w);
  if (m) {
    const q = ROMAN[m[1]];
    const year = m[2] ? Number(m[2]) : sy === undefined ? null : q >= 3 ? sy : sy + 1;
    if (year === null) return { ambiguous: 'год не указан' };
    return { range: { start: isoDate(year, q * 3 - 2, 1), end: lastDayOfMonth(year, q * 3) } };
  }
  // «I полугодие», «первое полугодие 2023», «2 полугодие 2022-2023 учебного года».
  m = /^(?:в |во )?(ii|i|[12]|первое|второе|первом|втором)(?:-?[еомй])? полугоди[а-я]*(?: (\d{4})(?:-(\d{4}))?)?( учебн[а-я]* год[а-я]*)?$/.exec(w);
  if (m) {
    const h = ROMAN[m[1]];
    if (m[2] && !m[3] && !m[4]) {
      const y = Number(m[2]);
      return { range: h === 1 ? { start: isoDate(y, 1, 1), end: isoDate(y, 6, 30) } : { start: isoDate(y, 7, 1), end: isoDate(y, 12, 31) } };
    }
    const start = m[2] ? Number(m[2]) : sy;
    if (start === undefined) return { ambiguous: 'год не указан' };
    const year = schoolYearRange(start);
    return { range: h === 1 ? { start: year.start, end: isoDate(start, 12, 31) } : { start: isoDate(start + 1, 1, 1), end: year.end } };
  }
  // «I четверть», «в 3 четверти»: the school's terms.
  m = /^(?:в |во )?(iv|i{1,3}|[1-4]|первая|вторая|третья|четвертая)(?:-?[яй])? четверт[а-я]*$/.exec(w);
  if (m) {
    if (sy === undefined) return { ambiguous: 'учебный год не указан' };
    const t = ROMAN[m[1]];
    const terms: [number, number, number, number][] = [
      [sy, 9, sy, 10],
      [sy, 11, sy, 12],
      [sy + 1, 1, sy + 1, 3],
      [sy + 1, 4, sy + 1, 5],
    ];
    const [y1, m1, y2, m2] = terms[t - 1];
    return { range: { start: isoDate(y1, m1, 1), end: lastDayOfMonth(y2, m2) } };
  }
  // «осень 2022», «весной», «зима 2022-2023».
  m = /^(?:в )?(осен[а-я]*|зим[а-я]*|весн[а-я]*|лет[оа]м?|летний период|летом)(?: (\d{4})(?:-(\d{4}))?)?$/.exec(w);
  if (m) return readSeason(m[1], m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null, sy);
  return null;
}

function readSeason(word: string, year: number | null, year2: number | null, sy: number | undefined): Read {
  const season = word.startsWith('осен') ? 'autumn' : word.startsWith('зим') ? 'winter' : word.startsWith('весн') ? 'spring' : 'summer';
  if (season === 'winter') {
    if (year !== null && year2 === year + 1) return { range: { start: isoDate(year, 12, 1), end: lastDayOfMonth(year2, 2) } };
    if (year !== null) return { ambiguous: `зима ${year}: начало или конец года — напишите «зима ${year}-${year + 1}»` };
    if (sy === undefined) return { ambiguous: 'год не указан' };
    return { range: { start: isoDate(sy, 12, 1), end: lastDayOfMonth(sy + 1, 2) } };
  }
  if (year2 !== null) return null;
  const months = season === 'autumn' ? [9, 11] : season === 'spring' ? [3, 5] : [6, 8];
  const y = year ?? (sy === undefined ? null : season === 'autumn' ? sy : season === 'spring' ? sy + 1 : null);
  if (y === null) return { ambiguous: season === 'summer' ? 'лето до или после учебного года — укажите год' : 'год не указан' };
  return { range: { start: isoDate(y, months[0], 1), end: lastDayOfMonth(y, months[1]) } };
}

/** «A-B» or «с A по B»: the years of B carry to A when A has none («сентябрь-октябрь 2022», «с 07 по 16 ноября 2022»). */
function readRange(a: string, b: string, ctx: PeriodContext): Read {
  const to = readPoint(b.trim(), ctx, null);
  if (!to || 'ambiguous' in to) return to;
  const bits = pointBits(b.trim());
  const from = readPoint(a.trim(), ctx, bits);
  if (!from || 'ambiguous' in from) return from;
  if (to.end < from.start) {
    // «декабрь-январь 2023»: the first month is the year before.
    const earlier = readPoint(a.trim(), ctx, bits ? { ...bits, year: (bits.year ?? 0) - 1 } : null);
    if (earlier && 'start' in earlier && earlier.start <= to.end && !/\d{4}/.test(a)) return { range: { start: earlier.start, end: to.end } };
    return null;
  }
  return { range: { start: from.start, end: to.end } };
}

/** What a point says beyond itself: its month and year, for a range's first half («с 07 по 16 ноября 2022»). */
function pointBits(w: string): { month: number | null; year: number | null } | null {
  const year = /(\d{4})$/.exec(w);
  const tokens = w.split(' ');
  const month = tokens.map(monthOf).find((n) => n !== null) ?? null;
  const dotted = /^\d{1,2}\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(w);
  if (dotted) return { month: Number(dotted[1]), year: fullYear(dotted[2]) };
  return { month, year: year ? Number(year[1]) : null };
}

/**
 * One point: «01.09.2022», «15 сентября 2022», «сентябрь 2022», «в сентябре», «07» (with `carry` from the
 * range's other end). Without a year: `carry`'s, else the school year's (August–December in its first year,
 * January–June in its second; July is either and is flagged).
 */
function readPoint(w: string, ctx: PeriodContext, carry: { month: number | null; year: number | null } | null): Point {
  const text = w.replace(/^(?:в|во|на) /, '').trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const day = validDate(fullYear(m[3]), Number(m[2]), Number(m[1]));
    return day ? { start: day, end: day } : null;
  }
  m = /^(\d{1,2})\.(\d{1,2})$/.exec(text);
  if (m) return dayIn(Number(m[1]), Number(m[2]), carry?.year ?? null, ctx);
  m = new RegExp(`^(\\d{1,2}) ${MONTH}(?: (\\d{4}))?$`).exec(text);
  if (m) return dayIn(Number(m[1]), stemMonth(m[2]), m[3] ? Number(m[3]) : (carry?.year ?? null), ctx);
  m = new RegExp(`^${MONTH}(?: (\\d{4}))?$`).exec(text);
  if (m) {
    const month = stemMonth(m[1]);
    const year = m[2] ? Number(m[2]) : (carry?.year ?? null);
    const y = year ?? yearInSchoolYear(month, ctx);
    if (typeof y === 'string') return { ambiguous: y };
    return { start: isoDate(y, month, 1), end: lastDayOfMonth(y, month) };
  }
  m = /^(\d{1,2})$/.exec(text);
  if (m && carry?.month) return dayIn(Number(m[1]), carry.month, carry.year, ctx);
  return null;
}

function dayIn(day: number, month: number, year: number | null, ctx: PeriodContext): Point {
  const y = year ?? yearInSchoolYear(month, ctx);
  if (typeof y === 'string') return { ambiguous: y };
  const date = validDate(y, month, day);
  return date ? { start: date, end: date } : null;
}

/** The calendar year of a month named without one, in the programme's school year; or why it cannot be told. */
function yearInSchoolYear(month: number, ctx: PeriodContext): number | string {
  const sy = ctx.schoolYearStart;
  if (sy === undefined) return 'год не указан';
  if (month === 7) return 'июль до или после учебного года — укажите год';
  return month >= 8 ? sy : sy + 1;
}

function monthOf(token: string): number | null {
  const m = MONTH_RE.exec(token);
  return m ? stemMonth(m[1]) : null;
}

function stemMonth(stem: string): number {
  const i = MONTH_STEMS.findIndex((s) => new RegExp(`^${s}$`).test(stem));
  return i + 1;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}
