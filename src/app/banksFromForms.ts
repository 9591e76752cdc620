/**
 * Stages 5–6: the questionnaires and the banks they feed. «Создать анкеты» makes (or reuses) the two
 * forms and the one form-submit trigger; each answer goes into its bank as it arrives; «Обновить банки»
 * rebuilds both banks from the response sheets, the source of truth, with the same rules; a consent
 * withdrawn erases the person's data and keeps an anonymous ID.
 */
import { type BankAnswer, type BankRow, upsertAnswer, withdrawRow } from '../domain/banks';
import { parseAnswer, quote, verbatimKeys } from '../domain/intake';
import { requireSettings } from '../domain/programme';
import { menteeQuestionnaire, mentorQuestionnaire, type Questionnaire } from '../domain/questionnaires';
import { MENTEES_TABLE, MENTORS_TABLE, SETTINGS_TABLE, type TableSchema } from '../domain/tables';
import { holdUnverified } from '../domain/withdrawalAnswers';
import { ensureMeetingForm } from './meetingForm';
import { activePairChoices, syncMeetings, takeInMeetings } from './meetings';
import type { ClockPort, DocumentStorePort, DocumentsPort, DrivePort, FormRecord, FormsPort, JournalPort, LockPort, ResponseRows, Row, SharingPort, TablePort, TableRow, TrashPort, WorkbookPort } from './ports';
import { programmeFolder } from './programmeFolder';
import { requireTables } from './requireTables';
import { upsertSettingsRows } from './settingsRows';
import { type WithdrawnPerson, withdrawFromSheets } from './withdrawal';
import { finishWithdrawals } from './withdrawalDocuments';

export const FORMS_KEY = 'nastavnik.forms';
export const WITHDRAWN_KEY = 'nastavnik.withdrawn';
export const SUBMIT_HANDLER = 'onFormSubmitTrigger';

type Role = 'mentee' | 'mentor';
/** 'meeting': the third form, «Встреча пары» (meetingForm.ts), answered into the log «Встречи». */
type Registry = Partial<Record<Role | 'meeting', FormRecord>>;
type Withdrawn = Partial<Record<Role, number[]>>;

const BANK: Record<Role, { schema: TableSchema; prefix: string }> = {
  mentee: { schema: MENTEES_TABLE, prefix: 'НЛ' },
  mentor: { schema: MENTORS_TABLE, prefix: 'НС' },
};


export interface BankPorts {
  workbook: WorkbookPort;
  forms: FormsPort;
  drive: DrivePort;
  store: DocumentStorePort;
  lock: LockPort;
  journal: () => JournalPort;
  /** For a consent withdrawn: the person's documents are closed, rewritten or trashed (withdrawalDocuments.ts). */
  documents: DocumentsPort;
  sharing: SharingPort;
  trash: TrashPort;
  clock: ClockPort;
  nowMs: () => number;
}

function questionnaires(workbook: WorkbookPort): Record<Role, Questionnaire> {
  const [settingsTable] = requireTables(workbook, SETTINGS_TABLE);
  const values = new Map(settingsTable.readAll().map((r) => [String(r.values.key), String(r.values.value)]));
  const settings = requireSettings(values);
  return {
    mentee: menteeQuestionnaire(settings.schoolFullName, settings.coordinatorName),
    mentor: mentorQuestionnaire(settings.schoolFullName, settings.coordinatorName),
  };
}

export interface CreateFormsReport {
  created: string[];
  reused: string[];
  links: { title: string; publishedUrl: string; editUrl: string }[];
  /** What the coordinator should know, in Russian (e.g. a form left in My Drive). */
  notes: string[];
}

