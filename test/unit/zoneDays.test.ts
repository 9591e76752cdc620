/**
 * Calendar days of a zone by arithmetic (src/workspace/zoneDays.ts) agree with Utilities.formatDate/parseDate —
 * Java's zone rules, as the emulator implements them — for every day of two years, daylight-saving zones included,
 * while asking Google for an offset only twice a month.
 */
import { Workspace } from '../../emulator/workspace';
import { ZoneDays } from '../../src/workspace/zoneDays';

const ZONES = ['Europe/Moscow', 'Asia/Vladivostok', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];

describe('ZoneDays', () => {
  let ws: Workspace;
  let utilities: GoogleAppsScript.Utilities.Utilities;
  beforeEach(() => {
    ws = new Workspace();
    ws.rt.begin({ kind: 'editor', functionName: 'test' });
    utilities = ws.globals().Utilities as GoogleAppsScript.Utilities.Utilities;
    (globalThis as { Utilities?: unknown }).Utilities = utilities;
  });
  afterEach(() => {
    ws.rt.end();
    delete (globalThis as { Utilities?: unknown }).Utilities;
  });

  it.each(ZONES)('reads and writes every day of 2022–2023 in %s as Utilities does', (zone) => {
    const days = new ZoneDays(zone);
    for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2024, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const midnight = utilities.parseDate(iso, zone, 'yyyy-MM-dd');
      expect(days.midnight(iso).getTime()).toBe(midnight.getTime());
      expect(days.isoDay(midnight)).toBe(iso);
      // A time late in the day stays on that day.
      const evening = new Date(midnight.getTime() + 23 * 3_600_000);
      expect(days.isoDay(evening)).toBe(utilities.formatDate(evening, zone, 'yyyy-MM-dd'));
    }
  });

  it('asks for the offset twice a month, not once per cell', () => {
    const days = new ZoneDays('Europe/Moscow');
    ws.rt.meter.resetWindow();
    for (let i = 0; i < 1_000; i++) days.isoDay(new Date(Date.UTC(2022, 8, 1 + (i % 28), 21)));
    expect(ws.rt.meter.window()['Utilities.formatDate']).toBe(2);
  });
});
