/**
 * «Мероприятия: протокол…» and «Мероприятия: новость для сайта…»: for an event marked «проведено», its protocol
 * (or a news draft) in Google Docs, with the programme's facts and the coordinator's own words; the link goes
 * into the event's row («Протокол», «Новость (черновик)») unless something of the coordinator's is there.
 */

import type { IsoDate } from '../domain/dates';
import { DOCUMENT_TEXT_KEYS, parseCouncil, withDocumentDefaults } from '../domain/documents/inputs';
import { newsDraftDocument } from '../domain/documents/newsDraft';
import { countsAsOf, type ProgrammeFacts, type ProtocolInput, protocolDocument, protocolProblems } from '../domain/documents/protocol';
import { parseTrainingRule, TRAINING_RULE_KEY } from '../domain/events/training';
import { ATTENDANCE_TABLE, EVENTS_TABLE, MENTORS_TABLE, PAIRS_TABLE, ROADMAP_TABLE } from '../domain/tables';
import { text } from './bankRecords';
import { type ActionResult, attendanceByEvent } from './eventsAttendance';
import { type EventDocumentOutcome, type EventDocumentPorts, writeEventDocument } from './eventsDocuments';
import { cellDate, type EventRecord, eventFromRow, findEventRow, programmeSettingsFrom, settingsValues } from './eventsRecords';
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

/**
 * The roadmap's stage and the counts that were true on `date`, from the records' own dates: pairs by «Дата
 * начала», training by the установочные сессии held (with their dates) and attended by then.
 */
export function programmeFacts(workbook: WorkbookPort, stageNumber: string, date: IsoDate, trainingRule: string): ProgrammeFacts {
  const [roadmap, mentors, pairs, events, attendance] = requireTables(workbook, ROADMAP_TABLE, MENTORS_TABLE, PAIRS_TABLE, EVENTS_TABLE, ATTENDANCE_TABLE);
  const stages = roadmap.readAll(['number', 'title']);
  const stage = stages.find((s) => text(s.values.number) === stageNumber.trim());
  const pairStarts = pairs
    .readAll(['id', 'start'])
    .filter((r) => text(r.values.id) !== '')
    .map((r) => cellDate(r.values.start));
  const parsed = parseTrainingRule(trainingRule);
  const sessions = events
    .readAll()
    .map((row) => eventFromRow(row))
    .flatMap((read) => (read.ok && read.event.kind === 'установочная сессия наставников' && read.event.status === 'проведено' ? [read.event] : []))
    .map((e) => ({ id: e.id, date: e.date, hours: e.hours ?? 0 }));
  const byEvent = attendanceByEvent(attendance);
  const attendedByMentor = mentors
    .readAll(['id', 'fullName', 'consent'])
    .filter((r) => r.values.consent === true && text(r.values.fullName) !== '')
    .map((r) => new Set(sessions.filter((s) => byEvent.get(s.id)?.present.some((p) => p.personId === text(r.values.id))).map((s) => s.id)));
  const counts = countsAsOf(date, { pairStarts, training: parsed.ok ? { rule: parsed.rule, sessions, attendedByMentor } : null });
  return {
    stageNumber: stageNumber.trim() || '—',
    stageTitle: stage ? text(stage.values.title) : 'этап не указан',
    roadmapStages: stages.length,
    ...counts,
  };
}

/** What a protocol (and its news) is written from; «Настройки» read once. */
function protocolInput(workbook: WorkbookPort, event: EventRecord): ProtocolInput {
  const values = settingsValues(workbook);
  const value = (key: string) => (values.get(key) ?? '').replace(/\s+/g, ' ').trim();
  // The curator's position: a meeting before the order that appoints her hears her by it.
  const settings = withDocumentDefaults(programmeSettingsFrom(values), { coordinatorPosition: value(DOCUMENT_TEXT_KEYS.coordinatorPosition) });
  const [attendance] = requireTables(workbook, ATTENDANCE_TABLE);
  const who = attendanceByEvent(attendance).get(event.id) ?? { present: [], absent: [] };
  return {
    settings,
    event,
    facts: programmeFacts(workbook, event.stage, event.date, value(TRAINING_RULE_KEY)),
    present: who.present,
    absent: who.absent,
    // The council that adopted the Положение, as its «ПРИНЯТО» reads it.
    council: parseCouncil(value(DOCUMENT_TEXT_KEYS.council)),
  };
}

export function makeProtocol(ports: EventsPorts, ref: string): ActionResult {
  const held = heldEvent(ports.workbook, ref, 'Протокол');
  if (!held.ok) return held;
  const { event } = held;
  const input = protocolInput(ports.workbook, event);
  const outcome = writeEventDocument(ports, `protocol:${event.id}`, protocolDocument(input));
  // What the protocol could not print (a vote that does not add up) or the coordinator should still fill in.
  return finish(ports, event, outcome, 'minutes', 'Протокол', protocolProblems(input));
}

export function makeNewsDraft(ports: EventsPorts, ref: string): ActionResult {
  const held = heldEvent(ports.workbook, ref, 'Новость');
  if (!held.ok) return held;
  const outcome = writeEventDocument(ports, `news:${held.event.id}`, newsDraftDocument(protocolInput(ports.workbook, held.event)));
  return finish(ports, held.event, outcome, 'news', 'Черновик новости');
}

function finish(ports: EventsPorts, event: EventRecord, outcome: EventDocumentOutcome, column: 'minutes' | 'news', what: string, problems: readonly string[] = []): ActionResult {
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
  const message = [`${event.id}: ${what.toLowerCase()} ${outcome.made ? 'создан' : 'обновлён'}: ${outcome.url}`, ...problems].join('\n');
  ports.journal().log('Мероприятия', message);
  return { ok: true, message };
}
