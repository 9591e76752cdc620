/** The tables a use case needs, or a Russian message that says how to get them. */
import type { TableSchema } from '../domain/tables';
import type { TablePort, WorkbookPort } from './ports';

export function requireTables(workbook: WorkbookPort, ...schemas: TableSchema[]): TablePort[] {
  return schemas.map((schema) => {
    const table = workbook.table(schema);
    if (!table) throw new Error(`Лист «${schema.sheetName}» не найден. Запустите «Наставничество → Настроить программу…».`);
    return table;
  });
}
