/**
 * Utilities, Session, Logger/console, ScriptApp and MimeType fidelity: vectors 41 and 42 of
 * ../shared/reference/gas-api.md §11 and Java SimpleDateFormat's letters as formatDate documents them.
 */
import { inExecution, project, workspace } from '../support/baseFixture';

// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// "formats date according to specification described in Java SE SimpleDateFormat class"
// (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html).
describe('Utilities.formatDate (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String))', () => {
  const format = (iso: string, zone: string, pattern: string): string => {
    const ws = workspace();
    return inExecution(ws, (g) => g.Utilities.formatDate(new Date(iso), zone, pattern));
  };

  // Vector 41.
  it('formats in the given time zone and refuses an unquoted non-pattern letter', () => {
    expect(format('2026-01-01T00:00:00Z', 'Europe/Moscow', 'yyyy-MM-dd HH:mm')).toBe('2026-01-01 03:00');
    expect(format('2026-01-01T00:00:00Z', 'Europe/Moscow', "yyyy-MM-dd'T'HH")).toBe('2026-01-01T03');
    expect(() => format('2026-01-01T00:00:00Z', 'Europe/Moscow', 'yyyy-MM-ddTHH')).toThrow("Illegal pattern character 'T'");
    expect(() => format('2026-01-01T00:00:00Z', 'Europe/Moscow', 'dd b')).toThrow("Illegal pattern character 'b'");
  });

  it('implements every SimpleDateFormat letter with English names', () => {
    const at = '2026-01-01T00:00:00.007Z'; // Thursday, 03:00:00.007 in Moscow
    expect(format(at, 'Europe/Moscow', 'G yyyy yy y MMMM MMM MM M L d dd D DDD')).toBe('AD 2026 26 2026 January Jan 01 1 1 1 01 1 001');
    expect(format(at, 'Europe/Moscow', 'E EEEE u F w W a')).toBe('Thu Thursday 4 1 1 1 AM');
    expect(format(at, 'Europe/Moscow', 'H HH k K h hh m mm s ss S SSS')).toBe('3 03 3 3 3 03 0 00 0 00 7 007');
    expect(format(at, 'Europe/Moscow', 'z zzzz Z X XX XXX')).toBe('MSK Moscow Standard Time +0300 +03 +0300 +03:00');
    expect(format('2026-03-15T23:30:00Z', 'UTC', 'k K h a EEE W F u')).toBe('23 11 11 PM Sun 3 3 7');
    expect(format('2026-03-16T00:30:00Z', 'UTC', 'k H K h a')).toBe('24 0 0 12 AM');
  });

  // Week-based year "YYYY" differs from "yyyy" in the last days of December (gas-api.md §8).
  it('counts weeks as Java’s US calendar does: YYYY and w move to next year in the week holding 1 January', () => {
    expect(format('2025-12-28T12:00:00Z', 'UTC', 'yyyy YYYY w')).toBe('2025 2026 1');
    expect(format('2025-12-27T12:00:00Z', 'UTC', 'yyyy YYYY w')).toBe('2025 2025 52');
  });

  it('quotes text with single quotes and writes a quote as two', () => {
    expect(format('2026-01-01T15:00:00Z', 'UTC', "h 'o''clock' a")).toBe("3 o'clock PM");
    expect(format('2026-01-01T15:00:00Z', 'UTC', "''yy''")).toBe("'26'");
    expect(format('2026-01-01T15:00:00Z', 'UTC', 'dd.MM.yyyy г.')).toBe('01.01.2026 г.');
    expect(() => format('2026-01-01T15:00:00Z', 'UTC', "yyyy'T")).toThrow('Unterminated quote');
  });

  // Java's TimeZone.getTimeZone: custom "GMT+hh:mm" IDs, and an unknown ID means GMT.
  it('resolves zones as Java does: daylight time, custom GMT offsets, unknown IDs as GMT', () => {
    expect(format('2026-07-01T12:00:00Z', 'America/New_York', 'HH:mm z Z')).toBe('08:00 EDT -0400');
    expect(format('2026-01-01T00:00:00Z', 'GMT+05:30', 'HH:mm z XXX')).toBe('05:30 GMT+05:30 +05:30');
    expect(format('2026-01-01T00:00:00Z', 'Mars/Olympus', 'HH:mm z X')).toBe('00:00 GMT Z');
  });

  it('refuses a date given as a string, by the method signature', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      expect(() => g.Utilities.formatDate('2026-01-01' as unknown as GoogleAppsScript.Base.Date, 'UTC', 'yyyy')).toThrow(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    });
  });

  it('formats the script’s own dates, made on the virtual clock', () => {
    const addon = project(`function today() { return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'dd.MM.yyyy HH:mm'); }`);
    addon.ws.rt.clock.set(Date.UTC(2026, 8, 1, 6, 0, 0));
    expect(addon.run('today')).toBe('01.09.2026 09:00');
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String)
describe('Utilities.parseDate (developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String))', () => {
  const parse = (text: string, zone: string, pattern: string): string => {
    const ws = workspace();
    ws.rt.clock.set(Date.UTC(2026, 0, 15));
    return inExecution(ws, (g) => g.Utilities.parseDate(text, zone, pattern).toISOString());
  };

  it('reads the common patterns in the given zone', () => {
    expect(parse('2022-09-01', 'Europe/Moscow', 'yyyy-MM-dd')).toBe('2022-08-31T21:00:00.000Z');
    expect(parse('01.09.2026 14:30', 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('2026-09-01T11:30:00.000Z');
    expect(parse('20260901', 'UTC', 'yyyyMMdd')).toBe('2026-09-01T00:00:00.000Z');
    expect(parse('Sep 1, 2026 3:05 PM', 'UTC', 'MMM d, yyyy h:mm a')).toBe('2026-09-01T15:05:00.000Z');
    expect(parse('1 September 2026', 'UTC', 'd MMMM yyyy')).toBe('2026-09-01T00:00:00.000Z');
    expect(parse('2026-09-01T10:00:00+05:00', 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-09-01T05:00:00.000Z');
  });

  it('is lenient like SimpleDateFormat, ignores trailing text, and puts two-digit years near now', () => {
    expect(parse('2026-13-01', 'UTC', 'yyyy-MM-dd')).toBe('2027-01-01T00:00:00.000Z');
    expect(parse('2026-09-01 и дальше', 'UTC', 'yyyy-MM-dd')).toBe('2026-09-01T00:00:00.000Z');
    expect(parse('01/09/26', 'UTC', 'dd/MM/yy')).toBe('2026-09-01T00:00:00.000Z');
    expect(parse('01/09/50', 'UTC', 'dd/MM/yy')).toBe('1950-09-01T00:00:00.000Z');
  });

  it('refuses text that does not fit the pattern', () => {
    expect(() => parse('вчера', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "вчера"');
    expect(() => parse('2026/09/01', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "2026/09/01"');
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities
describe('other Utilities (developers.google.com/apps-script/reference/utilities/utilities)', () => {
  // "Performs sprintf-like formatting using '%'-style format strings."
  it('formats strings sprintf-like, with the page’s own examples', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const f = g.Utilities.formatString;
      expect(f('%11.6f', 6.0)).toBe('   6.000000');
      expect(f('%6s', 'abc')).toBe('   abc');
      expect(f('%-6s|', 'abc')).toBe('abc   |');
      expect(f('%05d', 42)).toBe('00042');
      expect(f('%d%%', 75)).toBe('75%');
      expect(f('%s и %s', 'Анна', 'Пётр')).toBe('Анна и Пётр');
      expect(f('%+.2e', 12345.678)).toBe('+1.23e+04');
    });
  });

  it('makes v4 UUIDs, base-64 of UTF-8 text, and signed bytes', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const [a, b] = [g.Utilities.getUuid(), g.Utilities.getUuid()];
      expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(a).not.toBe(b);
      expect(g.Utilities.base64Encode('Привет')).toBe('0J/RgNC40LLQtdGC');
      expect(g.Utilities.base64EncodeWebSafe('Привет')).toBe('0J_RgNC40LLQtdGC');
      const bytes = g.Utilities.base64Decode('0J/RgNC40LLQtdGC');
      expect(bytes).toEqual([-48, -97, -47, -128, -48, -72, -48, -78, -48, -75, -47, -126]);
      expect(g.Utilities.base64Encode(bytes)).toBe('0J/RgNC40LLQtdGC');
      expect(g.Utilities.base64DecodeWebSafe('0J_RgNC40LLQtdGC')).toEqual(bytes);
    });
  });

  it('sleeps in virtual time only', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const before = ws.rt.clock.now();
      const wall = Date.now();
      g.Utilities.sleep(120_000);
      expect(ws.rt.clock.now() - before).toBeGreaterThanOrEqual(120_000);
      expect(Date.now() - wall).toBeLessThan(1000);
    });
  });
});

// https://developers.google.com/apps-script/reference/base/session
describe('Session (developers.google.com/apps-script/reference/base/session)', () => {
  // Vector 42: getScriptTimeZone() is the manifest's timeZone.
  it('gives the manifest time zone, the user’s locale and a stable key that does not reveal the user', () => {
    const addon = project(`function info() { return [Session.getScriptTimeZone(), Session.getActiveUserLocale(), Session.getTemporaryActiveUserKey(), Session.getEffectiveUser().getEmail()]; }`, {
      manifestTimeZone: 'Asia/Yekaterinburg',
    });
    const [zone, locale, key, effective] = addon.run<string[]>('info');
    expect([zone, locale, effective]).toEqual(['Asia/Yekaterinburg', 'ru', 'coordinator@school13.example']);
    expect(addon.run<string[]>('info')[2]).toBe(key);
    expect(key).not.toContain('coordinator');
    expect(key.length).toBeGreaterThan(20);
  });
});

// https://developers.google.com/apps-script/reference/base/logger and …/base/console
describe('Logger and console (developers.google.com/apps-script/reference/base/console)', () => {
  it('writes each line to ws.logs with Google’s levels; Logger.getLog holds this execution only', () => {
    const addon = project(`
      function first() { Logger.log('one'); }
      function second() {
        Logger.log('Имя: %s, возраст: %s', 'Анна', 30).log({ a: 1 });
        console.log('debug %d', 7.9); console.info('info'); console.warn('warn'); console.error('error', new Error('boom').message);
        return Logger.getLog();
      }`);
    addon.run('first');
    expect(addon.run('second')).toBe('Имя: Анна, возраст: 30\n{"a":1}\n');
    expect(addon.ws.logs).toEqual([
      'INFO: one',
      'INFO: Имя: Анна, возраст: 30',
      'INFO: {"a":1}',
      'DEBUG: debug 7',
      'INFO: info',
      'WARNING: warn',
      'ERROR: error boom',
    ]);
  });

  it('times a labelled span in virtual time', () => {
    const addon = project(`function timed() { console.time('работа'); Utilities.sleep(1500); console.timeEnd('работа'); }`);
    addon.run('timed');
    expect(addon.ws.logs).toHaveLength(1);
    expect(addon.ws.logs[0]).toMatch(/^DEBUG: работа: 15\d\dms$/);
  });
});

// https://developers.google.com/apps-script/reference/script/auth-mode and …/base/mime-type
describe('ScriptApp and MimeType (developers.google.com/apps-script/reference/script/script-app)', () => {
  it('gives the AuthMode enum, a script ID and MIME types, and names what it lacks', () => {
    const addon = project(`
      function enums() { return [ScriptApp.AuthMode.NONE, ScriptApp.AuthMode.LIMITED, ScriptApp.AuthMode.FULL, ScriptApp.getScriptId().length, MimeType.PDF, MimeType.GOOGLE_DOCS]; }
      function typo() { return MimeType.GOOGLE_DOC; }`);
    expect(addon.run('enums')).toEqual(['NONE', 'LIMITED', 'FULL', 57, 'application/pdf', 'application/vnd.google-apps.document']);
    expect(() => addon.run('typo')).toThrow('Emulator: MimeType.GOOGLE_DOC is not implemented');
  });
});
