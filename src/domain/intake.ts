/**
 * One questionnaire answer, as the strings the person typed, turned into a bank record: tidied (spaces,
 * e-mail), validated, bounded to what a cell holds, with everything unreadable named in Russian in
 * «Проблемы» rather than dropped. Names keep their letters as typed.
 */
import { normaliseWords } from './catalog';
import { isPersonName, NAME_PARTICLES, tidyName } from './personName';
import { CONSENT_KEY, CONSENT_NO, CONSENT_YES, type Question, type Questionnaire } from './questionnaires';

export interface ParsedAnswer {
  /** Normalised e-mail: the person's key in the bank; '' when missing or invalid. */
  readonly email: string;
  readonly consent: boolean;
  /** Bank values by column key (lists as «a; b»). */
  readonly values: Record<string, string | number>;
  readonly problems: readonly string[];
  /** A blank row (an empty extra event): nothing to do. */
  readonly blank: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Google Sheets holds at most 50,000 characters in a cell; a bank keeps at most this many of one answer
 * (room left for the «'» that shields a formula-like text and for the cell's other uses). The full answer
 * stays in the response sheet.
 */
export const MAX_ANSWER_CHARS = 10_000;
/** A problem note quotes at most this much of an answer. */
export const MAX_QUOTE_CHARS = 200;
/** «Проблемы» of one row holds at most this many characters. */
export const MAX_PROBLEMS_CHARS = 5_000;

/** What a note says instead of the rest of a long answer. */
export const tooLongNote = (title: string): string => `«${title}»: ответ длиннее ${String(MAX_ANSWER_CHARS).replace(/\B(?=(\d{3})+$)/g, '\u00a0')} символов — полный текст в листе ответов.`;

/** An answer quoted in a note: at most MAX_QUOTE_CHARS characters, the cut marked with «…». */
export function quote(text: string): string {
  const t = text.trim();
  return t.length <= MAX_QUOTE_CHARS ? t : `${t.slice(0, MAX_QUOTE_CHARS)}…`;
}

/** The row's «Проблемы»: the notes joined, bounded so the cell can always be written. */
export function problemsText(problems: readonly string[]): string {
  const text = problems.join(' ');
  return text.length <= MAX_PROBLEMS_CHARS ? text : `${text.slice(0, MAX_PROBLEMS_CHARS - 1)}…`;
}

/** Text kept in the bank: at most MAX_ANSWER_CHARS characters (a long answer ends with «…»). */
function bounded(text: string, title: string, problems: string[]): string {
  if (text.length <= MAX_ANSWER_CHARS) return text;
  problems.push(tooLongNote(title));
  return `${text.slice(0, MAX_ANSWER_CHARS - 1)}…`;
}

/**
 * A full name with its spaces tidied. Its letters stay as typed (Д'Анжело, ДиКаприо, Гусейн оглы); only a
 * name typed all in small letters or all in capitals gets a capital at the start of each part, since its
 * spelling says nothing about letter case there.
 */
export function normaliseName(text: string): string {
  const name = tidyName(text);
  const oneCase = name === name.toLowerCase() || name === name.toUpperCase();
  if (!oneCase) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word) => (PARTICLES.has(word) ? word : word.replace(/(^|[-'’ʼ])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())))
    .join(' ');
}

const PARTICLES = new Set(NAME_PARTICLES);

export function normaliseEmail(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Checkbox answers arrive as one string «a, b»; options may themselves contain commas, so known
 * options are taken out first, and what is left is reported.
 */
export function splitChoices(answer: string, options: readonly string[]): { chosen: string[]; unknown: string[] } {
  let rest = `, ${answer.trim()}, `;
  const chosen: string[] = [];
  for (const option of [...options].sort((a, b) => b.length - a.length)) {
    const needle = `, ${option}, `;
    const at = rest.toLowerCase().indexOf(needle.toLowerCase());
    if (at >= 0) {
      chosen.push(option);
      rest = `${rest.slice(0, at)}, ${rest.slice(at + needle.length)}`;
    }
  }
  const unknown = rest
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  chosen.sort((a, b) => options.indexOf(a) - options.indexOf(b));
  return { chosen, unknown };
}

/** Answers read as numbers by the bank: the sheet's reading of them loses nothing that matters. */
const NUMERIC_KEYS: ReadonlySet<string> = new Set(['experience', 'capacity']);

/** Keys of the questions whose answers are kept exactly as typed («007», «2025-09-01», «+7 900…»). */
export function verbatimKeys(questionnaire: Questionnaire): string[] {
  return questionnaire.questions.filter((q) => (q.kind === 'text' || q.kind === 'paragraph') && !NUMERIC_KEYS.has(q.key)).map((q) => q.key);
}

export function parseAnswer(questionnaire: Questionnaire, emailText: string, answers: Readonly<Record<string, string>>): ParsedAnswer {
  const all = [emailText, ...Object.values(answers)];
  if (all.every((v) => v.trim() === '')) return { email: '', consent: false, values: {}, problems: [], blank: true };
  const problems: string[] = [];
  const values: Record<string, string | number> = {};
  const email = normaliseEmail(emailText);
  if (email === '') problems.push('Нет адреса электронной почты: человека нельзя узнать при повторном ответе.');
  else if (!EMAIL.test(email)) problems.push(`Адрес электронной почты не распознан: «${quote(emailText)}».`);
  for (const question of questionnaire.questions) {
    if (question.key === CONSENT_KEY) continue;
    const raw = (answers[question.key] ?? '').trim();
    if (raw === '') {
      if (question.required) problems.push(`Нет ответа на вопрос «${question.title}».`);
      values[question.key] = '';
      continue;
    }
    const value = readValue(question, raw, problems);
    values[question.key] = typeof value === 'string' ? bounded(value, question.title, problems) : value;
  }
  const consentAnswer = normaliseWords(answers[CONSENT_KEY] ?? '');
  const consent = consentAnswer === normaliseWords(CONSENT_YES);
  if (!consent && consentAnswer !== normaliseWords(CONSENT_NO) && consentAnswer !== '') {
    problems.push(`Ответ о согласии не распознан: «${quote(answers[CONSENT_KEY] ?? '')}»; согласие не считается данным.`);
  }
  return { email: EMAIL.test(email) ? email : '', consent, values, problems, blank: false };
}

function readValue(question: Question, raw: string, problems: string[]): string | number {
  switch (question.key) {
    case 'fullName': {
      const name = normaliseName(raw);
      if (!isPersonName(name)) problems.push(`ФИО записано необычно: «${quote(raw)}» — проверьте.`);
      return name;
    }
    case 'experience':
    case 'capacity': {
      const n = Number(raw.replace(',', '.'));
      if (!Number.isFinite(n) || n < 0 || n > 60 || !Number.isInteger(n)) {
        problems.push(`«${question.title}»: не число — «${quote(raw)}».`);
        return '';
      }
      return n;
    }
  }
  if (question.kind === 'checkbox' && question.choices) {
    const { chosen, unknown } = splitChoices(raw, question.choices);
    if (unknown.length > 0) problems.push(`«${question.title}»: варианты не из списка — ${quote(unknown.map((u) => `«${u}»`).join(', '))}.`);
    return [...chosen, ...unknown].join('; ');
  }
  if (question.kind === 'choice' && question.choices && !question.choices.some((c) => normaliseWords(c) === normaliseWords(raw))) {
    problems.push(`«${question.title}»: вариант не из списка — «${quote(raw)}».`);
  }
  return raw.replace(/\s+/g, ' ');
}
