/**
 * «Персонализированная программа наставничества» of one pair or group: participants, form and term, the mentees'
 * requests in their own words, goal and tasks, the dated plan by month (plans/monthlyPlan.ts), expected results, signatures.
 */
import { formatRussianDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import type { DocMentee, DocPair } from './inputs';
import { bold, bulleted, type DocumentModel, h1, h2, type Inline, numbered, p, pAligned, table } from './model';
import { BLANK, initialsFirst, isGroup, pairFormat, positionPhrase, school, signedApproval, surnameFirst, termText, typesetModel, yearDigits } from './phrases';
import { buildPlan, monthsBetween } from './plans/monthlyPlan';
import { ownWords, requestsInWords } from './plans/ownWords';
import { pairRequests, pairTemplates, requestOwners } from './plans/requests';
import type { PlanMonth } from './plans/types';
import { calendarNote, schoolYear, schoolYearOf } from './schoolYear';

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

/** «все наставляемые» or the names of those an item is for, surname first. */
function audience(pair: DocPair, ids: readonly string[]): string {
  if (ids.length === pair.mentees.length) return 'все наставляемые';
  return pair.mentees.filter((m) => ids.includes(m.id)).map((m) => surnameFirst(m.fullName)).join(', ');
}

function requestLines(pair: DocPair): (string | Inline[])[] {
  return requestOwners(pair).map(({ request, owners, fromWords }) => {
    const whose = isGroup(pair) && owners.length < pair.mentees.length ? ` (${owners.map((m) => surnameFirst(m.fullName)).join(', ')})` : '';
    const read = fromWords.length > 0 ? ' — из описания затруднений' : '';
    return `${request}${whose}${read}`;
  });
}

/** The mentee's words, each with what the plan does with them: a planned item, or a note to clarify. */
function wordsLine(m: DocMentee): Inline[] {
  const words = ownWords(m.description);
  const found = requestsInWords(m.description);
  return found.length > 0
    ? [{ text: `«${words}»`, italic: true }, ` — в плане: разбор затруднения (запрос «${found[0]}»).`]
    : ['Уточнить с наставником: ', { text: `«${words}»`, italic: true }, ' — в плане первого месяца.'];
}

function requestsSection(pair: DocPair) {
  const named = pairRequests(pair);
  const owners = requestOwners(pair);
  const blocks = [h2('3. Профессиональные запросы')];
  if (named.length === 0 && owners.every((o) => o.fromWords.length === 0)) {
    blocks.push(
      p(
        `Профессиональные запросы в анкете ${isGroup(pair) ? 'наставляемых' : 'наставляемого'} не указаны. План составлен по категории ` +
          `(${owners.map((o) => `«${o.request}»`).join(', ')}) и уточняется по итогам входной диагностики.`,
      ),
    );
  } else {
    blocks.push(p(`Профессиональные затруднения, названные ${isGroup(pair) ? 'наставляемыми' : 'наставляемым'}:`));
    blocks.push(bulleted(...requestLines(pair)));
  }
  const described = pair.mentees.filter((m: DocMentee) => ownWords(m.description) !== '');
  if (described.length > 0) {
    if (!isGroup(pair)) {
      blocks.push(p('Затруднения в формулировке наставляемого: ', ...wordsLine(described[0])));
    } else {
      blocks.push(p('Затруднения в формулировке наставляемых:'));
      blocks.push(bulleted(...described.map((m): Inline[] => [`${surnameFirst(m.fullName)}: `, ...wordsLine(m)])));
    }
  }
  return blocks;
}

function planTable(pair: DocPair, plan: readonly PlanMonth[]) {
  const group = isGroup(pair);
  const header = ['Месяц', 'Дата', 'Мероприятие', ...(group ? ['Для кого'] : []), 'Ожидаемый результат', 'Способ проверки / форма отчётности'];
  const rows = plan.flatMap((month) =>
    month.rows.map((r, i) => [i === 0 ? month.label : '', formatRussianDate(r.date), r.text, ...(group ? [audience(pair, r.for)] : []), r.result, r.check]),
  );
  return table(header, rows);
}

export function personalProgramme(settings: ProgrammeSettings, pair: DocPair): DocumentModel {
  if (pair.mentees.length === 0) throw new Error(`Пара ${pair.id}: не указан ни один наставляемый — программа не составлена.`);
  if (pair.end < pair.start) {
    throw new Error(`Пара ${pair.id}: дата окончания (${formatRussianDate(pair.end)}) раньше даты начала (${formatRussianDate(pair.start)}) — программа не составлена.`);
  }
  const group = isGroup(pair);
  const templates = pairTemplates(pair);
  const plan = buildPlan(pair);
  const months = monthsBetween(pair.start, pair.end).length;
  const midway = plan.find((m) => m.rows.some((r) => r.text.startsWith('Промежуточный мониторинг')));

  const participants = [
    ['Наставник', pair.mentor.fullName, positionPhrase(pair.mentor) || BLANK, qualificationText(pair.mentor.qualification), experienceText(pair.mentor.experience)],
    ...pair.mentees.map((m) => ['Наставляемый', m.fullName, positionPhrase(m) || BLANK, m.category.trim() || BLANK, experienceText(m.experience)]),
  ];

  const goal = templates.map((t) => t.goal).join('; ');
  const tasks = templates.flatMap((t) => t.tasks);
  const who = group ? 'каждый наставляемый' : 'наставляемый';

  // Typeset as every document is: «№» kept to its number in the school's name and in the mentees' own words.
  return typesetModel({
    fileName: `Персонализированная программа наставничества — ${pair.id} — ${surnameFirst(pair.mentor.fullName)} — ${yearDigits(settings)}`,
    blocks: [
      signedApproval(settings, Number(pair.start.slice(0, 4))),
      h1('Персонализированная программа наставничества'),
      pAligned('center', `${group ? 'Наставническая группа' : 'Наставническая пара'} ${pair.id}, ${school(settings)}`),

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

      ...requestsSection(pair),

      h2('4. Цель и задачи программы'),
      p(bold('Цель: '), `${goal}.`),
      p(bold('Задачи:')),
      numbered(...tasks.map((t, i) => `${t}${i === tasks.length - 1 ? '.' : ';'}`)),

      h2('5. План мероприятий'),
      p(calendarNote(schoolYear(schoolYearOf(pair.start)))),
      planTable(pair, plan),

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
          `(${midway ? `${midway.label.toLowerCase()} г.: ` : ''}беседа с участниками, анализ записей журнала) и итоговое анкетирование участников; по завершении программы ` +
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
  });
}
