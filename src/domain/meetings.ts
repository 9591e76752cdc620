/**
 * The pairs' meetings (stage 8.4), pure: a reported meeting checked against its pair, and per pair the first
 * and last meeting, the count, the months of the plan covered, and a stall flag with whom to remind.
 * Thresholds follow the platforms' alerts (year-events-monitoring.md §4: first meeting, then a gap).
 */
import { formatRussianDate, type IsoDate, isoDate, parseUserDate } from './dates';

/** Forms of work a mentor's log uses (journal of a mentor in school practice). */
export const WORK_FORMS = [
  'консультация',
  'взаимопосещение урока',
  'разбор урока',
  'совместная подготовка урока или мероприятия',
  'мастер-класс',
  'другое',
] as const;

/** How a log row counts: «учтена» is the pair's; «задержана» waits for the coordinator, who may change it to «учтена». */
export const MEETING_STATUSES = ['учтена', 'задержана'] as const;
export const HELD = 'задержана';
export const COUNTED = 'учтена';

export const DEFAULT_FIRST_WITHIN_DAYS = 14;
export const DEFAULT_GAP_DAYS = 21;

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);

/**
 * «И. М. С.» for «Иванова Мария Сергеевна»: what the form's list shows of a mentee. The list is seen by anyone
 * who opens the form, so it carries the pair's ID (from the order and the programme) and only initials.
 */
export function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.map((w) => `${w[0].toUpperCase()}.`).join('\u00a0');
}

/** «П-001: И. М. С.» — one choice of the form's list; a group lists each mentee's initials. */
export function pairChoice(pairId: string, menteeNames: readonly string[]): string {
  const people = menteeNames.map(initials).filter((i) => i !== '');
  return people.length > 0 ? `${pairId}: ${people.join(', ')}` : pairId;
}

/** The pair's ID in a choice «П-001: …» (or in an ID typed alone). */
export function pairIdOfChoice(text: string): string {
  return text.split(':')[0].trim().toUpperCase().replace(/\s+/g, '');
}

/** A meeting date as a mentor or the coordinator types it: «05.10.2022», «5.10.22», «2022-10-05». */
export function parseMeetingDate(text: string): IsoDate | null {
  const t = text.trim();
  const short = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/.exec(t);
  if (short) return parseUserDate(`${short[1]}.${short[2]}.20${short[3]}`);
  return parseUserDate(t);
}

export interface PairForCheck {
  readonly id: string;
  readonly start: IsoDate | '';
  /** The mentor's e-mail in the bank, lower case ('' when the bank has none). */
  readonly mentorEmail: string;
  readonly mentorName: string;
}

export interface MeetingReport {
  readonly pairText: string;
  readonly dateText: string;
  /** The respondent's e-mail as the form collected it. */
  readonly email: string;
}

export type ReportVerdict = { readonly pairId: string; readonly date: IsoDate | ''; readonly held: boolean; readonly note: string };

/**
 * Whether a mentor's report is the pair's: the pair exists, the sender is its mentor (the form's collected
 * e-mail against the bank's), the date reads and lies between the pair's start and today. Anything else is held
 * with a note, never counted as the pair's.
 */
export function checkReport(report: MeetingReport, pairs: ReadonlyMap<string, PairForCheck>, today: IsoDate): ReportVerdict {
  const pairId = pairIdOfChoice(report.pairText);
  const pair = pairs.get(pairId);
  const date = parseMeetingDate(report.dateText) ?? '';
  const email = report.email.trim().toLowerCase();
  const notes: string[] = [];
  if (!pair) notes.push(`Пара «${report.pairText.trim()}» не найдена в листе «Пары и группы».`);
  else if (email === '' || email !== pair.mentorEmail) {
    notes.push(`Отчёт прислан не наставником пары ${pair.id}: адрес ${email || '(не указан)'}, наставник — ${pair.mentorName}${pair.mentorEmail ? `, ${pair.mentorEmail}` : ''}. Проверьте и поставьте «${COUNTED}», если встреча была.`);
  }
  if (date === '') notes.push(`Дата «${report.dateText.trim()}» не распознана: нужна ДД.ММ.ГГГГ.`);
  else if (date > today) notes.push(`Дата ${formatRussianDate(date)} ещё не наступила.`);
  else if (pair?.start && date < pair.start) notes.push(`Дата ${formatRussianDate(date)} раньше начала пары (${formatRussianDate(pair.start)}).`);
  return { pairId: pair?.id ?? pairId, date, held: notes.length > 0, note: notes.join(' ') };
}

