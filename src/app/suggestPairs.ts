/**
 * Use case «Подобрать пары»: reads the banks, the confirmed pairs and the coordinator's marks in
 * «Подбор» (approved rows stay as locked, «Запретить пару» bans that pair for good), suggests an
 * optimal assignment for everyone without a pair and rewrites «Подбор» with the reasons.
 */
import { type PairRef, type Suggestion, suggestPairs as suggest } from '../domain/matching';
import { MATCHING_TABLE, MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, SETTINGS_TABLE } from '../domain/tables';
import { capacityNotes, idFromLabel, isActivePair, menteeFromRow, mentorFromRow, pairFromRow, personLabel } from './bankRecords';
import { matchingOptions } from './matchingSettings';
import type { DocumentStorePort, JournalPort, LockPort, Row, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

export const BANNED_PAIRS_KEY = 'nastavnik.bannedPairs';

export interface MatchingPorts {
  workbook: WorkbookPort;
  journal: () => JournalPort;
  lock: LockPort;
  store: DocumentStorePort;
}

export interface SuggestReport {
  mentees: number;
  matched: number;
  unmatched: { name: string; reason: string }[];
  suggestions: readonly Suggestion[];
  /** Mentors whose capacity was not read as typed, with the number used. */
  capacityNotes: string[];
}

export function suggestPairsUseCase(ports: MatchingPorts): SuggestReport {
  return ports.lock.withDocumentLock(() => {
    const [mentorsTable, menteesTable, pairsTable, settingsTable] = requireTables(ports.workbook, MENTORS_TABLE, MENTEES_TABLE, PAIRS_TABLE, SETTINGS_TABLE);
    const options = matchingOptions(settingsTable.readAll().map((r) => r.values));
    const mentors = mentorsTable.readAll().map((r) => mentorFromRow(r.values, options.limits)).filter((m) => m.id !== '');
    const mentees = menteesTable.readAll().map((r) => menteeFromRow(r.values)).filter((m) => m.id !== '');
    const existing: PairRef[] = pairsTable
      .readAll()
      .map((r) => pairFromRow(r.rowNumber, r.values))
      .filter(isActivePair)
      .flatMap((p) => p.menteeIds.map((menteeId) => ({ menteeId, mentorId: p.mentorId })));
    const matching = ports.workbook.table(MATCHING_TABLE) ?? ports.workbook.create(MATCHING_TABLE, 5);
    const marks = matching.readAll().map((r) => r.values);
    const banned = [...ports.store.get<PairRef[]>(BANNED_PAIRS_KEY, [])];
    for (const row of marks) {
      const pair = { menteeId: String(row.menteeId), mentorId: idFromLabel(String(row.mentor)) };
      if (row.ban === true && pair.mentorId !== '' && !banned.some((b) => b.menteeId === pair.menteeId && b.mentorId === pair.mentorId)) banned.push(pair);
    }
    const locked = marks
      .filter((row) => row.approve === true && row.ban !== true && String(row.mentor) !== '')
      .map((row) => ({ menteeId: String(row.menteeId), mentorId: idFromLabel(String(row.mentor)) }));

    const result = suggest({ mentees, mentors, existing, locked, banned, weights: options.weights, onlyTrained: options.onlyTrained, scoreFirst: options.scoreFirst });
    const byId = new Map(mentees.map((m) => [m.id, m]));
    const rows = result.suggestions.map((s) => suggestionRow(s, byId.get(s.menteeId)?.requests ?? []));
    // The dropdown is strict: Google refuses a script's write outside the list in force (gas-api.md §13
    // vectors 44–45), so the new list goes first and holds every label the rows will carry.
    const labels = mentors.filter((m) => m.consent).map(personLabel);
    for (const row of rows) if (row.mentor !== '' && !labels.includes(String(row.mentor))) labels.push(String(row.mentor));
    matching.setChoices('mentor', labels);
    matching.replaceAll(rows);
    ports.store.set(BANNED_PAIRS_KEY, banned);

    const unmatched = result.suggestions.filter((s) => s.mentorId === null).map((s) => ({ name: s.menteeName, reason: s.unmatchedReason ?? '' }));
    ports.journal().log('Подбор пар', `Предложено пар: ${result.matched} из ${result.suggestions.length}; без пары: ${unmatched.length}.`);
    const notes = capacityNotes(mentors.filter((m) => m.consent));
    return { mentees: result.suggestions.length, matched: result.matched, unmatched, suggestions: result.suggestions, capacityNotes: notes };
  });
}

function suggestionRow(s: Suggestion, requests: readonly string[]): Row {
  const alt = (i: number): string => {
    const a = s.alternatives[i];
    return a ? `${personLabel({ fullName: a.mentorName, id: a.mentorId })}: ${a.score} — ${a.whyNot}` : '';
  };
  return {
    menteeId: s.menteeId,
    mentee: s.menteeName,
    requests: requests.join('; '),
    mentor: s.mentorId && s.mentorName ? personLabel({ fullName: s.mentorName, id: s.mentorId }) : '',
    score: s.mentorId ? s.score : '',
    reasons: s.reasons,
    alternative1: alt(0),
    alternative2: alt(1),
    group: s.groupId ?? '',
    unmatched: s.unmatchedReason ?? '',
    approve: s.locked,
    ban: false,
  };
}

