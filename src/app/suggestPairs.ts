/**
 * Use case «Подобрать пары»: reads the banks, the confirmed pairs and the coordinator's marks in
 * «Подбор» (approved rows stay as locked, «Запретить пару» bans that pair for good), suggests an
 * optimal assignment for everyone without a pair and rewrites «Подбор» with the reasons, the bound and
 * what changed since the last run (and which settings changed).
 */
import { type PairRef, type PreviousSuggestion, type Suggestion, suggestPairs as suggest, WEIGHT_KEYS, WEIGHT_LABELS, type Weights } from '../domain/matching';
import { MATCHING_TABLE, MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, SETTINGS_TABLE } from '../domain/tables';
import { capacityNotes, idFromLabel, isActivePair, menteeFromRow, mentorFromRow, pairFromRow, personLabel } from './bankRecords';
import { matchingOptions } from './matchingSettings';
import type { DocumentStorePort, JournalPort, LockPort, Row, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

export const BANNED_PAIRS_KEY = 'nastavnik.bannedPairs';
/** The settings the last suggestion used, to say what changed. */
export const LAST_SETTINGS_KEY = 'nastavnik.lastMatchingSettings';

interface UsedSettings {
  weights: Weights;
  onlyTrained: boolean;
  scoreFirst: boolean;
}

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
  /** The most mentees any assignment could match under these rules. */
  bound: number;
  /** For the alert, after the first line: the bound and why, what changed, problems to fix. */
  summary: string[];
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
    // A «Подбор» made before «Изменилось» and «Итог подбора» existed gets them at the right.
    matching.restoreMissingColumns();
    const marks = matching.readAll().map((r) => r.values);
    const previous: PreviousSuggestion[] = marks
      .filter((row) => String(row.menteeId ?? '') !== '')
      .map((row) => {
        const mentorId = idFromLabel(String(row.mentor ?? ''));
        const score = row.score === '' || row.score === undefined ? null : Number(row.score);
        return { menteeId: String(row.menteeId), mentorId: mentorId === '' ? null : mentorId, score: score !== null && Number.isFinite(score) ? score : null };
      });
    const banned = [...ports.store.get<PairRef[]>(BANNED_PAIRS_KEY, [])];
    for (const row of marks) {
      const pair = { menteeId: String(row.menteeId), mentorId: idFromLabel(String(row.mentor)) };
      if (row.ban === true && pair.mentorId !== '' && !banned.some((b) => b.menteeId === pair.menteeId && b.mentorId === pair.mentorId)) banned.push(pair);
    }
    const locked = marks
      .filter((row) => row.approve === true && row.ban !== true && String(row.mentor) !== '')
      .map((row) => ({ menteeId: String(row.menteeId), mentorId: idFromLabel(String(row.mentor)) }));

    const result = suggest({ mentees, mentors, existing, locked, banned, previous, weights: options.weights, onlyTrained: options.onlyTrained, scoreFirst: options.scoreFirst });
    const byId = new Map(mentees.map((m) => [m.id, m]));
    const rows = result.suggestions.map((s) => suggestionRow(s, byId.get(s.menteeId)?.requests ?? []));
    if (rows.length > 0) rows[0].summary = result.certificate.lines.join('\n');
    const used: UsedSettings = { weights: options.weights, onlyTrained: options.onlyTrained, scoreFirst: options.scoreFirst };
    const settingsChanged = previous.length > 0 ? settingsDiff(ports.store.get<UsedSettings | null>(LAST_SETTINGS_KEY, null), used) : [];
    const changed = result.suggestions.filter((s) => s.change !== null).length;
    // The dropdown is strict: Google refuses a script's write outside the list in force (gas-api.md §13
    // vectors 44–45), so the new list goes first and holds every label the rows will carry.
    const labels = mentors.filter((m) => m.consent).map(personLabel);
    for (const row of rows) if (row.mentor !== '' && !labels.includes(String(row.mentor))) labels.push(String(row.mentor));
    matching.setChoices('mentor', labels);
    matching.replaceAll(rows);
    ports.store.set(BANNED_PAIRS_KEY, banned);
    ports.store.set(LAST_SETTINGS_KEY, used);

    const unmatched = result.suggestions.filter((s) => s.mentorId === null).map((s) => ({ name: s.menteeName, reason: s.unmatchedReason ?? '' }));
    ports.journal().log('Подбор пар', `Предложено пар: ${result.matched} из ${result.suggestions.length}; без пары: ${unmatched.length}.`);
    const notes = capacityNotes(mentors.filter((m) => m.consent));
    const summary = [...result.certificate.lines];
    if (settingsChanged.length > 0) summary.push('', `Изменены настройки подбора: ${settingsChanged.join('; ')}.`);
    if (changed > 0) summary.push(`Изменились предложения: ${changed} — было и почему теперь иначе, в столбце «Изменилось» листа «Подбор».`);
    if (result.problems.length > 0) summary.push('', 'Проверьте:', ...result.problems.map((p) => `• ${p}`));
    return { mentees: result.suggestions.length, matched: result.matched, unmatched, suggestions: result.suggestions, capacityNotes: notes, bound: result.certificate.bound, summary };
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
    changed: s.change ?? '',
    summary: '',
  };
}

/** «Вес: тот же предмет: 20 → 0» for each setting that differs from the last run's. */
function settingsDiff(before: UsedSettings | null, now: UsedSettings): string[] {
  if (before === null) return [];
  const out: string[] = [];
  for (const k of WEIGHT_KEYS) {
    const was = before.weights?.[k];
    if (typeof was === 'number' && was !== now.weights[k]) out.push(`${WEIGHT_LABELS[k]}: ${was} → ${now.weights[k]}`);
  }
  const yes = (b: boolean): string => (b ? 'да' : 'нет');
  if (before.onlyTrained !== now.onlyTrained) out.push(`только наставники, прошедшие обучение: ${yes(before.onlyTrained)} → ${yes(now.onlyTrained)}`);
  if (before.scoreFirst !== now.scoreFirst) out.push(`сначала общий балл: ${yes(before.scoreFirst)} → ${yes(now.scoreFirst)}`);
  return out;
}

