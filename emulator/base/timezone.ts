/**
 * Time zones for the other services (a spreadsheet's dates, a form's timestamps), through the same
 * Java-style formatter as Utilities.formatDate and one zone cache per Workspace.
 */
import type { Workspace } from '../workspace';
import { formatDate, ZoneCache } from './dateFormat';

function zones(ws: Workspace): ZoneCache {
  return ws.state('base.zones', () => new ZoneCache());
}

/** Offset of `timeZone` from UTC at `date`, in ms (Moscow: +3 h). */
export function zoneOffsetMs(ws: Workspace, date: Date, timeZone: string): number {
  return zones(ws).get(timeZone).offsetMs(date.getTime());
}

export function formatInZone(ws: Workspace, date: Date, timeZone: string, pattern: string): string {
  return formatDate(date.getTime(), zones(ws).get(timeZone), pattern);
}
