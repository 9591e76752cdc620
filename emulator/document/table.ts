/**
 * Table and TableRow (developers.google.com/apps-script/reference/document/table, …/table-row): rows of
 * cells, border width and colour, column widths; cells are containers (./container).
 */
import { GasException } from '../runtime';
import { blocksView } from './container';
import { bind, type Ctx, childIndexError, nodeOf, use } from './context';
import { common, wrap } from './elements';
import { cellText, newCell, type TableBlock, type TableRowNode, tableText } from './model';
import { textObject } from './textElement';

export function tableObject(ctx: Ctx, table: TableBlock): unknown {
  const row = (index: number) => {
    const found = table.rows[index];
    if (!found) throw childIndexError(index, table.rows.length);
    return found;
  };
  const asText = () => textObject(ctx, blocksView(() => table.rows.flatMap((r) => r.cells.flatMap((c) => c.children)), () => {}));
  const object: Record<string, unknown> = {
    ...common(ctx, table, 'Table'),
    getNumRows: () => {
      use(ctx, 'Table.getNumRows');
      return table.rows.length;
    },
    getNumChildren: () => {
      use(ctx, 'Table.getNumChildren');
      return table.rows.length;
    },
    getRow: (index: number) => {
      use(ctx, 'Table.getRow');
      return wrap(ctx, row(index));
    },
    getChild: (index: number) => {
      use(ctx, 'Table.getChild');
      return wrap(ctx, row(index));
    },
    getChildIndex: (child: unknown) => {
      use(ctx, 'Table.getChildIndex');
      const index = table.rows.indexOf(nodeOf(child, 'DocumentApp.Table.getChildIndex') as TableRowNode);
      if (index < 0) throw new GasException('Element does not contain the specified child element.');
      return index;
    },
    getCell: (rowIndex: number, cellIndex: number) => {
      use(ctx, 'Table.getCell');
      const r = row(rowIndex);
      const cell = r.cells[cellIndex];
      if (!cell) throw childIndexError(cellIndex, r.cells.length);
      return wrap(ctx, cell);
    },
    appendTableRow: (cells?: string[]) => {
      use(ctx, 'Table.appendTableRow', true);
      const node: TableRowNode = { kind: 'row', cells: (cells ?? []).map((t) => newCell(String(t))) };
      table.rows.push(node);
      return wrap(ctx, node);
    },
    removeRow: (index: number) => {
      use(ctx, 'Table.removeRow', true);
      const removed = row(index);
      table.rows.splice(index, 1);
      return wrap(ctx, removed);
    },
    setBorderWidth: (width: number) => {
      use(ctx, 'Table.setBorderWidth', true);
      table.borderWidth = width;
      return self;
    },
    getBorderWidth: () => {
      use(ctx, 'Table.getBorderWidth');
      return table.borderWidth;
    },
    setBorderColor: (color: string) => {
      use(ctx, 'Table.setBorderColor', true);
      table.borderColor = color;
      return self;
    },
    getBorderColor: () => {
      use(ctx, 'Table.getBorderColor');
      return table.borderColor;
    },
    /** Width in points of one column. */
    setColumnWidth: (columnIndex: number, width: number) => {
      use(ctx, 'Table.setColumnWidth', true);
      table.columnWidths[columnIndex] = width;
      for (let i = 0; i < table.columnWidths.length; i++) table.columnWidths[i] ??= null;
      return self;
    },
    getColumnWidth: (columnIndex: number) => {
      use(ctx, 'Table.getColumnWidth');
      return table.columnWidths[columnIndex] ?? null;
    },
    getText: () => {
      use(ctx, 'Table.getText');
      return tableText(table);
    },
    editAsText: () => {
      use(ctx, 'Table.editAsText');
      return asText();
    },
    replaceText: (pattern: string, replacement: string) => {
      use(ctx, 'Table.replaceText', true);
      asText().replaceText(pattern, replacement);
      return self;
    },
    setAttributes: (attributes: Record<string, unknown>) => {
      use(ctx, 'Table.setAttributes', true);
      if (typeof attributes?.BORDER_WIDTH === 'number') table.borderWidth = attributes.BORDER_WIDTH;
      if (typeof attributes?.BORDER_COLOR === 'string') table.borderColor = attributes.BORDER_COLOR;
      return self;
    },
    getAttributes: () => {
      use(ctx, 'Table.getAttributes');
      return { BORDER_WIDTH: table.borderWidth, BORDER_COLOR: table.borderColor };
    },
    asTable: () => self,
  };
  const self: unknown = bind(ctx, object, table, 'Table');
  return self;
}

export function rowObject(ctx: Ctx, row: TableRowNode): unknown {
  const cell = (index: number) => {
    const found = row.cells[index];
    if (!found) throw childIndexError(index, row.cells.length);
    return found;
  };
  const object: Record<string, unknown> = {
    ...common(ctx, row, 'TableRow'),
    getNumCells: () => {
      use(ctx, 'TableRow.getNumCells');
      return row.cells.length;
    },
    getNumChildren: () => {
      use(ctx, 'TableRow.getNumChildren');
      return row.cells.length;
    },
    getCell: (index: number) => {
      use(ctx, 'TableRow.getCell');
      return wrap(ctx, cell(index));
    },
    getChild: (index: number) => {
      use(ctx, 'TableRow.getChild');
      return wrap(ctx, cell(index));
    },
    appendTableCell: (text?: string) => {
      use(ctx, 'TableRow.appendTableCell', true);
      const node = newCell(text === undefined ? '' : String(text));
      row.cells.push(node);
      return wrap(ctx, node);
    },
    removeCell: (index: number) => {
      use(ctx, 'TableRow.removeCell', true);
      const removed = cell(index);
      row.cells.splice(index, 1);
      return wrap(ctx, removed);
    },
    getText: () => {
      use(ctx, 'TableRow.getText');
      return row.cells.map(cellText).join('\n');
    },
    getParentTable: () => {
      use(ctx, 'TableRow.getParentTable');
      return (object.getParent as () => unknown)();
    },
    asTableRow: () => self,
  };
  const self: unknown = bind(ctx, object, row, 'TableRow');
  return self;
}
