/**
 * The acts the programme's local acts cite, with exact names, numbers and dates, each cited only from the day
 * it applies: the order, the Положение and the Программа share this list so they never disagree.
 */
import type { IsoDate } from '../dates';

export type LegalActKey =
  | 'education'
  | 'personalData'
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
  /** Cited as a basis of mentoring; false for acts cited only where their subject comes up (personal data). */
  readonly mentoringBasis: boolean;
}

/** ТК РФ ст. 351.8 (mentoring only with the worker's written consent, pay in the contract) applies from this day. */
export const LABOUR_CODE_3518_FROM: IsoDate = '2025-03-01';

/** From this day 152-ФЗ wants the consent to processing as a document separate from any other (ч. 4 ст. 9 as amended). */
export const SEPARATE_CONSENT_FROM: IsoDate = '2025-09-01';

// Sources: /work/shared/reference/domain.md §A. Names quoted as schools' Положения quote them; the ones marked
// «unverified» were not checked against the act's own text in the stored corpora.
export const LEGAL_ACTS: readonly LegalAct[] = [
  {
    key: 'education',
    nominative: 'Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»',
    instrumental: 'Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»',
    from: '2013-09-01',
    mentoringBasis: true,
  },
  {
    // Article 351.8 was added by Федеральный закон от 09.11.2024 № 381-ФЗ (two stored pages say so; unverified).
    key: 'labourCode3518',
    nominative: 'статья 351.8 Трудового кодекса Российской Федерации',
    instrumental: 'статьёй 351.8 Трудового кодекса Российской Федерации',
    from: LABOUR_CODE_3518_FROM,
    mentoringBasis: true,
  },
  {
    key: 'personalData',
    nominative: 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»',
    instrumental: 'Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных»',
    from: '2006-07-27',
    mentoringBasis: false,
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
  },
];

/** The acts a document of this date may cite, in the list's order (laws, then government, then ministry). */
export function actsInForce(date: IsoDate, options: { readonly mentoringOnly?: boolean } = {}): LegalAct[] {
  return LEGAL_ACTS.filter((act) => act.from <= date && (!options.mentoringOnly || act.mentoringBasis));
}

export function legalAct(key: LegalActKey): LegalAct {
  const act = LEGAL_ACTS.find((a) => a.key === key);
  if (!act) throw new Error(`Нет нормативного акта ${key}.`);
  return act;
}

export const labourCodeApplies = (date: IsoDate): boolean => date >= LABOUR_CODE_3518_FROM;

/** «Федеральным законом …, распоряжением …» — for «В соответствии с …»; acts separated by commas. */
export function basisInstrumental(date: IsoDate, options: { readonly mentoringOnly?: boolean } = {}): string {
  return actsInForce(date, options)
    .map((a) => a.instrumental)
    .join(', ');
}