export interface StallThresholds {
  readonly firstWithinDays: number;
  readonly gapDays: number;
}

export interface PairProgressInput {
  readonly id: string;
  readonly active: boolean;
  readonly start: IsoDate | '';
  /** The last day the programme plans meetings (31 May of the pair's school year). */
  readonly planEnd: IsoDate;
  readonly mentorName: string;
  readonly mentorEmail: string;
  /** Dates of the pair's counted meetings, any order. */
  readonly meetings: readonly IsoDate[];
}

export interface PairProgress {
  readonly firstMeeting: IsoDate | '';
  readonly lastMeeting: IsoDate | '';
  readonly count: number;
  readonly monthsCovered: number;
  readonly monthsPlanned: number;
  /** Months of the plan elapsed by today (the share of the plan expected so far). */
  readonly monthsDue: number;
  /** «3 из 9 мес. (по сроку — 4)». */
  readonly progress: string;
  /** '' when nothing to look at; else what is wrong and whom to remind. */
  readonly attention: string;
  readonly stalled: 'no-first' | 'gap' | null;
  readonly daysQuiet: number;
}

/** Months of meetings: September–May; summer months are the pupils' holidays and plan nothing. */
const planMonth = (month: number): boolean => month < 6 || month > 8;

function monthsFromTo(from: IsoDate, to: IsoDate): string[] {
  if (to < from) return [];
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const out: string[] = [];
  for (let index = fy * 12 + fm - 1; index <= ty * 12 + tm - 1; index++) {
    const month = (index % 12) + 1;
    if (planMonth(month)) out.push(isoDate(Math.floor(index / 12), month, 1).slice(0, 7));
  }
  return out;
}

export function pairProgress(pair: PairProgressInput, today: IsoDate, limits: StallThresholds): PairProgress {
  const dates = [...pair.meetings].sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const planned = pair.start ? monthsFromTo(pair.start, pair.planEnd) : [];
  const plannedSet = new Set(planned);
  const covered = new Set(dates.map((d) => d.slice(0, 7)).filter((m) => plannedSet.has(m)));
  const due = planned.filter((m) => m <= today.slice(0, 7)).length;
  const progress = pair.start ? `${covered.size} из ${planned.length} мес.${pair.active ? ` (по сроку — ${due})` : ''}` : '';
  const remind = `Напомнить: ${pair.mentorName || 'наставник не найден в банке'}${pair.mentorEmail ? `, ${pair.mentorEmail}` : ''}.`;
  let stalled: PairProgress['stalled'] = null;
  let daysQuiet = 0;
  let attention = '';
  // Only a pair at work, started, and still in its plan's term is flagged.
  if (pair.active && pair.start && pair.start <= today && today <= pair.planEnd) {
    if (first === '') {
      daysQuiet = daysBetween(pair.start, today);
      if (daysQuiet > limits.firstWithinDays) {
        stalled = 'no-first';
        attention = `Нет первой встречи: ${daysQuiet} дн. с начала ${formatRussianDate(pair.start)} (порог ${limits.firstWithinDays}). ${remind}`;
      }
    } else {
      daysQuiet = daysBetween(last, today);
      if (daysQuiet > limits.gapDays) {
        stalled = 'gap';
        attention = `Нет встреч ${daysQuiet} дн., последняя ${formatRussianDate(last)} (порог ${limits.gapDays}). ${remind}`;
      }
    }
  }
  return { firstMeeting: first, lastMeeting: last, count: dates.length, monthsCovered: covered.size, monthsPlanned: planned.length, monthsDue: due, progress, attention, stalled, daysQuiet };
}
