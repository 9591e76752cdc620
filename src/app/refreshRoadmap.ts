/**
 * Use case «Обновить дорожную карту»: each stage's dates follow its planned-period text, and its state
 * (не начат / идёт / выполнен / просрочен) follows the dates, today and the coordinator's mark.
 * Text it cannot read stays as typed and is flagged in «Проверка», never guessed.
 */
import type { IsoDate } from '../domain/dates';
import { coveringRange, parsePlannedPeriods, stageState } from '../domain/roadmap';
import type { Row, TablePort } from './ports';

const COMPUTED = ['start', 'end', 'state', 'check'] as const;

export interface RoadmapRefresh {
  /** Stages whose computed cells changed. */
  changed: number;
  stages: { number: string; title: string; planned: string; state: string; check: string }[];
}

export function refreshRoadmapTable(roadmap: TablePort, today: IsoDate): RoadmapRefresh {
  const rows = roadmap.readAll();
  if (rows.length === 0) return { changed: 0, stages: [] };
  const first = rows[0].rowNumber;
  const last = rows[rows.length - 1].rowNumber;
  const block: Row[] = [];
  for (let r = first; r <= last; r++) block.push({ start: '', end: '', state: '', check: '' });
  let changed = 0;
  const stages: RoadmapRefresh['stages'] = [];
  for (const row of rows) {
    const planned = String(row.values.planned ?? '');
    const parse = parsePlannedPeriods(planned);
    const range = coveringRange(parse);
    const done = row.values.done === true;
    const state = stageState(range, done, today);
    const check = parse.unreadable.length > 0 ? `Не удалось прочитать срок: «${parse.unreadable.join('», «')}»` : '';
    const computed: Row = { start: range?.start ?? '', end: range?.end ?? '', state: state.state, check };
    block[row.rowNumber - first] = computed;
    if (COMPUTED.some((key) => String(row.values[key] ?? '') !== String(computed[key]))) changed++;
    stages.push({ number: String(row.values.number), title: String(row.values.title), planned, state: state.state, check });
  }
  if (changed > 0) roadmap.writeRows(first, block, COMPUTED);
  return { changed, stages };
}
