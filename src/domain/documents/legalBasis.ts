/**
 * The acts the documents cite, with exact names, numbers and dates, each cited only from the day it applies
 * (and the Year of the Teacher and Mentor only while it is topical): every document shares this list, and the
 * checker finds each act in a text by its `marker` to prove no document cites an act before its own date.
 */
import type { IsoDate } from '../dates';

export type LegalActKey =
  | 'education'
  | 'personalData'
  | 'yearOfTeacher'
  | 'labourCode3518'
  | 'teacherGrowth'
  | 'targetModel'
  | 'targetModelLetter'
  | 'teacherRecommendations'
  | 'concept2030';

export interface LegalAct {
  readonly key: LegalActKey;
  /** As in a list of sources: «Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»». */
  readonly nominative: string;
  /** After «в соответствии с»: «Федеральным законом от 29.12.2012 № 273-ФЗ …». */
  readonly instrumental: string;
  /** The first day a document may cite it (the act's adoption or entry into force). */
  readonly from: IsoDate;
  /** The last day a programme's basis lists it (a decree of a themed year); none: while in force. */
  readonly until?: IsoDate;
  /** Cited as a basis of mentoring; false for acts cited only where their subject comes up (personal data). */
  readonly mentoringBasis: boolean;
  /** How a text citing it can be recognised, whatever the case: the number and date, or the article. */
  readonly marker: RegExp;
  /**
   * A ministry's recommendations (or the letter sending them) are not binding: an act is adopted «с учётом» them,
   * never «в соответствии с» them. Their genitive, after «с учётом».
   */
  readonly recommendation?: { readonly genitive: string };
}

/**
 * ТК РФ ст. 351.8 (mentoring only with the worker's written consent; content, term, form and pay in the contract;
 * either side may end it early) applies from this day. Added by Федеральный закон от 09.11.2024 № 381-ФЗ «О внесении
 * изменения в Трудовой кодекс Российской Федерации» (not 394-ФЗ): its text at npalib.ru/2024/11/09/zakon-381-fz-id525728;
 * the date 01.03.2025 and the number in the prosecutors' notes epp.genproc.gov.ru (item 99436518) and
 * ombudsmanbiz27.ru (item 5281), and in gorodarmavir.ru (labour inspectorate, 20.03.2025).
 */
export const LABOUR_CODE_3518_FROM: IsoDate = '2025-03-01';

/**
 * From this day ч. 1 ст. 9 of 152-ФЗ wants the consent to processing as a document separate from any other:
 * Федеральный закон от 24.06.2025 № 156-ФЗ (klerk.ru/blogs/roskom24/658666, klerk.ru/buh/articles/660820).
 */
export const SEPARATE_CONSENT_FROM: IsoDate = '2025-09-01';

/**
 * Статья 10.1 of 152-ФЗ (consent to processing of data allowed for dissemination, as its own document) is in force
 * from this day: Федеральный закон от 30.12.2020 № 519-ФЗ (its text at mr-k.ru; in force from March 2021, in-joy.ru).
 * Its ч. 1 («оформляется отдельно от иных согласий…», the subject sets the list per category) as quoted at
 * klerk.ru/cdoc/view/federalnyj-zakon-ot-27072006-no-152-fz-o-personalnyh-dannyh/stata-101-…; ч. 12–13 (the demand
 * to stop, and the consent ending on its receipt) as summarised at witchleather.ru (item 7360).
 */
export const DISSEMINATION_CONSENT_FROM: IsoDate = '2021-03-01';

/**
 * Приказ Роскомнадзора от 24.02.2021 № 18 «Об утверждении требований к содержанию согласия на обработку персональных
 * данных, разрешенных субъектом персональных данных для распространения» applies from 01.09.2021 until 01.09.2027:
 * its.1c.ru/db/content/newsclar/src/474898.htm (the list of requisites: subject's name and contacts; operator's name,
 * ЕГРЮЛ address, ИНН, ОГРН; the website; purpose; categories and list of data; conditions and bans; term),
 * kriptograf.info (in force 01.09.2021, valid until 01.09.2027), ukcpoisk.ru (the website's address as a requisite).
 */
export const RKN_ORDER_18_FROM: IsoDate = '2021-09-01';
export const RKN_ORDER_18_UNTIL: IsoDate = '2027-08-31';

