/**
 * The mentor's papers under ТК РФ ст. 351.8 (from 1 March 2025 mentoring needs the worker's written consent, and its
 * content, term, form and pay go into the contract): «Согласие на выполнение функций наставника» and a draft
 * «Дополнительное соглашение к трудовому договору». Names stand in the nominative only.
 */
import { formatLongRussianDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import type { DocMentor, DocPair } from './inputs';
import { bulleted, type DocumentModel, h1, numbered, p, pAligned } from './model';
import { initialsFirst, surnameFirst } from './names';
import { formText, personWithPosition, positionText, regulationReference, sentence, termText } from './pairsOrder';
import { yearSpan } from './roadmapDocument';

/** What a mentor does, as the Положение о программе наставничества puts it. */
export const MENTOR_DUTIES = [
  'совместно с наставляемым разрабатывать персонализированную программу наставничества и реализовывать её в установленный срок',
  'выявлять профессиональные затруднения наставляемого и оказывать ему методическую и практическую помощь в их преодолении',
  'посещать уроки (занятия) наставляемого и проводить их анализ, проводить открытые уроки (занятия) для наставляемого',
  'содействовать адаптации наставляемого в коллективе, передавать ему профессиональный опыт',
  'вести журнал наставника, участвовать в мониторинге реализации программы наставничества',
  'представлять куратору программы наставничества отчёт о реализации персонализированной программы',
] as const;

const LABOUR_CODE = 'статьёй 351.8 Трудового кодекса Российской Федерации';

/** The mentor's pairs; a Russian error when there are none. */
function mentorPairs(mentor: DocMentor, pairs: readonly DocPair[]): DocPair[] {
  const own = pairs.filter((pair) => pair.mentor.id === mentor.id);
  if (own.length === 0) throw new Error(`У наставника ${mentor.fullName} нет наставнических пар (групп): документ не составлен.`);
  for (const pair of own) if (pair.mentees.length === 0) throw new Error(`Пара ${pair.id}: не указан ни один наставляемый.`);
  return own;
}

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

/** «Петрова Мария Ивановна, учитель (русский язык)», one line per mentee; with the pair's form or term where pairs differ. */
function menteeLines(pairs: readonly DocPair[], t: Terms): string[] {
  return pairs.flatMap((pair) => {
    const own = [
      ...(t.form === null ? [`форма наставничества: ${formText(pair)}`] : []),
      ...(t.term === null ? [`срок: ${termText(pair.start, pair.end)}`] : []),
    ];
    return pair.mentees.map((m) => (own.length === 0 ? personWithPosition(m) : `${personWithPosition(m)} — ${own.join('; ')}`));
  });
}

const dateLine = (year: number) => `«_____» __________ ${year} г.`;

export function mentorConsent(settings: ProgrammeSettings, mentor: DocMentor, pairs: readonly DocPair[]): DocumentModel {
  const own = mentorPairs(mentor, pairs);
  const t = terms(own);
  const position = positionText(mentor);
  const count = own.reduce((n, pair) => n + pair.mentees.length, 0);
  const self = position === '' ? mentor.fullName : `${mentor.fullName}, ${position}`;

  return {
    fileName: `Согласие на выполнение функций наставника — ${surnameFirst(mentor.fullName)} — ${settings.schoolShortName} — ${yearSpan(settings)}`,
    blocks: [
      { kind: 'approval', lines: [`Директору ${settings.schoolShortName}`] },
      h1('Согласие на выполнение функций наставника'),
      p(
        `Я, ${self}, работник ${settings.schoolShortName}, в соответствии со ${LABOUR_CODE} даю согласие на выполнение ` +
          `функций наставника в рамках программы наставничества ${settings.schoolShortName} без освобождения от основной ` +
          'работы, определённой трудовым договором.',
      ),
      p(count > 1 ? 'Наставляемые:' : 'Наставляемый:'),
      numbered(...menteeLines(own, t)),
      ...(t.form === null ? [] : [p(`Форма наставничества: ${t.form}.`)]),
      ...(t.term === null ? [] : [p(sentence(`Срок наставничества: ${t.term}`))]),
      p('Содержание наставничества (обязанности наставника):'),
      bulleted(...MENTOR_DUTIES.map((d, i) => `${d}${i === MENTOR_DUTIES.length - 1 ? '.' : ';'}`)),
      p(
        `С ${regulationReference(settings)}, с содержанием, сроком и формой наставничества, а также с условиями оплаты ` +
          'за выполнение функций наставника ознакомлен(а).',
      ),
      p(
        'Мне известно, что содержание, срок, форма наставничества и оплата за выполнение функций наставника ' +
          `устанавливаются трудовым договором или дополнительным соглашением к нему (в соответствии со ${LABOUR_CODE}).`,
      ),
      pAligned('left', dateLine(Number(t.start.slice(0, 4)))),
      { kind: 'signatures', lines: [{ role: 'Подпись', name: initialsFirst(mentor.fullName) }] },
    ],
  };
}

export function supplementaryAgreement(settings: ProgrammeSettings, mentor: DocMentor, pairs: readonly DocPair[]): DocumentModel {
  const own = mentorPairs(mentor, pairs);
  const t = terms(own);
  const position = positionText(mentor);
  const year = Number(t.start.slice(0, 4));
  const worker = position === '' ? mentor.fullName : `${mentor.fullName}, ${position}`;
  const mentees = menteeLines(own, t);

  const point = (n: number, text: string) => p(`${n}. ${text}`);
  let n = 0;
  const next = () => {
    n += 1;
    return n;
  };

  return {
    fileName: `Дополнительное соглашение к трудовому договору (наставничество) — ${surnameFirst(mentor.fullName)} — ${settings.schoolShortName} — ${yearSpan(settings)}`,
    blocks: [
      h1('Дополнительное соглашение № _____'),
      pAligned('center', 'к трудовому договору от _____ № _____'),
      pAligned('left', dateLine(year)),
      p(
        `${settings.schoolFullName} (далее — работодатель) в лице директора — ${settings.directorName}, действующего на основании устава, ` +
          `с одной стороны, и ${worker} (далее — работник), с другой стороны, заключили настоящее дополнительное соглашение ` +
          'к трудовому договору о нижеследующем.',
      ),
      point(
        next(),
        `В соответствии со ${LABOUR_CODE} и с письменного согласия работника работодатель поручает, а работник принимает ` +
          'на себя выполнение функций наставника без освобождения от основной работы, определённой трудовым договором.',
      ),
      point(next(), mentees.length > 1 ? 'Наставничество осуществляется в отношении следующих работников:' : 'Наставничество осуществляется в отношении работника:'),
      numbered(...mentees),
      point(next(), t.form === null ? 'Форма наставничества указана для каждого наставляемого в пункте 2.' : `Форма наставничества: ${t.form}.`),
      point(next(), t.term === null ? 'Срок наставничества указан для каждого наставляемого в пункте 2.' : sentence(`Срок наставничества: ${t.term}`)),
      point(next(), `Содержание наставничества: работник в соответствии с ${regulationReference(settings)} обязуется:`),
      bulleted(...MENTOR_DUTIES.map((d, i) => `${d}${i === MENTOR_DUTIES.length - 1 ? '.' : ';'}`)),
      point(next(), 'За выполнение функций наставника работнику устанавливается (нужное отметить):'),
      bulleted(
        `□ доплата в размере _____ рублей в месяц на срок наставничества;`,
        `□ доплата в соответствии с положением об оплате труда работников ${settings.schoolShortName}.`,
      ),
      point(next(), 'Изменение и прекращение поручения выполнять функции наставника оформляются письменным соглашением сторон.'),
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
          { role: `Работодатель: директор ${settings.schoolShortName}`, name: initialsFirst(settings.directorName) },
          { role: 'Работник', name: initialsFirst(mentor.fullName) },
        ],
      },
      p(`Экземпляр дополнительного соглашения получил(а): ${dateLine(year)}`),
      { kind: 'signatures', lines: [{ role: 'Работник', name: initialsFirst(mentor.fullName) }] },
    ],
  };
}
