/**
 * The label each list item shows (1., a., i., •): items of one list id count on across interruptions,
 * a deeper level restarts under each shallower item, as Google Docs numbers them.
 */
import { type Block, type Glyph, isTextBlock, type ListItemBlock } from './model';

const roman = (n: number): string => {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
};

const latin = (n: number): string => {
  let out = '';
  let rest = n;
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
};

export const isOrdered = (glyph: Glyph): boolean => !glyph.endsWith('BULLET');

export function label(glyph: Glyph, n: number): string {
  switch (glyph) {
    case 'BULLET':
      return '•';
    case 'HOLLOW_BULLET':
      return '○';
    case 'SQUARE_BULLET':
      return '■';
    case 'NUMBER':
      return `${n}.`;
    case 'LATIN_LOWER':
      return `${latin(n)}.`;
    case 'LATIN_UPPER':
      return `${latin(n).toUpperCase()}.`;
    case 'ROMAN_LOWER':
      return `${roman(n)}.`;
    case 'ROMAN_UPPER':
      return `${roman(n).toUpperCase()}.`;
  }
}

/** Every list item under these blocks (tables included) with its number within its list and level. */
export function listNumbers(blocks: readonly Block[]): Map<ListItemBlock, number> {
  const counters = new Map<string, number[]>();
  const out = new Map<ListItemBlock, number>();
  const visit = (list: readonly Block[]) => {
    for (const b of list) {
      if (!isTextBlock(b)) {
        for (const row of b.rows) for (const cell of row.cells) visit(cell.children);
        continue;
      }
      if (b.kind !== 'listItem') continue;
      const levels = counters.get(b.listId) ?? [];
      levels[b.nestingLevel] = (levels[b.nestingLevel] ?? 0) + 1;
      levels.length = b.nestingLevel + 1;
      counters.set(b.listId, levels);
      out.set(b, levels[b.nestingLevel]);
    }
  };
  visit(blocks);
  return out;
}
