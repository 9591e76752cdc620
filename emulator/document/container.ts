/**
 * Body and TableCell (developers.google.com/apps-script/reference/document/body, …/table-cell): element
 * containers with append/insert of paragraphs, list items and tables; the body also has page breaks and margins.
 */
import { GasException } from '../runtime';
import { bind, type Ctx, childIndexError, locate, nodeOf, use } from './context';
import { common, removeAt, wrap } from './elements';
import {
  type Block,
  blocksText,
  cloneNode,
  type DocumentContent,
  isTextBlock,
  type ListItemBlock,
  newListItem,
  newParagraph,
  newTable,
  type TableBlock,
  type TableCellNode,
  type TextBlock,
  type TextNode,
} from './model';
import { appendToParagraph, applyParagraphAttributes } from './paragraph';
import type { Piece } from './richText';
import { type TextView, textObject } from './textElement';

/** Every paragraph under these blocks, tables included, in document order. */
function paragraphsOf(blocks: readonly Block[]): TextBlock[] {
  return blocks.flatMap((b) => (isTextBlock(b) ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsOf(c.children)))));
}

const textNodes = (p: TextBlock): TextNode[] => p.children.filter((c): c is TextNode => c.kind === 'text');

/** The editAsText() view of blocks: paragraphs joined by '\n', each its own block for replaceText. */
export function blocksView(blocks: () => Block[], setText: (text: string) => void): TextView {
  return {
    node: null,
    pieces: () => paragraphsOf(blocks()).flatMap((p, i): Piece[] => (i === 0 ? textNodes(p) : ['\n', ...textNodes(p)])),
    blocks: () => paragraphsOf(blocks()).map(textNodes),
    setText,
    appendText: (text) => {
      const all = paragraphsOf(blocks());
      const last = all[all.length - 1];
      if (last) appendToParagraph(last, text);
    },
  };
}

type Owner = DocumentContent | TableCellNode;
const listOf = (owner: Owner): Block[] => ('margins' in owner ? owner.blocks : owner.children);

