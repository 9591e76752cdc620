/**
 * «Мероприятия: протокол…» and «Мероприятия: новость для сайта…»: for an event marked «проведено», its protocol
 * (or a news draft) in Google Docs, with the programme's facts and the coordinator's own words; the link goes
 * into the event's row («Протокол», «Новость (черновик)») unless something of the coordinator's is there.
 */

import { newsDraftDocument } from '../domain/documents/newsDraft';
import { type ProgrammeFacts, protocolDocument } from '../domain/documents/protocol';
import { ATTENDANCE_TABLE, EVENTS_TABLE, MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, ROADMAP_TABLE } from '../domain/tables';
import { isActivePair, pairFromRow, text } from './bankRecords';
import { type ActionResult, attendanceByEvent } from './eventsAttendance';
import { type EventDocumentOutcome, type EventDocumentPorts, writeEventDocument } from './eventsDocuments';
import { type EventRecord, eventFromRow, findEventRow, programmeSettings } from './eventsRecords';
import type { ClockPort, JournalPort, LockPort, WorkbookPort } from './ports';
import { syncPublications } from './publications';
import { requireTables } from './requireTables';

export interface EventsPorts extends EventDocumentPorts {
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly journal: () => JournalPort;
}

type Held = { ok: true; event: EventRecord } | { ok: false; message: string };

function heldEvent(workbook: WorkbookPort, ref: string, what: string): Held {
  const [events] = requireTables(workbook, EVENTS_TABLE);
  if (ref.trim() === '') return { ok: false, message: 'Укажите ID мероприятия из листа «Мероприятия» (например, М-001).' };
  const found = findEventRow(events, ref);
  if (!found.ok) return found;
  const read = eventFromRow(found.row);
  if (!read.ok) return read;
  if (read.event.status !== 'проведено') {
    return { ok: false, message: `${read.event.id}: ${what} пишется для проведённого мероприятия. Отметьте в «Статусе» «проведено» (сейчас: «${read.event.status || 'пусто'}»).` };
  }
  return { ok: true, event: read.event };
}

export function programmeFacts(workbook: WorkbookPort, stageNumber: string): ProgrammeFacts {
  const [roadmap, mentors, mentees, pairs] = requireTables(workbook, ROADMAP_TABLE, MENTORS_TABLE, MENTEES_TABLE, PAIRS_TABLE);
  const stages = roadmap.readAll(['number', 'title']);
  const stage = stages.find((s) => text(s.values.number) === stageNumber.trim());
  const inBank = (rows: ReturnType<typeof mentors.readAll>) => rows.filter((r) => r.values.consent === true && text(r.values.fullName) !== '');
  const mentorRows = inBank(mentors.readAll());
  return {
    stageNumber: stageNumber.trim() || '—',
    stageTitle: stage ? text(stage.values.title) : 'этап не указан',
    roadmapStages: stages.length,
    mentors: mentorRows.length,
    mentees: inBank(mentees.readAll()).length,
    trainedMentors: mentorRows.filter((r) => r.values.trained === true).length,
    pairs: pairs.readAll().filter((r) => isActivePair(pairFromRow(r.rowNumber, r.values))).length,
  };
}

export function makeProtocol(ports: EventsPorts, ref: string): ActionResult {
  const held = heldEvent(ports.workbook, ref, 'Протокол');
  if (!held.ok) return held;
  const { event } = held;
  const settings = programmeSettings(ports.workbook);
  const [attendance] = requireTables(ports.workbook, ATTENDANCE_TABLE);
  const who = attendanceByEvent(attendance).get(event.id) ?? { present: [], absent: [] };
  const model = protocolDocument({ settings, event, facts: programmeFacts(ports.workbook, event.stage), present: who.present, absent: who.absent });
  const outcome = writeEventDocument(ports, `protocol:${event.id}`, model);
  return finish(ports, event, outcome, 'minutes', 'Протокол');
}

export function makeNewsDraft(ports: EventsPorts, ref: string): ActionResult {
  const held = heldEvent(ports.workbook, ref, 'Новость');
  if (!held.ok) return held;
  const settings = programmeSettings(ports.workbook);
  const outcome = writeEventDocument(ports, `news:${held.event.id}`, newsDraftDocument(settings, held.event));
  return finish(ports, held.event, outcome, 'news', 'Черновик новости');
}

function finish(ports: EventsPorts, event: EventRecord, outcome: EventDocumentOutcome, column: 'minutes' | 'news', what: string): ActionResult {
  if (outcome.kind === 'hand-edited') {
    const message = `${event.id}: ${what.toLowerCase()} изменён вручную${outcome.modified ? ` (${outcome.modified})` : ''} и не перезаписан: ${outcome.url}`;
    ports.journal().log('Мероприятия', message);
    return { ok: true, message };
  }
  ports.lock.withDocumentLock(() => {
    const [events] = requireTables(ports.workbook, EVENTS_TABLE);
    const row = events.readAll(['id', column]).find((r) => text(r.values.id) === event.id);
    const current = row ? text(row.values[column]) : '';
    // A link or a note of the coordinator's own in the cell stays.
    if (row && current !== outcome.url && (current === '' || current.startsWith('https://docs.google.com/'))) {
      events.writeRows(row.rowNumber, [{ [column]: outcome.url }], [column]);
    }
    // The draft joins «Публикации» at once, its link in «Черновик или файл»; the date and site link stay the coordinator's.
    if (column === 'news') syncPublications(ports.workbook);
  });
  const message = `${event.id}: ${what.toLowerCase()} ${outcome.made ? 'создан' : 'обновлён'}: ${outcome.url}`;
  ports.journal().log('Мероприятия', message);
  return { ok: true, message };
}
