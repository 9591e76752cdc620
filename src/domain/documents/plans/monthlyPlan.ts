/**
 * The plan by month of a pair or group, from its start to its end: getting to know each other and the mentee's
 * own words first, the requests' activities in turn (those of the school calendar in their months), the curator's
 * check halfway, the summing-up last; every month at least two meetings, each on a dated meeting day.
 */
import { type IsoDate, MONTHS_NOMINATIVE } from '../../dates';
import type { DocPair } from '../inputs';
import { meetingDays } from '../schoolYear';
import { closingActivities, extraMeetings, midwayCheck, monthMeetings, openingActivities } from './data';
import { clarifyItem, ownWords, requestsInWords, wordsItem } from './ownWords';
import { planContext, requestItems, requestOwners, resolve, wording } from './requests';
import type { PlanItem, PlanMonth, PlanRow, RawActivity } from './types';

/** At most this many of the requests' activities a month, so a month's plan stays doable beside the lessons. */
export const MAX_ACTIVITIES_PER_MONTH = 3;
/** Each month has at least this many dated meetings. */
export const MIN_MEETINGS_PER_MONTH = 2;

/** «Октябрь 2026». */
export function monthLabel(year: number, month: number): string {
  const name = MONTHS_NOMINATIVE[month - 1];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}

