/**
 * «Персонализированная программа наставничества» of one pair or group: participants, form and term, the mentees'
 * requests in their own words, goal and tasks, the dated plan by month (plans/monthlyPlan.ts), expected results, signatures.
 */
import { daysInMonth, formatRussianDate, type IsoDate, isoDate, MONTHS_NOMINATIVE } from '../dates';
import type { ProgrammeSettings } from '../programme';
import type { DocMentee, DocPair } from './inputs';
import { bold, bulleted, type DocumentModel, h1, h2, type Inline, numbered, p, pAligned, table } from './model';
import {
  distinctName,
  fullNameIn,
  initialsFirst,
  isGroup,
  pairFormat,
  plural,
  positionPhrase,
  school,
  signedApproval,
  surnameFirst,
  termText,
  typesetModel,
  yearDigits,
} from './phrases';
import { buildPlan } from './plans/monthlyPlan';
import { ownWords, requestsInWords } from './plans/ownWords';
import { pairRequests, pairTemplates, requestOwners } from './plans/requests';
import type { PlanMonth } from './plans/types';
import { calendarNote, schoolYear, schoolYearOf } from './schoolYear';

/** What a programme prints for a fact the bank does not hold: never a blank to fill in a signed programme. */
const UNKNOWN = 'не указан';
const UNKNOWN_F = 'не указана';

/** «15 лет», «1 год», «0,5 года»; «не указан» when unknown. */
export function experienceText(years: number | null): string {
  if (years === null || !Number.isFinite(years) || years < 0) return UNKNOWN;
  if (!Number.isInteger(years)) return `${String(years).replace('.', ',')} года`;
  return `${years} ${plural(years, 'год', 'года', 'лет')}`;
}

/** «высшая» → «высшая квалификационная категория»; the other values of QUALIFICATIONS read as they are. */
export function qualificationText(qualification: string): string {
  const q = qualification.trim();
  if (q === '') return UNKNOWN_F;
  return /^(первая|высшая)$/i.test(q) ? `${q} квалификационная категория` : q;
}

/**
 * The term in whole months and days, both ends included: «8 месяцев» for 01.10–31.05, «7 месяцев 12 дней» for
 * 20.10–31.05, «12 дней» for less than a month.
 */
export function durationText(start: IsoDate, end: IsoDate): string {
  const [sy, sm, sd] = start.split('-').map(Number);
  const after = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000);
  const [ey, em] = [after.getUTCFullYear(), after.getUTCMonth() + 1];
  let months = (ey - sy) * 12 + (em - sm);
  // The day `months` months after the start (the month's last day when it is shorter), not later than the day after the end.
  const shifted = (n: number) => {
    const y = sy + Math.floor((sm - 1 + n) / 12);
    const m = ((sm - 1 + n) % 12) + 1;
    return isoDate(y, m, Math.min(sd, daysInMonth(y, m)));
  };
  const afterIso = after.toISOString().slice(0, 10);
  while (months > 0 && shifted(months) > afterIso) months -= 1;
  const days = Math.round((after.getTime() - Date.parse(`${shifted(months)}T00:00:00Z`)) / 86_400_000);
  const parts = [
    ...(months > 0 ? [`${months} ${plural(months, 'месяц', 'месяца', 'месяцев')}`] : []),
    ...(days > 0 ? [`${days} ${plural(days, 'день', 'дня', 'дней')}`] : []),
  ];
  return parts.join(' ');
}

/** Who is named in the programme: a short name, or the full one where two people share it. */
function namer(settings: ProgrammeSettings, pair: DocPair) {
  const everyone = [pair.mentor.fullName, ...pair.mentees.map((m) => m.fullName), settings.coordinatorName];
  const collides = (fullName: string) => distinctName(fullName, everyone) !== surnameFirst(fullName);
  return {
    /** «Соколова Е. А.», or «Соколова Екатерина Андреевна» beside the curator Соколова Елена Андреевна. */
    list: (fullName: string) => distinctName(fullName, everyone),
    /** Under a signature: «Е. А. Соколова», or the full name when it collides. */
    signature: (fullName: string) => (collides(fullName) ? fullNameIn(fullName) : initialsFirst(fullName)),
  };
}
type Namer = ReturnType<typeof namer>;

/** Those an item is for, by name; «все наставляемые» only when the item is for each of the group. */
function audience(pair: DocPair, ids: readonly string[], names: Namer): string {
  if (ids.length === pair.mentees.length) return 'все наставляемые';
  return pair.mentees
    .filter((m) => ids.includes(m.id))
    .map((m) => names.list(m.fullName))
    .join(', ');
}

