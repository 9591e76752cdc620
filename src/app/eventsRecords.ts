/**
 * «Мероприятия» rows as records: the kind read whatever the case typed, counts typed as numbers or text,
 * an event found by its ID («М-001», «м-1», «1») with a Russian message when it is not there.
 */
import { type IsoDate, parseUserDate } from '../domain/dates';
import type { EventFacts } from '../domain/documents/protocol';
import { eventKindOf } from '../domain/events/kinds';
import { type ProgrammeSettings, settingsFromRows } from '../domain/programme';
import { knownStatus } from '../domain/statuses';
import { EVENT_STATUSES, SETTINGS_TABLE } from '../domain/tables';
import { count, text } from './bankRecords';
import type { TablePort, TableRow, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

export interface EventRecord extends EventFacts {
  readonly rowNumber: number;
  readonly stage: string;
  readonly status: string;
}

export type EventRead = { ok: true; event: EventRecord } | { ok: false; message: string };

export function eventFromRow(row: TableRow): EventRead {
  const v = row.values;
  const id = text(v.id);
  const name = id || `в строке ${row.rowNumber}`;
  const date = cellDate(v.date);
  if (!date) return { ok: false, message: `Мероприятие ${name}: не указана дата (столбец «Дата»).` };
  const kind = eventKindOf(text(v.kind)) ?? (text(v.kind) === '' ? 'другое' : null);
  if (!kind) return { ok: false, message: `Мероприятие ${name}: вид «${text(v.kind)}» не из списка — выберите его в столбце «Вид».` };
  return {
    ok: true,
    event: {
      rowNumber: row.rowNumber,
      id,
      date,
      stage: text(v.stage),
      kind,
      title: text(v.title) || kind,
      audience: text(v.audience),
      place: text(v.place),
      number: text(v.number),
      chair: text(v.chair),
      secretary: text(v.secretary),
      agenda: text(v.agenda),
      heard: text(v.heard),
      speakers: text(v.speakers),
      decisions: text(v.decisions),
      votes: text(v.votes),
      presentCount: count(v.attendance),
      absentCount: count(v.absent),
      hours: hoursOf(v.hours),
      form: text(v.form),
      status: knownStatus(text(v.status), EVENT_STATUSES) ?? text(v.status),
    },
  };
}

/** A date cell as the table reads it («2022-08-30» or a typed «30.08.2022»); null when empty or unreadable. */
export function cellDate(value: unknown): IsoDate | null {
  const t = typeof value === 'string' ? value.trim() : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  return parseUserDate(t);
}

function hoursOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const m = /^\s*(\d+(?:[.,]\d+)?)/.exec(typeof value === 'string' ? value : '');
  return m ? Number(m[1].replace(',', '.')) : null;
}

/** «М-001», «м-1», «1» all name the event М-001. */
export function sameEventId(typed: string, id: string): boolean {
  const norm = (s: string) => {
    const m = /^(?:[мm]\s*-?\s*)?0*(\d+)$/i.exec(s.trim());
    return m ? `М-${m[1]}` : s.trim().toUpperCase();
  };
  return typed.trim() !== '' && norm(typed) === norm(id);
}

export function findEventRow(events: TablePort, ref: string): { ok: true; row: TableRow } | { ok: false; message: string } {
  const rows = events.readAll();
  const row = rows.find((r) => sameEventId(ref, text(r.values.id)));
  if (!row) {
    return { ok: false, message: `Мероприятие «${ref.trim()}» не найдено в листе «Мероприятия»: укажите его ID из первого столбца (например, М-001).` };
  }
  return { ok: true, row };
}

export function programmeSettings(workbook: WorkbookPort): ProgrammeSettings {
  return programmeSettingsFrom(settingsValues(workbook));
}

/** «Настройки» as key → value, in one read, for an action that needs several of its rows. */
export function settingsValues(workbook: WorkbookPort): ReadonlyMap<string, string> {
  const [settingsTable] = requireTables(workbook, SETTINGS_TABLE);
  return new Map(settingsTable.readAll().map((r) => [String(r.values.key), String(r.values.value ?? '')]));
}

export function programmeSettingsFrom(values: ReadonlyMap<string, string>): ProgrammeSettings {
  const settings = settingsFromRows(values);
  if (!settings) throw new Error('Программа не настроена: выберите «Настроить программу…».');
  return settings;
}

/** A settings row's value by key ('' when absent). */
export function settingValue(workbook: WorkbookPort, key: string): string {
  const [settingsTable] = requireTables(workbook, SETTINGS_TABLE);
  const row = settingsTable.readAll().find((r) => String(r.values.key) === key);
  return row ? String(row.values.value ?? '') : '';
}
