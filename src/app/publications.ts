/**
 * «Публикации» kept current: a row for each held event (its news draft) and each site PDF in «Настройки», added
 * once; the draft's link filled in when it is made. The date and the site link are the coordinator's: never written.
 */
import { formatRussianDate } from '../domain/dates';
import { EVENTS_TABLE, PUBLICATIONS_TABLE, SETTINGS_TABLE } from '../domain/tables';
import type { Row, WorkbookPort } from './ports';

const HELD = 'проведено';
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
const asDate = (value: unknown): string => {
  if (value instanceof Date) return formatRussianDate(value.toISOString().slice(0, 10));
  const t = text(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? formatRussianDate(t) : t;
};

/** Rows added and links filled, in one append and one block write whatever the size of the log. */
export function syncPublications(workbook: WorkbookPort): { added: number; filled: number } {
  const log = workbook.table(PUBLICATIONS_TABLE);
  if (!log) return { added: 0, filled: 0 };
  const logRows = log.readAll();
  const byRef = new Map(logRows.map((r) => [text(r.values.ref), r]));
  const sources: Row[] = [];
  for (const e of workbook.table(EVENTS_TABLE)?.readAll(['id', 'date', 'title', 'status', 'news', 'publication', 'published']) ?? []) {
    const id = text(e.values.id);
    if (id === '' || text(e.values.status) !== HELD) continue;
    const date = asDate(e.values.date);
    // What the coordinator had typed in «Мероприятия» comes along once, with the row.
    sources.push({ ref: id, kind: 'новость', title: `${text(e.values.title)}${date ? ` (${date})` : ''}`, material: text(e.values.news), published: asDate(e.values.published), url: text(e.values.publication) });
  }
  for (const s of workbook.table(SETTINGS_TABLE)?.readAll() ?? []) {
    const key = text(s.values.key);
    if (!/^doc\..+\.pdf$/.test(key) || text(s.values.value) === '') continue;
    sources.push({ ref: key, kind: 'документ (PDF)', title: text(s.values.label).replace(/^PDF для сайта:\s*/, ''), material: text(s.values.value), published: '', url: '' });
  }
  const fresh = sources.filter((s) => !byRef.has(String(s.ref)));
  const fills = sources.flatMap((s) => {
    const row = byRef.get(String(s.ref));
    return row && text(row.values.material) === '' && s.material !== '' ? [{ rowNumber: row.rowNumber, material: s.material }] : [];
  });
  if (fills.length > 0) {
    const first = Math.min(...fills.map((f) => f.rowNumber));
    const last = Math.max(...fills.map((f) => f.rowNumber));
    const current = new Map(logRows.map((r) => [r.rowNumber, r.values.material ?? '']));
    const wanted = new Map(fills.map((f) => [f.rowNumber, f.material]));
    const block: Row[] = [];
    for (let n = first; n <= last; n++) block.push({ material: wanted.get(n) ?? current.get(n) ?? '' });
    log.writeRows(first, block, ['material']);
  }
  if (fresh.length > 0) log.append(fresh);
  return { added: fresh.length, filled: fills.length };
}
