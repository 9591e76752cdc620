/**
 * The mentor's papers: «Согласие на выполнение работы по наставничеству» and a draft «Дополнительное соглашение к
 * трудовому договору». From 01.03.2025 they rest on ТК РФ ст. 351.8; before, on ст. 60.2 and 151 (extra work with
 * the worker's written consent, paid extra). Pay is the one definition of «Настройки»; names in their cases.
 */
import { formatLongRussianDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import {asDocumentSettings, type DocMentor, type DocPair, type DocumentSettings } from './inputs';
import { labourCodeApplies, mentorLabourBasis } from './legalBasis';
import { bulleted, type DocumentModel, h1, numbered, p, pAligned } from './model';
import { formText, personWithPosition, regulationReference, sentence } from './pairsOrder';
import { 
  agree,
  DATE_BLANK,
  fullNameIn,
  genitiveWord,
  initialsFirst,
  menteesGenitive,
  NBSP,
  payPhrase,
  personIn,
  positionIn,
  school,
  sourceInstrumental,
  surnameFirst,
  termText,
  typeset,
  typesetModel,
  yearDigits,
} from './phrases';
import { MIN_MEETINGS_PER_MONTH } from './plans/monthlyPlan';

/**
 * What a mentor does, as the Положение о программе наставничества puts it, in the number of the mentor's mentees and
 * programmes (one programme per pair or group): «совместно с наставляемыми разрабатывать персонализированные программы …».
 */
export function mentorDuties(menteeCount: number, pairCount: number): string[] {
  const many = menteeCount > 1;
  const programmes = pairCount > 1;
  const mentee = { instrumental: many ? 'наставляемыми' : 'наставляемым', genitive: many ? 'наставляемых' : 'наставляемого', dative: many ? 'им' : 'ему' };
  return [
    `совместно с ${mentee.instrumental} разрабатывать ${programmes ? 'персонализированные программы' : 'персонализированную программу'} наставничества и ` +
      `реализовывать ${programmes ? 'их' : 'её'} в установленный срок`,
    `выявлять профессиональные затруднения ${mentee.genitive} и оказывать ${mentee.dative} методическую и практическую помощь в их преодолении`,
    `посещать уроки (занятия) ${mentee.genitive} и проводить их анализ, проводить открытые уроки (занятия) для ${mentee.genitive}`,
    `содействовать адаптации ${mentee.genitive} в коллективе, передавать ${mentee.dative} профессиональный опыт`,
    'вести журнал наставника, участвовать в мониторинге реализации программы наставничества',
    `представлять куратору программы наставничества отчёт о реализации ${programmes ? 'персонализированных программ' : 'персонализированной программы'}`,
  ];
}

/** The duties of a mentor of one mentee. */
export const MENTOR_DUTIES: readonly string[] = mentorDuties(1, 1);

/** The mentor's pairs; a Russian error when there are none. */
function mentorPairs(mentor: DocMentor, pairs: readonly DocPair[]): DocPair[] {
  const own = pairs.filter((pair) => pair.mentor.id === mentor.id);
  if (own.length === 0) throw new Error(`У наставника ${mentor.fullName} нет наставнических пар (групп): документ не составлен.`);
  for (const pair of own) if (pair.mentees.length === 0) throw new Error(`Пара ${pair.id}: не указан ни один наставляемый.`);
  return own;
}

const menteeCount = (pairs: readonly DocPair[]): number => pairs.reduce((n, pair) => n + pair.mentees.length, 0);

interface Terms {
  /** The form when all pairs share it, else null (then each mentee's line carries the pair's). */
  readonly form: string | null;
  /** The term likewise. */
  readonly term: string | null;
  readonly start: string;
}

function terms(pairs: readonly DocPair[]): Terms {
  const starts = pairs.map((x) => x.start).sort();
  const ends = pairs.map((x) => x.end).sort();
  const forms = new Set(pairs.map(formText));
  const sameTerm = starts[0] === starts[starts.length - 1] && ends[0] === ends[ends.length - 1];
  return {
    form: forms.size === 1 ? formText(pairs[0]) : null,
    term: sameTerm ? termText(starts[0], ends[0]) : null,
    start: starts[0],
  };
}

/** «Петрова Мария Ивановна, учитель русского языка», one line per mentee; with the pair's form or term where pairs differ. */
function menteeLines(pairs: readonly DocPair[], t: Terms): string[] {
  return pairs.flatMap((pair) => {
    const own = [
      ...(t.form === null ? [`форма наставничества: ${formText(pair)}`] : []),
      ...(t.term === null ? [`срок: ${termText(pair.start, pair.end)}`] : []),
    ];
    return pair.mentees.map((m) => (own.length === 0 ? personWithPosition(m) : `${personWithPosition(m)} — ${own.join('; ')}`));
  });
}

/**
 * The volume of the work, which ТК РФ ст. 60.2 ч. 2 wants set with the worker's written consent beside its term and
 * content («Срок, в течение которого работник будет выполнять дополнительную работу, её содержание и объём
 * устанавливаются работодателем с письменного согласия работника» — ч. 2, quoted at base.garant.ru/57293622 and
 * b-uchet.ru/article/471105.php), and on which ст. 151 ч. 2 sets the pay («с учётом содержания и (или) объёма
 * дополнительной работы», dgs35.ru/raznoe-2/151-tk-151.html). Measured as schools measure it: how many mentees, in
 * which form, and the meetings the programme and the monthly plans hold to — at least MIN_MEETINGS_PER_MONTH a month
 * with each pair or group («не реже двух раз в месяц по согласованному графику», as the programme's «Условия и
 * ресурсы» say). «наставничество в отношении трёх наставляемых в составе одной наставнической группы; встречи
 * (консультации) с наставнической группой не реже двух раз в месяц по согласованному графику».
 */
export function workVolume(pairs: readonly DocPair[]): string {
  const singles = pairs.filter((pair) => pair.mentees.length === 1).length;
  const groups = pairs.filter((pair) => pair.mentees.length > 1);
  const inGroups = menteeCount(groups);
  const groupsText = `в составе ${groups.length === 1 ? 'одной наставнической группы' : `${genitiveWord(groups.length)} наставнических групп`}`;
  const who =
    groups.length === 0
      ? `${menteesGenitive(singles)} в индивидуальной форме`
      : singles === 0
        ? `${menteesGenitive(inGroups)} ${groupsText}`
        : `${menteesGenitive(singles + inGroups)}: ${genitiveWord(singles)} — в индивидуальной форме, ${genitiveWord(inGroups)} — ${groupsText}`;
  const withWhom = [
    ...(singles === 0 ? [] : [singles === 1 ? 'с наставляемым' : 'с каждым наставляемым']),
    ...(groups.length === 0 ? [] : [groups.length === 1 ? 'с наставнической группой' : 'с каждой наставнической группой']),
  ].join(' и ');
  const perMonth: number = MIN_MEETINGS_PER_MONTH;
  const times = perMonth === 1 ? 'одного раза' : `${genitiveWord(perMonth)} раз`;
  return `наставничество в отношении ${who}; встречи (консультации) ${withWhom} не реже ${times} в месяц по согласованному графику`;
}

const punctuate = (items: readonly string[]) => items.map((d, i) => `${d}${i === items.length - 1 ? '.' : ';'}`);

/** «доплата в размере 3 000 рублей в месяц в соответствии с Положением об оплате труда работников МБОУ СОШ № 13». */
function payClause(settings: DocumentSettings): string {
  const source = settings.pay?.source ?? `Положение об оплате труда работников ${settings.schoolShortName}`;
  return `${payPhrase(settings.pay)} в соответствии с ${sourceInstrumental(source)}`;
}

/**
 * What the law gives for ending the assignment early, as of the date. From 01.03.2025, ТК РФ ст. 351.8: the worker may
 * give up mentoring early, the employer may cancel it «предупредив об этом работника не менее чем за три рабочих дня»
 * (the notice is the employer's alone: the text of 381-ФЗ at npalib.ru/2024/11/09/zakon-381-fz-id525728, quoted at
 * vsednr.ru/mozhno-li-otkazatsya-ot-nastavnichestv). Before, ст. 60.2 ч. 4: either side, «предупредив об этом другую
 * сторону в письменной форме не позднее чем за три рабочих дня» (klerk.ru/buh/news/668295, b-uchet.ru/article/471105.php).
 * In the agreement «Работник» and «Работодатель» are its defined parties, capitalised as in its preamble.
 */
function endingClause(date: string, who: 'consent' | 'agreement'): string {
  if (labourCodeApplies(date)) {
    return who === 'consent'
      ? 'Мне разъяснено, что я вправе досрочно отказаться от выполнения работы по наставничеству, а работодатель вправе ' +
          'досрочно отменить поручение о её выполнении, предупредив меня об этом не менее чем за три рабочих дня ' +
          '(статья 351.8 Трудового кодекса Российской Федерации).'
      : 'Работник вправе досрочно отказаться от выполнения работы по наставничеству, а Работодатель вправе досрочно ' +
          'отменить поручение о её выполнении, предупредив об этом Работника не менее чем за три рабочих дня ' +
          '(статья 351.8 Трудового кодекса Российской Федерации).';
  }
  return who === 'consent'
    ? 'Мне разъяснено, что я вправе досрочно отказаться от выполнения этой работы, а работодатель вправе досрочно ' +
        'отменить поручение о её выполнении, предупредив другую сторону в письменной форме не позднее чем за три ' +
        'рабочих дня (статья 60.2 Трудового кодекса Российской Федерации).'
    : 'Работник вправе досрочно отказаться от выполнения работы по наставничеству, а Работодатель — досрочно отменить ' +
        'поручение о её выполнении, предупредив другую сторону в письменной форме не позднее чем за три рабочих дня ' +
        '(статья 60.2 Трудового кодекса Российской Федерации).';
}

/**
 * «г. Энск» (DOCUMENT_TEXT_KEYS.place of «Настройки») on the left, the date on the right; a blank line for the place
 * only when «Настройки» has none. «г.», «с.», «п.» keep to the name with a non-breaking space, as initials do.
 */
function placeAndDate(settings: DocumentSettings, year: number): string {
  const place = typeset(settings.place).replace(/(?<=(?:^|\s)(?:г|с|п|д|ст|х|пос|рп)\.)\s+/g, NBSP);
  return `${place === '' ? '__________' : place}\t${DATE_BLANK(year)}`;
}

export function mentorConsent(input: ProgrammeSettings, mentor: DocMentor, pairs: readonly DocPair[]): DocumentModel {
  const settings = asDocumentSettings(input);
  const own = mentorPairs(mentor, pairs);
  const t = terms(own);
  const basis = mentorLabourBasis(t.start);
  const withLabourCode = labourCodeApplies(t.start);
  const count = menteeCount(own);
  const position = positionIn(mentor, 'genitive');

  return typesetModel({
    fileName: `Согласие на выполнение работы по наставничеству — ${surnameFirst(mentor.fullName)} — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      {
        kind: 'approval',
        lines: [
          `Директору ${school(settings)}`,
          surnameFirst(settings.directorName, 'dative'),
          `от ${position === '' ? '' : `${position} `}${fullNameIn(mentor.fullName, 'genitive')}`,
        ],
      },
      h1(withLabourCode ? 'Согласие на выполнение работы по наставничеству' : 'Согласие на выполнение дополнительной работы по наставничеству'),
      p(
        `Я, ${personIn(mentor)}, работник ${school(settings)}, в соответствии со ${basis.instrumental} даю согласие на ` +
          (withLabourCode
            ? 'выполнение работы по наставничеству в рамках программы наставничества без освобождения от основной работы, определённой трудовым договором.'
            : 'выполнение в течение установленной продолжительности рабочего дня наряду с работой, определённой трудовым ' +
              'договором, дополнительной работы по наставничеству в рамках программы наставничества.'),
      ),
      p(count > 1 ? 'Наставляемые:' : 'Наставляемый:'),
      numbered(...menteeLines(own, t)),
      ...(t.form === null ? [] : [p(`Форма наставничества: ${t.form}.`)]),
      ...(t.term === null ? [] : [p(sentence(`Срок наставничества: ${t.term}`))]),
      p('Содержание работы по наставничеству (обязанности наставника):'),
      bulleted(...punctuate(mentorDuties(menteeCount(own), own.length))),
      p(sentence(`Объём работы по наставничеству: ${workVolume(own)}`)),
      p(sentence(`За выполнение работы по наставничеству мне устанавливается ${payClause(settings)}`)),
      p(
        `С ${regulationReference(settings)}, с содержанием, объёмом, сроком и формой работы по наставничеству и с условиями её оплаты ознакомлен` +
          `${agree(mentor.fullName, '', 'а')}. Содержание, объём, срок и форма работы по наставничеству и её оплата устанавливаются ` +
          'дополнительным соглашением к трудовому договору.',
      ),
      p(endingClause(t.start, 'consent')),
      pAligned('left', DATE_BLANK(Number(t.start.slice(0, 4)))),
      { kind: 'signatures', lines: [{ role: 'Подпись', name: initialsFirst(mentor.fullName) }] },
    ],
  });
}

export function supplementaryAgreement(input: ProgrammeSettings, mentor: DocMentor, pairs: readonly DocPair[]): DocumentModel {
  const settings = asDocumentSettings(input);
  const own = mentorPairs(mentor, pairs);
  const t = terms(own);
  const year = Number(t.start.slice(0, 4));
  const basis = mentorLabourBasis(t.start);
  const mentees = menteeLines(own, t);
  const director = settings.directorName;

  const point = (n: number, text: string) => p(`${n}. ${text}`);
  // The mentees as sub-points «2.1.», «2.2.» (a nested «1.», «2.» would read as the agreement's own points); one inline.
  const menteePoints = (at: number) =>
    mentees.length > 1
      ? [point(at, 'Наставничество осуществляется в отношении следующих работников:'), ...mentees.map((m, i) => p(`${at}.${i + 1}. ${m}${i === mentees.length - 1 ? '.' : ';'}`))]
      : [point(at, sentence(`Наставничество осуществляется в отношении работника: ${mentees[0]}`))];
  let n = 0;
  const next = () => {
    n += 1;
    return n;
  };

  return typesetModel({
    fileName: `Дополнительное соглашение к трудовому договору (наставничество) — ${surnameFirst(mentor.fullName)} — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      h1('Дополнительное соглашение № _____'),
      pAligned('center', 'к трудовому договору от _____ № _____'),
      pAligned('left', placeAndDate(settings, year)),
      p(
        `${typeset(settings.schoolFullName)} (далее — Работодатель) в лице директора ${fullNameIn(director, 'genitive')}, ` +
          `${agree(director, 'действующего', 'действующей')} на основании Устава, с одной стороны, и ${personIn(mentor)} ` +
          `(далее — Работник), с другой стороны, заключили настоящее дополнительное соглашение к трудовому договору о нижеследующем.`,
      ),
      point(
        next(),
        `В соответствии со ${basis.instrumental} и с письменного согласия Работника Работодатель поручает, а Работник ` +
          'принимает на себя выполнение работы по наставничеству без освобождения от основной работы, определённой трудовым договором.',
      ),
      ...menteePoints(next()),
      point(next(), t.form === null ? 'Форма наставничества указана для каждого наставляемого в пункте 2.' : `Форма наставничества: ${t.form}.`),
      point(next(), t.term === null ? 'Срок наставничества указан для каждого наставляемого в пункте 2.' : sentence(`Срок наставничества: ${t.term}`)),
      point(next(), `Содержание работы по наставничеству: Работник в соответствии с ${regulationReference(settings)} обязуется:`),
      bulleted(...punctuate(mentorDuties(menteeCount(own), own.length))),
      point(next(), sentence(`Объём работы по наставничеству: ${workVolume(own)}`)),
      point(next(), sentence(`За выполнение работы по наставничеству Работнику на срок наставничества устанавливается ${payClause(settings)}`)),
      point(next(), endingClause(t.start, 'agreement')),
      point(next(), 'Остальные условия трудового договора, не затронутые настоящим дополнительным соглашением, остаются неизменными и обязательны для исполнения сторонами.'),
      point(
        next(),
        `Настоящее дополнительное соглашение вступает в силу с ${formatLongRussianDate(t.start)}, является неотъемлемой частью ` +
          'трудового договора, составлено в двух экземплярах, имеющих одинаковую юридическую силу, по одному для каждой стороны.',
      ),
      pAligned('left', { text: 'Подписи сторон:', bold: true }),
      {
        kind: 'signatures',
        lines: [
          { role: `Работодатель: директор ${school(settings)}`, name: initialsFirst(director) },
          { role: 'Работник', name: initialsFirst(mentor.fullName) },
        ],
      },
      p(`Экземпляр дополнительного соглашения получил${agree(mentor.fullName, '', 'а')}: ${DATE_BLANK(year)}`),
      { kind: 'signatures', lines: [{ role: 'Работник', name: initialsFirst(mentor.fullName) }] },
    ],
  });
}
