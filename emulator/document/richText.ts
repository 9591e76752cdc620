/**
 * Character-level editing of styled text nodes: a view is a sequence of text nodes and paragraph breaks
 * ('\n', never editable), and ranges map onto the nodes below, so bold/italic ranges survive later edits.
 */
import type { Run, Style, TextNode } from './model';

/** One piece of a text view: a node's text, or the break between two paragraphs. */
export type Piece = TextNode | '\n';

interface Exploded {
  text: string;
  styles: Style[];
}

export function explode(node: TextNode): Exploded {
  const styles: Style[] = [];
  let text = '';
  for (const run of node.runs) {
    text += run.text;
    for (let i = 0; i < run.text.length; i++) styles.push(run.style);
  }
  return { text, styles };
}

const sameStyle = (a: Style, b: Style): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Style>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
};

/** Rebuilds a node's runs from characters and their styles, merging neighbours of one style. */
export function implode(node: TextNode, text: string, styles: readonly Style[]): void {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && sameStyle(last.style, styles[i])) last.text += text[i];
    else runs.push({ text: text[i], style: styles[i] });
  }
  node.runs = runs;
}

export const piecesText = (pieces: readonly Piece[]): string => pieces.map((p) => (p === '\n' ? '\n' : p.runs.map((r) => r.text).join(''))).join('');

/** Calls `fn` with each node overlapping [start, end] (inclusive) and the local inclusive range. */
function eachOverlap(pieces: readonly Piece[], start: number, end: number, fn: (node: TextNode, from: number, to: number) => void): void {
  let offset = 0;
  for (const piece of pieces) {
    const length = piece === '\n' ? 1 : piece.runs.reduce((n, r) => n + r.text.length, 0);
    if (piece !== '\n' && length > 0) {
      const from = Math.max(start, offset);
      const to = Math.min(end, offset + length - 1);
      if (from <= to) fn(piece, from - offset, to - offset);
    }
    offset += length;
  }
}

export function styleRange(pieces: readonly Piece[], start: number, end: number, patch: Style): void {
  eachOverlap(pieces, start, end, (node, from, to) => {
    const { text, styles } = explode(node);
    for (let i = from; i <= to; i++) styles[i] = withPatch(styles[i], patch);
    implode(node, text, styles);
  });
}

/** Sets the attributes of `patch`; an undefined value (null in Apps Script) resets one to inherited. */
function withPatch(style: Style, patch: Style): Style {
  const next: Record<string, unknown> = { ...style };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null) delete next[k];
    else next[k] = v;
  }
  return next as Style;
}

export function deleteRange(pieces: readonly Piece[], start: number, end: number): void {
  eachOverlap(pieces, start, end, (node, from, to) => {
    const { text, styles } = explode(node);
    implode(node, text.slice(0, from) + text.slice(to + 1), [...styles.slice(0, from), ...styles.slice(to + 1)]);
  });
}

/** Inserts at a view offset, into the first node that reaches it (so it takes the style of the character before). */
export function insertAt(pieces: readonly Piece[], offset: number, insert: string): boolean {
  let at = 0;
  for (const piece of pieces) {
    if (piece === '\n') {
      at += 1;
      continue;
    }
    const { text, styles } = explode(piece);
    if (offset >= at && offset <= at + text.length) {
      const local = offset - at;
      const style = styles[Math.max(0, local - 1)] ?? styles[0] ?? {};
      implode(piece, text.slice(0, local) + insert + text.slice(local), [...styles.slice(0, local), ...insert.split('').map(() => style), ...styles.slice(local)]);
      return true;
    }
    at += text.length;
  }
  return false;
}

/** The style at an offset, or the common value of one attribute over the whole view (null when mixed). */
export function styleAt(pieces: readonly Piece[], offset: number): Style | null {
  let found: Style | null = null;
  eachOverlap(pieces, offset, offset, (node, from) => {
    found = explode(node).styles[from];
  });
  return found;
}

/** The one value of an attribute over the whole view; `mixed` when characters differ (Apps Script answers null). */
export function commonValue<K extends keyof Style>(pieces: readonly Piece[], key: K): { value: Style[K] | null; mixed: boolean } {
  let value: Style[K] | null | undefined;
  for (const piece of pieces) {
    if (piece === '\n') continue;
    for (const run of piece.runs) {
      if (run.text === '') continue;
      const v = run.style[key] ?? null;
      if (value === undefined) value = v;
      else if (value !== v) return { value: null, mixed: true };
    }
  }
  return { value: value ?? null, mixed: false };
}

/**
 * Replaces every match in one block (a paragraph's text nodes, never across paragraphs). Replacement
 * characters take the style and node of the match's first character.
 */
export function replaceInBlock(nodes: readonly TextNode[], pattern: RegExp, replacement: string): number {
  const chars: { c: string; style: Style; node: number }[] = [];
  nodes.forEach((node, n) => {
    const { text, styles } = explode(node);
    for (let i = 0; i < text.length; i++) chars.push({ c: text[i], style: styles[i], node: n });
  });
  const text = chars.map((c) => c.c).join('');
  const out: typeof chars = [];
  let last = 0;
  let count = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    out.push(...chars.slice(last, m.index));
    const first = chars[m.index];
    for (const c of expand(replacement, m)) out.push({ c, style: first.style, node: first.node });
    last = m.index + m[0].length;
    count += 1;
  }
  if (count === 0) return 0;
  out.push(...chars.slice(last));
  nodes.forEach((node, n) => {
    const mine = out.filter((c) => c.node === n);
    implode(
      node,
      mine.map((c) => c.c).join(''),
      mine.map((c) => c.style),
    );
  });
  return count;
}

/** [U] `$1`…`$9` in the replacement refer to groups (gas-api.md §5); every other character is literal. */
function expand(replacement: string, match: RegExpExecArray): string {
  return replacement.replace(/\$(\d)/g, (_, d: string) => match[Number(d)] ?? '');
}