/** «Создать анкеты»: idempotent — forms that exist are reused as they are, with the coordinator's edits. */
export function createForms(ports: BankPorts): CreateFormsReport {
  return ports.lock.withDocumentLock(() => {
    const defs = questionnaires(ports.workbook);
    const registry = ports.store.get<Registry>(FORMS_KEY, {});
    const report: CreateFormsReport = { created: [], reused: [], links: [], notes: [] };
    for (const role of ['mentee', 'mentor'] as const) {
      const known = registry[role];
      if (known && ports.forms.exists(known.formId)) {
        // Reusing a trashed form would leave the teachers' links dead; making a second one would orphan its answers.
        if (ports.forms.inTrash(known.formId)) {
          throw new Error(
            `Анкета «${defs[role].title}» лежит в корзине Google Диска: по её ссылке ответить нельзя. ` +
              'Восстановите её из корзины (ссылки и ответы сохранятся) или удалите навсегда — тогда «Создать анкеты» сделает новую.',
          );
        }
        report.reused.push(defs[role].title);
      }
      else {
        registry[role] = ports.forms.create(defs[role]);
        // Recorded at once: a later fault or a killed execution never leads to a second form.
        ports.store.set(FORMS_KEY, registry);
        report.created.push(defs[role].title);
      }
      const record = registry[role]!;
      report.links.push({ title: defs[role].title, publishedUrl: record.publishedUrl, editUrl: record.editUrl });
    }
    // «Встреча пары» (stage 8.4): made once there are active pairs to list; its list follows the pairs.
    const meeting = ensureMeetingForm(ports, registry.meeting, activePairChoices(ports.workbook), (record) => {
      registry.meeting = record;
      ports.store.set(FORMS_KEY, registry);
    });
    if (meeting) (meeting.created ? report.created : report.reused).push(meeting.title);
    if (meeting) report.links.push({ title: meeting.title, publishedUrl: meeting.record.publishedUrl, editUrl: meeting.record.editUrl });
    else report.notes.push('Анкета «Встреча пары» появится, когда будут закреплены пары: после «Закрепить утверждённые» выберите «Создать анкеты» ещё раз.');
    // Both forms live in the programme's folder in Drive, when Drive reaches them (vector 59).
    const folder = programmeFolder(ports);
    for (const role of ['mentee', 'mentor'] as const) {
      if (!ports.drive.moveInto(registry[role]!.formId, folder.id)) {
        report.notes.push(`Анкета «${defs[role].title}» осталась в «Моём диске»: Google Диск не дал надстройке переложить её в папку программы. Ссылки на неё работают; переложите её вручную, если нужно.`);
      }
    }
    if (meeting && !ports.drive.moveInto(meeting.record.formId, folder.id)) report.notes.push(`Анкета «${meeting.title}» осталась в «Моём диске»: переложите её в папку программы вручную, если нужно.`);
    writeLinks(ports.workbook, report.links);
    for (const note of report.notes) ports.journal().log('Анкеты', note);
    const triggered = ports.forms.ensureSubmitTrigger(SUBMIT_HANDLER);
    if (report.created.length > 0 || triggered) {
      ports.journal().log('Анкеты', `Созданы: ${report.created.join(', ') || '—'}; использованы существующие: ${report.reused.join(', ') || '—'}.`);
    }
    return report;
  });
}

function writeLinks(workbook: WorkbookPort, links: CreateFormsReport['links']): void {
  const [settingsTable] = requireTables(workbook, SETTINGS_TABLE);
  upsertSettingsRows(
    settingsTable,
    links.flatMap((l, i) => [
      { key: `form.${i}.published`, label: `${l.title}: ссылка для ответов`, value: l.publishedUrl },
      { key: `form.${i}.edit`, label: `${l.title}: редактирование`, value: l.editUrl },
    ]),
  );
}

/**
 * Response rows up to which every answer is in its bank, per questionnaire. Each trigger that gets the
 * lock takes in every row after it, not only its own: rows whose own trigger timed out on the lock,
 * was killed, or never started (30 simultaneous executions per user) are not left for «Обновить банки».
 */
export const INTAKE_KEY = 'nastavnik.intake';
type Intake = Partial<Record<Role, number>>;

/**
 * The form-submit trigger: which questionnaire, by the response sheet of `e.range`; then, under the
 * lock, every response row not yet taken in (its own among them) with the rules of «Обновить банки».
 * A row already taken in (the same event delivered twice) changes nothing.
 */
export function receiveAnswer(ports: BankPorts, sheetId: number, responseRow: number, values: readonly string[]): string {
  const result = ports.lock.withDocumentLock(() => {
    const registry = ports.store.get<Registry>(FORMS_KEY, {});
    // A meeting report («Встреча пары») goes to the log «Встречи», not to a bank.
    if (registry.meeting?.sheetId === sheetId) return takeInMeetings(ports, registry.meeting, { row: responseRow, cells: values });
    const role = (['mentee', 'mentor'] as const).find((r) => registry[r]?.sheetId === sheetId);
    if (!role) return 'не анкета программы';
    const record = registry[role]!;
    const skip = new Set(ports.store.get<Withdrawn>(WITHDRAWN_KEY, {})[role] ?? []);
    const intake = ports.store.get<Intake>(INTAKE_KEY, {});
    const pending = pendingAnswers(ports, role, record, intake[role] ?? 1, skip, { row: responseRow, cells: values });
    if (pending.answers.length > 0) {
      const [bank] = requireTables(ports.workbook, BANK[role].schema);
      applyAnswers(ports, role, bank, pending.answers);
    }
    // Marked only after the bank is written: a run killed in between leaves rows to redo, never to lose.
    if (pending.through !== (intake[role] ?? 1)) ports.store.set(INTAKE_KEY, { ...intake, [role]: pending.through });
    if (skip.has(responseRow)) return 'согласие отозвано';
    return `ответов внесено: ${pending.answers.length}`;
  });
  // A verified «не даю согласия» among them: the documents, after the lock (the documents job takes it itself).
  finishWithdrawals(ports);
  return result;
}