/** What Body and TableCell share. `cls` names the methods for the meter (`Body.appendParagraph`). */
function containerMethods(ctx: Ctx, owner: Owner, cls: 'Body' | 'TableCell', self: () => unknown): Record<string, unknown> {
  const blocks = () => listOf(owner);
  const setBlocks = (next: Block[]) => {
    if ('margins' in owner) owner.blocks = next;
    else owner.children = next;
  };
  const method = (name: string) => `DocumentApp.${cls}.${name}`;
  const view = () => blocksView(blocks, (text) => setBlocks([newParagraph(text)]));
  const checkInsertIndex = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index > blocks().length) throw childIndexError(index, blocks().length);
  };
  /** A text, or an element to copy in (developers.google.com/apps-script/reference/document/body#appendparagraphparagraph). */
  const paragraphFrom = (arg: unknown, name: string): TextBlock => {
    if (typeof arg === 'string' || arg === undefined) return newParagraph(arg ?? '');
    const node = nodeOf(arg, method(name));
    if ('kind' in node && (node.kind === 'paragraph' || node.kind === 'listItem')) return cloneNode(node);
    throw new GasException(`The parameters (${typeof arg}) don't match the method signature for ${method(name)}.`);
  };
  /** "Consecutive list items are added as part of the same list": the previous sibling's list; [U] its glyph when at level 0, and level 0. */
  const listItemFrom = (arg: unknown, before: Block | undefined, name: string): ListItemBlock => {
    if (typeof arg !== 'string' && arg !== undefined) {
      const node = nodeOf(arg, method(name));
      if ('kind' in node && node.kind === 'listItem') return cloneNode(node);
      throw new GasException(`The parameters (${typeof arg}) don't match the method signature for ${method(name)}.`);
    }
    const text = String(arg ?? '');
    if (before?.kind === 'listItem') return newListItem(text, before.listId, before.nestingLevel === 0 ? before.glyphType : 'BULLET');
    return newListItem(text, ctx.handle.nextListId());
  };
  const tableFrom = (arg: unknown, name: string): TableBlock => {
    if (arg === undefined) return newTable([]);
    if (Array.isArray(arg)) {
      if (!arg.every((row) => Array.isArray(row))) throw new GasException(`The parameters (${typeof arg}) don't match the method signature for ${method(name)}.`);
      return newTable(arg as string[][]);
    }
    const node = nodeOf(arg, method(name));
    if ('kind' in node && node.kind === 'table') return cloneNode(node);
    throw new GasException(`The parameters (${typeof arg}) don't match the method signature for ${method(name)}.`);
  };
  const insert = (index: number, block: Block) => {
    blocks().splice(index, 0, block);
    // A section always ends with a paragraph.
    if ('margins' in owner && blocks()[blocks().length - 1].kind === 'table') blocks().push(newParagraph());
    return wrap(ctx, block);
  };

  return {
    getNumChildren: () => {
      use(ctx, `${cls}.getNumChildren`);
      return blocks().length;
    },
    getChild: (index: number) => {
      use(ctx, `${cls}.getChild`);
      const child = blocks()[index];
      if (!child) throw childIndexError(index, blocks().length);
      return wrap(ctx, child);
    },
    getChildIndex: (child: unknown) => {
      use(ctx, `${cls}.getChildIndex`);
      const index = blocks().indexOf(nodeOf(child, method('getChildIndex')) as Block);
      if (index < 0) throw new GasException('Element does not contain the specified child element.');
      return index;
    },
    removeChild: (child: unknown) => {
      use(ctx, `${cls}.removeChild`, true);
      const node = nodeOf(child, method('removeChild'));
      const at = locate(ctx.handle.content, node);
      if (!at || at.owner !== owner) throw new GasException('Element does not contain the specified child element.');
      removeAt(at);
      return self();
    },
    /** A cleared container keeps one empty paragraph. */
    clear: () => {
      use(ctx, `${cls}.clear`, true);
      setBlocks([newParagraph()]);
      return self();
    },
    getText: () => {
      use(ctx, `${cls}.getText`);
      return blocksText(blocks());
    },
    setText: (text: string) => {
      use(ctx, `${cls}.setText`, true);
      setBlocks([newParagraph(String(text))]);
      return self();
    },
    editAsText: () => {
      use(ctx, `${cls}.editAsText`);
      return textObject(ctx, view());
    },
    replaceText: (pattern: string, replacement: string) => {
      use(ctx, `${cls}.replaceText`, true);
      textObject(ctx, view()).replaceText(pattern, replacement);
      return self();
    },
    appendParagraph: (arg: unknown) => {
      use(ctx, `${cls}.appendParagraph`, true);
      return insert(blocks().length, paragraphFrom(arg, 'appendParagraph'));
    },
    insertParagraph: (index: number, arg: unknown) => {
      use(ctx, `${cls}.insertParagraph`, true);
      checkInsertIndex(index);
      return insert(index, paragraphFrom(arg, 'insertParagraph'));
    },
    appendListItem: (arg: unknown) => {
      use(ctx, `${cls}.appendListItem`, true);
      return insert(blocks().length, listItemFrom(arg, blocks()[blocks().length - 1], 'appendListItem'));
    },
    insertListItem: (index: number, arg: unknown) => {
      use(ctx, `${cls}.insertListItem`, true);
      checkInsertIndex(index);
      return insert(index, listItemFrom(arg, blocks()[index - 1], 'insertListItem'));
    },
    /** "This method will also append an empty paragraph after the table" (developers.google.com/apps-script/reference/document/body#appendtablecells). */
    appendTable: (arg?: unknown) => {
      use(ctx, `${cls}.appendTable`, true);
      const table = tableFrom(arg, 'appendTable');
      blocks().push(table, newParagraph());
      return wrap(ctx, table);
    },
    insertTable: (index: number, arg?: unknown) => {
      use(ctx, `${cls}.insertTable`, true);
      checkInsertIndex(index);
      return insert(index, tableFrom(arg, 'insertTable'));
    },
    getParagraphs: () => {
      use(ctx, `${cls}.getParagraphs`);
      return paragraphsOf(blocks()).map((p) => wrap(ctx, p));
    },
    getListItems: () => {
      use(ctx, `${cls}.getListItems`);
      return paragraphsOf(blocks())
        .filter((p) => p.kind === 'listItem')
        .map((p) => wrap(ctx, p));
    },
    getTables: () => {
      use(ctx, `${cls}.getTables`);
      return blocks()
        .filter((b) => b.kind === 'table')
        .map((b) => wrap(ctx, b));
    },
    setAttributes: (attributes: Record<string, unknown>) => {
      use(ctx, `${cls}.setAttributes`, true);
      for (const p of paragraphsOf(blocks())) applyParagraphAttributes(p, attributes ?? {});
      if ('margins' in owner) {
        const margins: Record<string, keyof DocumentContent['margins']> = { MARGIN_TOP: 'top', MARGIN_BOTTOM: 'bottom', MARGIN_LEFT: 'left', MARGIN_RIGHT: 'right' };
        for (const [name, key] of Object.entries(margins)) if (typeof attributes?.[name] === 'number') owner.margins[key] = attributes[name] as number;
      } else {
        if ('BACKGROUND_COLOR' in (attributes ?? {})) owner.backgroundColor = (attributes.BACKGROUND_COLOR as string | null) ?? null;
        if (typeof attributes?.WIDTH === 'number') owner.width = attributes.WIDTH;
      }
      return self();
    },
  };
}

