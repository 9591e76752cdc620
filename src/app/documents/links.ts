/**
 * Documents' links written back to the sheets: «Настройки» (one row per school document), «Дорожная
 * карта» («Документы» of the stage the document belongs to) and «Пары и группы» («Программа (документ)», and
 * in «Проблемы» the people who have no access to it yet, and a programme changed by hand and left as it is).
 * Cells are rebuilt from the registry each time, so writing twice changes nothing.
 */
import { PAIRS_TABLE, ROADMAP_TABLE, SETTINGS_TABLE } from '../../domain/tables';
import type { DocumentStorePort, WorkbookPort } from '../ports';
import { upsertSettingsRows } from '../settingsRows';
import { itemLabel } from './catalog';
import { HAND_EDIT_PREFIX, handEditLabel } from './handEdits';
import { documentRecord } from './registry';
import { ACCESS_PREFIX } from './sharingNotes';
import type { Sources } from './sources';

/** Stage «1» carries the local acts and the roadmap; the pairs' stage (8 in the seed) the order on pairs. */
const STAGE_ITEMS: readonly { stage: (title: string, number: string) => boolean; items: readonly string[] }[] = [
  { stage: (_t, n) => n === '1', items: ['order', 'regulation', 'programme', 'roadmap'] },
  { stage: (t) => /наставнических пар/i.test(t), items: ['pairsOrder'] },
];

export function writeSettingsLink(workbook: WorkbookPort, store: DocumentStorePort, sources: Sources, item: string): void {
  const record = documentRecord(store, item);
  const table = workbook.table(SETTINGS_TABLE);
  if (!record || !table) return;
  upsertSettingsRows(table, [
    {
      key: `doc.${item}`,
      // A document a person changed and the add-on left as it is says so where its link is.
      label: `Документ: ${record.handEdited === undefined ? itemLabel(item, sources) : handEditLabel(itemLabel(item, sources), record.handEdited)}`,
      value: record.url,
    },
    ...(record.pdfUrl ? [{ key: `doc.${item}.pdf`, label: `PDF для сайта: ${itemLabel(item, sources)}`, value: record.pdfUrl }] : []),
  ]);
}

export function writeStageLinks(workbook: WorkbookPort, store: DocumentStorePort, sources: Sources, item: string): void {
  const group = STAGE_ITEMS.find((g) => g.items.includes(item));
  const table = workbook.table(ROADMAP_TABLE);
  if (!group || !table) return;
  const row = table.readAll(['number', 'title', 'document']).find((r) => group.stage(String(r.values.title), String(r.values.number).trim()));
  if (!row) return;
  const lines = group.items.flatMap((i) => {
    const record = documentRecord(store, i);
    if (!record) return [];
    return [`${itemLabel(i, sources)}: ${record.url}`, ...(record.pdfUrl ? [`PDF: ${record.pdfUrl}`] : [])];
  });
  const text = lines.join('\n');
  if (row.values.document !== text) table.writeRows(row.rowNumber, [{ document: text }], ['document']);
}

/**
 * The pair's programme link, and in its «Проблемы» one line per person who has no access yet and a line when
 * the programme was changed by hand and left as it is; lines the job wrote before are replaced, anything else
 * in the cell stays.
 */
export function writePairLink(
  workbook: WorkbookPort,
  pairId: string,
  url: string,
  accessProblems: readonly string[] = [],
  handEditProblems: readonly string[] = [],
): void {
  const table = workbook.table(PAIRS_TABLE);
  const row = table?.readAll(['id', 'programme', 'problems']).find((r) => String(r.values.id) === pairId);
  if (!table || !row) return;
  const before = String(row.values.problems ?? '');
  const others = before.split('\n').filter((line) => line !== '' && !line.startsWith(ACCESS_PREFIX) && !line.startsWith(HAND_EDIT_PREFIX));
  const problems = [...others, ...handEditProblems, ...accessProblems.map((line) => `${ACCESS_PREFIX}: ${line}`)].join('\n');
  const changes: Record<string, string> = {};
  if (row.values.programme !== url) changes.programme = url;
  if (problems !== before) changes.problems = problems;
  const keys = Object.keys(changes);
  if (keys.length > 0) table.writeRows(row.rowNumber, [changes], keys);
}
