/**
 * replaceText's pattern: a string in Google's RE2 syntax, turned into a JavaScript RegExp
 * (developers.google.com/apps-script/reference/document/body#replacetextsearchpattern,-replacement).
 */
import { GasException } from '../runtime';

/** RE2 has no backreferences or lookaround; JavaScript would accept them, Google would not. */
const NOT_RE2 = /\\[1-9]|\(\?<?[=!]/;

export function re2(pattern: string): RegExp {
  let source = String(pattern);
  let flags = 'g';
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    source = source.slice(leading[0].length);
    for (const f of leading[1]) if (f !== 'U' && !flags.includes(f)) flags += f;
  }
  // [U] Google's wording for a bad pattern is not documented.
  const invalid = () => new GasException(`Invalid regular expression pattern ${pattern}`);
  if (NOT_RE2.test(source)) throw invalid();
  try {
    return new RegExp(source, `${flags}u`);
  } catch {
    try {
      return new RegExp(source, flags);
    } catch {
      throw invalid();
    }
  }
}
