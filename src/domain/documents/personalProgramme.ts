/**
 * «Персонализированная программа наставничества» of one pair or group: participants, form and term, the mentees'
 * requests in their own words, goal and tasks, the plan by month (requestPlans.ts), expected results, signatures.
 */
import { normaliseWords } from '../catalog';
import { formatRussianDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import type { DocMentee, DocPair } from './inputs';
import { bold, bulleted, type DocumentModel, h1, h2, type Inline, numbered, p, pAligned, table } from './model';
import { initialsFirst, surnameFirst } from './names';
import { isGroup, pairFormat, positionText, termText } from './pairsOrder';
import { buildPlan, pairRequests, pairTemplates, type RequestTemplate } from './requestPlans';
import { signedApproval, yearSpan } from './roadmapDocument';

/** To be filled in by hand where the sheets hold nothing. */
const BLANK = '_____';

/** 1 → «год», 2 → «года», 5 → «лет» (and so on for any count). */
export function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

/** «15 лет», «1 год», «0,5 года»; a blank when unknown. */
export function experienceText(years: number | null): string {
  if (years === null || !Number.isFinite(years) || years < 0) return BLANK;
  if (!Number.isInteger(years)) return `${String(years).replace('.', ',')} года`;
  return `${years} ${plural(years, 'год', 'года', 'лет')}`;
}

/** «высшая» → «высшая квалификационная категория»; the other values of QUALIFICATIONS read as they are. */
export function qualificationText(qualification: string): string {
  const q = qualification.trim();
  if (q === '') return BLANK;
  return /^(первая|высшая)$/i.test(q) ? `${q} квалификационная категория` : q;
}

/** The mentee's own words, without quotes or a final full stop of their own. */
function ownWords(description: string): string {
  return description
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[«"„“]+|[»"”“]+$/g, '')
    .replace(/[.\s]+$/, '');
}

function requestLines(pair: DocPair, requests: readonly string[]): (string | Inline[])[] {
  if (!isGroup(pair)) return [...requests];
  const whose = (request: string): string[] =>
    pair.mentees.filter((m) => m.requests.some((r) => normaliseWords(r) === normaliseWords(request))).map((m) => surnameFirst(m.fullName));
  return requests.map((r) => {
    const names = whose(r);
    return names.length === 0 || names.length === pair.mentees.length ? r : `${r} (${names.join(', ')})`;
  });
}

function requestsSection(pair: DocPair, templates: readonly RequestTemplate[]) {
  const requests = pairRequests(pair);
  const blocks = [h2('3. Профессиональные запросы')];
  if (requests.length === 0) {
    blocks.push(
      p(
        `Профессиональные запросы в анкете ${isGroup(pair) ? 'наставляемых' : 'наставляемого'} не указаны. План составлен по категории ` +
          `(${templates.map((t) => `«${t.request}»`).join(', ')}) и уточняется по итогам входной диагностики.`,
      ),
    );
  } else {
    blocks.push(p(`Профессиональные затруднения, названные ${isGroup(pair) ? 'наставляемыми' : 'наставляемым'}:`));
    blocks.push(bulleted(...requestLines(pair, requests)));
  }
  const described = pair.mentees.filter((m: DocMentee) => ownWords(m.description) !== '');
  if (described.length > 0) {
    if (!isGroup(pair)) {
      blocks.push(p('Затруднения в формулировке наставляемого: ', { text: `«${ownWords(described[0].description)}»`, italic: true }, '.'));
    } else {
      blocks.push(p('Затруднения в формулировке наставляемых:'));
      blocks.push(bulleted(...described.map((m): Inline[] => [`${surnameFirst(m.fullName)}: `, { text: `«${ownWords(m.description)}»`, italic: true }])));
    }
  }
  return blocks;
}

