/**
 * Stage 8.4, the pairs' work: a mentor's report («Встреча пары») goes into the log «Встречи» — the pair's only
 * when its mentor sent it — and each pair's first and last meeting, count, progress and stall flag follow in
 * «Пары и группы». Run by the one form-submit trigger and by «Обновить банки»; every table is read once.
 */
import { splitList } from '../domain/catalog';
import { formatRussianDate, type IsoDate } from '../domain/dates';
import { schoolYear, schoolYearOf } from '../domain/documents/schoolYear';
import { verbatimKeys } from '../domain/intake';
import {
  COUNTED,
  checkReport,
  HELD,
  MEETING_STATUSES,
  type PairForCheck,
  type PairProgress,
  pairChoice,
  pairIdOfChoice,
  pairProgress,
  parseMeetingDate,
} from '../domain/meetings';
import { settingsFromRows } from '../domain/programme';
import { meetingQuestionnaire } from '../domain/questionnaires';
import { knownStatus } from '../domain/statuses';
import { MEETINGS_TABLE, MENTORS_TABLE, PAIRS_TABLE, SETTINGS_TABLE } from '../domain/tables';
import { idFromLabel, isActivePair, pairFromRow, text } from './bankRecords';
import { refreshChoices } from './meetingForm';
import { stallThresholds } from './meetingSettings';
import type { ClockPort, DocumentStorePort, FormRecord, FormsPort, JournalPort, Row, TablePort, TableRow, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

/** The same map as the banks' intake mark (banksFromForms.ts), under the key 'meeting'. */
const INTAKE_KEY = 'nastavnik.intake';

export interface MeetingPorts {
  workbook: WorkbookPort;
  forms: FormsPort;
  store: DocumentStorePort;
  journal: () => JournalPort;
  clock: ClockPort;
}

/** The tables a meeting needs, read once per execution. */
interface Book {
  pairsTable: TablePort;
  pairs: TableRow[];
  mentors: Map<string, { name: string; email: string }>;
  settingsRows: Row[];
  planYear: number | null;
}

function readBook(workbook: WorkbookPort): Book {
  const [pairsTable, mentorsTable, settingsTable] = requireTables(workbook, PAIRS_TABLE, MENTORS_TABLE, SETTINGS_TABLE);
  const settingsRows = settingsTable.readAll().map((r) => r.values);
  const settings = settingsFromRows(new Map(settingsRows.map((r) => [String(r.key), String(r.value)])));
  const mentors = new Map(
    mentorsTable.readAll(['id', 'fullName', 'email']).map((r) => [text(r.values.id), { name: text(r.values.fullName), email: text(r.values.email).toLowerCase() }]),
  );
  return { pairsTable, pairs: pairsTable.readAll(), mentors, settingsRows, planYear: settings?.schoolYearStart ?? null };
}

const mentorOf = (book: Book, row: Row): { name: string; email: string } => {
  const id = text(row.mentorId) || idFromLabel(text(row.mentor));
  return book.mentors.get(id) ?? { name: text(row.mentor), email: '' };
};

/** The form's list: the active pairs, each with its mentees' initials. */
export function pairChoices(pairs: readonly TableRow[]): string[] {
  return pairs
    .map((r) => ({ pair: pairFromRow(r.rowNumber, r.values), mentees: splitList(text(r.values.mentees)) }))
    .filter((p) => p.pair.id !== '' && isActivePair(p.pair))
    .map((p) => pairChoice(p.pair.id, p.mentees));
}

/** The active pairs' list for «Создать анкеты» (the form is made only when there is one). */
export function activePairChoices(workbook: WorkbookPort): string[] {
  const pairs = workbook.table(PAIRS_TABLE);
  return pairs ? pairChoices(pairs.readAll(['id', 'mentees', 'status'])) : [];
}

/**
 * Every response row after the intake mark into «Встречи» (its own row among them, even if the sheet does not
 * show it yet), then the pairs' columns. A row already in the log (the same event twice) is not added again.
 * Runs under the caller's document lock.
 */
export function takeInMeetings(ports: MeetingPorts, record: FormRecord, own?: { row: number; cells: readonly string[] }): string {
  const intake = ports.store.get<Record<string, number>>(INTAKE_KEY, {});
  const through = intake.meeting ?? 1;
  const def = meetingQuestionnaire('', []);
  const verbatim = verbatimKeys(def).flatMap((key) => (record.columns[key] ? [record.columns[key]] : []));
  const rows = [...(ports.forms.readResponses(record, through + 1, verbatim)?.rows ?? [])];
  if (own && own.row > through && !rows.some((r) => r.row === own.row) && own.cells.some((c) => c !== '')) rows.push({ row: own.row, cells: own.cells });
  const [log] = requireTables(ports.workbook, MEETINGS_TABLE);
  const logRows = log.readAll();
  const book = readBook(ports.workbook);
  const logged = new Set(logRows.map((r) => Number(r.values.responseRow)).filter((n) => n > 0));
  const today = ports.clock.today();
  const pairs = pairsForCheck(book);
  let verified: boolean | null = null;
  const added: Row[] = [];
  const held: string[] = [];
  let mark = through;
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    // Forms has not filled this row yet: it and those after it wait for their own trigger.
    if (r.cells.every((c) => c === '')) break;
    mark = Math.max(mark, r.row);
    if (logged.has(r.row)) continue;
    const cell = (key: string): string => String(r.cells[(record.columns[key] ?? 0) - 1] ?? '').trim();
    const email = String(r.cells[record.emailColumn - 1] ?? '');
    const verdict = checkReport({ pairText: cell('pair'), dateText: cell('date'), email }, pairs, today);
    const notes = verdict.note ? [verdict.note] : [];
    // A typed address is no proof of who answered (only a VERIFIED form's is): counted, and said so.
    if (!verdict.held && verified === null) verified = ports.forms.verifiesEmails(record);
    if (!verdict.held && !verified) notes.push('Адрес введён отправителем, Google его не подтверждал.');
    added.push({
      pairId: verdict.pairId,
      date: verdict.date ? formatRussianDate(verdict.date) : cell('date'),
      form: cell('form'),
      topic: cell('topic'),
      result: cell('result'),
      next: cell('next'),
      status: verdict.held ? HELD : COUNTED,
      note: notes.join(' '),
      sender: verdict.held ? email.trim().toLowerCase() : '',
      responseRow: r.row,
    });
    if (verdict.held) held.push(`строка ${r.row}: ${verdict.note}`);
  }
  if (added.length > 0) log.append(added);
  // Moved only after the log is written: a run killed in between leaves rows to redo, never to lose.
  if (mark !== through) ports.store.set(INTAKE_KEY, { ...ports.store.get<Record<string, number>>(INTAKE_KEY, {}), meeting: mark });
  for (const h of held) ports.journal().log('Встречи', `Отчёт задержан, паре не засчитан: ${h}`);
  const summary = recomputeWith(ports, book, [...logRows.map((r) => r.values), ...added], log, logRows);
  refreshChoices(ports, record, pairChoices(book.pairs));
  return `встреч внесено: ${added.length}${held.length > 0 ? `, задержано: ${held.length}` : ''}; ${summary}`;
}

