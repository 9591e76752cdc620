/**
 * Names as Russian documents write them: «М.В. Костерина» under a signature, «Костерина М.В.» in a table.
 * Names are never declined: the texts are phrased so every name stands in the nominative.
 */

function parts(fullName: string): { surname: string; initials: string } {
  const words = fullName.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w !== '');
  if (words.length === 0) return { surname: '', initials: '' };
  const [surname, ...given] = words;
  // A double given name («Анна-Мария») keeps both initials: «А.-М.».
  const initials = given
    .map((g) =>
      g
        .split('-')
        .map((piece) => `${piece.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join('');
  return { surname, initials };
}

/** «Костерина Марина Владимировна» → «М.В. Костерина» (as under a signature). */
export function initialsFirst(fullName: string): string {
  const { surname, initials } = parts(fullName);
  return initials ? `${initials} ${surname}` : surname;
}

/** «Костерина Марина Владимировна» → «Костерина М.В.» (as in lists and tables). */
export function surnameFirst(fullName: string): string {
  const { surname, initials } = parts(fullName);
  return initials ? `${surname} ${initials}` : surname;
}
