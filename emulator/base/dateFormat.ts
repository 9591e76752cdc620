/**
 * Java SimpleDateFormat as Utilities.formatDate and Utilities.parseDate use it
 * (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String):
 * "formats date according to specification described in Java SE SimpleDateFormat class"), with English
 * names, Java's US week rules (weeks start on Sunday; week 1 holds 1 January) and time zones through Intl.
 */
import { GasException } from '../runtime';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Index 0 = Sunday, as Date.getUTCDay counts. */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Every pattern letter of Java SE SimpleDateFormat; any other unquoted ASCII letter is illegal. */
const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';
const NUMERIC_LETTERS = 'yYwWDdFuHkKhmsS';
const DAY_MS = 86_400_000;

/**
 * Java's short names where they differ from Intl's "GMT+3" (the java.time CLDR data).
 * Standard and daylight names; a zone absent here takes Intl's short name.
 */
const JAVA_SHORT_NAMES: Record<string, readonly [string, string]> = {
  'Europe/Moscow': ['MSK', 'MSD'],
  'Europe/Simferopol': ['MSK', 'MSK'],
  'Europe/Kaliningrad': ['EET', 'EEST'],
  'Europe/Samara': ['SAMT', 'SAMST'],
  'Europe/Volgograd': ['MSK', 'MSK'],
  'Asia/Yekaterinburg': ['YEKT', 'YEKST'],
  'Asia/Omsk': ['OMST', 'OMSST'],
  'Asia/Novosibirsk': ['NOVT', 'NOVST'],
  'Asia/Krasnoyarsk': ['KRAT', 'KRAST'],
  'Asia/Irkutsk': ['IRKT', 'IRKST'],
  'Asia/Yakutsk': ['YAKT', 'YAKST'],
  'Asia/Vladivostok': ['VLAT', 'VLAST'],
  'Asia/Magadan': ['MAGT', 'MAGST'],
  'Asia/Kamchatka': ['PETT', 'PETST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Kyiv': ['EET', 'EEST'],
  'Europe/Kiev': ['EET', 'EEST'],
  'Europe/Minsk': ['MSK', 'MSK'],
  'Europe/London': ['GMT', 'BST'],
  'Asia/Almaty': ['ALMT', 'ALMST'],
  UTC: ['UTC', 'UTC'],
  'Etc/UTC': ['UTC', 'UTC'],
};

/** A time zone as Java resolves an ID: IANA through Intl, `GMT+hh:mm` fixed, anything unknown as GMT. */
export interface Zone {
  readonly id: string;
  offsetMs(epochMs: number): number;
  shortName(epochMs: number): string;
  longName(epochMs: number): string;
}

/** Resolved zones of one workspace (Intl formatters are slow to build); keep one per Workspace. */
export class ZoneCache {
  private readonly zones = new Map<string, Zone>();

  get(id: string): Zone {
    let zone = this.zones.get(id);
    if (!zone) {
      zone = resolveZone(id);
      this.zones.set(id, zone);
    }
    return zone;
  }
}

function gmtName(offsetMs: number): string {
  if (offsetMs === 0) return 'GMT';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `GMT${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

function fixedZone(id: string, offsetMs: number, name: string, longName = name): Zone {
  return { id, offsetMs: () => offsetMs, shortName: () => name, longName: () => longName };
}

/** java.util.TimeZone.getTimeZone: an ID it does not know silently means GMT. */
function resolveZone(id: string): Zone {
  if (id === 'GMT' || id === 'Etc/GMT') return fixedZone(id, 0, 'GMT', 'Greenwich Mean Time');
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (custom) {
    const ms = (Number(custom[2]) * 60 + Number(custom[3] ?? 0)) * 60_000 * (custom[1] === '-' ? -1 : 1);
    return fixedZone(id, ms, gmtName(ms));
  }
  let parts: Intl.DateTimeFormat;
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  } catch {
    return fixedZone('GMT', 0, 'GMT', 'Greenwich Mean Time');
  }
  const names = (style: 'short' | 'long') => new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: style });
  const shortNames = names('short');
  const longNames = names('long');
  const zoneName = (fmt: Intl.DateTimeFormat, epochMs: number): string =>
    fmt.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const offsetMs = (epochMs: number): number => {
    const get = (type: string): number => Number(parts.formatToParts(new Date(epochMs)).find((p) => p.type === type)?.value ?? 0);
    const era = parts.formatToParts(new Date(epochMs)).find((p) => p.type === 'era')?.value;
    const year = era === 'BC' ? 1 - get('year') : get('year');
    const asUtc = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return asUtc - Math.floor(epochMs / 1000) * 1000;
  };
  const standardOffset = (epochMs: number): number => {
    const year = new Date(epochMs).getUTCFullYear();
    return Math.min(offsetMs(Date.UTC(year, 0, 1)), offsetMs(Date.UTC(year, 6, 1)));
  };
  return {
    id,
    offsetMs,
    shortName: (epochMs) => {
      const java = JAVA_SHORT_NAMES[id];
      if (java) return java[offsetMs(epochMs) > standardOffset(epochMs) ? 1 : 0];
      const intl = zoneName(shortNames, epochMs);
      return /^(GMT|UTC)[+-]/.test(intl) ? gmtName(offsetMs(epochMs)) : intl;
    },
    longName: (epochMs) => {
      const intl = zoneName(longNames, epochMs);
      return /^(GMT|UTC)[+-]/.test(intl) ? gmtName(offsetMs(epochMs)) : intl;
    },
  };
}

type Token = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

/** Splits a SimpleDateFormat pattern; throws Java's IllegalArgumentException texts. */
export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        literal("'");
        i += 2;
        continue;
      }
      let text = '';
      i++;
      for (;;) {
        if (i >= pattern.length) throw new GasException('Unterminated quote');
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += pattern[i++];
      }
      literal(text);
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      if (!PATTERN_LETTERS.includes(ch)) throw new GasException(`Illegal pattern character '${ch}'`);
      let count = 1;
      while (pattern[i + count] === ch) count++;
      tokens.push({ kind: 'field', letter: ch, count });
      i += count;
      continue;
    }
    literal(ch);
    i++;
  }
  return tokens;
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${text}` : text;
}

/** Calendar fields of a local (zone-shifted) instant, read through UTC getters. */
interface Local {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
}

function localFields(localMs: number): Local {
  const d = new Date(localMs);
  const year = d.getUTCFullYear();
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(year, 0, 1);
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    dayOfYear: Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - startOfYear.getTime()) / DAY_MS) + 1,
  };
}

