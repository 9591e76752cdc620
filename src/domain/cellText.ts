/**
 * Everything a person typed is data: a text that Sheets would read as a formula or a number-like
 * command (OWASP CSV injection: leading = + - @, tab, CR) gets a leading apostrophe, which Sheets
 * shows as plain text and does not return from getValues.
 */
const FORMULA_TRIGGERS = /^[=+\-@\t\r]/;

export function asCellText(text: string): string {
  return FORMULA_TRIGGERS.test(text) ? `'${text}` : text;
}
