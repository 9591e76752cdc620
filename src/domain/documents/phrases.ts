/**
 * The phrases every document shares: names and positions in the case a sentence needs, «№» and initials
 * with non-breaking spaces, year labels, order references, approval, signature and acknowledgement blocks.
 * One source, so an order, an agreement and a programme never phrase the same thing two ways.
 */
import { formatLongRussianDate, formatRussianDate, type IsoDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import { declineName, declineSurname, type Gender, type GrammarCase, genderOf, nameParts } from '../russian/declension';
import { declinePosition, subjectGenitive } from '../russian/positions';
import type { DocPair } from './inputs';
import type { Block, DocumentModel, Inline } from './model';

export type { GrammarCase } from '../russian/declension';

export const NBSP = '\u00a0';
/** A blank the person fills in by hand; the only «placeholder» a finished document may keep. */
export const BLANK = '_____';
export const DATE_BLANK = (year: number): string => `«_____» __________ ${year} г.`;

/** «№ 13» → «№ 13» with a non-breaking space, so the number never leaves its sign at a line's end. */
export function typeset(text: string): string {
  // «№ п/п» is a column's name, not a number: it stays as tables print it.
  return text.replace(/№[ \u00a0]+(?=\S)(?!п\/п)/g, `№${NBSP}`);
}

/** «Е. А.»: each initial with its full stop, a non-breaking space between them; «А.-М.» for «Анна-Мария». */
export function initials(fullName: string): string {
  const { first, middle } = nameParts(fullName);
  const initial = (word: string) =>
    word
      .split('-')
      .map((piece) => `${piece.charAt(0).toUpperCase()}.`)
      .join('-');
  // A Turkic patronymic («Гусейн оглы») gives one initial, of the father's name.
  const middleWord = middle.split(' ')[0] ?? '';
  return [first, middleWord]
    .filter((w) => w !== '')
    .map(initial)
    .join(NBSP);
}

/** «Е. А. Соколова» (under a signature); the surname in `grammarCase`. */
export function initialsFirst(fullName: string, grammarCase: GrammarCase = 'nominative'): string {
  const surname = declineSurname(fullName, grammarCase);
  const i = initials(fullName);
  return i === '' ? surname : `${i}${NBSP}${surname}`;
}

/** «Соколова Е. А.» (in lists and after a position); «Соколовой Е. А.» in the genitive or dative. */
export function surnameFirst(fullName: string, grammarCase: GrammarCase = 'nominative'): string {
  const surname = declineSurname(fullName, grammarCase);
  const i = initials(fullName);
  return i === '' ? surname : `${surname}${NBSP}${i}`;
}

/**
 * «Соколовой Е. А.», or the full name in that case when someone else in the same document shares the surname and
 * initials (the curator Соколова Елена Андреевна beside a mentee Соколова Екатерина Андреевна): a reader must
 * tell the two apart.
 */
export function distinctName(fullName: string, everyone: readonly string[], grammarCase: GrammarCase = 'nominative'): string {
  const short = surnameFirst(fullName);
  const own = fullName.replace(/\s+/g, ' ').trim();
  const collides = everyone.some((other) => other.replace(/\s+/g, ' ').trim() !== own && surnameFirst(other) === short);
  return collides ? fullNameIn(fullName, grammarCase) : surnameFirst(fullName, grammarCase);
}

/** «Соколову Елену Андреевну» (accusative) — the full name in the case the sentence needs. */
export function fullNameIn(fullName: string, grammarCase: GrammarCase = 'nominative'): string {
  return declineName(fullName.replace(/\s+/g, ' ').trim(), grammarCase);
}

/** The word that agrees with the person: «действующего» / «действующей»; the masculine when the name does not say. */
export function agree(fullName: string, masculine: string, feminine: string): string {
  return genderOf(fullName) === 'female' ? feminine : masculine;
}

export function genderOfName(fullName: string): Gender | null {
  return genderOf(fullName);
}

/** What a person's position needs: the sheet's «Должность» and «Предмет». */
export interface Positioned {
  readonly position: string;
  readonly subject: string;
}

/**
 * The position as people write it: «учитель физики», «учитель начальных классов», «заместитель директора по УВР»;
 * a subject already named in the position is not repeated; a subject alone gives «учитель …». '' when both unknown.
 */
export function positionPhrase(person: Positioned): string {
  const position = person.position.replace(/\s+/g, ' ').trim();
  const subject = person.subject.replace(/\s+/g, ' ').trim();
  if (position === '') return subject === '' ? '' : `учитель ${subjectGenitive(subject)}`;
  if (subject === '') return position;
  const lower = position.toLowerCase();
  const subjectLower = subject.toLowerCase();
  if (lower.includes(subjectLower) || lower.includes(subjectGenitive(subjectLower))) return position;
  // Only a bare «учитель» takes the subject; «заместитель директора по УВР» stays as it is.
  if (/^(учитель|преподаватель)$/i.test(position)) return `${position} ${subjectGenitive(subject)}`;
  return position;
}

/** The position in a case: «заместителя директора по УВР». */
export function positionIn(person: Positioned, grammarCase: GrammarCase = 'nominative'): string {
  return declinePosition(positionPhrase(person), grammarCase);
}

/** «Соколову Елену Андреевну, заместителя директора по УВР» — name and position in one case. */
export function personIn(person: Positioned & { readonly fullName: string }, grammarCase: GrammarCase = 'nominative'): string {
  const position = positionIn(person, grammarCase);
  const name = fullNameIn(person.fullName, grammarCase);
  return position === '' ? name : `${name}, ${position}`;
}

/**
 * The person as an apposition inside a sentence: «Соколову Елену Андреевну, заместителя директора по УВР,» — the
 * position set off by commas on both sides; with no position known, the name alone and no comma.
 */
export function personInApposition(person: Positioned & { readonly fullName: string }, grammarCase: GrammarCase): string {
  return positionIn(person, grammarCase) === '' ? personIn(person, grammarCase) : `${personIn(person, grammarCase)},`;
}

/** «учителя физики Соколовой Е. А.» — position first, as an order addresses a person. */
export function positionThenName(person: Positioned & { readonly fullName: string }, grammarCase: GrammarCase, everyone: readonly string[] = []): string {
  const position = positionIn(person, grammarCase);
  const name = distinctName(person.fullName, everyone, grammarCase);
  return position === '' ? name : `${position} ${name}`;
}

// ——— Pairs and terms ———

export const isGroup = (pair: DocPair): boolean => pair.mentees.length > 1;

/** «индивидуальная» or «групповая». */
export function pairFormat(pair: DocPair): string {
  return isGroup(pair) ? 'групповая' : 'индивидуальная';
}

/** «с 1 октября 2022 г. по 31 мая 2023 г.» */
export function termText(start: IsoDate, end: IsoDate): string {
  return `с ${formatLongRussianDate(start)} по ${formatLongRussianDate(end)}`;
}

/** The noun that agrees with a count: 1 → «год», 2 → «года», 5 → «лет», 2 → «года», 5 → «лет» (and so on for any count). */
export function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

/** «двух», «пяти»: a small number in words in the genitive, as an agreement writes it; digits beyond ten. */
export function genitiveWord(n: number): string {
  const words = ['', 'одного', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'];
  return words[n] ?? String(n);
}

/** «одного наставляемого», «трёх наставляемых», «21 наставляемого». */
export function menteesGenitive(n: number): string {
  const singular = n % 10 === 1 && n % 100 !== 11;
  return `${genitiveWord(n)} ${singular ? 'наставляемого' : 'наставляемых'}`;
}

/**
 * An organisation's full name in the dative, as «даю согласие …» needs it: «Муниципальному бюджетному
 * общеобразовательному учреждению «Средняя общеобразовательная школа № 13»». The words before the first quote — the
 * legal form: adjectives in -ое/-ая and the noun «учреждение»/«организация» — are declined; the quoted name and what
 * follows it («…» города Энска) stay as they are. null when the form has a word these rules do not know.
 */
export function organisationDative(fullName: string): string | null {
  const name = fullName.replace(/\s+/g, ' ').trim();
  const quote = name.indexOf('«');
  if (quote <= 0) return null;
  const words = name.slice(0, quote).trim().split(' ');
  const declined = words.map((word) => {
    const lower = word.toLowerCase();
    if (lower === 'учреждение') return `${word.slice(0, -1)}ю`;
    if (lower === 'организация') return `${word.slice(0, -1)}и`;
    if (/ое$/.test(lower)) return `${word.slice(0, -2)}ому`;
    if (/ая$/.test(lower)) return `${word.slice(0, -2)}ой`;
    return null;
  });
  if (declined.some((word) => word === null)) return null;
  return `${declined.join(' ')} ${name.slice(quote)}`;
}

// ——— The school year and the order ———

/** «2022-2023 учебный год». */
export function yearLabel(settings: ProgrammeSettings): string {
  return `${settings.schoolYearStart}-${settings.schoolYearStart + 1} учебный год`;
}

/** «2022-2023», as file names carry the school year. */
export function yearDigits(settings: ProgrammeSettings): string {
  return `${settings.schoolYearStart}-${settings.schoolYearStart + 1}`;
}

/** The school's short name with «№ 13» kept on one line. */
export function school(settings: ProgrammeSettings): string {
  return typeset(settings.schoolShortName);
}

/** «от 01.09.2022 № 384/2-о». */
export function orderReference(settings: ProgrammeSettings): string {
  return `от ${formatRussianDate(settings.orderDate)} №${NBSP}${settings.orderNumber}`;
}

/** «№ 384/2-о от 01.09.2022», as an approval stamp writes it. */
export function numberThenDate(number: string, date: IsoDate): string {
  return `№${NBSP}${number} от ${formatRussianDate(date)}`;
}

// ——— Blocks ———

/** «Утверждаю: / Директор МБОУ СОШ № 13 _____ М. В. Костерина / Приказ № 384/2-о от 01.09.2022». */
export function orderApproval(settings: ProgrammeSettings): Block {
  return {
    kind: 'approval',
    lines: ['Утверждаю:', `Директор ${school(settings)} _____ ${initialsFirst(settings.directorName)}`, `Приказ ${numberThenDate(settings.orderNumber, settings.orderDate)}`],
  };
}

/** The approval of a document the director signs by hand on a date of her own (ГОСТ Р 7.0.97-2016 п. 5.21: «УТВЕРЖДАЮ»). */
export function signedApproval(settings: ProgrammeSettings, year: number): Block {
  return { kind: 'approval', lines: ['УТВЕРЖДАЮ', `Директор ${school(settings)} _____ ${initialsFirst(settings.directorName)}`, DATE_BLANK(year)] };
}

/** «Приложение 3 / к приказу МБОУ СОШ № 13 / от 01.09.2022 № 384/2-о», right-aligned above an appendix. */
export function appendixHeader(settings: ProgrammeSettings, appendix: number): Block {
  return { kind: 'approval', lines: [`Приложение ${appendix}`, `к приказу ${school(settings)}`, orderReference(settings)] };
}

/** The director's signature under an order. */
export function directorSignature(settings: ProgrammeSettings): Block {
  return { kind: 'signatures', lines: [{ role: `Директор ${school(settings)}`, name: initialsFirst(settings.directorName) }] };
}

/**
 * «С приказом ознакомлены:» — one line per person, surname and initials, or the full name where two people share
 * them (Иванова А. С. and Иванова Анна Сергеевна / Алла Семёновна).
 */
export function acknowledgementLines(people: readonly { readonly fullName: string; readonly role?: string }[], year: number): Block {
  const everyone = people.map((p) => p.fullName);
  const lines = people.map((p) => {
    const name = distinctName(p.fullName, everyone);
    return { role: p.role ? `${name} (${p.role})` : name, name: DATE_BLANK(year) };
  });
  return { kind: 'signatures', lines };
}

/** «Исп.: Соколова Е. А., заместитель директора по УВР[, тел. …]» at the foot of an order. */
export function executorLine(person: Positioned & { readonly fullName: string }, phone: string, everyone: readonly string[] = []): string {
  const position = positionPhrase(person);
  return `Исп.: ${distinctName(person.fullName, everyone)}${position === '' ? '' : `, ${position}`}${phone.trim() === '' ? '' : `, тел. ${phone.trim()}`}`;
}

// ——— Pay ———

/** The local act in the instrumental, after «в соответствии с»: «Положением об оплате труда …». */
export function sourceInstrumental(source: string): string {
  const s = typeset(source.trim());
  if (/^положение/i.test(s)) return s.replace(/^[Пп]оложение/, 'Положением');
  if (/^коллективный договор/i.test(s)) return s.replace(/^[Кк]оллективный договор/, 'коллективным договором');
  return `локальным нормативным актом «${s}»`;
}

/** «3000 рублей» with the thousands kept apart by a non-breaking space: «3 000». */
function roubles(value: number): string {
  const [whole, fraction] = value.toFixed(2).replace(/\.00$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return fraction ? `${grouped},${fraction}` : grouped;
}

/**
 * «доплата в размере 3 000 рублей в месяц» or «доплата в размере 10 % должностного оклада (ставки заработной платы)»;
 * a blank for the amount when «Настройки» has none. The one definition of the mentor's pay in every document.
 */
export function payPhrase(pay: { readonly kind: 'amount' | 'percent'; readonly value: number } | null, grammarCase: 'nominative' | 'accusative' = 'nominative'): string {
  const phrase = payNominative(pay);
  return grammarCase === 'accusative' ? phrase.replace(/^доплата/, 'доплату') : phrase;
}

function payNominative(pay: { readonly kind: 'amount' | 'percent'; readonly value: number } | null): string {
  if (pay === null) return `доплата в размере ${BLANK} рублей в месяц`;
  if (pay.kind === 'percent') return `доплата в размере ${String(pay.value).replace('.', ',')}${NBSP}% должностного оклада (ставки заработной платы) в месяц`;
  // «в размере» wants the genitive: «3 000 рублей», «1 001 рубля», «2 500,50 рубля».
  const n = Math.floor(pay.value);
  const word = !Number.isInteger(pay.value) || (n % 10 === 1 && n % 100 !== 11) ? 'рубля' : 'рублей';
  return `доплата в размере ${roubles(pay.value)} ${word} в месяц`;
}

// ——— Typesetting a whole document ———

const typesetInline = (r: Inline): Inline => (typeof r === 'string' ? typeset(r) : { ...r, text: typeset(r.text) });

/** Every text of the document with «№» kept to its number: the acts' names and the school's data too. */
export function typesetModel(model: DocumentModel): DocumentModel {
  const blocks = model.blocks.map(typesetBlock);
  return { ...model, blocks };
}

function typesetBlock(b: Block): Block {
    switch (b.kind) {
      case 'heading':
        return { ...b, text: typeset(b.text) };
      case 'paragraph':
        return { ...b, runs: b.runs.map(typesetInline) };
      case 'list':
        return { ...b, items: b.items.map((i) => ({ ...i, runs: i.runs.map(typesetInline) })) };
      case 'table':
        return { ...b, header: b.header.map(typeset), rows: b.rows.map((r) => r.map(typeset)) };
      case 'approval':
        return { ...b, lines: b.lines.map(typeset) };
      case 'signatures':
        return { ...b, lines: b.lines.map((l) => ({ role: typeset(l.role), name: typeset(l.name) })) };
      case 'pageBreak':
        return b;
    }
}