export function personalProgramme(settings: ProgrammeSettings, pair: DocPair): DocumentModel {
  if (pair.mentees.length === 0) throw new Error(`Пара ${pair.id}: не указан ни один наставляемый — программа не составлена.`);
  if (pair.end < pair.start) {
    throw new Error(`Пара ${pair.id}: дата окончания (${formatRussianDate(pair.end)}) раньше даты начала (${formatRussianDate(pair.start)}) — программа не составлена.`);
  }
  const group = isGroup(pair);
  const templates = pairTemplates(pair);
  const plan = buildPlan(pair, templates);
  const months = plan.length;

  const participants = [
    ['Наставник', pair.mentor.fullName, positionText(pair.mentor) || BLANK, qualificationText(pair.mentor.qualification), experienceText(pair.mentor.experience)],
    ...pair.mentees.map((m) => ['Наставляемый', m.fullName, positionText(m) || BLANK, m.category.trim() || BLANK, experienceText(m.experience)]),
  ];

  const goal = templates.map((t) => t.goal).join('; ');
  const tasks = templates.flatMap((t) => t.tasks);
  const rows = plan.flatMap((month) => month.activities.map((a, i) => [i === 0 ? month.label : '', a.text, a.result, a.check]));
  const who = group ? 'каждый наставляемый' : 'наставляемый';

  return {
    fileName: `Персонализированная программа наставничества — ${pair.id} — ${surnameFirst(pair.mentor.fullName)} — ${yearSpan(settings)}`,
    blocks: [
      signedApproval(settings, Number(pair.start.slice(0, 4))),
      h1('Персонализированная программа наставничества'),
      pAligned('center', `${group ? 'Наставническая группа' : 'Наставническая пара'} ${pair.id}, ${settings.schoolShortName}`),

      h2('1. Участники программы'),
      table(['Участник', 'ФИО', 'Должность', 'Категория', 'Стаж работы'], participants),
      p(bold('Куратор программы: '), `${settings.coordinatorName}.`),

      h2('2. Форма, формат и срок наставничества'),
      ...(pair.form.trim() === '' ? [] : [p(bold('Форма наставничества: '), `${pair.form.trim()}.`)]),
      p(
        bold('Формат: '),
        group ? `${pairFormat(pair)} работа (наставник и ${pair.mentees.length} наставляемых).` : `${pairFormat(pair)} работа (наставник — наставляемый).`,
      ),
      p(bold('Срок реализации: '), `${termText(pair.start, pair.end)} (${months} ${plural(months, 'месяц', 'месяца', 'месяцев')}).`),

      ...requestsSection(pair, templates),

      h2('4. Цель и задачи программы'),
      p(bold('Цель: '), `${goal}.`),
      p(bold('Задачи:')),
      numbered(...tasks.map((t, i) => `${t}${i === tasks.length - 1 ? '.' : ';'}`)),

      h2('5. План мероприятий'),
      table(['Месяц', 'Мероприятие', 'Ожидаемый результат', 'Способ проверки / форма отчётности'], rows),

      h2('6. Ожидаемые результаты'),
      p(`По итогам программы ${who}:`),
      bulleted(
        ...templates.map((t) => `${t.outcome};`),
        'проводит самоанализ своей профессиональной деятельности и определяет дальнейшие шаги развития;',
        'представляет свой опыт коллегам на заседании методического объединения.',
      ),

      h2('7. Контроль и отчётность'),
      p(
        'Ход реализации программы отражается в журнале наставника. Куратор программы проводит промежуточный мониторинг ' +
          '(беседа с участниками, анализ записей журнала) и итоговое анкетирование участников; по завершении программы ' +
          'наставник представляет куратору отчёт о её реализации.',
      ),

      {
        kind: 'signatures',
        lines: [
          { role: 'Наставник', name: initialsFirst(pair.mentor.fullName) },
          ...pair.mentees.map((m) => ({ role: 'Наставляемый', name: initialsFirst(m.fullName) })),
          { role: 'Куратор программы', name: initialsFirst(settings.coordinatorName) },
        ],
      },
    ],
  };
}
