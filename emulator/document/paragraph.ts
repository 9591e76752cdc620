/**
 * Paragraph and ListItem (developers.google.com/apps-script/reference/document/paragraph, …/list-item):
 * heading, alignment, spacing and indents; a list item adds its list id, glyph type and nesting level.
 */
import { GasException } from '../runtime';
import { bind, type Ctx, childIndexError, nodeOf, use } from './context';
import { common, wrap } from './elements';
import type { Alignment, Glyph, Heading, ParagraphFormat, TextBlock, TextNode } from './model';
import { textNode } from './model';
import { insertAt, styleRange } from './richText';
import { stylePatch, type TextView, textObject } from './textElement';

const textNodes = (p: TextBlock): TextNode[] => p.children.filter((c): c is TextNode => c.kind === 'text');

/** The editAsText() view of one paragraph: its Text elements, one block for replaceText. */
export function paragraphView(p: TextBlock): TextView {
  return {
    node: null,
    pieces: () => textNodes(p),
    blocks: () => [textNodes(p)],
    setText: (text) => {
      const style = textNodes(p)[0]?.runs[0]?.style ?? {};
      p.children = [textNode(text, style)];
    },
    appendText: (text) => appendToParagraph(p, text),
  };
}

/** Text added at the end of a paragraph joins its last Text element and takes that element's last style. */
export function appendToParagraph(p: TextBlock, text: string): void {
  const nodes = textNodes(p);
  const last = nodes[nodes.length - 1];
  if (!last) {
    p.children.push(textNode(text));
    return;
  }
  const length = last.runs.reduce((n, r) => n + r.text.length, 0);
  insertAt([last], length, text);
}

/** Paragraph attributes of an Apps Script attributes object (developers.google.com/apps-script/reference/document/attribute). */
export function applyParagraphAttributes(p: TextBlock, attributes: Record<string, unknown>): void {
  const set = <K extends keyof ParagraphFormat>(name: string, key: K) => {
    if (name in attributes) (p as ParagraphFormat)[key] = (attributes[name] ?? null) as ParagraphFormat[K];
  };
  set('HEADING', 'heading');
  set('HORIZONTAL_ALIGNMENT', 'alignment');
  set('SPACING_BEFORE', 'spacingBefore');
  set('SPACING_AFTER', 'spacingAfter');
  set('LINE_SPACING', 'lineSpacing');
  set('INDENT_FIRST_LINE', 'indentFirstLine');
  set('INDENT_START', 'indentStart');
  set('INDENT_END', 'indentEnd');
  if (p.kind === 'listItem') {
    if ('GLYPH_TYPE' in attributes && attributes.GLYPH_TYPE) p.glyphType = attributes.GLYPH_TYPE as Glyph;
    if ('NESTING_LEVEL' in attributes && typeof attributes.NESTING_LEVEL === 'number') p.nestingLevel = attributes.NESTING_LEVEL;
  }
  const patch = stylePatch(attributes);
  const length = textNodes(p).reduce((n, t) => n + t.runs.reduce((m, r) => m + r.text.length, 0), 0);
  if (Object.keys(patch).length > 0 && length > 0) styleRange(textNodes(p), 0, length - 1, patch);
}

