/**
 * Time zones and Java SimpleDateFormat, as Utilities.formatDate uses them
 * (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String):
 * "formats date according to specification described in Java SE SimpleDateFormat class").
 */
import { GasException } from '../runtime';

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 1 = Monday … 7 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(date: Date, timeZone: string): ZonedParts {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, fmt);
  }
  const get = (type: string): string => fmt.formatToParts(date).find((p) => p.type === type)?.value ?? '0';
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: weekdays.indexOf(get('weekday')) + 1,
  };
}

/** Offset of `timeZone` from UTC at `date`, in ms (Moscow: +3 h). */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PATTERN_LETTERS = new Set('GyYMLwWDdFEuaHkKhmsSzZX'.split(''));

/** Java SimpleDateFormat: unquoted ASCII letters that are not pattern letters throw, as Apps Script does. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const offset = zoneOffsetMs(date, timeZone) / 60000;
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new GasException('Unterminated quote');
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    if (!PATTERN_LETTERS.has(ch)) throw new GasException(`Illegal pattern character '${ch}'`);
    let n = 1;
    while (pattern[i + n] === ch) n++;
    out += field(ch, n, p, offset, date);
    i += n;
  }
  return out;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function field(ch: string, n: number, p: ZonedParts, offsetMinutes: number, date: Date): string {
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  switch (ch) {
    case 'G':
      return 'AD';
    case 'y':
    case 'Y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[p.month - 1];
      if (n === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'D': {
      const start = Date.UTC(p.year, 0, 1);
      return pad(Math.floor((Date.UTC(p.year, p.month - 1, p.day) - start) / 86_400_000) + 1, n);
    }
    case 'E':
      return n >= 4 ? DAYS[p.weekday - 1] : DAYS[p.weekday - 1].slice(0, 3);
    case 'u':
      return pad(p.weekday, n);
    case 'F':
      return pad(Math.floor((p.day - 1) / 7) + 1, n);
    case 'w':
    case 'W':
      return pad(Math.ceil(p.day / 7), n);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, n);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, n);
    case 'K':
      return pad(p.hour % 12, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(((date.getTime() % 1000) + 1000) % 1000, n);
    case 'z':
      return `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    case 'Z':
      return `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
    default:
      return n === 1 ? `${sign}${pad(Math.floor(abs / 60), 2)}` : `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  }
}

/** Utilities.parseDate for numeric patterns (yyyy, MM, dd, HH, mm, ss and literal separators). */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  const order: string[] = [];
  const regex = pattern.replace(/yyyy|MM|dd|HH|mm|ss|[.*+?^${}()|[\]\\]/g, (token) => {
    if (/^[yMdHms]/.test(token)) {
      order.push(token[0]);
      return token === 'yyyy' ? '(\\d{4})' : '(\\d{1,2})';
    }
    return `\\${token}`;
  });
  const m = new RegExp(`^${regex}`).exec(text.trim());
  if (!m) throw new GasException(`Unparseable date: "${text}"`);
  const part = (letter: string, fallback: number): number => {
    const at = order.indexOf(letter);
    return at < 0 ? fallback : Number(m[at + 1]);
  };
  const asUtc = Date.UTC(part('y', 1970), part('M', 1) - 1, part('d', 1), part('H', 0), part('m', 0), part('s', 0));
  const guess = new Date(asUtc);
  return new Date(asUtc - zoneOffsetMs(new Date(asUtc - zoneOffsetMs(guess, timeZone)), timeZone));
}
