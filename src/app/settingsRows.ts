/**
 * Rows of «Настройки» kept by key (links to forms and documents): a row is added once, rewritten when its
 * label or value changed, and left alone otherwise; rows the coordinator added stay as they are.
 */
import type { Row, TablePort } from './ports';

export function upsertSettingsRows(table: TablePort, wanted: readonly { key: string; label: string; value: string }[]): void {
  const rows = table.readAll(['key', 'label', 'value']);
  const append: Row[] = [];
  for (const w of wanted) {
    const existing = rows.find((r) => r.values.key === w.key);
    if (!existing) append.push(w);
    else if (existing.values.value !== w.value || existing.values.label !== w.label) table.writeRows(existing.rowNumber, [w]);
  }
  if (append.length > 0) table.append(append);
}
