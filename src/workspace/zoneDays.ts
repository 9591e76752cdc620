/**
 * Calendar days of the spreadsheet's time zone without a service call per cell. Converting each date cell
 * with Utilities.formatDate made every sheet reader cost one call per date: a year of events or meetings grew
 * every action. A zone's UTC offset is asked for once per month (at both ends, so a month with a daylight-saving
 * change is noticed and converted cell by cell as before); the rest is arithmetic.
 */

const DAY_MS = 86_400_000;

export class ZoneDays {
  /** UTC offset in ms of each 'year-month' (UTC), or null when it changes within that month. */
  private readonly monthOffsets = new Map<string, number | null>();

  constructor(private readonly timeZone: string) {}

  /** «2022-09-01» for the day `date` falls on in the zone. */
  isoDay(date: Date): string {
    const offset = this.offsetOfMonth(date.getUTCFullYear(), date.getUTCMonth());
    if (offset === null) return Utilities.formatDate(date, this.timeZone, 'yyyy-MM-dd');
    return new Date(date.getTime() + offset).toISOString().slice(0, 10);
  }

  /** Midnight of the day «2022-09-01» in the zone. */
  midnight(isoDay: string): Date {
    const [y, m, d] = isoDay.split('-').map(Number);
    const offset = this.offsetOfMonth(y, m - 1);
    if (offset === null) return Utilities.parseDate(isoDay, this.timeZone, 'yyyy-MM-dd');
    return new Date(Date.UTC(y, m - 1, d) - offset);
  }

  private offsetOfMonth(year: number, month: number): number | null {
    const key = `${year}-${month}`;
    const known = this.monthOffsets.get(key);
    if (known !== undefined) return known;
    // A day either side of the UTC month covers every local day whose midnight falls in it.
    const before = this.offsetAt(new Date(Date.UTC(year, month, 1) - DAY_MS));
    const after = this.offsetAt(new Date(Date.UTC(year, month + 1, 1) + DAY_MS));
    const offset = before === after ? before : null;
    this.monthOffsets.set(key, offset);
    return offset;
  }

  /** «+0300» → 3 h in ms (Java's pattern letter Z, as Utilities.formatDate writes it). */
  private offsetAt(date: Date): number {
    const z = Utilities.formatDate(date, this.timeZone, 'Z');
    const match = /^([+-])(\d{2})(\d{2})$/.exec(z);
    if (!match) return Number.NaN;
    const ms = (Number(match[2]) * 60 + Number(match[3])) * 60_000;
    return match[1] === '-' ? -ms : ms;
  }
}