export function bodyObject(ctx: Ctx, content: DocumentContent): unknown {
  const margin = (key: keyof DocumentContent['margins'], name: string) => ({
    [`setMargin${name}`]: (points: number) => {
      use(ctx, `Body.setMargin${name}`, true);
      content.margins[key] = points;
      return self;
    },
    [`getMargin${name}`]: () => {
      use(ctx, `Body.getMargin${name}`);
      return content.margins[key];
    },
  });
  const object: Record<string, unknown> = {
    ...containerMethods(ctx, content, 'Body', () => self),
    getType: () => 'BODY_SECTION',
    getParent: () => null,
    ...margin('top', 'Top'),
    ...margin('bottom', 'Bottom'),
    ...margin('left', 'Left'),
    ...margin('right', 'Right'),
    /** "The PageBreak will be contained in a new Paragraph" (developers.google.com/apps-script/reference/document/body#appendpagebreak). */
    appendPageBreak: () => {
      use(ctx, 'Body.appendPageBreak', true);
      const paragraph = newParagraph();
      const node = { kind: 'pageBreak' as const };
      paragraph.children = [node];
      content.blocks.push(paragraph);
      return wrap(ctx, node);
    },
    getAttributes: () => {
      use(ctx, 'Body.getAttributes');
      const m = content.margins;
      return { MARGIN_TOP: m.top, MARGIN_BOTTOM: m.bottom, MARGIN_LEFT: m.left, MARGIN_RIGHT: m.right };
    },
    asBody: () => self,
  };
  const self: unknown = bind(ctx, object, content, 'Body');
  return self;
}

export function cellObject(ctx: Ctx, cell: TableCellNode): unknown {
  const object: Record<string, unknown> = {
    ...common(ctx, cell, 'TableCell'),
    ...containerMethods(ctx, cell, 'TableCell', () => self),
    setBackgroundColor: (color: string | null) => {
      use(ctx, 'TableCell.setBackgroundColor', true);
      cell.backgroundColor = color;
      return self;
    },
    getBackgroundColor: () => {
      use(ctx, 'TableCell.getBackgroundColor');
      return cell.backgroundColor;
    },
    setWidth: (width: number) => {
      use(ctx, 'TableCell.setWidth', true);
      cell.width = width;
      return self;
    },
    getWidth: () => {
      use(ctx, 'TableCell.getWidth');
      return cell.width;
    },
    getColSpan: () => 1,
    getRowSpan: () => 1,
    getParentRow: () => (object.getParent as () => unknown)(),
    getParentTable: () => {
      const at = locate(ctx.handle.content, cell);
      const tableAt = at ? locate(ctx.handle.content, at.owner as never) : null;
      return tableAt ? wrap(ctx, tableAt.owner as TableBlock) : null;
    },
    asTableCell: () => self,
  };
  const self: unknown = bind(ctx, object, cell, 'TableCell');
  return self;
}
