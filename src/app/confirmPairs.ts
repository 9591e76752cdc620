/**
 * Use case «Закрепить утверждённые»: the rows of «Подбор» marked «Утвердить» become pairs and groups in
 * «Пары и группы»; the people's statuses follow. Only approved rows change: the others stay on «Подбор» with
 * their suggestion and their people's statuses as they were. An approved row with no mentor is the
 * coordinator's explicit word that the mentee stays without one for now: «поддержка, поиск наставника», first
 * next time. Everything is checked before anything is written.
 */
import { MENTORING_FORMS, normaliseWords } from '../domain/catalog';
import type { Mentee, Mentor } from '../domain/people';
import { SUPPORT_STATUS } from '../domain/people';
import { unreadablePairStatus } from '../domain/statuses';
import { MATCHING_TABLE, MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, SETTINGS_TABLE } from '../domain/tables';
import { capacityNotes, idFromLabel, isActivePair, menteeFromRow, mentorFromRow, pairFromRow, personLabel } from './bankRecords';
import { matchingOptions } from './matchingSettings';
import type { ClockPort, Row, TableRow } from './ports';
import { requireTables } from './requireTables';
import type { MatchingPorts } from './suggestPairs';

export interface ConfirmReport {
  ok: boolean;
  created: { id: string; mentor: string; mentees: string[] }[];
  support: string[];
  problems: string[];
  /** Things to look at that did not stop the action (e.g. a pair status typed by hand that is not in the list). */
  warnings: string[];
}

interface Approved {
  row: TableRow;
  mentee: Mentee;
  mentor: Mentor;
  group: string;
}

