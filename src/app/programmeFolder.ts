/** The programme's folder in Drive, «Программа наставничества — <школа>»: made once, remembered, found again. */
import { settingsFromRows } from '../domain/programme';
import { SETTINGS_TABLE } from '../domain/tables';
import type { DocumentStorePort, DrivePort, FolderRef, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

export const FOLDER_KEY = 'nastavnik.folder';

export function programmeFolder(ports: { drive: DrivePort; store: DocumentStorePort; workbook: WorkbookPort }): FolderRef {
  const [settingsTable] = requireTables(ports.workbook, SETTINGS_TABLE);
  const settings = settingsFromRows(new Map(settingsTable.readAll().map((r) => [String(r.values.key), String(r.values.value)])));
  const name = `Программа наставничества — ${settings?.schoolShortName ?? 'школа'}`;
  const folder = ports.drive.ensureFolder(name, ports.store.get<string | null>(FOLDER_KEY, null));
  ports.store.set(FOLDER_KEY, folder.id);
  return folder;
}
