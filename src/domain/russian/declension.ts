/**
 * Russian personal names in the six cases, and a person's grammatical gender, for the documents' sentences
 * («Назначить Соколову Елену Андреевну…», «в лице директора Костериной Марины Владимировны»).
 * Declension is lvovich's (rules for surnames, given names and patronymics; see the commit that added it).
 */
import { getFirstnameGender, getLastnameGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';

export type GrammarCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
export type Gender = 'male' | 'female';

export interface NameParts {
  readonly last: string;
  readonly first: string;
  /** The patronymic; with its particle when it has one («Гусейн оглы»); '' when none. */
  readonly middle: string;
}

/** Turkic patronymics: «Гусейн оглы» (son), «Рашид кызы» (daughter); the particle is never declined. */
const MALE_PARTICLES = ['оглы', 'улы', 'уулу', 'угли'];
const FEMALE_PARTICLES = ['кызы', 'гызы'];

export function nameParts(fullName: string): NameParts {
  const words = fullName.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w !== '');
  const [last = '', first = '', ...rest] = words;
  return { last, first, middle: rest.join(' ') };
}

/** The gender a patronymic says («…вна», «…ична», «кызы» — female); null when it says nothing. */
function patronymicGender(middle: string): Gender | null {
  const words = middle.toLowerCase().split(' ');
  const tail = words[words.length - 1] ?? '';
  if (FEMALE_PARTICLES.includes(tail)) return 'female';
  if (MALE_PARTICLES.includes(tail)) return 'male';
  if (/(вна|чна|шна)$/.test(tail)) return 'female';
  if (/(вич|ич)$/.test(tail)) return 'male';
  return null;
}

/** The person's gender: by the patronymic first (it never lies), else by the given name, else by the surname. */
export function genderOf(fullName: string): Gender | null {
  const { last, first, middle } = nameParts(fullName);
  const byMiddle = patronymicGender(middle);
  if (byMiddle) return byMiddle;
  const byFirst = first === '' ? null : getFirstnameGender(first);
  if (byFirst === 'male' || byFirst === 'female') return byFirst;
  const byLast = last === '' ? null : getLastnameGender(last);
  return byLast === 'male' || byLast === 'female' ? byLast : null;
}

/** A patronymic with a particle declines only its first word… which is the father's name and stays as it is. */
function declineMiddle(middle: string, grammarCase: GrammarCase, gender: Gender): string {
  if (middle === '') return '';
  if (middle.includes(' ')) return middle;
  return inclineMiddlename(middle, grammarCase, gender);
}

/** Each part of a double surname declines on its own («Римской-Корсаковой»); lvovich does that itself. */
export function declineParts(parts: NameParts, grammarCase: GrammarCase, gender: Gender | null): NameParts {
  if (grammarCase === 'nominative' || gender === null) return parts;
  return {
    last: parts.last === '' ? '' : inclineLastname(parts.last, grammarCase, gender),
    first: parts.first === '' ? '' : inclineFirstname(parts.first, grammarCase, gender),
    middle: declineMiddle(parts.middle, grammarCase, gender),
  };
}

/** «Соколова Елена Андреевна» → «Соколовой Елены Андреевны» (genitive); unknown gender keeps the nominative. */
export function declineName(fullName: string, grammarCase: GrammarCase): string {
  const parts = nameParts(fullName);
  const declined = declineParts(parts, grammarCase, genderOf(fullName));
  return [declined.last, declined.first, declined.middle].filter((w) => w !== '').join(' ');
}

/** The surname alone in a case: «Костериной». */
export function declineSurname(fullName: string, grammarCase: GrammarCase): string {
  return declineParts(nameParts(fullName), grammarCase, genderOf(fullName)).last;
}
