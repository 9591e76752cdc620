/**
 * The tables a use case needs, whole, or a Russian message that says how to get them: a missing sheet, a
 * column of ours deleted by hand, a key column emptied by hand (src/domain/keyColumns.ts) each stop the
 * action before it reads anything as "empty" and acts on it.
 */
import { emptiedKeyColumns, keyColumnsOf } from '../domain/keyColumns';
import type { TableSchema } from '../domain/tables';
import type { TablePort, WorkbookPort } from './ports';

const quoted = (titles: readonly string[]): string => titles.map((t) => `«${t}»`).join(', ');

export function requireTables(workbook: WorkbookPort, ...schemas: TableSchema[]): TablePort[] {
  return schemas.map((schema) => {
    const table = workbook.table(schema);
    if (!table) throw new Error(`Лист «${schema.sheetName}» не найден. Запустите «Наставничество → Настроить программу…».`);
    const missing = table.missingColumns().map((c) => c.title);
    if (missing.length > 0) {
      throw new Error(
        `В листе «${table.sheetName}» нет ${missing.length === 1 ? 'столбца' : 'столбцов'} ${quoted(missing)}: ${missing.length === 1 ? 'он удалён' : 'они удалены'}. ` +
          'Выберите «Наставничество → Настроить программу…» — столбец вернётся справа, пустой; его данные можно вернуть из «Файл → История версий». ' +
          'Пока столбца нет, действие не выполняется, чтобы никого не задвоить.',
      );
    }
    const keys = keyColumnsOf(schema);
    if (keys.length > 0) {
      const emptied = emptiedKeyColumns(schema, table.readAll(keys).map((r) => r.values));
      if (emptied.length > 0) {
        throw new Error(
          `В листе «${table.sheetName}» пуст столбец ${quoted(emptied)}, а по нему надстройка узнаёт людей и пары. ` +
            'Верните значения («Файл → История версий» или отмена правки) и повторите: пока он пуст, действие не выполняется, чтобы никого не задвоить.',
        );
      }
    }
    return table;
  });
}