export function confirmPairsUseCase(ports: MatchingPorts & { clock: ClockPort }): ConfirmReport {
  return ports.lock.withDocumentLock(() => {
    const [mentorsTable, menteesTable, pairsTable, settingsTable] = requireTables(ports.workbook, MENTORS_TABLE, MENTEES_TABLE, PAIRS_TABLE, SETTINGS_TABLE);
    const { limits } = matchingOptions(settingsTable.readAll().map((r) => r.values));
    const matching = ports.workbook.table(MATCHING_TABLE);
    if (!matching) return { ok: false, created: [], support: [], problems: ['Сначала выполните «Подобрать пары».'], warnings: [] };
    const mentorRows = mentorsTable.readAll();
    const menteeRows = menteesTable.readAll();
    const mentors = new Map(mentorRows.map((r) => [String(r.values.id), mentorFromRow(r.values, limits)]));
    const mentees = new Map(menteeRows.map((r) => [String(r.values.id), menteeFromRow(r.values)]));
    const pairRows = pairsTable.readAll();
    const allPairs = pairRows.map((r) => pairFromRow(r.rowNumber, r.values));
    const warnings = allPairs.flatMap((p) => unreadablePairStatus(p.id || `строка ${p.rowNumber}`, p.status) ?? []);
    const active = allPairs.filter(isActivePair);
    const paired = new Set(active.flatMap((p) => p.menteeIds));
    const load = new Map<string, number>();
    for (const p of active) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + p.menteeIds.length);

    const rows = matching.readAll();
    const problems: string[] = [];
    const approved: Approved[] = [];
    const leftWithout: Mentee[] = [];
    for (const row of rows.filter((r) => r.values.approve === true)) {
      const mentee = mentees.get(String(row.values.menteeId));
      const mentorText = String(row.values.mentor ?? '').trim();
      const mentor = mentors.get(idFromLabel(mentorText));
      const where = `строка ${row.rowNumber}`;
      if (!mentee) problems.push(`${where}: наставляемый ${row.values.menteeId} не найден в банке.`);
      else if (mentorText === '' && paired.has(mentee.id)) problems.push(`${where}: ${mentee.fullName} уже в паре.`);
      else if (mentorText === '') leftWithout.push(mentee);
      else if (!mentor) problems.push(`${where}: выберите наставника из списка банка («${row.values.mentor}» не найден).`);
      else if (!mentee.consent || !mentor.consent) problems.push(`${where}: нет согласия на обработку персональных данных.`);
      else if (paired.has(mentee.id)) problems.push(`${where}: ${mentee.fullName} уже в паре.`);
      else if (mentee.id === mentor.id) problems.push(`${where}: наставник и наставляемый — один человек.`);
      else {
        load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
        paired.add(mentee.id);
        approved.push({ row, mentee, mentor, group: String(row.values.group ?? '') });
      }
    }
    for (const [mentorId, taken] of load) {
      const mentor = mentors.get(mentorId);
      if (mentor && taken > mentor.capacity && approved.some((a) => a.mentor.id === mentorId)) {
        problems.push(`${mentor.fullName}: утверждено ${taken} наставляемых, а наставник берёт не больше ${mentor.capacity}.`);
      }
    }
    const approvedMentors = new Set(approved.map((a) => a.mentor.id));
    warnings.push(...capacityNotes([...mentors.values()].filter((m) => approvedMentors.has(m.id))));
    if (problems.length > 0) return { ok: false, created: [], support: [], problems, warnings };
    if (approved.length === 0 && leftWithout.length === 0) {
      return { ok: false, created: [], support: [], problems: ['Нет утверждённых строк: отметьте «Утвердить» в листе «Подбор».'], warnings };
    }

    // Pairs, and one group per mentor who leads a group.
    const units = new Map<string, Approved[]>();
    approved.forEach((a, i) => {
      const key = a.group !== '' ? `group:${a.mentor.id}` : `pair:${i}`;
      units.set(key, [...(units.get(key) ?? []), a]);
    });
    let next = nextPairNumber(pairRows.map((r) => String(r.values.id)));
    const today = ports.clock.today();
    const created: ConfirmReport['created'] = [];
    const newRows: Row[] = [];
    for (const members of units.values()) {
      const mentor = members[0].mentor;
      const id = `П-${String(next++).padStart(3, '0')}`;
      const scores = members.map((m) => Number(m.row.values.score) || 0);
      newRows.push({
        id,
        mentor: personLabel(mentor),
        mentees: members.map((m) => m.mentee.fullName).join('; '),
        mentorId: mentor.id,
        menteeIds: members.map((m) => m.mentee.id).join('; '),
        form: formOf(members.map((m) => m.mentee), mentor),
        start: today,
        status: 'действует',
        score: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
        reasons: members.map((m) => (members.length > 1 ? `${m.mentee.fullName}: ${m.row.values.reasons}` : String(m.row.values.reasons))).join('\n'),
      });
      created.push({ id, mentor: mentor.fullName, mentees: members.map((m) => m.mentee.fullName) });
    }

    // Statuses: paired people «в паре»; a mentee approved without a mentor «поддержка, поиск наставника».
    const menteeStatus = new Map<string, string>();
    for (const a of approved) menteeStatus.set(a.mentee.id, 'в паре');
    const support: string[] = [];
    for (const mentee of leftWithout) {
      menteeStatus.set(mentee.id, SUPPORT_STATUS);
      support.push(mentee.fullName);
    }
    const mentorStatus = new Map(approved.map((a) => [a.mentor.id, 'в паре']));

    if (newRows.length > 0) pairsTable.append(newRows);
    writeStatuses(menteesTable, menteeRows, menteeStatus);
    writeStatuses(mentorsTable, mentorRows, mentorStatus);
    matching.replaceAll(rows.filter((r) => r.values.approve !== true).map((r) => r.values));
    const journal = ports.journal();
    for (const c of created) journal.log('Закрепление пар', `${c.id}: ${c.mentor} — ${c.mentees.join(', ')}.`);
    if (support.length > 0) journal.log('Поддержка наставляемых', `Без пары, поиск наставника продолжается: ${support.join(', ')}.`);
    return { ok: true, created, support, problems: [], warnings };
  });
}

function nextPairNumber(ids: readonly string[]): number {
  let max = 0;
  for (const id of ids) {
    const m = /(\d+)\s*$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** The mentees' preferred form if the mentor offers it, else «педагог – педагог». */
function formOf(mentees: readonly Mentee[], mentor: Mentor): string {
  const offered = new Set(mentor.forms.map(normaliseWords));
  for (const form of MENTORING_FORMS) {
    if (offered.has(normaliseWords(form)) && mentees.every((m) => m.forms.length === 0 || m.forms.some((f) => normaliseWords(f) === normaliseWords(form)))) {
      return form;
    }
  }
  return MENTORING_FORMS[0];
}

/** Writes the new statuses in one block over the rows read. */
function writeStatuses(table: { writeRows(first: number, rows: readonly Row[], keys?: readonly string[]): void }, rows: readonly TableRow[], status: ReadonlyMap<string, string>): void {
  if (rows.length === 0 || status.size === 0) return;
  const first = rows[0].rowNumber;
  const last = rows[rows.length - 1].rowNumber;
  const byRow = new Map(rows.map((r) => [r.rowNumber, r.values]));
  const block: Row[] = [];
  for (let n = first; n <= last; n++) {
    const values = byRow.get(n);
    block.push({ status: values ? (status.get(String(values.id)) ?? String(values.status ?? '')) : '' });
  }
  table.writeRows(first, block, ['status']);
}
