/**
 * Drive API v3's partial responses: without `fields` a method returns only its default fields (files:
 * kind, id, name, mimeType — developers.google.com/workspace/drive/api/guides/fields-parameter), so code
 * that reads `parents` or `webViewLink` must ask for them. `*` returns everything.
 */

/** Splits «permissions(id,role),nextPageToken» at top-level commas. */
function topLevel(mask: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of mask) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/** Keeps the fields the mask names (nested masks apply to arrays of objects), or the defaults without one. */
export function pick<T extends object>(resource: T, mask: string | undefined, defaults: readonly string[]): Partial<T> {
  if (mask === undefined || mask === '') return pickNames(resource, defaults.map((d) => [d, undefined]));
  return pickNames(resource, parseMask(mask));
}

function parseMask(mask: string): [string, string | undefined][] {
  return topLevel(mask).map((part) => {
    const open = part.indexOf('(');
    if (open < 0) return [part, undefined];
    return [part.slice(0, open), part.slice(open + 1, part.lastIndexOf(')'))];
  });
}

function pickNames<T extends object>(resource: T, names: readonly [string, string | undefined][]): Partial<T> {
  if (names.some(([n]) => n === '*')) return { ...resource };
  const source = resource as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, inner] of names) {
    if (!(name in source)) continue;
    const value = source[name];
    out[name] = inner !== undefined && Array.isArray(value) ? value.map((v: object) => pickNames(v, parseMask(inner))) : value;
  }
  return out as Partial<T>;
}
