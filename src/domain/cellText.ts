/**
 * Everything a person typed is data: a text that Sheets would read as a formula or a number-like
 * command (OWASP CSV injection: leading = + - @, tab, CR) gets a leading apostrophe, Sheets' "show as
 * text" prefix in a cell that is not plain text. Our text columns are plain text ('@') and take text as
 * typed instead (src/workspace/table.ts): there an apostrophe might stay visible (gas-api.md §13 vector 51).
 */
const FORMULA_TRIGGERS = /^[=+\-@\t\r]/;

export function asCellText(text: string): string {
  return FORMULA_TRIGGERS.test(text) ? `'${text}` : text;
}
