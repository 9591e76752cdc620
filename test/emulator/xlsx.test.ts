/** The emulated spreadsheet exported to .xlsx reads back with its values, types and layout. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { spreadsheetToXlsx } from '../../emulator/export/xlsx';
import { world } from '../support/world';

describe('xlsx export', () => {
  it('writes values, types, frozen rows and bold headers', async () => {
    const { ws, ss } = world();
    const sheet = ss.insertSheet('Банк');
    sheet.getRange(1, 1, 1, 3).setValues([['ФИО', 'Стаж', 'Согласие']]).setFontWeight('bold');
    sheet.getRange(2, 1, 1, 3).setValues([['Иванова Анна Сергеевна', 12, true]]);
    sheet.setFrozenRows(1);
    ws.rt.end();
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'book.xlsx');
    await spreadsheetToXlsx(ws.spreadsheets.get(ws.activeSpreadsheetId!)!, path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const out = book.getWorksheet('Банк')!;
    expect(out.getCell('A2').value).toBe('Иванова Анна Сергеевна');
    expect(out.getCell('B2').value).toBe(12);
    expect(out.getCell('C2').value).toBe(true);
    expect(out.getCell('A1').font?.bold).toBe(true);
    expect(out.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.worksheets.map((w) => w.name)).toEqual(['Лист1', 'Банк']);
  });
});