const HEADINGS = new Set(['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE']);
const ALIGNMENTS = new Set(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
const GLYPHS = new Set(['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

function checkEnum(value: unknown, allowed: Set<string>, method: string): string {
  const name = String(value);
  if (!allowed.has(name)) throw new GasException(`The parameters (${value === null ? 'null' : typeof value}) don't match the method signature for ${method}.`);
  return name;
}

export function paragraphObject(ctx: Ctx, p: TextBlock): unknown {
  const cls = p.kind === 'listItem' ? 'ListItem' : 'Paragraph';
  const m = (name: string) => `DocumentApp.${cls}.${name}`;
  const setNumber = (name: string, key: keyof ParagraphFormat) => (value: number) => {
    use(ctx, `${cls}.${name}`, true);
    (p as unknown as Record<string, unknown>)[key] = value;
    return self;
  };
  const getNumber = (name: string, key: keyof ParagraphFormat) => () => {
    use(ctx, `${cls}.${name}`);
    return p[key];
  };
  const asText = () => textObject(ctx, paragraphView(p));
  const object: Record<string, unknown> = {
    ...common(ctx, p, cls),
    getText: () => {
      use(ctx, `${cls}.getText`);
      return textNodes(p)
        .map((t) => t.runs.map((r) => r.text).join(''))
        .join('');
    },
    setText: (text: string) => {
      use(ctx, `${cls}.setText`, true);
      paragraphView(p).setText(String(text));
      return self;
    },
    /** "Creates and inserts a new Text element": the returned Text can be styled alone. */
    appendText: (text: string) => {
      use(ctx, `${cls}.appendText`, true);
      const node = textNode(String(text), textNodes(p).at(-1)?.runs.at(-1)?.style ?? {});
      p.children.push(node);
      return wrap(ctx, node);
    },
    editAsText: () => {
      use(ctx, `${cls}.editAsText`);
      return asText();
    },
    replaceText: (pattern: string, replacement: string) => {
      use(ctx, `${cls}.replaceText`, true);
      asText().replaceText(pattern, replacement);
      return self;
    },
    clear: () => {
      use(ctx, `${cls}.clear`, true);
      p.children = [textNode()];
      return self;
    },
    getNumChildren: () => {
      use(ctx, `${cls}.getNumChildren`);
      return p.children.length;
    },
    getChild: (index: number) => {
      use(ctx, `${cls}.getChild`);
      const child = p.children[index];
      if (!child) throw childIndexError(index, p.children.length);
      return wrap(ctx, child);
    },
    getChildIndex: (child: unknown) => {
      use(ctx, `${cls}.getChildIndex`);
      const index = p.children.indexOf(nodeOf(child, m('getChildIndex')) as TextNode);
      if (index < 0) throw new GasException('Element does not contain the specified child element.');
      return index;
    },
    /** A page break inside the paragraph (developers.google.com/apps-script/reference/document/paragraph#appendpagebreak). */
    appendPageBreak: () => {
      use(ctx, `${cls}.appendPageBreak`, true);
      const node = { kind: 'pageBreak' as const };
      p.children.push(node);
      return wrap(ctx, node);
    },
    setHeading: (heading: Heading) => {
      use(ctx, `${cls}.setHeading`, true);
      p.heading = checkEnum(heading, HEADINGS, m('setHeading')) as Heading;
      return self;
    },
    getHeading: () => {
      use(ctx, `${cls}.getHeading`);
      return p.heading;
    },
    setAlignment: (alignment: Alignment) => {
      use(ctx, `${cls}.setAlignment`, true);
      p.alignment = checkEnum(alignment, ALIGNMENTS, m('setAlignment')) as Alignment;
      return self;
    },
    /** [U] an unset alignment reads as LEFT. */
    getAlignment: () => {
      use(ctx, `${cls}.getAlignment`);
      return p.alignment ?? 'LEFT';
    },
    setSpacingBefore: setNumber('setSpacingBefore', 'spacingBefore'),
    getSpacingBefore: getNumber('getSpacingBefore', 'spacingBefore'),
    setSpacingAfter: setNumber('setSpacingAfter', 'spacingAfter'),
    getSpacingAfter: getNumber('getSpacingAfter', 'spacingAfter'),
    setLineSpacing: setNumber('setLineSpacing', 'lineSpacing'),
    getLineSpacing: getNumber('getLineSpacing', 'lineSpacing'),
    setIndentFirstLine: setNumber('setIndentFirstLine', 'indentFirstLine'),
    getIndentFirstLine: getNumber('getIndentFirstLine', 'indentFirstLine'),
    setIndentStart: setNumber('setIndentStart', 'indentStart'),
    getIndentStart: getNumber('getIndentStart', 'indentStart'),
    setIndentEnd: setNumber('setIndentEnd', 'indentEnd'),
    getIndentEnd: getNumber('getIndentEnd', 'indentEnd'),
    setAttributes: (attributes: Record<string, unknown>) => {
      use(ctx, `${cls}.setAttributes`, true);
      applyParagraphAttributes(p, attributes ?? {});
      return self;
    },
    getAttributes: () => {
      use(ctx, `${cls}.getAttributes`);
      return {
        ...asText().getAttributes(),
        HEADING: p.heading,
        HORIZONTAL_ALIGNMENT: p.alignment,
        SPACING_BEFORE: p.spacingBefore,
        SPACING_AFTER: p.spacingAfter,
        LINE_SPACING: p.lineSpacing,
        INDENT_FIRST_LINE: p.indentFirstLine,
        INDENT_START: p.indentStart,
        INDENT_END: p.indentEnd,
        ...(p.kind === 'listItem' ? { GLYPH_TYPE: p.glyphType, NESTING_LEVEL: p.nestingLevel, LIST_ID: p.listId } : {}),
      };
    },
    asParagraph: () => {
      if (p.kind !== 'paragraph') throw new GasException('Cannot cast a ListItem to a Paragraph.'); // [U]
      return self;
    },
    asListItem: () => {
      if (p.kind !== 'listItem') throw new GasException('Cannot cast a Paragraph to a ListItem.'); // [U]
      return self;
    },
    asText,
  };
  if (p.kind === 'listItem') {
    const item = p;
    Object.assign(object, {
      setGlyphType: (glyph: Glyph) => {
        use(ctx, 'ListItem.setGlyphType', true);
        item.glyphType = checkEnum(glyph, GLYPHS, m('setGlyphType')) as Glyph;
        return self;
      },
      getGlyphType: () => {
        use(ctx, 'ListItem.getGlyphType');
        return item.glyphType;
      },
      setNestingLevel: (level: number) => {
        use(ctx, 'ListItem.setNestingLevel', true);
        if (!Number.isInteger(level) || level < 0 || level > 8) throw new GasException(`Invalid nesting level: ${level}`); // [U]
        item.nestingLevel = level;
        return self;
      },
      getNestingLevel: () => {
        use(ctx, 'ListItem.getNestingLevel');
        return item.nestingLevel;
      },
      getListId: () => {
        use(ctx, 'ListItem.getListId');
        return item.listId;
      },
      /** "Sets the list ID … to the same value for the specified ListItem": this item joins that list. */
      setListId: (other: unknown) => {
        use(ctx, 'ListItem.setListId', true);
        const node = nodeOf(other, m('setListId'));
        if (!('kind' in node) || node.kind !== 'listItem') throw new GasException(`The parameters (${typeof other}) don't match the method signature for ${m('setListId')}.`);
        item.listId = node.listId;
        return self;
      },
    });
  }
  const self: unknown = bind(ctx, object, p, cls);
  return self;
}