/**
 * The answers after row `through`, in order, and how far the mark may move: up to the row before the
 * first one still empty (Forms has not filled it yet; its trigger or the next one takes it in).
 * The event's own values stand in for its row if the sheet does not show it yet.
 */
function pendingAnswers(
  ports: BankPorts,
  role: Role,
  record: FormRecord,
  through: number,
  skip: ReadonlySet<number>,
  own: { row: number; cells: readonly string[] },
): { answers: BankAnswer[]; through: number } {
  const def = questionnaires(ports.workbook)[role];
  const rows = ports.forms.readResponses(record, through + 1, verbatimColumns(def, record))?.rows ?? [];
  const answers = new Map<number, BankAnswer>();
  for (const r of rows) if (!skip.has(r.row) && r.cells.some((c) => c !== '')) answers.set(r.row, answerFromCells(def, record, r.row, r.cells));
  if (own.row > through && !skip.has(own.row) && !answers.has(own.row) && own.cells.some((c) => c !== '')) {
    answers.set(own.row, answerFromCells(def, record, own.row, own.cells));
  }
  return { answers: [...answers.values()].sort((a, b) => a.responseRow - b.responseRow), through: takenInThrough(rows, through) };
}

/** The last row before the first still empty one (Forms has not filled it yet): every row up to it is taken in. */
function takenInThrough(rows: ResponseRows['rows'], through: number): number {
  let mark = through;
  for (const r of rows) {
    if (r.cells.every((c) => c === '')) break;
    mark = Math.max(mark, r.row);
  }
  return mark;
}

/**
 * One response row as a bank answer. Whatever goes wrong with one answer stays with it: the answer comes
 * back as failed (its e-mail, if readable, and the reason), and the others go in.
 */
function answerFromCells(def: Questionnaire, record: FormRecord, responseRow: number, cells: readonly string[]): BankAnswer {
  const emailText = String(cells[record.emailColumn - 1] ?? '');
  try {
    const answers: Record<string, string> = {};
    for (const [key, column] of Object.entries(record.columns)) answers[key] = String(cells[column - 1] ?? '');
    return { ...parseAnswer(def, emailText, answers), responseRow };
  } catch (error) {
    return failedAnswer(responseRow, emailText, error);
  }
}

/** An answer that could not be read: nothing of it goes into the bank but a note. */
function failedAnswer(responseRow: number, emailText: string, error: unknown): BankAnswer {
  const email = emailText.trim().toLowerCase();
  return { email, consent: false, values: {}, problems: [], blank: false, responseRow, failure: quote(error instanceof Error ? error.message : String(error)) };
}

/** The response sheet's columns whose answers are kept as typed (text questions that are not numbers). */
function verbatimColumns(def: Questionnaire, record: FormRecord): number[] {
  return verbatimKeys(def).flatMap((key) => (record.columns[key] ? [record.columns[key]] : []));
}

