/**
 * People Drive refused to share with (vector 48) until the Drive emulator refuses accountless addresses:
 * the job's note, the dialog's per-person lines and the pair's «Проблемы» from a SharingPort's outcome.
 */
import { DOCUMENTS_JOB, documentsJobStatus } from '../../../src/app/documents/documentsJob';
import { writeDocumentLinks } from '../../../src/app/documents/links';
import { encodeRefusals, refusalLines } from '../../../src/app/documents/sharingNotes';
import type { Sources } from '../../../src/app/documents/sources';
import { continueJob, startJob } from '../../../src/app/jobs';
import type { DocumentStorePort, Row, ShareOutcome, TablePort, WorkbookPort } from '../../../src/app/ports';
import { PAIRS_TABLE } from '../../../src/domain/tables';

const REFUSED: ShareOutcome['refused'] = [
  { email: 'mentee001@mail.example', reason: 'no-google-account', message: 'Bad Request. User message: "You are trying to invite mentee001@mail.example…"' },
  { email: 'mentor001@school13.example', reason: 'other', message: 'Sharing is restricted by the domain administrator.' },
];

function memoryStore(): DocumentStorePort {
  const data = new Map<string, string>();
  return {
    get: <T>(k: string, fallback: T): T => (data.has(k) ? (JSON.parse(data.get(k)!) as T) : fallback),
    set: (k: string, v: unknown) => void data.set(k, JSON.stringify(v)),
  };
}

function pairsWorkbook(rows: Row[]): { workbook: WorkbookPort; rows: Row[]; writes: string[][] } {
  const writes: string[][] = [];
  const table = {
    schema: PAIRS_TABLE,
    sheetName: PAIRS_TABLE.sheetName,
    readAll: () => rows.map((values, i) => ({ rowNumber: i + 2, values })),
    writeRows: (first: number, changes: readonly Row[], keys?: readonly string[]) => {
      writes.push([...(keys ?? [])]);
      for (const [i, change] of changes.entries()) Object.assign(rows[first - 2 + i], change);
    },
  } as unknown as TablePort;
  const workbook = { table: () => table } as unknown as WorkbookPort;
  return { workbook, rows, writes };
}

describe('refused sharing', () => {
  it('says per person what to do: a Google address or the letter switched on; another refusal with Google’s words', () => {
    const lines = refusalLines(encodeRefusals(REFUSED));
    expect(lines).toEqual([
      'mentee001@mail.example: у адреса нет аккаунта Google — укажите в банке адрес Google или включите в «Настройках» письмо участникам («Документы: письмо участникам при открытии доступа» — «да»).',
      'mentor001@school13.example: Google не открыл доступ (Sharing is restricted by the domain administrator.).',
    ]);
  });

  it('the item is done and carries the note; the other items go on; the dialog lists the people', () => {
    const store = memoryStore();
    startJob(store, DOCUMENTS_JOB, ['pair:П-001', 'pair:П-002']);
    const done: string[] = [];
    continueJob(store, DOCUMENTS_JOB, { elapsedMs: () => 0 }, (item) => {
      done.push(item);
      return item === 'pair:П-001' ? encodeRefusals(REFUSED) : undefined;
    });
    const view = documentsJobStatus(store)!;
    expect(done).toEqual(['pair:П-001', 'pair:П-002']);
    expect(view).toMatchObject({ finished: true, done: 2, failed: [] });
    expect(view.notes).toEqual([{ label: 'Программа пары П-001', lines: refusalLines(encodeRefusals(REFUSED)) }]);
  });

  it('«Пары и группы»: the pair’s «Проблемы» gets a line per person, replaced next time, other lines kept', () => {
    const { workbook, rows, writes } = pairsWorkbook([
      { id: 'П-001', programme: '', problems: 'Проверить дату начала' },
      { id: 'П-002', programme: '', problems: '' },
    ]);
    const store = memoryStore();
    const sources = {} as Sources;
    const link = (accessLines: string[]) => [{ item: 'pair:П-001', url: 'https://docs.google.com/document/d/x/edit', pairId: 'П-001', accessLines, handEdited: null }];
    writeDocumentLinks(workbook, store, sources, link(refusalLines(encodeRefusals(REFUSED.slice(0, 1)))));
    expect(rows[0].programme).toBe('https://docs.google.com/document/d/x/edit');
    expect(String(rows[0].problems).split('\n')).toEqual([
      'Проверить дату начала',
      `Нет доступа к программе: ${refusalLines(encodeRefusals(REFUSED.slice(0, 1)))[0]}`,
    ]);
    expect(rows[1].problems).toBe('');
    // Access given later (a Google address in the bank): the line goes, the coordinator's own stays.
    writeDocumentLinks(workbook, store, sources, link([]));
    expect(rows[0].problems).toBe('Проверить дату начала');
    // Nothing to change: nothing written.
    const before = writes.length;
    writeDocumentLinks(workbook, store, sources, link([]));
    expect(writes.length).toBe(before);
  });
});
