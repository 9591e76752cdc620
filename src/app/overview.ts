/**
 * What the sidebar shows: the roadmap's stages with their states as of today (computed, nothing
 * written), the banks' and pairs' counts, the stalled pairs, and the questionnaires' links. Plain JSON for google.script.run.
 */
import type { IsoDate } from '../domain/dates';
import { SUPPORT_STATUS } from '../domain/people';
import { settingsFromRows } from '../domain/programme';
import { assessStage, evidenceText } from '../domain/roadmap';
import { knownStatus } from '../domain/statuses';
import { MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, PERSON_STATUSES, ROADMAP_TABLE, SETTINGS_TABLE } from '../domain/tables';
import { isActivePair, pairFromRow } from './bankRecords';
import { type StalledPair, stalledPairs } from './meetings';
import type { WorkbookPort } from './ports';
import { programmeFacts } from './roadmapEvidence';

export interface Overview {
  configured: boolean;
  school: string;
  year: string;
  /** `reason`: why this state, and `evidence`: what happened, in Russian (the sidebar's tooltip). */
  stages: { number: string; title: string; planned: string; state: string; reason: string; evidence: string[] }[];
  counts: { mentors: number; mentees: number; activePairs: number; waiting: number };
  links: { label: string; url: string }[];
  /** Pairs with no first meeting or too long a gap, as of today, with whom to remind (meetings.ts). */
  stalled: StalledPair[];
}

export function programmeOverview(workbook: WorkbookPort, today: IsoDate): Overview {
  const settingsRows = workbook.table(SETTINGS_TABLE)?.readAll() ?? [];
  const values = new Map(settingsRows.map((r) => [String(r.values.key), String(r.values.value)]));
  const settings = settingsFromRows(values);
  const facts = programmeFacts(workbook);
  const stages = (workbook.table(ROADMAP_TABLE)?.readAll() ?? []).map((r) => {
    const row = { number: String(r.values.number ?? ''), title: String(r.values.title ?? ''), content: String(r.values.content ?? ''), planned: String(r.values.planned ?? ''), done: r.values.done === true };
    const a = assessStage(row, facts, today);
    return { number: row.number, title: row.title, planned: row.planned, state: a.state.state, reason: a.state.reason, evidence: evidenceText(a.evidence.lines) };
  });
  const mentees = workbook.table(MENTEES_TABLE)?.readAll() ?? [];
  const pairs = (workbook.table(PAIRS_TABLE)?.readAll() ?? []).map((r) => pairFromRow(r.rowNumber, r.values));
  return {
    configured: settings !== null,
    school: settings?.schoolShortName ?? '',
    year: settings ? `${settings.schoolYearStart}-${settings.schoolYearStart + 1}` : '',
    stages,
    counts: {
      mentors: (workbook.table(MENTORS_TABLE)?.readAll() ?? []).filter((r) => r.values.consent === true).length,
      mentees: mentees.filter((r) => r.values.consent === true).length,
      activePairs: pairs.filter(isActivePair).length,
      waiting: mentees.filter((r) => knownStatus(String(r.values.status ?? ''), PERSON_STATUSES) === SUPPORT_STATUS).length,
    },
    links: settingsRows
      // The questionnaires' links and the school's documents (a mentor's own papers are not for the sidebar).
      .filter((r) => {
        const key = String(r.values.key);
        return key.endsWith('.published') || (key.startsWith('doc.') && !/^doc\.(consent|agreement):/.test(key));
      })
      .map((r) => ({ label: String(r.values.label), url: String(r.values.value) })),
    stalled: stalledPairs(workbook, today),
  };
}
