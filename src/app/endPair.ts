/**
 * Use case «Завершить пару…»: a confirmed pair or group never changes silently. Ending one is an
 * explicit action: «завершена» (its programme done; mentees «завершил») or «расторгнута» (ended early;
 * mentees back to «поддержка, поиск наставника», first in the next suggestion). Logged in «Журнал».
 */
import { SUPPORT_STATUS } from '../domain/people';
import { MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE } from '../domain/tables';
import { isActivePair, pairFromRow } from './bankRecords';
import type { JournalPort, LockPort, TablePort, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

export type PairEnding = 'завершена' | 'расторгнута';

export interface EndPairPorts {
  workbook: WorkbookPort;
  lock: LockPort;
  journal: () => JournalPort;
}

export type EndPairResult = { ok: true; message: string } | { ok: false; message: string };

export function endPair(ports: EndPairPorts, pairId: string, ending: PairEnding): EndPairResult {
  return ports.lock.withDocumentLock(() => {
    const [pairs, mentees, mentors] = requireTables(ports.workbook, PAIRS_TABLE, MENTEES_TABLE, MENTORS_TABLE);
    const rows = pairs.readAll();
    const wanted = pairId.trim().toUpperCase().replace(/^P-/, 'П-');
    const row = rows.find((r) => String(r.values.id).toUpperCase() === wanted);
    if (!row) return { ok: false, message: `Пара «${pairId.trim()}» не найдена в листе «Пары и группы».` };
    const pair = pairFromRow(row.rowNumber, row.values);
    if (!isActivePair(pair)) return { ok: false, message: `Пара ${pair.id} уже ${pair.status}.` };
    pairs.writeRows(row.rowNumber, [{ status: ending }], ['status']);
    setStatus(mentees, new Set(pair.menteeIds), ending === 'завершена' ? 'завершил' : SUPPORT_STATUS);
    const stillMentoring = rows.some((r) => r !== row && isActivePair(pairFromRow(r.rowNumber, r.values)) && String(r.values.mentorId) === pair.mentorId);
    if (!stillMentoring) setStatus(mentors, new Set([pair.mentorId]), 'в банке');
    const message = `${pair.id}: ${ending}. ${ending === 'расторгнута' ? 'Наставляемые снова ищут наставника и будут первыми при следующем подборе.' : 'Программа пары выполнена.'}`;
    ports.journal().log('Пары и группы', message);
    return { ok: true, message };
  });
}

function setStatus(table: TablePort, ids: ReadonlySet<string>, status: string): void {
  for (const r of table.readAll()) {
    if (ids.has(String(r.values.id))) table.writeRows(r.rowNumber, [{ status }], ['status']);
  }
}