/** Applies answers in order to a bank, writing each changed row once; returns a summary for the journal. */
function applyAnswers(ports: BankPorts, role: Role, bank: TablePort, answers: readonly BankAnswer[]): string {
  const existing = bank.readAll();
  const rows: BankRow[] = existing.map((r) => ({ ...r.values }));
  const rowNumbers = existing.map((r) => r.rowNumber);
  const changed = new Set<number>();
  const noConsent: number[] = [];
  const unidentified: string[] = [];
  const withdrawn: string[] = [];
  const failed: string[] = [];
  const people: WithdrawnPerson[] = [];
  const held: string[] = [];
  const record = ports.store.get<Registry>(FORMS_KEY, {})[role];
  let verified: boolean | null = null;
  const verifies = (): boolean => (verified ??= record ? ports.forms.verifiesEmails(record) : false);
  for (const answer of answers) {
    // An unverified address is no proof of who answered: a repeat answer for it waits for the coordinator.
    const hold = holdUnverified(rows, answer, verifies);
    if (hold) {
      if (rows[hold.index] !== hold.row) changed.add(hold.index);
      rows[hold.index] = hold.row;
      if (!String(existing[hold.index]?.values.problems ?? '').includes(hold.note)) held.push(hold.journal);
      continue;
    }
    let outcome: ReturnType<typeof upsertAnswer>;
    try {
      outcome = upsertAnswer(rows, answer, BANK[role].prefix);
    } catch (error) {
      outcome = upsertAnswer(rows, failedAnswer(answer.responseRow, answer.email, error), BANK[role].prefix);
    }
    if (outcome.kind === 'failed') {
      failed.push(`строка ${outcome.responseRow}: ${outcome.reason}`);
      if (outcome.index !== undefined && outcome.row) {
        rows[outcome.index] = outcome.row;
        changed.add(outcome.index);
      }
    }
    if (outcome.kind === 'inserted') {
      rows.push(outcome.row);
      changed.add(rows.length - 1);
    } else if (outcome.kind === 'updated') {
      if (outcome.row.status === 'отозвал согласие') {
        withdrawn.push(answer.email);
        people.push(personOf(rows[outcome.index], role));
      }
      rows[outcome.index] = outcome.row;
      changed.add(outcome.index);
    } else if (outcome.kind === 'no-consent') noConsent.push(outcome.responseRow);
    else if (outcome.kind === 'unidentified') unidentified.push(`строка ${outcome.responseRow}: ${outcome.problems.join(' ')}`);
  }
  writeChanged(bank, rows, rowNumbers, changed, existing);
  if (withdrawn.length > 0) rememberWithdrawn(ports, role, withdrawn);
  if (people.length > 0) withdrawFromSheets(ports, people);
  const journal = ports.journal();
  const title = role === 'mentee' ? 'Банк наставляемых' : 'Банк наставников';
  if (noConsent.length > 0) journal.log(title, `Ответы без согласия на обработку ПДн (в банк не внесены): строки ${noConsent.join(', ')} листа ответов.`);
  for (const u of unidentified) journal.log(title, `Ответ не внесён: ${u}`);
  for (const f of failed) journal.log(title, `Ответ не внесён, остальные внесены: ${f}. Ответ целиком — в листе ответов; поправьте его там и выберите «Обновить банки».`);
  if (withdrawn.length > 0) journal.log(title, 'Повторный ответ без согласия: данные удалены из банка, ID сохранён.');
  for (const h of held) journal.log(title, h);
  return `изменено строк: ${changed.size}`;
}

function writeChanged(bank: TablePort, rows: readonly BankRow[], rowNumbers: readonly number[], changed: ReadonlySet<number>, existing: readonly TableRow[]): void {
  const keys = bank.schema.columns.map((c) => c.key).filter((k) => !['trained', 'trainingBasis', 'withdraw'].includes(k));
  const updates = [...changed].filter((i) => i < existing.length).sort((a, b) => a - b);
  if (updates.length > 0) {
    const first = rowNumbers[updates[0]];
    const last = rowNumbers[updates[updates.length - 1]];
    const byRow = new Map(existing.map((r, i) => [r.rowNumber, rows[i]]));
    const block: Row[] = [];
    for (let n = first; n <= last; n++) block.push((byRow.get(n) as Row | undefined) ?? {});
    bank.writeRows(first, block.map((r) => fill(r, keys)), keys);
  }
  const inserted = [...changed].filter((i) => i >= existing.length).map((i) => rows[i] as Row);
  bank.append(inserted);
}

/** Every key present, so a block write never blanks a value by omission. */
function fill(row: Row, keys: readonly string[]): Row {
  const out: Row = {};
  for (const k of keys) out[k] = row[k] ?? '';
  return out;
}

/** Every response row of these people is erased and never read again (a late duplicate event included). */
function rememberWithdrawn(ports: BankPorts, role: Role, emails: readonly string[]): void {
  const record = ports.store.get<Registry>(FORMS_KEY, {})[role];
  if (!record) return;
  const wanted = new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''));
  const rows = (ports.forms.readResponses(record)?.rows ?? [])
    .filter((r) => wanted.has(String(r.cells[record.emailColumn - 1] ?? '').trim().toLowerCase()))
    .map((r) => r.row);
  const withdrawn = ports.store.get<Withdrawn>(WITHDRAWN_KEY, {});
  withdrawn[role] = [...new Set([...(withdrawn[role] ?? []), ...rows])].sort((a, b) => a - b);
  ports.store.set(WITHDRAWN_KEY, withdrawn);
  ports.forms.eraseResponses(record, rows);
  // The form keeps its own copy of every response («All forms … save a copy of responses in the form's response store»).
  ports.forms.deleteResponses(record, [...wanted]);
  // A mentor's meeting reports carry their address too: erased the same way (the timestamp stays, so the
  // intake of later reports does not stop at them; the log «Встречи» already holds the report by ID).
  const meetings = role === 'mentor' ? ports.store.get<Registry>(FORMS_KEY, {}).meeting : undefined;
  if (meetings) {
    const reports = (ports.forms.readResponses(meetings)?.rows ?? [])
      .filter((r) => wanted.has(String(r.cells[meetings.emailColumn - 1] ?? '').trim().toLowerCase()))
      .map((r) => r.row);
    ports.forms.eraseResponses(meetings, reports);
    ports.forms.deleteResponses(meetings, [...wanted]);
  }
}

