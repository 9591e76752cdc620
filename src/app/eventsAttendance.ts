/**
 * «Мероприятия: отметить присутствующих…»: lists in «Посещаемость» the staff expected at an event (mentors for
 * a training session; mentors and mentees — the staff in the banks, with consent — for a council, a conference
 * or a round table) for the coordinator to tick. People already listed keep their ticks; parents and students
 * are counted in «Присутствовало», never listed.
 */
import { KINDS } from '../domain/events/kinds';
import { ATTENDANCE_TABLE, EVENTS_TABLE, MENTEES_TABLE, MENTORS_TABLE } from '../domain/tables';
import { text } from './bankRecords';
import { eventFromRow, findEventRow } from './eventsRecords';
import type { JournalPort, LockPort, Row, TablePort, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

export interface AttendancePorts {
  readonly workbook: WorkbookPort;
  readonly lock: LockPort;
  readonly journal: () => JournalPort;
}

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

const consented = (row: Row): boolean => row.consent === true && text(row.status) !== 'отозвал согласие' && text(row.fullName) !== '';

export function listAttendees(ports: AttendancePorts, ref: string): ActionResult {
  return ports.lock.withDocumentLock(() => {
    const [events, attendance, mentors, mentees] = requireTables(ports.workbook, EVENTS_TABLE, ATTENDANCE_TABLE, MENTORS_TABLE, MENTEES_TABLE);
    const found = findEventRow(events, ref);
    if (!found.ok) return found;
    const read = eventFromRow(found.row);
    if (!read.ok) return read;
    const event = read.event;
    if (!KINDS[event.kind].staff) {
      return { ok: false, message: `${event.id} — ${event.kind}: родителей и обучающихся не перечисляют поимённо. Укажите их число в столбце «Присутствовало».` };
    }
    const people = [
      ...mentors.readAll().filter((r) => consented(r.values)).map((r) => ({ id: text(r.values.id), name: text(r.values.fullName), role: 'наставник' })),
      ...(event.kind === 'установочная сессия наставников'
        ? []
        : mentees.readAll().filter((r) => consented(r.values)).map((r) => ({ id: text(r.values.id), name: text(r.values.fullName), role: 'наставляемый' }))),
    ];
    const listed = new Set(attendance.readAll(['eventId', 'personId']).filter((r) => text(r.values.eventId) === event.id).map((r) => text(r.values.personId)));
    const fresh: Row[] = people
      .filter((person) => !listed.has(person.id))
      .map((person) => ({ eventId: event.id, event: event.title, date: event.date, personId: person.id, person: person.name, role: person.role, present: false }));
    attendance.append(fresh);
    const message = `${event.id}: в лист «Посещаемость» добавлено ${fresh.length} чел. (уже были: ${listed.size}). Отметьте «Присутствовал(а)».`;
    ports.journal().log('Мероприятия', message);
    return { ok: true, message };
  });
}

export interface AttendanceOf {
  readonly present: { fullName: string; role: string; personId: string }[];
  readonly absent: { fullName: string; role: string; personId: string }[];
}

/** Who was ticked present (and listed but not ticked) at each event, from one read of «Посещаемость». */
export function attendanceByEvent(attendance: TablePort): Map<string, AttendanceOf> {
  const byEvent = new Map<string, AttendanceOf>();
  for (const r of attendance.readAll()) {
    const eventId = text(r.values.eventId);
    if (eventId === '') continue;
    const entry = byEvent.get(eventId) ?? { present: [], absent: [] };
    const person = { fullName: text(r.values.person), role: text(r.values.role), personId: text(r.values.personId) };
    (r.values.present === true ? entry.present : entry.absent).push(person);
    byEvent.set(eventId, entry);
  }
  return byEvent;
}
