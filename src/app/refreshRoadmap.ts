/**
 * Use case «Обновить дорожную карту»: each stage's dates follow its planned-period text, its state follows
 * what happened (the evidence in the sheets), then the dates, today and the coordinator's tick; «Подтверждение»
 * shows the evidence with named links. What it cannot read is flagged in «Проверка», never guessed, and a
 * computed cell the coordinator typed over is kept as typed (and said so).
 */
import type { IsoDate } from '../domain/dates';
import { assessStage, evidenceCell, type ProgrammeFacts, stageStateWithEvidence } from '../domain/roadmap';
import type { DocumentStorePort, LinkedText, Row, TablePort, WorkbookPort } from './ports';
import { NO_FACTS, programmeFacts } from './roadmapEvidence';

const COMPUTED = ['start', 'end', 'state', 'check'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
type Computed = (typeof COMPUTED)[number] | 'evidence';
/** What the add-on last wrote in each stage's computed cells (hashes), to tell its own values from a person's. */
export const WRITTEN_KEY = 'nastavnik.roadmap.written';

export interface RoadmapRefresh {
  /** Stages whose computed cells changed. */
  changed: number;
  stages: { number: string; title: string; planned: string; state: string; reason: string; check: string }[];
  /** Cells the coordinator typed in a computed column, kept as typed: «Этап 3: «Начало»». */
  kept: string[];
}

export interface RoadmapSources {
  readonly workbook?: WorkbookPort;
  readonly store?: DocumentStorePort;
}

const TITLES: Record<Computed, string> = { start: 'Начало', end: 'Окончание', state: 'Состояние', check: 'Проверка', evidence: 'Подтверждение' };

export function refreshRoadmapTable(roadmap: TablePort, today: IsoDate, sources: RoadmapSources = {}): RoadmapRefresh {
  const rows = roadmap.readAll();
  if (rows.length === 0) return { changed: 0, stages: [], kept: [] };
  const facts: ProgrammeFacts = sources.workbook ? programmeFacts(sources.workbook) : NO_FACTS;
  const written = sources.store?.get<Record<string, Partial<Record<Computed, string>>>>(WRITTEN_KEY, {}) ?? {};
  const nextWritten: Record<string, Partial<Record<Computed, string>>> = {};
  const first = rows[0].rowNumber;
  const last = rows[rows.length - 1].rowNumber;
  // Rows between ours (blank ones) are written as they are: only the cells of our rows change.
  const block: Row[] = [];
  /** null: a cell not ours (the coordinator's text, with any links they made): never written. */
  const rich: (LinkedText | null)[] = [];
  const byRow = new Map(rows.map((r) => [r.rowNumber, r]));
  let changed = 0;
  let richChanged = false;
  const stages: RoadmapRefresh['stages'] = [];
  const kept: string[] = [];
  for (let r = first; r <= last; r++) {
    const row = byRow.get(r);
    if (!row) {
      block.push({});
      rich.push(null);
      continue;
    }
    const v = row.values;
    const stage = { number: text(v.number), title: text(v.title), content: text(v.content), planned: text(v.planned), done: v.done === true };
    const key = `${stage.number}|${stage.title}`;
    const before = written[key] ?? {};
    const mine = (column: Computed, current: string, fresh: string): boolean =>
      current === '' || current === fresh || before[column] === hash(current) || (before[column] === undefined && isLegacy(column, current));
    // Dates the coordinator typed in «Начало»/«Окончание» are theirs: the state follows them.
    const handStart = mine('start', text(v.start), '') ? null : text(v.start);
    const handEnd = mine('end', text(v.end), '') ? null : text(v.end);
    const a = assessStage(stage, facts, today);
    const range = a.range;
    const hand = { start: handStart ?? range?.start ?? '', end: handEnd ?? range?.end ?? '' };
    const handDated = (handStart !== null || handEnd !== null) && ISO.test(hand.start) && ISO.test(hand.end) && hand.start <= hand.end;
    const state = handDated
      ? stageStateWithEvidence({ ...a.parse, ranges: [{ ...hand, source: 'даты, указанные вручную' }] }, a.evidence, stage.done, today)
      : a.state;
    const computed: Record<Computed, string> = {
      start: range?.start ?? '',
      end: range?.end ?? '',
      state: state.state,
      check: a.problems.join('\n'),
      evidence: '',
    };
    const cell = evidenceCell(a.evidence.lines);
    computed.evidence = cell.text;
    const out: Row = {};
    const record: Partial<Record<Computed, string>> = {};
    let rowChanged = false;
    for (const column of [...COMPUTED, 'evidence'] as Computed[]) {
      const current = text(v[column]);
      const isMine = column === 'start' ? handStart === null || handStart === computed.start : column === 'end' ? handEnd === null || handEnd === computed.end : mine(column, current, computed[column]);
      if (!isMine) {
        kept.push(`Этап ${stage.number || r}: «${TITLES[column]}»`);
        if (column !== 'evidence') out[column] = v[column];
        record[column] = before[column];
        continue;
      }
      if (column !== 'evidence') out[column] = computed[column];
      record[column] = hash(computed[column] + (column === 'evidence' ? cell.links.map((l) => l.url).join() : ''));
      if (current !== computed[column] || (column === 'evidence' && before.evidence !== undefined && before.evidence !== record.evidence)) rowChanged = true;
    }
    const keepEvidence = !text(v.evidence) || mine('evidence', text(v.evidence), computed.evidence);
    rich.push(keepEvidence ? cell : null);
    if (keepEvidence && rowChanged) richChanged = true;
    block.push(out);
    nextWritten[key] = record;
    if (rowChanged) changed++;
    stages.push({ number: stage.number, title: stage.title, planned: stage.planned, state: state.state, reason: state.reason, check: computed.check });
  }
  if (changed > 0) roadmap.writeRows(first, block, COMPUTED);
  if (richChanged) writeEvidence(roadmap, first, rich);
  if (sources.store && JSON.stringify(nextWritten) !== JSON.stringify(written)) sources.store.set(WRITTEN_KEY, nextWritten);
  return { changed, stages, kept };
}

/** Named links where the table can write rich text; plain text (links as «название: адрес») elsewhere. */
function writeEvidence(roadmap: TablePort, first: number, cells: readonly (LinkedText | null)[]): void {
  // One write per run of our cells: a cell the coordinator typed in (null) splits the run and stays untouched.
  let start = -1;
  for (let i = 0; i <= cells.length; i++) {
    const ours = i < cells.length && cells[i] !== null;
    if (ours && start < 0) start = i;
    if (!ours && start >= 0) {
      const run = cells.slice(start, i) as LinkedText[];
      if (roadmap.writeLinkedText) roadmap.writeLinkedText(first + start, 'evidence', run);
      else roadmap.writeRows(first + start, run.map((c) => ({ evidence: c.text })), ['evidence']);
      start = -1;
    }
  }
}

/** Values the add-on wrote before it remembered them: a state of its list, its own problem lines, its dates. */
function isLegacy(column: Computed, current: string): boolean {
  if (column === 'state') return ['не начат', 'идёт', 'выполнен', 'просрочен', 'нет срока'].includes(current);
  if (column === 'check') return /^(?:Не удалось прочитать срок|Не указана планируемая дата|Срок читается двояко)/.test(current);
  if (column === 'start' || column === 'end') return /^\d{4}-\d{2}-\d{2}$/.test(current);
  return false;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** A short fingerprint of a cell's text (FNV-1a), so the record stays small for long evidence. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
