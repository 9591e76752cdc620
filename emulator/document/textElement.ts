/**
 * DocumentApp's Text (developers.google.com/apps-script/reference/document/text): one Text element, or the
 * editAsText() view of a paragraph, table or body; styles are kept per character, so ranges survive edits.
 */
import { guard } from '../guard';
import { GasException } from '../runtime';
import { bind, type Ctx, use } from './context';
import type { Style, TextNode } from './model';
import { re2 } from './re2';
import { commonValue, deleteRange, insertAt, type Piece, piecesText, replaceInBlock, styleAt, styleRange } from './richText';

export interface TextView {
  /** The Text element itself, when the view is one (so getParent and removeFromParent work). */
  readonly node: TextNode | null;
  pieces(): Piece[];
  /** Text blocks for replaceText: each paragraph's nodes, matched on their own. */
  blocks(): TextNode[][];
  setText(text: string): void;
  appendText(text: string): void;
  /** Element methods of the view's owner (getParent, getType…) merged into the object. */
  readonly extra?: Record<string, unknown>;
}

/** Attribute enum names of character styles (developers.google.com/apps-script/reference/document/attribute). */
export const TEXT_ATTRIBUTES: Record<string, keyof Style> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  LINK_URL: 'linkUrl',
};

/** Character attributes of an Apps Script attributes object (other keys are left to the caller). */
export function stylePatch(attributes: Record<string, unknown>): Style {
  const patch: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) if (name in attributes) patch[key] = attributes[name] ?? undefined;
  return patch as Style;
}

export function textObject(ctx: Ctx, view: TextView): GoogleAppsScript.Document.Text {
  const length = () => piecesText(view.pieces()).length;
  const checkRange = (start: number, end: number) => {
    const n = length();
    // [U] Apps Script's wording for an offset past the text.
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= n) {
      throw new GasException(`Index (${end}) must be less than the content length (${n}).`);
    }
  };
  const setter =
    <K extends keyof Style>(name: string, key: K) =>
    (...args: unknown[]) => {
      use(ctx, `Text.${name}`, true);
      const value = (args.length >= 3 ? args[2] : args[0]) as Style[K] | null;
      const patch = { [key]: value ?? undefined } as Style;
      if (args.length >= 3) {
        checkRange(args[0] as number, args[1] as number);
        styleRange(view.pieces(), args[0] as number, args[1] as number, patch);
      } else if (length() > 0) styleRange(view.pieces(), 0, length() - 1, patch);
      return self;
    };
  const getter =
    <K extends keyof Style>(name: string, key: K, fallback: Style[K] | null = null) =>
    (offset?: number) => {
      use(ctx, `Text.${name}`);
      if (offset === undefined) {
        const common = commonValue(view.pieces(), key);
        return common.mixed ? null : (common.value ?? fallback);
      }
      checkRange(offset, offset);
      return styleAt(view.pieces(), offset)?.[key] ?? fallback;
    };
  const object = {
    getType: () => 'TEXT',
    getText: () => {
      use(ctx, 'Text.getText');
      return piecesText(view.pieces());
    },
    setText: (text: string) => {
      use(ctx, 'Text.setText', true);
      view.setText(String(text));
      return self;
    },
    appendText: (text: string) => {
      use(ctx, 'Text.appendText', true);
      view.appendText(String(text));
      return self;
    },
    insertText: (offset: number, text: string) => {
      use(ctx, 'Text.insertText', true);
      if (offset !== length()) checkRange(offset, offset);
      if (!insertAt(view.pieces(), offset, String(text))) view.appendText(String(text));
      return self;
    },
    deleteText: (start: number, endInclusive: number) => {
      use(ctx, 'Text.deleteText', true);
      checkRange(start, endInclusive);
      deleteRange(view.pieces(), start, endInclusive);
      return self;
    },
    replaceText: (pattern: string, replacement: string) => {
      use(ctx, 'Text.replaceText', true);
      const re = re2(pattern);
      for (const block of view.blocks()) replaceInBlock(block, re, String(replacement));
      return self;
    },
    editAsText: () => self,
    setBold: setter('setBold', 'bold'),
    setItalic: setter('setItalic', 'italic'),
    setUnderline: setter('setUnderline', 'underline'),
    setStrikethrough: setter('setStrikethrough', 'strikethrough'),
    setFontSize: setter('setFontSize', 'fontSize'),
    setFontFamily: setter('setFontFamily', 'fontFamily'),
    setForegroundColor: setter('setForegroundColor', 'foregroundColor'),
    setBackgroundColor: setter('setBackgroundColor', 'backgroundColor'),
    setLinkUrl: setter('setLinkUrl', 'linkUrl'),
    isBold: getter('isBold', 'bold', false),
    isItalic: getter('isItalic', 'italic', false),
    isUnderline: getter('isUnderline', 'underline', false),
    isStrikethrough: getter('isStrikethrough', 'strikethrough', false),
    getFontSize: getter('getFontSize', 'fontSize'),
    getFontFamily: getter('getFontFamily', 'fontFamily'),
    getForegroundColor: getter('getForegroundColor', 'foregroundColor'),
    getBackgroundColor: getter('getBackgroundColor', 'backgroundColor'),
    getLinkUrl: getter('getLinkUrl', 'linkUrl'),
    setAttributes: (...args: unknown[]) => {
      use(ctx, 'Text.setAttributes', true);
      const attributes = (args.length >= 3 ? args[2] : args[0]) as Record<string, unknown>;
      const patch = stylePatch(attributes);
      if (args.length >= 3) {
        checkRange(args[0] as number, args[1] as number);
        styleRange(view.pieces(), args[0] as number, args[1] as number, patch);
      } else if (length() > 0) styleRange(view.pieces(), 0, length() - 1, patch);
      return self;
    },
    getAttributes: (offset?: number) => {
      use(ctx, 'Text.getAttributes');
      const out: Record<string, unknown> = {};
      for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
        out[name] = offset === undefined ? commonValue(view.pieces(), key).value : (styleAt(view.pieces(), offset)?.[key] ?? null);
      }
      return out;
    },
    /** Offsets where a new style run starts. */
    getTextAttributeIndices: () => {
      use(ctx, 'Text.getTextAttributeIndices');
      const starts: number[] = [];
      let at = 0;
      for (const piece of view.pieces()) {
        if (piece === '\n') {
          at += 1;
          continue;
        }
        for (const run of piece.runs) {
          starts.push(at);
          at += run.text.length;
        }
      }
      return starts.length === 0 ? [0] : starts;
    },
    asText: () => self,
    ...(view.extra ?? {}),
  };
  const self = (view.node ? bind(ctx, object, view.node, 'Text') : guard(object, 'Text')) as unknown as GoogleAppsScript.Document.Text;
  return self;
}