/** Who withdrew, as the bank held them just before the erasure: what phase one replaces by the ID. */
function personOf(row: BankRow, role: Role): WithdrawnPerson {
  return { id: String(row.id ?? ''), role, fullName: String(row.fullName ?? ''), email: String(row.email ?? '') };
}

export interface SyncReport {
  banks: { title: string; people: number; answers: number; noConsent: number }[];
}

/** «Обновить банки»: both banks from their response sheets, idempotently; withdrawals first. */
export function syncBanks(ports: BankPorts): SyncReport {
  applyWithdrawals(ports);
  const synced = ports.lock.withDocumentLock(() => {
    const registry = ports.store.get<Registry>(FORMS_KEY, {});
    const defs = questionnaires(ports.workbook);
    const withdrawn = ports.store.get<Withdrawn>(WITHDRAWN_KEY, {});
    const report: SyncReport = { banks: [] };
    for (const role of ['mentee', 'mentor'] as const) {
      const record = registry[role];
      if (!record) continue;
      const responses = ports.forms.readResponses(record, 2, verbatimColumns(defs[role], record));
      if (!responses) throw new Error(`Лист ответов анкеты «${defs[role].title}» не найден.`);
      const skip = new Set(withdrawn[role] ?? []);
      const answers = responses.rows.filter((r) => !skip.has(r.row)).map((r) => answerFromCells(defs[role], record, r.row, r.cells));
      const [bank] = requireTables(ports.workbook, BANK[role].schema);
      applyAnswers(ports, role, bank, answers);
      // Every row read is in now: the next trigger takes in only what arrives after it.
      const intake = ports.store.get<Intake>(INTAKE_KEY, {});
      ports.store.set(INTAKE_KEY, { ...intake, [role]: takenInThrough(responses.rows, 1) });
      const people = bank.readAll().filter((r) => r.values.consent === true).length;
      report.banks.push({ title: BANK[role].schema.sheetName, people, answers: answers.filter((a) => !a.blank).length, noConsent: answers.filter((a) => !a.blank && !a.consent).length });
    }
    return report;
  });
  finishWithdrawals(ports);
  // Meeting reports the trigger missed, and the pairs' meetings and flags as of today (meetings.ts).
  ports.lock.withDocumentLock(() => syncMeetings(ports, ports.store.get<Registry>(FORMS_KEY, {}).meeting));
  return synced;
}

/**
 * Rows marked «Отзыв согласия»: personal data erased from the bank, the response sheet and the form's store, the
 * ID kept; the person leaves their pair or group and every sheet (withdrawal.ts), then their documents
 * (withdrawalDocuments.ts, after the lock: the documents job takes it itself). Logged with IDs only.
 */
export function applyWithdrawals(ports: BankPorts): string[] {
  const people: WithdrawnPerson[] = [];
  const ids = ports.lock.withDocumentLock(() => {
    const ids: string[] = [];
    for (const role of ['mentee', 'mentor'] as const) {
      const bank = ports.workbook.table(BANK[role].schema);
      if (!bank) continue;
      const marked = bank.readAll().filter((r) => r.values.withdraw === true && r.values.status !== 'отозвал согласие');
      if (marked.length === 0) continue;
      rememberWithdrawn(ports, role, marked.map((r) => String(r.values.email)));
      for (const row of marked) {
        people.push(personOf(row.values, role));
        bank.writeRows(row.rowNumber, [{ ...withdrawRow(row.values), withdraw: true }]);
        ids.push(String(row.values.id));
      }
    }
    if (ids.length > 0) ports.journal().log('Отзыв согласия', `Персональные данные удалены, обработка прекращена: ${ids.join(', ')}.`);
    withdrawFromSheets(ports, people);
    return ids;
  });
  // Addresses known only now, never stored: removed from the files too, in case someone shared them by hand.
  finishWithdrawals(ports, people.map((p) => p.email));
  return ids;
}
