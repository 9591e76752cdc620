/**
 * Paper personal-data consents of one bank (mentors or mentees), for the school that keeps them alongside the
 * form's consent: per person the consent to processing (152-ФЗ ст. 9 ч. 4) and, on its own page, the consent to
 * dissemination on the school's website (ст. 10.1; content per приказ Роскомнадзора № 18). Acts cited by date.
 */
import { formatLongRussianDate, type IsoDate, isoDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import { asDocumentSettings, type DocPerson, type DocumentSettings } from './inputs';
import { DISSEMINATION_CONSENT_FROM, RKN_ORDER_18_FROM, RKN_ORDER_18_UNTIL, SEPARATE_CONSENT_FROM } from './legalBasis';
import { type Block, type DocumentModel, h1, h3, numbered, p, pAligned, pageBreak, table } from './model';
import { agree, BLANK, DATE_BLANK, fullNameIn, initialsFirst, NBSP, organisationDative, school, typeset, typesetModel, yearDigits, yearLabel } from './phrases';

export type ConsentRole = 'mentor' | 'mentee';

/** A person of a bank: a mentee carries the category («студент», typed by hand) a mentor does not. */
export type ConsentPerson = DocPerson & { readonly category?: string };

/** A line to write on by hand: three designated blanks («__________»), the only blanks the checker allows. */
const LINE = '__________ __________ __________';
const SHORT = '__________';
/** A date written by hand, year included. */
const ANY_DATE = `«${BLANK}» ${SHORT} ${BLANK} г.`;
const LAW = `Федерального закона от 27.07.2006 №${NBSP}152-ФЗ «О персональных данных»`;

/**
 * A mentee who is a student on practice («педагог – студент»): the bank says so in «Должность» or «Категория».
 * The banks carry no birth date, so a minor (a college student may be 16 or 17) cannot be told apart: every
 * student's consent carries a legal representative's part, filled in when the student is under 18.
 */
export function isStudent(person: ConsentPerson): boolean {
  return /студент|практикант|обучающ/i.test(`${person.position} ${person.category ?? ''}`);
}

/** The last day the consents run: the programme's school year and one year after it for the reports (as the form says). */
function termEnd(settings: ProgrammeSettings): IsoDate {
  return isoDate(settings.schoolYearStart + 2, 8, 31);
}

/** «Муниципальное … (МБОУ СОШ № 13), адрес: …» — the operator as ст. 9 ч. 4 п. 3 asks. */
/** «Муниципальному бюджетному … учреждению «…» (МБОУ СОШ № 13; адрес: …; далее — оператор)»: the operator in the
 *  dative when its legal form can be declined, else «оператору — <name in the nominative>, адрес: …, —» (an apposition). */
function operator(settings: DocumentSettings, withRegistry: boolean): string {
  const address = settings.schoolAddress === '' ? LINE : typeset(settings.schoolAddress);
  const registry = withRegistry ? `, ИНН ${settings.inn === '' ? SHORT : settings.inn}, ОГРН ${settings.ogrn === '' ? SHORT : settings.ogrn}` : '';
  const dative = organisationDative(settings.schoolFullName);
  return dative === null
    ? `оператору — ${typeset(settings.schoolFullName)} (${school(settings)}), адрес: ${address}${registry}, —`
    : `${typeset(dative)} (${school(settings)}; адрес: ${address}${registry}; далее — оператор)`;
}

/** The identity document's requisites, blanks to fill in by hand (ст. 9 ч. 4 п. 1–2). */
const IDENTITY =
  `адрес места жительства: ${LINE}, основной документ, удостоверяющий личность: ${SHORT} серия ${BLANK} №${NBSP}${BLANK}, ` +
  `выдан ${LINE}, дата выдачи ${ANY_DATE}`;

/** What the bank holds of the person (as the questionnaire's consent lists it) and what the programme's documents add. */
function processedData(role: ConsentRole): string {
  const answers =
    role === 'mentor'
      ? 'квалификационная категория, компетенции для помощи коллегам, опыт наставничества, предпочтительные формы и время встреч'
      : 'категория наставляемого, профессиональные запросы и описание затруднений, предпочтительные формы и время встреч';
  return (
    `фамилия, имя, отчество; адрес электронной почты; должность; преподаваемый предмет; педагогический стаж; ${answers}; ` +
    'сведения об участии в программе наставничества (наставническая пара или группа, персонализированная программа, ' +
    'записи о встречах, результаты мониторинга); сведения, указанные в настоящем согласии'
  );
}

function dateAndSignature(year: number, role: string, name: string): Block[] {
  return [pAligned('left', DATE_BLANK(year)), { kind: 'signatures', lines: [{ role, name }] }];
}

/** The legal representative's part of a student's consent: blanks for the representative, the student in the genitive. */
function representativePart(person: ConsentPerson, year: number, consent: 'processing' | 'dissemination'): Block[] {
  const minor = `${agree(person.fullName, 'несовершеннолетнего', 'несовершеннолетней')} ${fullNameIn(person.fullName, 'genitive')}`;
  const their = agree(person.fullName, 'его', 'её');
  const what = consent === 'processing' ? `даю согласие на обработку ${their} персональных данных` : `даю согласие на распространение ${their} персональных данных`;
  return [
    h3('Согласие законного представителя (заполняется, если субъекту персональных данных не исполнилось 18 лет)'),
    p(
      `Я, ${LINE} (фамилия, имя, отчество законного представителя), ${IDENTITY}, документ, подтверждающий полномочия ` +
        `законного представителя: ${LINE}, являясь законным представителем ${minor}, ${what} на условиях, изложенных выше.`,
    ),
    ...dateAndSignature(year, 'Подпись законного представителя', SHORT),
  ];
}

/** The consent to processing: every requisite of 152-ФЗ ст. 9 ч. 4 in the wording of the document's date. */
function processingConsent(settings: DocumentSettings, person: ConsentPerson, role: ConsentRole, date: IsoDate): Block[] {
  const year = Number(date.slice(0, 4));
  const name = person.fullName;
  const end = formatLongRussianDate(termEnd(settings));
  const conditions = [
    `Цель обработки: реализация программы наставничества педагогических работников в ${school(settings)} на ${yearLabel(settings)} — ` +
      'формирование банка наставников и банка наставляемых, подбор наставнических пар (групп), подготовка документов ' +
      'программы наставничества (приказов, персонализированных программ), учёт встреч и мониторинг реализации программы.',
    `Перечень персональных данных: ${processedData(role)}.`,
    'Действия с персональными данными: сбор, запись, систематизация, накопление, хранение, уточнение (обновление, ' +
      'изменение), извлечение, использование, передача (предоставление, доступ) участникам моей наставнической пары ' +
      '(группы), куратору программы наставничества и администрации школы, блокирование, удаление, уничтожение. Способ ' +
      // The person is told where the data is kept: the add-on keeps it in Google's services of the school's account.
      'обработки — смешанный: с использованием средств автоматизации (электронные таблицы, анкеты и документы программы ' +
      'наставничества в сервисах Google — Таблицах, Формах, Документах и на Диске — в учётной записи школы) и без ' +
      'использования таких средств (документы на бумаге).',
    `Срок действия согласия: со дня его подписания по ${end} (учебный год реализации программы и один год после него ` +
      'для отчётности). По истечении срока персональные данные уничтожаются, если иное не предусмотрено федеральным законом.',
    'Согласие может быть отозвано мною в любое время письменным заявлением, поданным оператору лично или направленным ' +
      'по почте на адрес оператора. В случае отзыва согласия оператор прекращает обработку персональных данных и ' +
      `уничтожает их в срок, не превышающий тридцати дней с даты поступления отзыва (часть 5 статьи 21 ${LAW}), если ` +
      'иное не предусмотрено федеральным законом.',
  ];
  return [
    h1('Согласие на обработку персональных данных'),
    p(
      `Я, ${name}, ${IDENTITY}, в соответствии со статьёй 9 ${LAW} свободно, своей волей и в своём интересе даю согласие ` +
        `${operator(settings, false)} на обработку моих персональных данных на следующих условиях:`,
    ),
    numbered(...conditions),
    p(
      `${agree(name, 'Ознакомлен', 'Ознакомлена')} с правами субъекта персональных данных (статья 14 ${LAW}) и с ` +
        'порядком отзыва согласия.' +
        // From 01.09.2025 ч. 1 ст. 9 (as amended by 156-ФЗ) wants the consent apart from any other paper; cited from that day only.
        (date >= SEPARATE_CONSENT_FROM
          ? ' Настоящее согласие оформлено отдельно от иных документов, подписываемых мною (часть 1 статьи 9 ' +
            `${LAW} в редакции Федерального закона от 24.06.2025 №${NBSP}156-ФЗ).`
          : ''),
    ),
    ...dateAndSignature(year, 'Подпись субъекта персональных данных', initialsFirst(name)),
    ...(role === 'mentee' && isStudent(person) ? representativePart(person, year, 'processing') : []),
  ];
}

/** What may be published, one line each: the subject writes «да» or «нет» and any condition (ст. 10.1 ч. 1, 9). */
function disseminationRows(role: ConsentRole): string[][] {
  const data = [
    'фамилия, имя, отчество',
    'должность',
    'преподаваемый предмет',
    ...(role === 'mentor' ? ['квалификационная категория'] : []),
    'роль в программе наставничества (наставник или наставляемый), состав наставнической пары (группы)',
    'сведения об участии в мероприятиях программы наставничества и их результатах',
    'фотографическое изображение и видеоизображение с мероприятий программы наставничества',
  ];
  return [
    ...data.map((item) => ['Персональные данные', item, BLANK, SHORT]),
    ['Специальные категории персональных данных', 'не распространяются', '—', '—'],
    ['Биометрические персональные данные', 'не распространяются', '—', '—'],
  ];
}

/** The consent to dissemination (ст. 10.1, in force from 01.03.2021; its content per приказ Роскомнадзора № 18 from 01.09.2021). */
function disseminationConsent(settings: DocumentSettings, person: ConsentPerson, role: ConsentRole, date: IsoDate): Block[] {
  const year = Number(date.slice(0, 4));
  const name = person.fullName;
  const article = date >= DISSEMINATION_CONSENT_FROM;
  const rknOrder = date >= RKN_ORDER_18_FROM && date <= RKN_ORDER_18_UNTIL;
  const website = settings.website === '' ? LINE : settings.website;
  const contact = `адрес электронной почты: ${person.email === '' ? SHORT : person.email}, телефон: ${SHORT}`;
  const basis = article
    ? `руководствуясь статьёй 10.1 ${LAW}${rknOrder ? ` (содержание согласия — по требованиям, утверждённым приказом Роскомнадзора от 24.02.2021 №${NBSP}18)` : ''}`
    : `в соответствии с ${LAW.replace(/^Федерального закона/, 'Федеральным законом')}`;
  return [
    h1(article ? 'Согласие на обработку персональных данных, разрешённых субъектом персональных данных для распространения' : 'Согласие на распространение персональных данных'),
    p(
      `Я, ${name}, ${contact}, ${basis}, даю согласие ${operator(settings, true)} на распространение моих ` +
        'персональных данных (предоставление доступа к ним неограниченному кругу лиц) на следующих условиях.',
    ),
    numbered(
      `Информационный ресурс оператора, посредством которого предоставляется доступ к персональным данным: официальный сайт ${school(settings)} в сети «Интернет» ${website}.`,
      `Цель: информирование о реализации программы наставничества в ${school(settings)} на ${yearLabel(settings)} — размещение на официальном сайте сведений об участниках программы, о её мероприятиях и итогах.`,
      'Категории и перечень персональных данных, которые я разрешаю распространять, и установленные мною условия и ' +
        'запреты — в таблице ниже (в графе «Разрешаю» — «да» или «нет»; условия и запреты указываются по желанию).',
    ),
    table(['Категория персональных данных', 'Перечень персональных данных', 'Разрешаю (да/нет)', 'Условия и запреты'], disseminationRows(role)),
    p(
      'Условия, при которых полученные персональные данные могут передаваться оператором только по его внутренней сети, ' +
        'обеспечивающей доступ к информации лишь для строго определённых сотрудников, либо с использованием ' +
        `информационно-телекоммуникационных сетей, либо без передачи полученных персональных данных (по желанию): ${LINE}.`,
    ),
    p(
      `Я ${agree(name, 'согласен', 'согласна')}, что сведения, напротив которых в таблице указано «да», размещаются на ` +
        `официальном сайте ${school(settings)}. Срок действия согласия: со дня его подписания по ${formatLongRussianDate(termEnd(settings))}`,
    ),
    p(
      'Действие согласия прекращается с момента поступления оператору моего требования о прекращении передачи ' +
        '(распространения, предоставления, доступа) персональных данных, включающего фамилию, имя, отчество, ' +
        'контактную информацию и перечень персональных данных, обработка которых подлежит прекращению' +
        (article ? ` (части 12 и 13 статьи 10.1 ${LAW}).` : '.') +
        ' Настоящее согласие оформлено отдельно от иных согласий на обработку моих персональных данных.',
    ),
    ...dateAndSignature(year, 'Подпись субъекта персональных данных', initialsFirst(name)),
    ...(role === 'mentee' && isStudent(person) ? representativePart(person, year, 'dissemination') : []),
  ];
}

/**
 * One document for a bank: for each person with consent, in the order given, the consent to processing and then,
 * on a new page, the consent to dissemination; people separated by page breaks. `date` is the day it is made.
 */
export function personalDataConsents(input: ProgrammeSettings, people: readonly ConsentPerson[], role: ConsentRole, date: IsoDate): DocumentModel {
  const settings = asDocumentSettings(input);
  const named = people.filter((person) => person.fullName.trim() !== '');
  const bank = role === 'mentor' ? 'наставников' : 'наставляемых';
  if (named.length === 0) throw new Error(`В банке ${bank} нет ни одного участника с согласием: согласия на обработку персональных данных не составлены.`);
  const blocks = named.flatMap((person, i) => [
    ...(i === 0 ? [] : [pageBreak]),
    ...processingConsent(settings, person, role, date),
    pageBreak,
    ...disseminationConsent(settings, person, role, date),
  ]);
  return typesetModel({
    fileName: `Согласия на обработку персональных данных — ${role === 'mentor' ? 'наставники' : 'наставляемые'} — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks,
  });
}