/** «Обновить банки»: reports missed by the trigger taken in, and the pairs' columns recomputed for today. */
export function syncMeetings(ports: MeetingPorts, record: FormRecord | undefined): string {
  const log = ports.workbook.table(MEETINGS_TABLE);
  // A programme set up before the log existed: set-up adds it; nothing to do until then.
  if (!log || !ports.workbook.table(PAIRS_TABLE) || !ports.workbook.table(MENTORS_TABLE)) return 'листа «Встречи» нет';
  if (record) return takeInMeetings(ports, record);
  const logRows = log.readAll();
  return recomputeWith(ports, readBook(ports.workbook), logRows.map((r) => r.values), log, logRows);
}

function pairsForCheck(book: Book): Map<string, PairForCheck> {
  const out = new Map<string, PairForCheck>();
  for (const r of book.pairs) {
    const id = text(r.values.id).toUpperCase();
    if (id === '') continue;
    const mentor = mentorOf(book, r.values);
    out.set(id, { id: text(r.values.id), start: isoOrEmpty(r.values.start), mentorEmail: mentor.email, mentorName: mentor.name });
  }
  return out;
}

const isoOrEmpty = (value: Row[string] | undefined): IsoDate | '' => {
  const t = text(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : (parseMeetingDate(t) ?? '');
};

/** The last day a pair's plan has meetings: 31 May of the programme's year (or of the pair's own, if it started later). */
function planEnd(book: Book, start: IsoDate | ''): IsoDate {
  const year = start ? Math.max(book.planYear ?? schoolYearOf(start), schoolYearOf(start)) : (book.planYear ?? 2000);
  return schoolYear(year).end;
}

export interface PairState {
  readonly rowNumber: number;
  readonly id: string;
  readonly mentor: string;
  readonly email: string;
  readonly progress: PairProgress;
}

/** Each pair's meetings and flags as of `today`, from rows already read. */
function pairStates(book: Book, meetings: readonly Row[], today: IsoDate): { states: PairState[]; notes: string[] } {
  const limits = stallThresholds(book.settingsRows);
  const byPair = new Map<string, IsoDate[]>();
  const ids = new Set(book.pairs.map((r) => text(r.values.id).toUpperCase()).filter((id) => id !== ''));
  const notes = meetings.map((m) => {
    const status = knownStatus(text(m.status), MEETING_STATUSES);
    const pairId = pairIdOfChoice(text(m.pairId));
    const date = parseMeetingDate(text(m.date));
    const counts = status !== HELD && ids.has(pairId) && date !== null && date <= today;
    if (counts && date) byPair.set(pairId, [...(byPair.get(pairId) ?? []), date]);
    // A report's note was written with it; only the coordinator's own rows get theirs here.
    if (status === HELD || text(m.responseRow) !== '' || (pairId === '' && text(m.date) === '')) return text(m.note);
    if (!ids.has(pairId)) return `Пара «${text(m.pairId)}» не найдена — встреча не учтена.`;
    if (!date) return `Дата «${text(m.date)}» не распознана (ДД.ММ.ГГГГ) — встреча не учтена.`;
    if (date > today) return 'Дата ещё не наступила — встреча не учтена.';
    return '';
  });
  const states = book.pairs
    .filter((r) => text(r.values.id) !== '')
    .map((r) => {
      const pair = pairFromRow(r.rowNumber, r.values);
      const mentor = mentorOf(book, r.values);
      const start = isoOrEmpty(r.values.start);
      const progress = pairProgress(
        { id: pair.id, active: isActivePair(pair), start, planEnd: planEnd(book, start), mentorName: mentor.name, mentorEmail: mentor.email, meetings: byPair.get(pair.id.toUpperCase()) ?? [] },
        today,
        limits,
      );
      return { rowNumber: r.rowNumber, id: pair.id, mentor: mentor.name, email: mentor.email, progress };
    });
  return { states, notes };
}

const COMPUTED = ['firstMeeting', 'lastMeeting', 'meetings', 'progress', 'attention'] as const;

/**
 * The pairs' computed columns and the log's notes, each written in one block and only when something changed;
 * a pair newly flagged is logged once in «Журнал».
 */
function recomputeWith(ports: MeetingPorts, book: Book, meetings: readonly Row[], log: TablePort, logRows: readonly TableRow[]): string {
  const today = ports.clock.today();
  const { states, notes } = pairStates(book, meetings, today);
  const byRow = new Map(book.pairs.map((r) => [r.rowNumber, r.values]));
  const computed = new Map(
    states.map((s) => [
      s.rowNumber,
      {
        firstMeeting: s.progress.firstMeeting ? formatRussianDate(s.progress.firstMeeting) : '',
        lastMeeting: s.progress.lastMeeting ? formatRussianDate(s.progress.lastMeeting) : '',
        meetings: s.progress.count,
        progress: s.progress.progress,
        attention: s.progress.attention,
      } as Row,
    ]),
  );
  const changed = [...computed].filter(([row, values]) => COMPUTED.some((k) => String(byRow.get(row)?.[k] ?? '') !== String(values[k])));
  if (changed.length > 0) {
    const first = Math.min(...changed.map(([row]) => row));
    const last = Math.max(...changed.map(([row]) => row));
    const block: Row[] = [];
    for (let n = first; n <= last; n++) block.push(computed.get(n) ?? pick(byRow.get(n) ?? {}));
    book.pairsTable.writeRows(first, block, [...COMPUTED]);
  }
  for (const s of states) {
    const before = text(byRow.get(s.rowNumber)?.attention);
    if (s.progress.attention !== '' && before === '') ports.journal().log('Встречи пар', `${s.id}: ${s.progress.attention}`);
  }
  // The log's notes: only the coordinator's own rows can change here (a report's note is written with it).
  const logNotes = logRows.map((r, i) => ({ row: r.rowNumber, note: notes[i] ?? '', before: text(r.values.note) }));
  const noteChanges = logNotes.filter((n) => n.note !== n.before);
  if (noteChanges.length > 0) {
    const first = Math.min(...noteChanges.map((n) => n.row));
    const last = Math.max(...noteChanges.map((n) => n.row));
    const byLogRow = new Map(logNotes.map((n) => [n.row, n.note]));
    const block: Row[] = [];
    for (let n = first; n <= last; n++) block.push({ note: byLogRow.get(n) ?? '' });
    log.writeRows(first, block, ['note']);
  }
  const stalled = states.filter((s) => s.progress.stalled !== null).length;
  return `пар обновлено: ${changed.length}; требуют внимания: ${stalled}`;
}

/** A row's computed values as they are (rows between changed ones are written back unchanged). */
function pick(row: Row): Row {
  const out: Row = {};
  for (const k of COMPUTED) out[k] = row[k] ?? '';
  return out;
}

export interface StalledPair {
  readonly pairId: string;
  readonly text: string;
  readonly mentor: string;
  readonly email: string;
}

/** For the sidebar, as of today (nothing written): the pairs that need a reminder, the longest silence first. */
export function stalledPairs(workbook: WorkbookPort, today: IsoDate): StalledPair[] {
  const log = workbook.table(MEETINGS_TABLE);
  if (!log || !workbook.table(PAIRS_TABLE) || !workbook.table(MENTORS_TABLE)) return [];
  const book = readBook(workbook);
  const { states } = pairStates(book, log.readAll(['pairId', 'date', 'status', 'note', 'responseRow']).map((r) => r.values), today);
  return states
    .filter((s) => s.progress.stalled !== null)
    .sort((a, b) => b.progress.daysQuiet - a.progress.daysQuiet)
    .map((s) => ({ pairId: s.id, text: s.progress.attention, mentor: s.mentor, email: s.email }));
}
