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
import { HAND_EDIT_PREFIX, handEditLabel, handEditProblem } from './handEdits';
import { documentRecord } from './registry';
import { ACCESS_PREFIX } from './sharingNotes';
import type { Sources } from './sources';

/** Stage «1» carries the local acts and the roadmap; the pairs' stage (8 in the seed) the order on pairs. */
const STAGE_ITEMS: readonly { stage: (title: string, number: string) => boolean; items: readonly string[] }[] = [
  { stage: (_t, n) => n === '1', items: ['order', 'regulation', 'programme', 'roadmap'] },
  { stage: (t) => /наставнических пар/i.test(t), items: ['pairsOrder'] },
];

/** The «Настройки» rows of school documents: its link, and its PDF's for the website. */
function settingsRows(store: DocumentStorePort, sources: Sources, items: readonly string[]) {
  return items.flatMap((item) => {
    const record = documentRecord(store, item);
    if (!record) return [];
    // A document a person changed and the add-on left as it is says so where its link is.
    const label = `Документ: ${record.handEdited === undefined ? itemLabel(item, sources) : handEditLabel(itemLabel(item, sources), record.handEdited)}`;
    return [
      { key: `doc.${item}`, label, value: record.url },
      ...(record.pdfUrl ? [{ key: `doc.${item}.pdf`, label: `PDF для сайта: ${itemLabel(item, sources)}`, value: record.pdfUrl }] : []),
    ];
  });
}

/** The «Документы» cell of the roadmap stage each group of items belongs to: one read of the sheet, a write per changed stage. */
function writeStageLinks(workbook: WorkbookPort, store: DocumentStorePort, sources: Sources, items: readonly string[]): void {
  const groups = STAGE_ITEMS.filter((g) => g.items.some((i) => items.includes(i)));
  // Most documents belong to no stage: the roadmap's sheet is not even looked for then.
  const table = groups.length > 0 ? workbook.table(ROADMAP_TABLE) : null;
  if (!table) return;
  const rows = table.readAll(['number', 'title', 'document']);
  for (const group of groups) {
    const row = rows.find((r) => group.stage(String(r.values.title), String(r.values.number).trim()));
    if (!row) continue;
    const lines = group.items.flatMap((i) => {
      const record = documentRecord(store, i);
      if (!record) return [];
      return [`${itemLabel(i, sources)}: ${record.url}`, ...(record.pdfUrl ? [`PDF: ${record.pdfUrl}`] : [])];
    });
    const text = lines.join('\n');
    if (row.values.document !== text) table.writeRows(row.rowNumber, [{ document: text }], ['document']);
  }
}

/** What a document's link in the sheets says: where it is, and for a pair's programme its problems. */
export interface DocumentLink {
  readonly item: string;
  readonly url: string;
  /** The pair whose «Программа (документ)» it is; null for a school document. */
  readonly pairId: string | null;
  /** One line per person who has no access to it yet. */
  readonly accessLines: readonly string[];
  /** When a person changed it and the add-on left it as it is; null when written. */
  readonly handEdited: string | null;
}

/**
 * The links of documents just written, in one pass over «Пары и группы» (read once, changed rows written in
 * runs) and the school documents' rows in «Настройки» and «Дорожная карта». Call it under the document lock.
 */
export function writeDocumentLinks(workbook: WorkbookPort, store: DocumentStorePort, sources: Sources, links: readonly DocumentLink[]): void {
  writePairLinks(
    workbook,
    links.filter((l) => l.pairId !== null),
  );
  const schoolItems = [...new Set(links.filter((l) => l.pairId === null).map((l) => l.item))];
  const rows = settingsRows(store, sources, schoolItems);
  const table = rows.length > 0 ? workbook.table(SETTINGS_TABLE) : null;
  if (table) upsertSettingsRows(table, rows);
  writeStageLinks(workbook, store, sources, [...new Set(links.map((l) => l.item))]);
}

/**
 * Each pair's programme link, and in its «Проблемы» one line per person who has no access yet and a line when
 * the programme was changed by hand and left as it is; lines the job wrote before are replaced, anything else
 * in the cell stays.
 */
function writePairLinks(workbook: WorkbookPort, links: readonly DocumentLink[]): void {
  const table = links.length > 0 ? workbook.table(PAIRS_TABLE) : null;
  if (!table) return;
  const byPair = new Map(links.map((l) => [l.pairId, l]));
  const changed: { rowNumber: number; values: Record<string, string> }[] = [];
  for (const row of table.readAll(['id', 'programme', 'problems'])) {
    const link = byPair.get(String(row.values.id));
    if (!link) continue;
    const before = String(row.values.problems ?? '');
    const others = before.split('\n').filter((line) => line !== '' && !line.startsWith(ACCESS_PREFIX) && !line.startsWith(HAND_EDIT_PREFIX));
    const handEdit = link.handEdited === null ? [] : [handEditProblem(link.handEdited)];
    const problems = [...others, ...handEdit, ...link.accessLines.map((line) => `${ACCESS_PREFIX}: ${line}`)].join('\n');
    const programme = String(row.values.programme ?? '');
    if (programme !== link.url || problems !== before) changed.push({ rowNumber: row.rowNumber, values: { programme: link.url, problems } });
  }
  // Consecutive rows go in one write; a row between two changed ones is never rewritten.
  for (let i = 0; i < changed.length; ) {
    let j = i + 1;
    while (j < changed.length && changed[j].rowNumber === changed[j - 1].rowNumber + 1) j++;
    table.writeRows(
      changed[i].rowNumber,
      changed.slice(i, j).map((c) => c.values),
      ['programme', 'problems'],
    );
    i = j;
  }
}