/** The requests; in a group each with the mentees it is for, so no request stands without its owners. */
function requestLines(pair: DocPair, names: Namer): string[] {
  return requestOwners(pair).map(({ request, owners }) =>
    isGroup(pair) ? `${request} (${owners.length === pair.mentees.length ? 'все наставляемые' : owners.map((m) => names.list(m.fullName)).join(', ')})` : request,
  );
}

/** The mentee's words and what the programme does with them, as a sentence. */
function wordsLine(m: DocMentee, plan: readonly PlanMonth[]): Inline[] {
  const words = ownWords(m.description);
  const found = requestsInWords(m.description);
  const quote = { text: `«${words}»`, italic: true };
  if (found.length === 0) return [quote, '. Содержание затруднения уточняется с наставником в первый месяц программы, план дополняется по итогам беседы.'];
  const month = plan.find((pm) => pm.rows.some((r) => r.for.includes(m.id) && r.text.startsWith(`Разбор затруднения «${words}»`)));
  const when = month ? `запланирован на ${MONTHS_NOMINATIVE[month.month - 1]} ${month.year} г.` : 'предусмотрен планом мероприятий.';
  return [quote, `. Затруднение относится к запросу «${found[0]}»; его разбор на примерах из практики ${when}`];
}

function requestsSection(pair: DocPair, plan: readonly PlanMonth[], names: Namer) {
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
    blocks.push(bulleted(...requestLines(pair, names)));
  }
  const described = pair.mentees.filter((m: DocMentee) => ownWords(m.description) !== '');
  if (described.length > 0) {
    if (!isGroup(pair)) {
      blocks.push(p('Затруднения в формулировке наставляемого: ', ...wordsLine(described[0], plan)));
    } else {
      blocks.push(p('Затруднения в формулировке наставляемых:'));
      blocks.push(bulleted(...described.map((m): Inline[] => [`${names.list(m.fullName)}: `, ...wordsLine(m, plan)])));
    }
  }
  return blocks;
}

function planTable(pair: DocPair, plan: readonly PlanMonth[], names: Namer) {
  const group = isGroup(pair);
  const header = ['Месяц', 'Дата', 'Мероприятие', ...(group ? ['Для кого'] : []), 'Ожидаемый результат', 'Способ проверки / форма отчётности'];
  const rows = plan.flatMap((month) =>
    month.rows.map((r, i) => [i === 0 ? month.label : '', formatRussianDate(r.date), r.text, ...(group ? [audience(pair, r.for, names)] : []), r.result, r.check]),
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
  const names = namer(settings, pair);
  const midway = plan.find((m) => m.rows.some((r) => r.text.startsWith('Промежуточный мониторинг')));

  const participants = [
    ['Наставник', pair.mentor.fullName, positionPhrase(pair.mentor) || UNKNOWN_F, qualificationText(pair.mentor.qualification), experienceText(pair.mentor.experience)],
    ...pair.mentees.map((m) => ['Наставляемый', m.fullName, positionPhrase(m) || UNKNOWN_F, m.category.trim() || UNKNOWN_F, experienceText(m.experience)]),
  ];

  const goal = templates.map((t) => t.goal).join('; ');
  const tasks = templates.flatMap((t) => t.tasks);
  // A group's outcomes are its members' own: each request's outcome names those who asked for it (the templates
  // follow requestOwners one to one), so nobody is promised the results of another's request.
  const owners = requestOwners(pair);
  const outcomes = templates.map((t, i) => {
    const ids = (owners[i]?.owners ?? pair.mentees).map((m) => m.id);
    return group && ids.length < pair.mentees.length ? `${t.outcome} (${audience(pair, ids, names)});` : `${t.outcome};`;
  });
  const who = group ? 'каждый наставляемый по своим запросам' : 'наставляемый';

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
      p(bold('Срок реализации: '), `${termText(pair.start, pair.end)} (${durationText(pair.start, pair.end)}).`),

      ...requestsSection(pair, plan, names),

      h2('4. Цель и задачи программы'),
      p(bold('Цель: '), `${goal}.`),
      p(bold('Задачи:')),
      numbered(...tasks.map((t, i) => `${t}${i === tasks.length - 1 ? '.' : ';'}`)),

      h2('5. План мероприятий'),
      p(calendarNote(schoolYear(schoolYearOf(pair.start)))),
      planTable(pair, plan, names),

      h2('6. Ожидаемые результаты'),
      p(`По итогам программы ${who}:`),
      bulleted(
        ...outcomes,
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
          { role: 'Наставник', name: names.signature(pair.mentor.fullName) },
          ...pair.mentees.map((m) => ({ role: 'Наставляемый', name: names.signature(m.fullName) })),
          { role: 'Куратор программы', name: names.signature(settings.coordinatorName) },
        ],
      },
    ],
  });
}