// Sources: ../shared/reference/domain.md §A and the pages named per act. Names quoted as schools' Положения quote
// them; the ones marked «unverified» were not checked against the act's own text in the stored corpora.
export const LEGAL_ACTS: readonly LegalAct[] = [
  {
    key: 'education',
    nominative: 'Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»',
    instrumental: 'Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»',
    from: '2013-09-01',
    mentoringBasis: true,
    marker: /273-ФЗ/,
  },
  {
    // Added by Федеральный закон от 09.11.2024 № 381-ФЗ, in force from 01.03.2025 (see LABOUR_CODE_3518_FROM).
    key: 'labourCode3518',
    nominative: 'статья 351.8 Трудового кодекса Российской Федерации',
    instrumental: 'статьёй 351.8 Трудового кодекса Российской Федерации',
    from: LABOUR_CODE_3518_FROM,
    mentoringBasis: true,
    marker: /351\.8/,
  },
  {
    key: 'personalData',
    nominative: 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»',
    instrumental: 'Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных»',
    from: '2006-07-27',
    mentoringBasis: false,
    marker: /152-ФЗ/,
  },
  {
    // Verified: 2023 was declared the Year of the Teacher and Mentor by this decree, signed and in force 27.06.2022
    // (teachers-skills.ru/topic/1252 quoting publication.pravo.gov.ru 0001202206270003; the title as schools cite it
    // at xn--20-6kcwoifcdzr9fp.xn--p1ai/god-pedagoga-i-nastavnika). Schools list it in programmes for 2022–2023 and
    // 2023–2024, hence `until` the end of the 2023–2024 school year.
    key: 'yearOfTeacher',
    nominative: 'Указ Президента Российской Федерации от 27.06.2022 № 401 «О проведении в Российской Федерации Года педагога и наставника»',
    instrumental: 'Указом Президента Российской Федерации от 27.06.2022 № 401 «О проведении в Российской Федерации Года педагога и наставника»',
    from: '2022-06-27',
    until: '2024-08-31',
    mentoringBasis: true,
    marker: /№\s401\b/,
  },
  {
    // Unverified: not in domain.md; the number, date and title are as school Положения commonly cite them.
    key: 'teacherGrowth',
    nominative:
      'распоряжение Правительства Российской Федерации от 31.12.2019 № 3273-р «Об утверждении основных принципов ' +
      'национальной системы профессионального роста педагогических работников Российской Федерации, включая ' +
      'национальную систему учительского роста»',
    instrumental:
      'распоряжением Правительства Российской Федерации от 31.12.2019 № 3273-р «Об утверждении основных принципов ' +
      'национальной системы профессионального роста педагогических работников Российской Федерации, включая ' +
      'национальную систему учительского роста»',
    from: '2019-12-31',
    mentoringBasis: true,
    marker: /3273-р/,
  },
  {
    // domain.md abbreviates the Concept's name («Концепция развития наставничества… до 2030 года»); the words
    // «в Российской Федерации на период» are unverified, hence no quotation marks around the name.
    key: 'concept2030',
    nominative:
      'распоряжение Правительства Российской Федерации от 21.05.2025 № 1264-р, которым утверждена Концепция развития ' +
      'наставничества в Российской Федерации на период до 2030 года',
    instrumental:
      'распоряжением Правительства Российской Федерации от 21.05.2025 № 1264-р, которым утверждена Концепция развития ' +
      'наставничества в Российской Федерации на период до 2030 года',
    from: '2025-05-21',
    mentoringBasis: true,
    marker: /1264-р/,
  },
  {
    key: 'targetModel',
    nominative:
      'распоряжение Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии ' +
      '(целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по ' +
      'общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, ' +
      'в том числе с применением лучших практик обмена опытом между обучающимися»',
    instrumental:
      'распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии ' +
      '(целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по ' +
      'общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, ' +
      'в том числе с применением лучших практик обмена опытом между обучающимися»',
    from: '2019-12-25',
    mentoringBasis: true,
    marker: /Р-145/,
  },
  {
    // The letter's title in quotes is unverified (domain.md gives its number and date only).
    key: 'targetModelLetter',
    nominative:
      'письмо Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02 «О направлении целевой модели ' +
      'наставничества и методических рекомендаций»',
    instrumental:
      'письмом Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02 «О направлении целевой модели ' +
      'наставничества и методических рекомендаций»',
    from: '2020-01-23',
    mentoringBasis: true,
    marker: /МР-42\/02/,
    recommendation: {
      genitive:
        'письма Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02 «О направлении целевой модели ' +
        'наставничества и методических рекомендаций»',
    },
  },
  {
    // Title, date and number as domain.md gives them; the co-signing union is named as it calls itself (unverified).
    key: 'teacherRecommendations',
    nominative:
      'Методические рекомендации по разработке и внедрению системы (целевой модели) наставничества педагогических ' +
      'работников в образовательных организациях, направленные письмом Министерства просвещения Российской Федерации ' +
      'и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08/657',
    instrumental:
      'Методическими рекомендациями по разработке и внедрению системы (целевой модели) наставничества педагогических ' +
      'работников в образовательных организациях, направленными письмом Министерства просвещения Российской Федерации ' +
      'и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08/657',
    from: '2021-12-21',
    mentoringBasis: true,
    marker: /АЗ-1128\/08\/657/,
    recommendation: {
      genitive:
        'Методических рекомендаций по разработке и внедрению системы (целевой модели) наставничества педагогических ' +
        'работников в образовательных организациях, направленных письмом Министерства просвещения Российской Федерации ' +
        'и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08/657',
    },
  },
];

