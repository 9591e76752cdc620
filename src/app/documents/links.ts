/**
 * Documents' links written back to the sheets: «Настройки» (one row per school document), «Дорожная
 * карта» («Документы» of the stage the document belongs to) and «Пары и группы» («Программа (документ)»).
 * Cells are rebuilt from the registry each time, so writing twice changes nothing.
 */
import { PAIRS_TABLE, ROADMAP_TABLE, SETTINGS_TABLE } from '../../domain/tables';
import type { DocumentStorePort, WorkbookPort } from '../ports';
import { upsertSettingsRows } from '../settingsRows';
import { itemLabel } from './catalog';
import { documentRecord } from './registry';
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
    { key: `doc.${item}`, label: `Документ: ${itemLabel(item, sources)}`, value: record.url },
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

export function writePairLink(workbook: WorkbookPort, pairId: string, url: string): void {
  const table = workbook.table(PAIRS_TABLE);
  const row = table?.readAll(['id', 'programme']).find((r) => String(r.values.id) === pairId);
  if (table && row && row.values.programme !== url) table.writeRows(row.rowNumber, [{ programme: url }], ['programme']);
}
