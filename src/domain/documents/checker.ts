/**
 * The documents' checker, as a director and a lawyer would read a text before signing it: no act cited before
 * the document's date (nor a themed year's decree after it), no placeholder left but the designated blanks
 * («_____», «__________»), the ministry's recommendations cited «с учётом» (never as binding), every name in the
 * case its phrase asks (compared with the declension library), and every mentor within the Положение's limit.
 * Used by the tests over the demo and over other schools.
 */
import type { IsoDate } from '../dates';
import { declineName, type GrammarCase } from '../russian/declension';
import type { DocPair } from './inputs';
import { citationsIn, recommendationsCitedAsBinding } from './legalBasis';
import { limitBreaches } from './pairsOrder';
import { NBSP, surnameFirst } from './phrases';

export interface CheckContext {
  /** The document's own date: its order's date, or the day it was made. */
  readonly date: IsoDate;
  /** Full names (nominative) of everyone the document may name. */
  readonly people: readonly string[];
  readonly pairs?: readonly DocPair[];
  readonly limits?: { readonly individual: number; readonly group: number };
}

/** Phrases whose name stands in a known case; the capture is a full name (three words) or «Фамилия И. О.». */
const NAME = `([А-ЯЁ][а-яё'-]+(?:-[А-ЯЁ][а-яё]+)?(?:[ ${NBSP}][А-ЯЁ][а-яё]+){1,2}(?: (?:оглы|кызы))?|[А-ЯЁ][а-яё-]+${NBSP}[А-ЯЁ]\\.(?:${NBSP}[А-ЯЁ]\\.)?)`;
const CASE_RULES: readonly { readonly pattern: RegExp; readonly grammarCase: GrammarCase; readonly what: string }[] = [
  { pattern: new RegExp(`в лице директора ${NAME}`, 'g'), grammarCase: 'genitive', what: '«в лице директора …»' },
  { pattern: new RegExp(`Назначить ${NAME}`, 'g'), grammarCase: 'accusative', what: '«Назначить …»' },
  { pattern: new RegExp(`Куратору программы наставничества (?:[а-яё]+ )*?${NAME} обеспечить`, 'g'), grammarCase: 'dative', what: '«Куратору … обеспечить»' },
  { pattern: new RegExp(`^${NAME}$`, 'gm'), grammarCase: 'dative', what: 'адресат заявления (после «Директору …»)' },
  { pattern: new RegExp(`Я, ${NAME}`, 'g'), grammarCase: 'nominative', what: '«Я, …»' },
];

/** Every case form of each person, short and full, mapped to the case it is. */
function formsOf(people: readonly string[]): Map<string, Set<GrammarCase>> {
  const forms = new Map<string, Set<GrammarCase>>();
  const cases: GrammarCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
  for (const person of people) {
    for (const c of cases) {
      for (const form of [declineName(person, c), surnameFirst(person, c)]) {
        const key = form.replace(/\s/g, ' ');
        forms.set(key, new Set([...(forms.get(key) ?? []), c]));
      }
    }
  }
  return forms;
}

/** What is wrong with the text, in Russian; empty when a director may sign it. */
export function checkDocumentText(text: string, ctx: CheckContext): string[] {
  const problems: string[] = [];
  for (const c of citationsIn(text)) {
    if (c.from > ctx.date) problems.push(`ссылка на акт, действующий с ${c.from}, в документе от ${ctx.date}: ${c.name}`);
    if (c.until && c.until < ctx.date) problems.push(`ссылка на акт, уже не актуальный к ${ctx.date}: ${c.name}`);
  }
  for (const act of recommendationsCitedAsBinding(text)) problems.push(`рекомендации цитируются «с учётом», а не «в соответствии с»: ${act.nominative}`);
  const leftovers = /\$\{|\bundefined\b|\bnull\b|\bNaN\b|\[object|\{\{|\(а\)|\(ая\)|\(-ая\)|\(ый\)|\?\?|TODO/g;
  for (const m of text.matchAll(leftovers)) problems.push(`заполнитель в тексте: «${m[0]}»`);
  // Designated blanks: «_____» (a number, an amount), «__________» (a month) and the renderer's signature line (15).
  // An e-mail address may hold underscores of its own («anna_petrova@…»): not a blank.
  for (const m of text.replace(/\S+@\S+/g, '').matchAll(/_+/g)) if (![5, 10, 15].includes(m[0].length)) problems.push(`пропуск необычной длины: «${m[0]}»`);
  // «№ п/п» is a column's name, not a number.
  if (/№ (?!п\/п)/.test(text)) problems.push('после «№» обычный пробел вместо неразрывного');

  const forms = formsOf(ctx.people);
  // The addressee line of a consent follows «Директору …» only: check it there.
  const lines = text.split('\n');
  for (const rule of CASE_RULES) {
    const haystack = rule.what.startsWith('адресат')
      ? lines.filter((_, i) => i > 0 && lines[i - 1].startsWith('Директору ')).join('\n')
      : text;
    for (const m of haystack.matchAll(rule.pattern)) {
      const found = m[1].replace(/\s/g, ' ');
      const cases = forms.get(found);
      if (!cases) problems.push(`${rule.what}: «${m[1]}» — не форма ни одного из участников`);
      else if (!cases.has(rule.grammarCase)) problems.push(`${rule.what}: «${m[1]}» не в нужном падеже (${rule.grammarCase})`);
    }
  }
  if (ctx.pairs && ctx.limits) for (const breach of limitBreaches(ctx.pairs, ctx.limits)) problems.push(`предел Положения: ${breach}`);
  return problems;
}
