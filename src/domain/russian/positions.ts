/**
 * Positions and subjects as schools write them, in the case a sentence needs: «учитель физики»,
 * «заместителя директора по УВР», «учителю начальных классов». Positions are masculine nouns whoever holds
 * them («учителя Ивановой»); only the head of the phrase (leading adjectives and the first noun) declines.
 */
import type { GrammarCase } from './declension';

type Forms = readonly [gen: string, dat: string, acc: string, ins: string, pre: string];
const CASE_INDEX: Record<Exclude<GrammarCase, 'nominative'>, number> = { genitive: 0, dative: 1, accusative: 2, instrumental: 3, prepositional: 4 };

/** Endings of an animate masculine noun by its last letters; acc = gen (animate). */
function nounForms(word: string): Forms | null {
  const lower = word.toLowerCase();
  if (/[аеёиоуыэюя]$/.test(lower)) return null; // «тьютор»-like nouns end in a consonant; the rest we leave as typed
  if (lower.endsWith('ь')) {
    const stem = word.slice(0, -1);
    return [`${stem}я`, `${stem}ю`, `${stem}я`, `${stem}ем`, `${stem}е`];
  }
  if (lower.endsWith('й')) {
    const stem = word.slice(0, -1);
    return [`${stem}я`, `${stem}ю`, `${stem}я`, `${stem}ем`, `${stem}е`];
  }
  const sibilant = /[жшчщц]$/.test(lower);
  return [`${word}а`, `${word}у`, `${word}а`, `${word}${sibilant ? 'ем' : 'ом'}`, `${word}е`];
}

/** Adjectives before the head: «старший», «социальный», «главный»; -ая for the rare feminine title. */
function adjectiveForms(word: string): Forms | null {
  const lower = word.toLowerCase();
  const stem = word.slice(0, -2);
  if (/(ый|ой)$/.test(lower)) return [`${stem}ого`, `${stem}ому`, `${stem}ого`, `${stem}ым`, `${stem}ом`];
  if (/ий$/.test(lower)) {
    const hard = /[гкх]ий$/.test(lower);
    const sib = /[жшчщ]ий$/.test(lower);
    if (hard) return [`${stem}ого`, `${stem}ому`, `${stem}ого`, `${stem}им`, `${stem}ом`];
    if (sib) return [`${stem}его`, `${stem}ему`, `${stem}его`, `${stem}им`, `${stem}ем`];
    return [`${stem}его`, `${stem}ему`, `${stem}его`, `${stem}им`, `${stem}ем`];
  }
  if (/ая$/.test(lower)) return [`${stem}ой`, `${stem}ой`, `${stem}ую`, `${stem}ой`, `${stem}ой`];
  return null;
}

const isAdjective = (word: string): boolean => /(ый|ий|ой|ая)$/i.test(word) && !/^(вожатый)$/i.test(word);

/** A word with hyphenated parts («педагог-психолог», «учитель-логопед») declines each part. */
function declineNoun(word: string, grammarCase: Exclude<GrammarCase, 'nominative'>): string {
  return word
    .split('-')
    .map((part) => {
      if (/^[А-ЯЁA-Z]{2,}$/.test(part)) return part; // ОБЖ, УВР: abbreviations stay
      const forms = /^(вожатый|вожатая)$/i.test(part) ? adjectiveForms(part) : nounForms(part);
      return forms ? forms[CASE_INDEX[grammarCase]] : part;
    })
    .join('-');
}

/** «заместитель директора по УВР» → «заместителя директора по УВР» (genitive). */
export function declinePosition(position: string, grammarCase: GrammarCase): string {
  const text = position.replace(/\s+/g, ' ').trim();
  if (grammarCase === 'nominative' || text === '') return text;
  const words = text.split(' ');
  const out: string[] = [];
  let headDone = false;
  for (const word of words) {
    if (headDone) {
      out.push(word);
      continue;
    }
    if (isAdjective(word)) {
      const forms = adjectiveForms(word);
      out.push(forms ? forms[CASE_INDEX[grammarCase]] : word);
      continue;
    }
    out.push(declineNoun(word, grammarCase));
    headDone = true;
  }
  return out.join(' ');
}

/** A school subject in the genitive, after «учитель»: «физика» → «физики», «русский язык и литература» → «русского языка и литературы». */
export function subjectGenitive(subject: string): string {
  return subject
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => {
      const lower = word.toLowerCase();
      if (/^[А-ЯЁA-Z]{2,}$/.test(word) || ['и', 'по', 'в', 'с', 'для'].includes(lower)) return word;
      const stem2 = word.slice(0, -2);
      const stem1 = word.slice(0, -1);
      if (/(ый|ой)$/.test(lower)) return `${stem2}ого`;
      if (/[гкх]ий$/.test(lower)) return `${stem2}ого`;
      if (/ий$/.test(lower)) return `${stem2}его`;
      if (/ая$/.test(lower)) return `${stem2}ой`;
      if (/яя$/.test(lower)) return `${stem2}ей`;
      if (/ое$/.test(lower)) return `${stem2}ого`;
      if (/ее$/.test(lower)) return `${stem2}его`;
      if (/ые$/.test(lower)) return `${stem2}ых`;
      if (/ие$/.test(lower) && lower.length > 4) return `${stem1}я`; // обществознание → обществознания
      if (/ия$/.test(lower)) return `${stem1}и`;
      if (/[гкхжшчщ]а$/.test(lower)) return `${stem1}и`;
      if (/а$/.test(lower)) return `${stem1}ы`;
      if (/ы$/.test(lower)) return `${stem1}ов`; // классы → классов
      if (/о$/.test(lower)) return `${stem1}а`; // искусство → искусства
      if (/и$/.test(lower)) return word; // «начальные классы» handled above; others left
      if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) return `${word}а`; // язык → языка
      return word;
    })
    .join(' ');
}