/** Every calendar month from start's to end's, both included. */
export function monthsBetween(start: IsoDate, end: IsoDate): { year: number; month: number }[] {
  const [sy, sm] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  const months: { year: number; month: number }[] = [];
  let year = sy;
  let month = sm;
  while (year < ey || (year === ey && month <= em)) {
    months.push({ year, month });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

type Item = PlanItem & { readonly otherwise?: RawActivity };

/** The requests' activities in turn (first of each, then second of each, …), so every request starts early. */
function interleave(lists: readonly (readonly Item[])[]): Item[] {
  const out: Item[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/** An item bound to calendar months none of which the plan has: its `otherwise` if that fits, else nothing. */
function fitCalendar(item: Item, months: ReadonlySet<number>, pair: DocPair): Item | null {
  let current: Item = item;
  for (;;) {
    if (!current.months || current.months.some((m) => months.has(m))) return current;
    if (!current.otherwise) return null;
    const audience = pair.mentees.filter((m) => current.for.includes(m.id));
    current = resolve(current.otherwise, wording(planContext(pair, audience)), current.for);
  }
}

/** A stable small number from the pair's id, so pairs meet on different days of the week. */
function spread(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 9973;
  return h;
}

/** `count` dates out of `days`, evenly apart, shifted by the pair's own offset. */
function pickDates(days: readonly IsoDate[], count: number, offset: number): IsoDate[] {
  const k = Math.min(count, days.length);
  const step = days.length / k;
  return Array.from({ length: k }, (_, i) => days[Math.min(days.length - 1, Math.floor(i * step + (offset % Math.max(1, Math.floor(step)))))]);
}

/**
 * The plan from pair.start to pair.end. Months with fewer than two meeting days in the term (July, August,
 * a start in the last days of a term) are left out: their steps go to the months around them.
 */
export function buildPlan(pair: DocPair): PlanMonth[] {
  if (pair.end < pair.start) throw new Error(`Пара ${pair.id}: дата окончания раньше даты начала.`);
  const months = monthsBetween(pair.start, pair.end)
    .map((m) => ({ ...m, days: meetingDays(m.year, m.month, pair.start, pair.end) }))
    .filter((m) => m.days.length >= MIN_MEETINGS_PER_MONTH);
  if (months.length === 0) throw new Error(`Пара ${pair.id}: в сроке программы нет учебных дней для встреч — программа не составлена.`);
  const everyone = pair.mentees.map((m) => m.id);
  const all = wording(planContext(pair));
  const owners = requestOwners(pair);
  const requests = owners.map((o) => o.request);
  const forAll = (a: RawActivity): Item => resolve(a, all, everyone);
  const forSome = (a: RawActivity, ids: readonly string[]): Item =>
    resolve(a, wording(planContext(pair, pair.mentees.filter((m) => ids.includes(m.id)))), ids);

  // Opening: for everyone, but a step with a condition (adaptation) only for those it suits; then unclear words.
  const opening: Item[] = openingActivities(requests).flatMap((a) => {
    if (!a.when) return [forAll(a)];
    const ids = pair.mentees.filter((m) => a.when?.(wording(planContext(pair, [m])))).map((m) => m.id);
    return ids.length > 0 ? [forSome(a, ids)] : [];
  });
  const described = pair.mentees.filter((m) => ownWords(m.description) !== '');
  for (const m of described) {
    if (requestsInWords(m.description).length === 0) opening.push(forSome(clarifyItem(ownWords(m.description)), [m.id]));
  }
  // The words that point to a request open that request's activities.
  const lists = owners.map(({ request, owners: who }) => {
    const words = described.filter((m) => who.includes(m) && requestsInWords(m.description)[0] === request);
    return [...words.map((m) => forSome(wordsItem(ownWords(m.description)), [m.id])), ...requestItems(pair, request, who)];
  });
  const closing = closingActivities(requests).map(forAll);

  // The requests' activities go between the first month and the last; the calendar's may go in the last too
  // (ГИА consultations in May). A plan of one or two months has no middle: everything goes in its months.
  const short = months.length < 3;
  const middle = short ? months.map((_, i) => i) : months.slice(1, -1).map((_, i) => i + 1);
  const calendarSlots = short ? middle : [...middle, months.length - 1];
  const fitted = interleave(lists)
    .map((item) => fitCalendar(item, new Set(calendarSlots.map((i) => months[i].month)), pair))
    .filter((item): item is Item => item !== null);
  const cap = Math.max(MAX_ACTIVITIES_PER_MONTH * middle.length, lists.length);
  const chosen = fitted.slice(0, cap);
  const perMonth = Math.ceil(chosen.length / middle.length);
  const byMonth: { item: Item; order: number }[][] = months.map(() => []);
  const own = months.map(() => 0);
  const load = (i: number) => byMonth[i].length - own[i];
  byMonth[0].push(...opening.map((item, order) => ({ item, order: order - 100 })));
  own[0] = opening.length;
  // The calendar's items first, each in the least busy of its months; then the rest, evenly, in order.
  chosen.forEach((item, order) => {
    const allowed = calendarSlots.filter((i) => item.months?.includes(months[i].month));
    if (allowed.length === 0) return;
    byMonth[allowed.reduce((a, b) => (load(b) < load(a) ? b : a))].push({ item, order });
  });
  const free = chosen.map((item, order) => ({ item, order })).filter(({ item }) => !item.months);
  free.forEach((entry, k) => {
    const target = Math.floor((k * middle.length) / free.length);
    const ring = middle.map((_, d) => middle[(target + d) % middle.length]);
    const slot = ring.find((i) => load(i) < perMonth) ?? ring.reduce((a, b) => (load(b) < load(a) ? b : a));
    byMonth[slot].push(entry);
  });
  byMonth[middle[Math.floor((middle.length - 1) / 2)]].push({ item: forAll(midwayCheck(requests)), order: 1000 });
  byMonth[months.length - 1].push(...closing.map((item, order) => ({ item, order: 2000 + order })));

  // Every mentee meets the mentor at least twice a month (an item for all counts for each): the requests'
  // activities the cap left out first, then meetings on the mentee's own requests and words.
  const spare = fitted.slice(cap);
  const used = new Set(byMonth.flatMap((entries) => entries.map((e) => e.item.text)));
  const ownRequests = (id: string) => owners.filter((o) => o.owners.some((m) => m.id === id)).map((o) => o.request);
  const extraFor = (id: string, month: number): Item | null => {
    const k = spare.findIndex((item) => item.for.includes(id) && (!item.months || item.months.includes(month)) && !used.has(item.text));
    if (k >= 0) return spare.splice(k, 1)[0];
    const m = pair.mentees.find((x) => x.id === id);
    const items = extraMeetings(ownRequests(id), ownWords(m?.description ?? '')).map((a) => forSome(a, [id]));
    return items.find((item) => !used.has(item.text)) ?? null;
  };

  const seed = spread(pair.id);
  return months.map((m, i) => {
    const items = byMonth[i].sort((a, b) => a.order - b.order).map((e) => e.item);
    const label = monthLabel(m.year, m.month);
    const lastResort: string[][] = monthMeetings('').map(() => []);
    for (const id of everyone) {
      for (let n = items.filter((item) => item.for.includes(id)).length; n < MIN_MEETINGS_PER_MONTH; n++) {
        const extra = extraFor(id, m.month);
        if (extra) {
          used.add(extra.text);
          items.push(extra);
        } else (lastResort.find((ids) => !ids.includes(id)) ?? lastResort[0]).push(id);
      }
    }
    // The month's last-resort meetings: each one meeting of all who need it.
    monthMeetings(label.toLowerCase()).forEach((a, k) => {
      if (lastResort[k].length > 0) items.push(forSome(a, pair.mentees.filter((x) => lastResort[k].includes(x.id)).map((x) => x.id)));
    });
    const dates = pickDates(m.days, items.length, seed + i);
    const at = items.map((_, j) => dates[Math.min(dates.length - 1, Math.floor((j * dates.length) / items.length))]);
    separate(items, at, dates, everyone);
    const rows: PlanRow[] = items
      .map((item, j) => ({ text: item.text, result: item.result, check: item.check, for: item.for, date: at[j] }))
      .sort((a, b) => a.date.localeCompare(b.date));
    return { year: m.year, month: m.month, label, rows };
  });
}

/**
 * When a month has fewer meeting days than items, items share days: a mentee whose items all fell on one day
 * gets the last of them moved to another day, so each meets the mentor on two days when the month has two.
 */
function separate(items: readonly PlanItem[], at: IsoDate[], dates: readonly IsoDate[], ids: readonly string[]): void {
  if (dates.length < 2) return;
  for (const id of ids) {
    const mine = items.map((item, j) => (item.for.includes(id) ? j : -1)).filter((j) => j >= 0);
    if (mine.length < 2 || new Set(mine.map((j) => at[j])).size >= 2) continue;
    const last = mine[mine.length - 1];
    at[last] = dates.find((d) => d > at[last]) ?? [...dates].reverse().find((d) => d !== at[last]) ?? at[last];
  }
}