/** The acts a document of this date may cite, in the list's order (laws, then government, then ministry). */
export function actsInForce(date: IsoDate, options: { readonly mentoringOnly?: boolean } = {}): LegalAct[] {
  return LEGAL_ACTS.filter((act) => act.from <= date && (act.until === undefined || date <= act.until) && (!options.mentoringOnly || act.mentoringBasis));
}

export function legalAct(key: LegalActKey): LegalAct {
  const act = LEGAL_ACTS.find((a) => a.key === key);
  if (!act) throw new Error(`Нет нормативного акта ${key}.`);
  return act;
}

export const labourCodeApplies = (date: IsoDate): boolean => date >= LABOUR_CODE_3518_FROM;

/**
 * The acts in force on the date, split as schools cite them: the binding ones after «в соответствии с» (instrumental),
 * the ministry's recommendations after «с учётом» (genitive). The one rule every document's basis follows.
 */
export function basisParts(date: IsoDate, options: { readonly mentoringOnly?: boolean } = {}): { readonly binding: LegalAct[]; readonly recommendations: LegalAct[] } {
  const acts = actsInForce(date, options);
  return { binding: acts.filter((a) => !a.recommendation), recommendations: acts.filter((a) => a.recommendation) };
}

/** The genitive of a recommendation, after «с учётом». */
export function withRegardTo(act: LegalAct): string {
  if (!act.recommendation) throw new Error(`${act.nominative}: не рекомендации, ссылка «с учётом» не применяется.`);
  return act.recommendation.genitive;
}

/** «Федеральным законом …, распоряжением …» — the binding acts for «В соответствии с …»; acts separated by commas. */
export function basisInstrumental(date: IsoDate, options: { readonly mentoringOnly?: boolean } = {}): string {
  return basisParts(date, options)
    .binding.map((a) => a.instrumental)
    .join(', ');
}

/**
 * «в соответствии с Федеральным законом …, распоряжением …, с учётом Методических рекомендаций …» — a document's
 * basis in one phrase, lower-case (the sentence decides the capital).
 */
export function basisPhrase(date: IsoDate, options: { readonly mentoringOnly?: boolean } = {}): string {
  const { recommendations } = basisParts(date, options);
  const regard = recommendations.length === 0 ? '' : `, с учётом ${recommendations.map(withRegardTo).join(', ')}`;
  return `в соответствии с ${basisInstrumental(date, options)}${regard}`;
}

/** Recommendations cited as if binding («в соответствии с Методическими рекомендациями …»): for the checker. */
export function recommendationsCitedAsBinding(text: string): LegalAct[] {
  const plain = text.replace(/\s+/g, ' ');
  return LEGAL_ACTS.filter((a) => a.recommendation && plain.includes(a.instrumental.replace(/\s+/g, ' ')));
}

/**
 * The labour-law basis of a mentor's papers on a date: ст. 351.8 from 01.03.2025; before, the extra work done
 * with the worker's written consent and paid extra under ст. 60.2 and 151 ТК РФ (as schools drew it up then).
 */
export function mentorLabourBasis(date: IsoDate): { readonly instrumental: string; readonly genitive: string } {
  return labourCodeApplies(date)
    ? { instrumental: 'статьёй 351.8 Трудового кодекса Российской Федерации', genitive: 'статьи 351.8 Трудового кодекса Российской Федерации' }
    : {
        instrumental: 'статьями 60.2 и 151 Трудового кодекса Российской Федерации',
        genitive: 'статей 60.2 и 151 Трудового кодекса Российской Федерации',
      };
}

/** Acts a text cites (found by their markers), for the checker: each with the first day it may be cited. */
export function actsCitedIn(text: string): LegalAct[] {
  return LEGAL_ACTS.filter((act) => act.marker.test(text));
}

/** A provision a text may cite, with the first day it may: the acts by their markers, and articles added later. */
export interface Citation {
  readonly name: string;
  readonly from: IsoDate;
  readonly until?: IsoDate;
}

const PROVISIONS: readonly (Citation & { readonly marker: RegExp })[] = [
  { name: 'статья 10.1 Федерального закона № 152-ФЗ', marker: /стать\S*\s10\.1/, from: DISSEMINATION_CONSENT_FROM },
  { name: 'согласие отдельным документом (ч. 1 ст. 9 152-ФЗ в ред. 156-ФЗ)', marker: /156-ФЗ/, from: SEPARATE_CONSENT_FROM },
  {
    name: 'приказ Роскомнадзора от 24.02.2021 № 18 (содержание согласия на распространение)',
    marker: /Роскомнадзора от 24\.02\.2021/,
    from: RKN_ORDER_18_FROM,
    until: RKN_ORDER_18_UNTIL,
  },
];

/** Everything a text cites that has a first day: for the checker (no document cites an act before its date). */
export function citationsIn(text: string): Citation[] {
  return [
    ...actsCitedIn(text).map((a) => ({ name: a.nominative, from: a.from, ...(a.until ? { until: a.until } : {}) })),
    ...PROVISIONS.filter((p) => p.marker.test(text)).map(({ name, from, until }) => ({ name, from, ...(until ? { until } : {}) })),
  ];
}
