/**
 * Names as Russian documents write them: «М. В. Костерина» under a signature, «Костерина М. В.» in a table,
 * initials joined by non-breaking spaces. Kept for the modules that import it; the phrases live in phrases.ts.
 */
export { initialsFirst, surnameFirst } from './phrases';
