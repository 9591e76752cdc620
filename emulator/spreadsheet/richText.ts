/**
 * RichTextValue and its builder (developers.google.com/apps-script/reference/spreadsheet/rich-text-value,
 * …/rich-text-value-builder): a cell's text with links on parts of it. Only links are modelled; text
 * styles are accepted by nobody here (an unknown member throws).
 */
import { guard } from '../guard';

export interface LinkRun {
  /** 0-based, start inclusive, end exclusive (the builder's offsets). */
  readonly start: number;
  readonly end: number;
  readonly url: string;
}

export interface RichTextState {
  readonly text: string;
  readonly links: readonly LinkRun[];
}

export const RICH_STATE = Symbol('richTextState');
export type RichTextObject = GoogleAppsScript.Spreadsheet.RichTextValue & { [RICH_STATE]: RichTextState };

/** SpreadsheetApp.newRichTextValue(): setText clears earlier styles; setLinkUrl(start, end, url|null) and setLinkUrl(url|null). */
export function richTextBuilder(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
  let text = '';
  let links: LinkRun[] = [];
  const setRange = (start: number, end: number, url: string | null): void => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      throw new Error(`Invalid argument: startOffset/endOffset (${start}, ${end}) outside the text of length ${text.length}`);
    }
    // A new link over part of an old one splits it; null clears the part.
    links = links.flatMap((l) => {
      if (l.end <= start || l.start >= end) return [l];
      const kept: LinkRun[] = [];
      if (l.start < start) kept.push({ ...l, end: start });
      if (l.end > end) kept.push({ ...l, start: end });
      return kept;
    });
    if (url !== null && end > start) links.push({ start, end, url: String(url) });
    links.sort((a, b) => a.start - b.start);
  };
  const builder = {
    setText: (value: string) => {
      text = String(value);
      links = [];
      return self;
    },
    setLinkUrl: (a: number | string | null, b?: number, c?: string | null) => {
      if (typeof a === 'number') setRange(a, b ?? a, c ?? null);
      else setRange(0, text.length, a);
      return self;
    },
    build: () => richTextObject({ text, links: [...links] }),
  };
  const self = guard(builder, 'RichTextValueBuilder') as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  return self;
}

export function richTextObject(state: RichTextState): RichTextObject {
  const linkOver = (start: number, end: number): string | null => {
    const covering = state.links.filter((l) => l.start < end && l.end > start);
    if (covering.length !== 1) return null;
    const only = covering[0];
    // Null when the URL differs within the range (part of it has no link).
    return only.start <= start && only.end >= end ? only.url : null;
  };
  const object = {
    [RICH_STATE]: state,
    getText: () => state.text,
    getLinkUrl: (start?: number, end?: number) => (start === undefined ? linkOver(0, state.text.length) : linkOver(start, end ?? start)),
    getRuns: () => runs(state).map((r) => richTextObject(r)),
    getStartIndex: () => 0,
    getEndIndex: () => state.text.length,
    copy: () => {
      const b = richTextBuilder().setText(state.text);
      for (const l of state.links) b.setLinkUrl(l.start, l.end, l.url);
      return b;
    },
  };
  return guard(object, 'RichTextValue') as unknown as RichTextObject;
}

/** Runs of the text with one link or none each (getRuns). */
function runs(state: RichTextState): RichTextState[] {
  const cuts = new Set<number>([0, state.text.length]);
  for (const l of state.links) {
    cuts.add(l.start);
    cuts.add(l.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: RichTextState[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [s, e] = [sorted[i], sorted[i + 1]];
    if (e <= s) continue;
    const link = state.links.find((l) => l.start <= s && l.end >= e);
    out.push({ text: state.text.slice(s, e), links: link ? [{ start: 0, end: e - s, url: link.url }] : [] });
  }
  return out;
}
