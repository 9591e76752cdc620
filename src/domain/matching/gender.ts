/**
 * Agreed wording by the person: the grammatical gender read from the patronymic's ending
 * (-вна/-ична/-кызы: feminine; -вич/-ич/-оглы: masculine); neutral wording when it cannot be read.
 */

export type Gender = 'f' | 'm' | null;

export function genderOf(fullName: string): Gender {
  const words = fullName.trim().toLowerCase().replace(/ё/g, 'е').split(/\s+/);
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  if (last === 'кызы' || last === 'гызы') return 'f';
  if (last === 'оглы' || last === 'угли' || last === 'улы' || last === 'уулу') return 'm';
  if (words.length < 3) return null;
  if (/(вна|ична|инична)$/.test(last)) return 'f';
  if (/(вич|ич)$/.test(last)) return 'm';
  return null;
}

/** «занята» / «занят» / the neutral form, by the person's name. */
export function agreed(fullName: string, feminine: string, masculine: string, neutral: string): string {
  const g = genderOf(fullName);
  return g === 'f' ? feminine : g === 'm' ? masculine : neutral;
}
