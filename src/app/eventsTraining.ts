/**
 * «Учесть обучение наставников» (stage 7.2): «Обучение пройдено» follows the held установочные сессии each mentor
 * attended, by the rule in «Настройки»; a tick of the coordinator's own (training elsewhere, with its basis) stays.
 * Then the training plan with the record of who attended what, in Google Docs.
 */
import { surnameFirst } from '../domain/documents/phrases';
import { type MentorRecord, type PlannedSession, trainingPlanDocument } from '../domain/documents/trainingPlan';
import { type HeldSession, NO_BASIS, nextTrainingMark, parseTrainingRule, ruleText, shownBasis, TRAINING_RULE_KEY, trainingOf } from '../domain/events/training';
import { ATTENDANCE_TABLE, EVENTS_TABLE, MENTORS_TABLE } from '../domain/tables';
import { text } from './bankRecords';
import type { ActionResult } from './eventsAttendance';
import { attendanceByEvent } from './eventsAttendance';
import { writeEventDocument } from './eventsDocuments';
import type { EventsPorts } from './eventsProtocol';
import { eventFromRow, programmeSettings, settingValue } from './eventsRecords';
import { requireTables } from './requireTables';

export function applyTraining(ports: EventsPorts): ActionResult {
  const parsed = parseTrainingRule(settingValue(ports.workbook, TRAINING_RULE_KEY));
  if (!parsed.ok) return parsed;
  const settings = programmeSettings(ports.workbook);
  const outcome = ports.lock.withDocumentLock(() => {
    const [events, attendance, mentors] = requireTables(ports.workbook, EVENTS_TABLE, ATTENDANCE_TABLE, MENTORS_TABLE);
    const problems: string[] = [];
    const sessions: PlannedSession[] = [];
    for (const row of events.readAll()) {
      const read = eventFromRow(row);
      if (!read.ok) {
        if (/установочн/i.test(text(row.values.kind))) problems.push(read.message);
        continue;
      }
      if (read.event.kind !== 'установочная сессия наставников' || read.event.status === 'отменено') continue;
      sessions.push({ id: read.event.id, title: read.event.title, date: read.event.date, hours: read.event.hours, form: read.event.form, status: read.event.status });
    }
    sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const held: HeldSession[] = sessions.filter((s) => s.status === 'проведено').map((s) => ({ id: s.id, hours: s.hours ?? 0 }));
    const unmeasured = sessions.filter((s) => s.status === 'проведено' && s.hours === null).map((s) => s.id);
    if (parsed.rule.kind === 'hours' && unmeasured.length > 0) problems.push(`Не указаны часы проведённых сессий: ${unmeasured.join(', ')} — они не засчитаны.`);
    const byEvent = attendanceByEvent(attendance);
    const attendedBy = new Map<string, Set<string>>();
    for (const s of held) for (const p of byEvent.get(s.id)?.present ?? []) {
      const set = attendedBy.get(p.personId) ?? new Set<string>();
      set.add(s.id);
      attendedBy.set(p.personId, set);
    }
    const records: MentorRecord[] = [];
    let changed = 0;
    for (const row of mentors.readAll()) {
      const id = text(row.values.id);
      if (id === '' || text(row.values.fullName) === '' || row.values.consent !== true) continue;
      const attended = attendedBy.get(id) ?? new Set<string>();
      const training = trainingOf(parsed.rule, held, attended);
      const current = { trained: row.values.trained === true, basis: text(row.values.trainingBasis) };
      const next = nextTrainingMark(current, training);
      if (next) {
        mentors.writeRows(row.rowNumber, [{ trained: next.trained, trainingBasis: next.basis }], ['trained', 'trainingBasis']);
        changed++;
      }
      const mark = next ?? current;
      records.push({ fullName: text(row.values.fullName), attended: [...attended], trained: mark.trained, basis: shownBasis(mark, training) });
    }
    return { sessions, records, changed, problems };
  });
  const model = trainingPlanDocument({ settings, sessions: outcome.sessions, mentors: outcome.records, rule: ruleText(parsed.rule) });
  const written = writeEventDocument(ports, 'training-plan', model);
  const trained = outcome.records.filter((r) => r.trained).length;
  const unfounded = outcome.records.filter((r) => r.trained && r.basis === NO_BASIS).map((r) => surnameFirst(r.fullName));
  const lines = [
    `Обучение пройдено: ${trained} из ${outcome.records.length} наставников (правило: ${ruleText(parsed.rule)}). Изменено строк: ${outcome.changed}.`,
    ...(unfounded.length > 0
      ? [`Обучение отмечено без основания (${unfounded.length}): ${unfounded.join(', ')} — впишите в «Обучение: основание» курс и удостоверение; в плане обучения для них оставлен пропуск «удостоверение № _____ от _____».`]
      : []),
    written.kind === 'written' ? `План обучения: ${written.url}` : `План обучения изменён вручную и не перезаписан: ${written.url}`,
    ...outcome.problems,
  ];
  ports.journal().log('Обучение наставников', lines.join(' '));
  return { ok: true, message: lines.join('\n') };
}
