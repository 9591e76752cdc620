/**
 * The order «О внедрении программы наставничества»: the school's stage-1 act that approves the Положение
 * (приложение 1), the Программа (приложение 2) and the roadmap (приложение 3), appoints the coordinator and sets
 * the first deadlines. Also the titles the acts share, so the appendices are named alike everywhere.
 */
import { formatLongRussianDate, formatRussianDate, type IsoDate, isoDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import { asDocumentSettings } from './inputs';
import { basisPhrase, labourCodeApplies } from './legalBasis';
import { type Block, bold, type DocumentModel, h1, h2, type Inline, p, pAligned } from './model';
import { 
  acknowledgementLines,
  appendixHeader as appendixBlock,
  yearDigits as digits,
  directorSignature,
  executorLine,
  yearLabel as label,
  NBSP,
  personInApposition,
  orderReference as reference,
  school,
  typeset,typesetModel, } from './phrases';
import { schoolYear } from './schoolYear';

/** «Положение о программе наставничества в МБОУ СОШ № 13», as the seed's roadmap names приложение 1. */
export function regulationTitle(settings: ProgrammeSettings): string {
  return `Положение о программе наставничества в ${school(settings)}`;
}

/** «Программа наставничества в МБОУ СОШ № 13 на 2022-2023 учебный год», as the seed's roadmap names приложение 2. */
export function programmeTitle(settings: ProgrammeSettings): string {
  return `Программа наставничества в ${school(settings)} на ${yearLabel(settings)}`;
}

/** «2022-2023 учебный год». */
export function yearLabel(settings: ProgrammeSettings): string {
  return label(settings);
}

/** «2022-2023», as file names carry the school year. */
export function yearDigits(settings: ProgrammeSettings): string {
  return digits(settings);
}

/** «от 01.09.2022 № 384/2-о». */
export function orderReference(settings: ProgrammeSettings): string {
  return reference(settings);
}

/** «Приложение 1 / к приказу МБОУ СОШ № 13 / от 01.09.2022 № 384/2-о», right-aligned above an appendix. */
export function appendixHeader(settings: ProgrammeSettings, appendix: 1 | 2 | 3): Block {
  return appendixBlock(settings, appendix);
}

/** «Дорожная карта (план мероприятий) по внедрению программы наставничества в МБОУ СОШ № 13», приложение 3. */
export function roadmapTitle(settings: ProgrammeSettings): string {
  return `Дорожная карта (план мероприятий) по внедрению программы наставничества в ${school(settings)} на ${yearLabel(settings)}`;
}

/** The programme's term: the school year's first and last day of planned work (schoolYear.ts, the one calendar). */
export function programmeTerm(settings: ProgrammeSettings): { readonly start: IsoDate; readonly end: IsoDate } {
  const year = schoolYear(settings.schoolYearStart);
  return { start: year.start, end: year.end };
}

/** The day `days` after `date`, in the calendar. */
function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * The banks are due by 30 September, as the roadmap plans them (stages 5–6); an order signed later than
 * mid-September leaves two weeks instead. The pairs' order follows two weeks after the banks (stages 7–8).
 */
function deadlines(settings: ProgrammeSettings): { readonly banks: IsoDate; readonly pairs: IsoDate } {
  const september30 = isoDate(settings.schoolYearStart, 9, 30);
  // ISO dates compare as strings: the later of the two.
  const [, banks] = [september30, addDays(settings.orderDate, 14)].sort();
  return { banks, pairs: addDays(banks, 15) };
}

const capitalFirst = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Numbered points as paragraphs: «1. …», «2.1. …» — the numbers are part of the text. */
function point(number: string, ...runs: Inline[]): Block {
  return p(`${number}. `, ...runs);
}

export function implementationOrder(input: ProgrammeSettings): DocumentModel {
  const settings = asDocumentSettings(input);
  const short = school(settings);
  const year = yearLabel(settings);
  const yearIn = `${settings.schoolYearStart}-${settings.schoolYearStart + 1} учебном году`;
  const term = programmeTerm(settings);
  const due = deadlines(settings);
  const withLabourCode = labourCodeApplies(settings.orderDate);
  const orderYear = Number(settings.orderDate.slice(0, 4));
  const coordinator = { fullName: settings.coordinatorName, position: settings.coordinatorPosition, subject: '' };

  const preamble =
    `${capitalFirst(basisPhrase(settings.orderDate, { mentoringOnly: true }))}, в целях профессионального ` +
    `становления, развития и адаптации педагогических работников ${short}, закрепления молодых специалистов и новых ` +
    'сотрудников в профессии, создания условий для обмена профессиональным опытом и распространения лучших ' +
    'педагогических практик, ';

  const bankConsents = withLabourCode
    ? 'с получением письменных согласий участников на обработку персональных данных, а от наставников — также ' +
      'письменных согласий на выполнение работы по наставничеству'
    : 'с получением письменных согласий участников на обработку персональных данных';

  const points: Block[] = [
    point(
      '1',
      `Внедрить программу наставничества педагогических работников в ${short} в ${yearIn} ` +
        `(с ${formatLongRussianDate(term.start)} по ${formatLongRussianDate(term.end)}).`,
    ),
    point('2', 'Утвердить:'),
    point('2.1', `${regulationTitle(settings)} (приложение 1);`),
    point('2.2', `Программу наставничества в ${short} на ${year} (приложение 2);`),
    point('2.3', `дорожную карту (план мероприятий) по внедрению программы наставничества в ${short} на ${year} (приложение 3).`),
    point('3', `Назначить ${personInApposition(coordinator, 'accusative')} куратором программы наставничества в ${short} на ${year} (далее — куратор).`),
    point('4', 'Куратору:'),
    point('4.1', 'обеспечить выполнение мероприятий дорожной карты в установленные ею сроки;'),
    point(
      '4.2',
      `в срок до ${formatLongRussianDate(due.banks)} сформировать банк наставляемых по результатам сбора ` +
        'профессиональных запросов педагогических работников и банк наставников по результатам анкетирования ' +
        `потенциальных наставников ${bankConsents};`,
    ),
    point(
      '4.3',
      `в срок до ${formatLongRussianDate(due.pairs)} по результатам анализа банков подготовить проект приказа ` +
        'о закреплении наставнических пар (групп) и проекты дополнительных соглашений к трудовым договорам с наставниками;',
    ),
    point(
      '4.4',
      'обеспечить разработку и реализацию персонализированных программ наставничества для каждой наставнической ' +
        'пары (группы), организационно-методическое сопровождение наставников и наставляемых;',
    ),
    point(
      '4.5',
      'провести мониторинг реализации программы наставничества в два этапа (оценка качества реализации программы; ' +
        'оценка профессионального роста участников) и представить отчёт о реализации программы наставничества ' +
        // The long date ends with «г.»: it ends the sentence too.
        `не позднее ${formatLongRussianDate(term.end)}`,
    ),
    point(
      '5',
      `Куратору в течение десяти рабочих дней со дня издания настоящего приказа обеспечить размещение настоящего ` +
        `приказа, Положения о программе наставничества в ${short}, Программы наставничества в ${short} на ${year} ` +
        `и дорожной карты на официальном сайте ${short} в информационно-телекоммуникационной сети «Интернет», ` +
        'а в дальнейшем — освещение мероприятий программы на всех этапах её реализации. Персональные данные ' +
        'участников размещать на сайте только при наличии их согласия на распространение персональных данных.',
    ),
    point('6', 'Контроль за исполнением настоящего приказа оставляю за собой.'),
  ];

  return typesetModel({
    fileName: `Приказ о внедрении программы наставничества — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      pAligned('center', bold(typeset(settings.schoolFullName))),
      h1('ПРИКАЗ'),
      pAligned('center', `${formatRussianDate(settings.orderDate)}\t\t№${NBSP}${settings.orderNumber}`),
      ...(settings.place === '' ? [] : [pAligned('center', typeset(settings.place))]),
      h2('О внедрении программы наставничества', 'center'),
      p(preamble, bold('ПРИКАЗЫВАЮ:')),
      ...points,
      pAligned('left', `Приложение 1 — ${regulationTitle(settings)}.`),
      pAligned('left', `Приложение 2 — ${programmeTitle(settings)}.`),
      pAligned('left', `Приложение 3 — ${roadmapTitle(settings)}.`),
      directorSignature(settings),
      pAligned('left', 'С приказом ознакомлены:'),
      acknowledgementLines([{ ...coordinator, role: 'куратор программы наставничества' }], orderYear),
      pAligned('left', executorLine(coordinator, settings.executorPhone)),
    ],
  });
}