/** Week of year and week-year under Java's US rules (first day Sunday, minimal days in first week 1). */
function weekOfYear(l: Local): { week: number; weekYear: number } {
  const daysInYear = new Date(Date.UTC(l.year, 1, 29)).getUTCDate() === 29 ? 366 : 365;
  const jan1Weekday = (((l.weekday - (l.dayOfYear - 1)) % 7) + 7) % 7;
  const nextJan1Weekday = (jan1Weekday + daysInYear) % 7;
  // The last days of December that share a week with next 1 January belong to next year's week 1.
  if (nextJan1Weekday !== 0 && l.dayOfYear > daysInYear - nextJan1Weekday) return { week: 1, weekYear: l.year + 1 };
  return { week: Math.floor((l.dayOfYear - 1 + jan1Weekday) / 7) + 1, weekYear: l.year };
}

function offsetText(offsetMs: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (offsetMs === 0 && style !== 'Z') return 'Z';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '-' : '+';
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (style === 'X1') return `${sign}${hh}`;
  if (style === 'X3') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function formatField(letter: string, count: number, l: Local, zone: Zone, epochMs: number, offsetMs: number): string {
  switch (letter) {
    case 'G':
      return l.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const year = letter === 'y' ? l.year : weekOfYear(l).weekYear;
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[l.month - 1], count) : pad(l.month, count);
    case 'w':
      return pad(weekOfYear(l).week, count);
    case 'W': {
      const firstWeekday = (((l.weekday - (l.day - 1)) % 7) + 7) % 7;
      return pad(Math.floor((l.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D':
      return pad(l.dayOfYear, count);
    case 'd':
      return pad(l.day, count);
    case 'F':
      return pad(Math.floor((l.day - 1) / 7) + 1, count);
    case 'E':
      return text(DAYS[l.weekday], count);
    case 'u':
      return pad(l.weekday === 0 ? 7 : l.weekday, count);
    case 'a':
      return l.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(l.hour, count);
    case 'k':
      return pad(l.hour === 0 ? 24 : l.hour, count);
    case 'K':
      return pad(l.hour % 12, count);
    case 'h':
      return pad(l.hour % 12 === 0 ? 12 : l.hour % 12, count);
    case 'm':
      return pad(l.minute, count);
    case 's':
      return pad(l.second, count);
    case 'S':
      return pad(l.ms, count);
    case 'z':
      return count >= 4 ? zone.longName(epochMs) : zone.shortName(epochMs);
    case 'Z':
      return offsetText(offsetMs, 'Z');
    default: // X
      if (count > 3) throw new GasException(`invalid ISO 8601 format: length=${count}`);
      return offsetText(offsetMs, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
  }
}

/** Utilities.formatDate: `epochMs` shown in `zone` by a SimpleDateFormat pattern. */
export function formatDate(epochMs: number, zone: Zone, pattern: string): string {
  const tokens = tokenize(pattern);
  const offsetMs = zone.offsetMs(epochMs);
  const local = localFields(epochMs + offsetMs);
  return tokens.map((t) => (t.kind === 'literal' ? t.text : formatField(t.letter, t.count, local, zone, epochMs, offsetMs))).join('');
}

interface Parsed {
  year?: number;
  twoDigitYear?: boolean;
  bc?: boolean;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hour?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  ms?: number;
  offsetMs?: number;
}

function matchName(input: string, names: readonly string[]): { index: number; length: number } | null {
  const lower = input.toLowerCase();
  // Java tries the full names, then the short ones, longest match first.
  for (const list of [names, names.map((n) => n.slice(0, 3))]) {
    for (let i = 0; i < list.length; i++) if (lower.startsWith(list[i].toLowerCase())) return { index: i, length: list[i].length };
  }
  return null;
}

function parseOffset(input: string, zones: ZoneCache, nowMs: number): { offsetMs: number; length: number } | null {
  if (input.startsWith('Z')) return { offsetMs: 0, length: 1 };
  const numeric = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?/.exec(input);
  if (numeric) {
    const ms = (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0)) * 60_000 * (numeric[1] === '-' ? -1 : 1);
    return { offsetMs: ms, length: numeric[0].length };
  }
  if (/^(GMT|UTC)/.test(input)) return { offsetMs: 0, length: 3 };
  const name = /^[A-Z]{3,5}/.exec(input)?.[0];
  if (name) {
    for (const [id, pair] of Object.entries(JAVA_SHORT_NAMES)) {
      const at = pair.indexOf(name);
      if (at < 0) continue;
      const zone = zones.get(id);
      const year = new Date(nowMs).getUTCFullYear();
      const winter = zone.offsetMs(Date.UTC(year, 0, 1));
      const summer = zone.offsetMs(Date.UTC(year, 6, 1));
      return { offsetMs: at === 1 ? Math.max(winter, summer) : Math.min(winter, summer), length: name.length };
    }
  }
  return null;
}

/**
 * Utilities.parseDate: lenient like SimpleDateFormat (month 13 rolls into next year), trailing text
 * ignored, fields absent from the pattern taken from 1970-01-01 00:00:00; `nowMs` anchors `yy`.
 */
export function parseDate(input: string, zone: Zone, pattern: string, nowMs: number, zones: ZoneCache): number {
  const fail = (): GasException => new GasException(`Unparseable date: "${input}"`);
  const tokens = tokenize(pattern);
  const p: Parsed = {};
  let pos = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === 'literal') {
      if (!input.startsWith(token.text, pos)) throw fail();
      pos += token.text.length;
      continue;
    }
    const rest = input.slice(pos);
    const { letter, count } = token;
    const textual = letter === 'G' || letter === 'E' || letter === 'a' || letter === 'z' || letter === 'Z' || letter === 'X' || ((letter === 'M' || letter === 'L') && count >= 3);
    if (textual) {
      if (letter === 'M' || letter === 'L') {
        const m = matchName(rest, MONTHS);
        if (!m) throw fail();
        p.month = m.index + 1;
        pos += m.length;
      } else if (letter === 'E') {
        const m = matchName(rest, DAYS);
        if (!m) throw fail();
        pos += m.length;
      } else if (letter === 'a' || letter === 'G') {
        const m = /^(AM|PM|AD|BC)/i.exec(rest);
        if (!m) throw fail();
        const word = m[1].toUpperCase();
        if (letter === 'a') p.pm = word === 'PM';
        else p.bc = word === 'BC';
        pos += 2;
      } else {
        const offset = parseOffset(rest, zones, nowMs);
        if (!offset) throw fail();
        p.offsetMs = offset.offsetMs;
        pos += offset.length;
      }
      continue;
    }
    // Abutting numeric fields (yyyyMMdd) take exactly their width; otherwise all the digits there are.
    const next = tokens[t + 1];
    const abutting = next?.kind === 'field' && (NUMERIC_LETTERS.includes(next.letter) || ((next.letter === 'M' || next.letter === 'L') && next.count < 3));
    const m = (abutting ? new RegExp(`^[+-]?\\d{1,${count}}`) : /^[+-]?\d+/).exec(rest);
    if (!m) throw fail();
    const value = Number(m[0]);
    pos += m[0].length;
    switch (letter) {
      case 'y':
      case 'Y':
        p.year = value;
        p.twoDigitYear = count <= 2 && /^\d{2}$/.test(m[0]);
        break;
      case 'M':
      case 'L':
        p.month = value;
        break;
      case 'd':
        p.day = value;
        break;
      case 'D':
        p.dayOfYear = value;
        break;
      case 'H':
        p.hour = value;
        break;
      case 'k':
        p.hour = value === 24 ? 0 : value;
        break;
      case 'h':
        p.hour12 = value === 12 ? 0 : value;
        break;
      case 'K':
        p.hour12 = value;
        break;
      case 'm':
        p.minute = value;
        break;
      case 's':
        p.second = value;
        break;
      case 'S':
        p.ms = value;
        break;
      default: // w W F u: Java resolves them only without a day of month; the common patterns never need it
        break;
    }
  }
  let year = p.year ?? 1970;
  if (p.twoDigitYear) {
    // Java's default century: within 80 years before and 20 years after now.
    const start = new Date(nowMs).getUTCFullYear() - 80;
    year += Math.floor(start / 100) * 100;
    if (year < start) year += 100;
  }
  if (p.bc) year = 1 - year;
  const hour = p.hour ?? (p.hour12 !== undefined ? p.hour12 + (p.pm ? 12 : 0) : 0);
  const localDate = new Date(0);
  if (p.dayOfYear !== undefined && p.month === undefined && p.day === undefined) localDate.setUTCFullYear(year, 0, p.dayOfYear);
  else localDate.setUTCFullYear(year, (p.month ?? 1) - 1, p.day ?? 1);
  localDate.setUTCHours(hour, p.minute ?? 0, p.second ?? 0, p.ms ?? 0);
  const local = localDate.getTime();
  if (p.offsetMs !== undefined) return local - p.offsetMs;
  // The zone's offset at the instant itself: two passes settle it except inside a DST gap.
  const first = local - zone.offsetMs(local);
  return local - zone.offsetMs(first);
}
