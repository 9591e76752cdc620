/**
 * What every DocumentApp element shares: the gate each call goes through (scope, auth, closed handle),
 * the link from an element object back to its node, and where a node sits in the document tree.
 */
import { guard } from '../guard';
import { GasException, SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import { type Block, type DocumentContent, type Inline, isTextBlock, type Node, type TableBlock, type TableCellNode, type TableRowNode, type TextBlock } from './model';
import type { DocumentStore, Handle } from './store';

export interface Ctx {
  readonly ws: Workspace;
  readonly store: DocumentStore;
  readonly handle: Handle;
}

/** [C] What Apps Script throws on any use of a Document after saveAndClose() (real execution logs). */
export const CLOSED_TEXT = 'Document is closed, its contents cannot be updated.';
/** [C] gas-api.md §5, vector 33. */
export const LAST_PARAGRAPH_TEXT = "Can't remove the last paragraph in a document section.";

/** The gate of every element method; `write` marks the handle's edits pending. */
export function use(ctx: Ctx, method: string, write = false): void {
  ctx.ws.rt.call(method, { scopes: [SCOPE.documents], minAuth: 'FULL' });
  if (ctx.handle.closed) throw new GasException(CLOSED_TEXT);
  if (write) {
    ctx.handle.dirty = true;
    ctx.handle.execId = ctx.ws.rt.execution?.id ?? null;
    ctx.handle.editedAtMs = ctx.ws.rt.clock.now();
    ctx.handle.editedBy = ctx.ws.rt.execution?.user || ctx.ws.userEmail;
  }
}

type Backing = Node | DocumentContent;
const NODES = new WeakMap<object, { node: Backing; ctx: Ctx }>();

/** Guards an element object and remembers the node behind it. */
export function bind<T extends object>(ctx: Ctx, object: T, node: Backing, className: string): T {
  const self = guard(object, className);
  NODES.set(self, { node, ctx });
  return self;
}

/** The node behind an element object this emulator made; anything else is refused as Apps Script does. */
export function nodeOf(element: unknown, method: string): Backing {
  const found = typeof element === 'object' && element !== null ? NODES.get(element) : undefined;
  if (!found) throw new GasException(`The parameters (${element === null ? 'null' : typeof element}) don't match the method signature for ${method}.`);
  return found.node;
}

export type Located =
  | { readonly kind: 'blocks'; readonly owner: DocumentContent | TableCellNode; readonly list: Block[]; readonly index: number }
  | { readonly kind: 'rows'; readonly owner: TableBlock; readonly list: TableRowNode[]; readonly index: number }
  | { readonly kind: 'cells'; readonly owner: TableRowNode; readonly list: TableCellNode[]; readonly index: number }
  | { readonly kind: 'inlines'; readonly owner: TextBlock; readonly list: Inline[]; readonly index: number };

/** Where a node sits in the handle's document, or null for a detached copy. */
export function locate(content: DocumentContent, target: Backing): Located | null {
  const inBlocks = (owner: DocumentContent | TableCellNode, list: Block[]): Located | null => {
    for (let index = 0; index < list.length; index++) {
      const block = list[index];
      if (block === target) return { kind: 'blocks', owner, list, index };
      const found = isTextBlock(block) ? inInlines(block) : inTable(block);
      if (found) return found;
    }
    return null;
  };
  const inInlines = (owner: TextBlock): Located | null => {
    const index = owner.children.indexOf(target as Inline);
    return index >= 0 ? { kind: 'inlines', owner, list: owner.children, index } : null;
  };
  const inTable = (table: TableBlock): Located | null => {
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (row === target) return { kind: 'rows', owner: table, list: table.rows, index: r };
      for (let c = 0; c < row.cells.length; c++) {
        const cell = row.cells[c];
        if (cell === target) return { kind: 'cells', owner: row, list: row.cells, index: c };
        const found = inBlocks(cell, cell.children);
        if (found) return found;
      }
    }
    return null;
  };
  return inBlocks(content, content.blocks);
}

/** Apps Script's check on child indexes ([C] its wording in execution logs). */
export function childIndexError(index: number, count: number): GasException {
  return new GasException(`Child index (${index}) must be less than the number of child elements (${count}).`);
}
