/**
 * The order «О закреплении наставнических пар (групп)»: who mentors whom, in what form and until when, the
 * mentors' programmes and pay, the coordinator's support; the pairs' table as its appendix; everyone's acknowledgement.
 * Also the pair documents' shared phrases (form, list lines, the Положение's reference) and the Положение's limit check.
 */
import { formatLongRussianDate, formatRussianDate, type IsoDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import {asDocumentSettings, type DocPair, type DocPerson, type DocumentSettings } from './inputs';
import { labourCodeApplies, mentorLabourBasis } from './legalBasis';
import { type DocumentModel, h1, h2, numbered, p, pAligned, pageBreak, table } from './model';
import { 
  acknowledgementLines,
  directorSignature,
  executorLine,
  isGroup,
  NBSP,
  pairFormat,
  payPhrase,
  positionIn,
  positionPhrase,
  positionThenName,
  school,
  sourceInstrumental,
  surnameFirst,
  termText,
  typeset,
  typesetModel,
  yearDigits,
} from './phrases';

/** «учитель математики»; '' when the position is unknown. */
export function positionText(person: DocPerson): string {
  return positionPhrase(person);
}

/** «Иванова Анна Петровна, учитель математики»: a list item, the name in the nominative. */
export function personWithPosition(person: DocPerson): string {
  const position = positionText(person);
  return position === '' ? person.fullName : `${person.fullName}, ${position}`;
}

/** «педагог – педагог, индивидуальная»; the format alone when the form is not given. */
export function formText(pair: DocPair): string {
  const form = pair.form.trim();
  return form === '' ? pairFormat(pair) : `${form}, ${pairFormat(pair)}`;
}

/** The text as a sentence: a full stop added unless it already ends with one («… 2023 г.»). */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** The day `days` after `date`, in the calendar (no time zones involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Mentors and mentees of the pairs, each once, mentors first, in the pairs' order. */
export function peopleOf(pairs: readonly DocPair[]): DocPerson[] {
  const seen = new Set<string>();
  const people: DocPerson[] = [];
  const add = (person: DocPerson) => {
    const key = person.id || person.fullName;
    if (seen.has(key)) return;
    seen.add(key);
    people.push(person);
  };
  for (const pair of pairs) add(pair.mentor);
  for (const pair of pairs) for (const mentee of pair.mentees) add(mentee);
  return people;
}

/** «Положением о программе наставничества в МБОУ СОШ № 13 (приложение 1 к приказу от 01.09.2022 № 384/2-о «О внедрении программы наставничества»)». */
export function regulationReference(settings: ProgrammeSettings): string {
  return (
    `Положением о программе наставничества в ${school(settings)} (приложение 1 к приказу от ` +
    `${formatRussianDate(settings.orderDate)} №${NBSP}${settings.orderNumber} «О внедрении программы наставничества»)`
  );
}

/**
 * Mentors over the Положение's limit: a mentor leading a group may have up to `group` mentees, any other up to
 * `individual`. Russian lines naming each; empty when every mentor is within it.
 */
export function limitBreaches(pairs: readonly DocPair[], limits: DocumentSettings['limits']): string[] {
  const byMentor = new Map<string, DocPair[]>();
  for (const pair of pairs) byMentor.set(pair.mentor.id, [...(byMentor.get(pair.mentor.id) ?? []), pair]);
  const breaches: string[] = [];
  for (const own of byMentor.values()) {
    const count = own.reduce((n, pair) => n + pair.mentees.length, 0);
    const leadsGroup = own.some(isGroup);
    const limit = leadsGroup ? limits.group : limits.individual;
    if (count > limit) {
      breaches.push(
        `${surnameFirst(own[0].mentor.fullName)}: наставляемых ${count}, а Положение допускает не более ${limit}` +
          (leadsGroup ? ' в наставнической группе' : ' в индивидуальной форме'),
      );
    }
  }
  return breaches;
}

function checkPairs(pairs: readonly DocPair[]): void {
  if (pairs.length === 0) throw new Error('Нет ни одной наставнической пары (группы): приказ о закреплении не составлен.');
  for (const pair of pairs) {
    if (pair.mentees.length === 0) throw new Error(`Пара ${pair.id}: не указан ни один наставляемый.`);
    if (pair.end < pair.start) throw new Error(`Пара ${pair.id}: дата окончания (${formatRussianDate(pair.end)}) раньше даты начала (${formatRussianDate(pair.start)}).`);
  }
}

export function pairsOrder(input: ProgrammeSettings, pairs: readonly DocPair[], date: IsoDate): DocumentModel {
  const settings = asDocumentSettings(input);
  checkPairs(pairs);
  const breaches = limitBreaches(pairs, settings.limits);
  if (breaches.length > 0) {
    throw new Error(`Приказ о закреплении не составлен: нарушен предел Положения — ${breaches.join('; ')}. Измените пары на листе «Пары и группы» или предел в «Настройках».`);
  }
  const year = Number(date.slice(0, 4));
  const withConsentLaw = labourCodeApplies(date);
  const basis = mentorLabourBasis(date);
  const starts = pairs.map((x) => x.start).sort();
  const ends = pairs.map((x) => x.end).sort();
  const sameTerm = starts[0] === starts[starts.length - 1] && ends[0] === ends[ends.length - 1];
  const lastEnd = ends[ends.length - 1];
  const coordinator = { fullName: settings.coordinatorName, position: settings.coordinatorPosition, subject: '' };
  const everyoneNamed = [...peopleOf(pairs).map((person) => person.fullName), coordinator.fullName];
  // «Куратору программы наставничества, заместителю директора по УВР Соколовой Е. А., обеспечить»: position and name
  // are an apposition set off by commas; a name alone follows the title without them.
  const curator =
    positionIn(coordinator, 'dative') === ''
      ? ` ${positionThenName(coordinator, 'dative', everyoneNamed)}`
      : `, ${positionThenName(coordinator, 'dative', everyoneNamed)},`;
  const paySource = settings.pay?.source ?? `Положение об оплате труда работников ${settings.schoolShortName}`;

  const preamble =
    `В соответствии со ${basis.instrumental}, ${regulationReference(settings)}, ` +
    'дорожной картой (планом мероприятий) по внедрению программы наставничества, в целях профессионального развития ' +
    'и адаптации педагогических работников, на основании письменных согласий наставников и с согласия наставляемых';

  const term = sameTerm
    ? sentence(`Установить срок наставничества ${termText(starts[0], ends[0])}`)
    : `Установить срок наставничества для каждой пары (группы) согласно приложению к настоящему приказу (графа «Срок»), но не позднее ${formatLongRussianDate(lastEnd)}`;

  const points: string[] = [
    'Закрепить наставнические пары (группы) в составе согласно приложению к настоящему приказу.',
    term,
    sentence(`Установить наставникам на срок наставничества ${payPhrase(settings.pay, 'accusative')} в соответствии с ${sourceInstrumental(paySource)}`),
    ...(withConsentLaw
      ? ['Заключить с наставниками дополнительные соглашения к трудовым договорам, определяющие содержание, срок, форму работы по наставничеству и её оплату.']
      : ['Оформить с наставниками дополнительные соглашения к трудовым договорам о выполнении дополнительной работы по наставничеству и её оплате.']),
    'Наставникам в течение двух недель со дня издания настоящего приказа (до ' +
      `${formatLongRussianDate(addDays(date, 14))}) разработать совместно с наставляемыми персонализированные программы ` +
      'наставничества на основе проектов, составленных по профессиональным запросам наставляемых, и представить их на утверждение.',
    `Куратору программы наставничества${curator} обеспечить организационно-методическое сопровождение ` +
      'наставнических пар (групп), мониторинг реализации персонализированных программ наставничества и представить ' +
      `итоговый отчёт о реализации программ не позднее ${formatLongRussianDate(lastEnd)}`,
    'Контроль за исполнением настоящего приказа оставляю за собой.',
  ];

  const concerned = [...peopleOf(pairs), coordinator].filter(
    (person, i, all) => all.findIndex((other) => other.fullName === person.fullName) === i,
  );

  return typesetModel({
    fileName: `Приказ о закреплении наставнических пар (групп) — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      pAligned('center', { text: typeset(settings.schoolFullName), bold: true }),
      h1('ПРИКАЗ'),
      pAligned('center', `${formatRussianDate(date)}\t\t№${NBSP}_____`),
      ...(settings.place === '' ? [] : [pAligned('center', typeset(settings.place))]),
      h2('О закреплении наставнических пар (групп)', 'center'),
      p(`${preamble},`),
      pAligned('left', { text: 'ПРИКАЗЫВАЮ:', bold: true }),
      numbered(...points),
      directorSignature(settings),
      pAligned('left', 'С приказом ознакомлены:'),
      acknowledgementLines(concerned, year),
      pAligned('left', executorLine(coordinator, settings.executorPhone, everyoneNamed)),
      pageBreak,
      { kind: 'approval', lines: ['Приложение', `к приказу ${school(settings)}`, `от ${formatRussianDate(date)} №${NBSP}_____`] },
      h2('Состав наставнических пар (групп)', 'center'),
      table(
        ['№ п/п', 'Наставник (ФИО, должность)', 'Наставляемый(е) (ФИО, должность)', 'Форма наставничества', 'Срок'],
        pairs.map((pair, i) => [
          String(i + 1),
          personWithPosition(pair.mentor),
          pair.mentees.map(personWithPosition).join('\n'),
          formText(pair),
          `${formatRussianDate(pair.start)} – ${formatRussianDate(pair.end)}`,
        ]),
      ),
    ],
  });
}
