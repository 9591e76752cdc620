/**
 * One questionnaire answer, as the strings the response sheet holds, turned into a bank record:
 * normalised (spaces, letter case, e-mail), validated, with everything unreadable named in Russian
 * in «Проблемы» rather than dropped.
 */
import { normaliseWords } from './catalog';
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

/** «  иванова   анна  сергеевна » → «Иванова Анна Сергеевна»; hyphenated parts too. */
export function normaliseName(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((word) => word.split('-').map((part) => (part === '' ? part : part[0].toUpperCase() + part.slice(1).toLowerCase())).join('-'))
    .join(' ');
}

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

export function parseAnswer(questionnaire: Questionnaire, emailText: string, answers: Readonly<Record<string, string>>): ParsedAnswer {
  const all = [emailText, ...Object.values(answers)];
  if (all.every((v) => v.trim() === '')) return { email: '', consent: false, values: {}, problems: [], blank: true };
  const problems: string[] = [];
  const values: Record<string, string | number> = {};
  const email = normaliseEmail(emailText);
  if (email === '') problems.push('Нет адреса электронной почты: человека нельзя узнать при повторном ответе.');
  else if (!EMAIL.test(email)) problems.push(`Адрес электронной почты не распознан: «${emailText.trim()}».`);
  for (const question of questionnaire.questions) {
    if (question.key === CONSENT_KEY) continue;
    const raw = (answers[question.key] ?? '').trim();
    if (raw === '') {
      if (question.required) problems.push(`Нет ответа на вопрос «${question.title}».`);
      values[question.key] = '';
      continue;
    }
    values[question.key] = readValue(question, raw, problems);
  }
  const consentAnswer = normaliseWords(answers[CONSENT_KEY] ?? '');
  const consent = consentAnswer === normaliseWords(CONSENT_YES);
  if (!consent && consentAnswer !== normaliseWords(CONSENT_NO) && consentAnswer !== '') {
    problems.push(`Ответ о согласии не распознан: «${answers[CONSENT_KEY]}»; согласие не считается данным.`);
  }
  return { email: EMAIL.test(email) ? email : '', consent, values, problems, blank: false };
}

function readValue(question: Question, raw: string, problems: string[]): string | number {
  switch (question.key) {
    case 'fullName': {
      const name = normaliseName(raw);
      if (!/^[А-ЯЁа-яё-]+(?: [А-ЯЁа-яё-]+){1,3}$/.test(name)) problems.push(`ФИО записано необычно: «${raw}» — проверьте.`);
      return name;
    }
    case 'experience':
    case 'capacity': {
      const n = Number(raw.replace(',', '.'));
      if (!Number.isFinite(n) || n < 0 || n > 60 || !Number.isInteger(n)) {
        problems.push(`«${question.title}»: не число — «${raw}».`);
        return '';
      }
      return n;
    }
  }
  if (question.kind === 'checkbox' && question.choices) {
    const { chosen, unknown } = splitChoices(raw, question.choices);
    if (unknown.length > 0) problems.push(`«${question.title}»: варианты не из списка — ${unknown.map((u) => `«${u}»`).join(', ')}.`);
    return [...chosen, ...unknown].join('; ');
  }
  if (question.kind === 'choice' && question.choices && !question.choices.some((c) => normaliseWords(c) === normaliseWords(raw))) {
    problems.push(`«${question.title}»: вариант не из списка — «${raw}».`);
  }
  return raw.replace(/\s+/g, ' ');
}
