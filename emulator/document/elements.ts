/**
 * The element objects of DocumentApp: one dispatch from a node to its class, and what every element has
 * (developers.google.com/apps-script/reference/document/element): parent, siblings, removal, copy.
 */
import { GasException } from '../runtime';
import { bodyObject, cellObject } from './container';
import { bind, type Ctx, LAST_PARAGRAPH_TEXT, type Located, locate, use } from './context';
import { cloneNode, type DocumentContent, type Node, textNode } from './model';
import { paragraphObject } from './paragraph';
import { rowObject, tableObject } from './table';
import { textObject } from './textElement';

const TYPE: Record<Node['kind'], string> = {
  paragraph: 'PARAGRAPH',
  listItem: 'LIST_ITEM',
  table: 'TABLE',
  row: 'TABLE_ROW',
  cell: 'TABLE_CELL',
  text: 'TEXT',
  pageBreak: 'PAGE_BREAK',
};

export const typeOf = (node: Node): string => TYPE[node.kind];

/** The element object of a node (a fresh object each time, as Apps Script gives). */
export function wrap(ctx: Ctx, node: Node): unknown {
  switch (node.kind) {
    case 'paragraph':
    case 'listItem':
      return paragraphObject(ctx, node);
    case 'table':
      return tableObject(ctx, node);
    case 'row':
      return rowObject(ctx, node);
    case 'cell':
      return cellObject(ctx, node);
    case 'text':
      return textObject(ctx, {
        node,
        pieces: () => [node],
        blocks: () => [[node]],
        setText: (text) => {
          const style = node.runs[0]?.style ?? {};
          node.runs = textNode(text, style).runs;
        },
        appendText: (text) => {
          const last = node.runs[node.runs.length - 1];
          if (last) last.text += text;
          else node.runs = textNode(text).runs;
        },
        extra: common(ctx, node, 'Text'),
      });
    case 'pageBreak':
      return pageBreakObject(ctx, node);
  }
}

function ownerObject(ctx: Ctx, owner: Located['owner']): unknown {
  return 'margins' in owner ? bodyObject(ctx, owner as DocumentContent) : wrap(ctx, owner as Node);
}

/** Removes the node at `at`; Google keeps a paragraph at the end of every section and in every cell. */
export function removeAt(at: Located): void {
  if (at.kind === 'blocks') {
    const block = at.list[at.index];
    const isBody = 'margins' in at.owner;
    if (block.kind !== 'table' && ((isBody && at.index === at.list.length - 1) || (!isBody && at.list.length === 1))) {
      // [U] for a table cell the same wording is assumed.
      throw new GasException(LAST_PARAGRAPH_TEXT);
    }
  }
  at.list.splice(at.index, 1);
}

/** Methods every element has, named for its class (`Paragraph.getParent`, …). */
export function common(ctx: Ctx, node: Node, className: string): Record<string, unknown> {
  const where = () => locate(ctx.handle.content, node);
  const sibling = (step: number) => {
    const at = where();
    const next = at ? at.list[at.index + step] : undefined;
    return next ? wrap(ctx, next) : null;
  };
  return {
    getType: () => TYPE[node.kind],
    getParent: () => {
      use(ctx, `${className}.getParent`);
      const at = where();
      return at ? ownerObject(ctx, at.owner) : null;
    },
    getNextSibling: () => {
      use(ctx, `${className}.getNextSibling`);
      return sibling(1);
    },
    getPreviousSibling: () => {
      use(ctx, `${className}.getPreviousSibling`);
      return sibling(-1);
    },
    isAtDocumentEnd: () => {
      use(ctx, `${className}.isAtDocumentEnd`);
      const blocks = ctx.handle.content.blocks;
      return blocks[blocks.length - 1] === node;
    },
    removeFromParent: () => {
      use(ctx, `${className}.removeFromParent`, true);
      const at = where();
      if (at) removeAt(at);
      return wrap(ctx, node);
    },
    /** A detached deep copy (developers.google.com/apps-script/reference/document/paragraph#copy). */
    copy: () => {
      use(ctx, `${className}.copy`);
      return wrap(ctx, cloneNode(node));
    },
  };
}

function pageBreakObject(ctx: Ctx, node: Node): unknown {
  return bind(ctx, { ...common(ctx, node, 'PageBreak'), getAttributes: () => ({}) }, node, 'PageBreak');
}
