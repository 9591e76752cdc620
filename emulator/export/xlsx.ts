/**
 * The emulated spreadsheet as an .xlsx file (exceljs), for the demo and for reading by people:
 * values with their types, frozen header, bold, backgrounds, column widths, dropdowns and checkboxes,
 * tab colours, hidden sheets.
 */
import ExcelJS from 'exceljs';
import type { SpreadsheetState } from '../spreadsheet/store';

const PIXELS_PER_CHAR = 7;

export async function spreadsheetToXlsx(state: SpreadsheetState, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Наставник (эмулятор)';
  for (const sheet of state.sheets) {
    const out = book.addWorksheet(sheet.name.slice(0, 31), {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : undefined,
      properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.replace('#', '').toUpperCase()}` } } : undefined,
    });
    for (const [column, width] of Object.entries(sheet.columnWidths)) out.getColumn(Number(column)).width = width / PIXELS_PER_CHAR;
    sheet.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const target = out.getCell(r + 1, c + 1);
        if (cell.formula) target.value = { formula: cell.formula.slice(1), result: cell.value as ExcelJS.CellValue as number };
        else if (cell.value !== undefined) target.value = cell.value;
        else if (cell.validation?.criteria === 'CHECKBOX') target.value = false;
        if (cell.fontWeight === 'bold') target.font = { bold: true };
        if (cell.background) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.background.replace('#', '').toUpperCase()}` } };
        if (cell.wrap) target.alignment = { wrapText: true, vertical: 'top' };
        if (cell.numberFormat && cell.numberFormat !== '@') target.numFmt = cell.numberFormat.replace('mm', 'MM').replace('MM.yyyy', 'mm.yyyy');
        if (cell.note) target.note = cell.note;
        if (cell.validation?.criteria === 'VALUE_IN_LIST' && cell.value !== undefined) {
          target.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${cell.validation.values.join(',')}"`] };
        }
      });
    });
  }
  await book.xlsx.writeFile(path);
}
