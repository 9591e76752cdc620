/**
 * What the document texts are written from: the settings, and people and pairs as the sheets hold them.
 * src/app reads the sheets into these; the texts never see a sheet.
 */

import { DEFAULT_MENTEES_PER_MENTOR } from '../capacity';
import type { IsoDate } from '../dates';
import type { ProgrammeSettings } from '../programme';

export interface DocPerson {
  readonly id: string;
  /** «Иванова Анна Сергеевна». */
  readonly fullName: string;
  readonly email: string;
  /** «учитель начальных классов»; '' when unknown. */
  readonly position: string;
  /** «математика»; '' when unknown. */
  readonly subject: string;
  readonly experience: number | null;
}

export interface DocMentor extends DocPerson {
  readonly qualification: string;
  readonly competences: readonly string[];
}

export interface DocMentee extends DocPerson {
  /** «молодой специалист», see MENTEE_CATEGORIES. */
  readonly category: string;
  /** Professional requests, words of DIFFICULTIES (others may appear: typed by hand). */
  readonly requests: readonly string[];
  /** The mentee's own words on the difficulties; may be ''. */
  readonly description: string;
}

export interface DocPair {
  /** «П-001». */
  readonly id: string;
  readonly mentor: DocMentor;
  /** One for a pair, several for a group. */
  readonly mentees: readonly DocMentee[];
  /** «педагог – педагог», see MENTORING_FORMS. */
  readonly form: string;
  readonly start: IsoDate;
  /** The programme's end: the end of the school year (31 May) unless the pair ends sooner. */
  readonly end: IsoDate;
}

/** A roadmap stage with what the report says about it. */
export interface StageReport {
  readonly number: string;
  readonly title: string;
  readonly plannedText: string;
  /** «выполнен», «идёт», … (STAGE_STATES). */
  readonly state: string;
  /** Evidence lines: «Наставляемых в банке: 12», «Приказ: https://…». */
  readonly evidence: readonly string[];
}

/** The mentor's pay for mentoring, one definition for every document: an amount a month or a percentage of the rate. */
export interface MentorPay {
  readonly kind: 'amount' | 'percent';
  /** Roubles a month, or per cent of the rate (должностной оклад, ставка заработной платы). */
  readonly value: number;
  /** The local act it rests on: «Положение об оплате труда работников МБОУ СОШ № 13» or the collective agreement. */
  readonly source: string;
}

/** The pedagogical council's protocol that adopted the Положение. */
export interface CouncilProtocol {
  readonly date: IsoDate;
  readonly number: string;
}

/**
 * Everything «Настройки» holds for the documents' texts beyond the programme's settings. Each field has a
 * fallback that still gives a signable text (a designated blank «_____» where the school must write by hand).
 */
export interface DocumentSettings extends ProgrammeSettings {
  /** Place of compilation: «г. Энск»; '' — a blank line under the title. */
  readonly place: string;
  /** «заместитель директора по УВР»; '' when unknown. */
  readonly coordinatorPosition: string;
  /** null: the amount is a blank to fill in. */
  readonly pay: MentorPay | null;
  /** null: the Положение's «ПРИНЯТО» has blanks for the protocol's date and number. */
  readonly council: CouncilProtocol | null;
  /** The school has a trade union committee whose opinion was taken into account. */
  readonly union: boolean;
  /** The union committee's protocol that gave its opinion; null: the Положение has blanks for it. */
  readonly unionProtocol: CouncilProtocol | null;
  /** The Положение's limits: mentees of one mentor in the individual form, and in one group. */
  readonly limits: { readonly individual: number; readonly group: number };
  /** The executor's phone at the foot of an order; '' — none. */
  readonly executorPhone: string;
  /** The operator's requisites in the personal-data consents (152-ФЗ ст. 9 ч. 4 п. 3; приказ Роскомнадзора № 18):
   *  the school's address as in ЕГРЮЛ, ИНН, ОГРН and its website; '' — a blank the school fills in by hand. */
  readonly schoolAddress: string;
  readonly inn: string;
  readonly ogrn: string;
  readonly website: string;
}

export const DOCUMENT_TEXT_KEYS = {
  place: 'documents.place',
  coordinatorPosition: 'documents.coordinatorPosition',
  pay: 'documents.pay',
  paySource: 'documents.paySource',
  council: 'documents.councilProtocol',
  union: 'documents.tradeUnion',
  phone: 'documents.executorPhone',
  schoolAddress: 'documents.schoolAddress',
  inn: 'documents.inn',
  ogrn: 'documents.ogrn',
  website: 'documents.website',
} as const;

/** «3000», «3 000 руб.», «10 %», «10%» → the pay; null when blank or unreadable. */
export function parsePay(text: string, source: string): MentorPay | null {
  const t = text.replace(/\s+/g, '').replace(',', '.').toLowerCase();
  const match = /^(\d+(?:\.\d+)?)(%|руб\.?|р\.?|₽)?$/.exec(t);
  if (!match) return null;
  const value = Number(match[1]);
  if (!Number.isFinite(value) || value <= 0) return null;
  const kind = match[2] === '%' ? 'percent' : 'amount';
  if (kind === 'percent' && value > 100) return null;
  return { kind, value, source };
}

/** «да», or the union committee's protocol («29.08.2022 № 3») — either says its opinion was taken into account. */
export function unionTaken(text: string): boolean {
  return ['да', 'true', '1', 'истина'].includes(text.trim().toLowerCase()) || parseCouncil(text) !== null;
}

/** «30.08.2022 № 1» (or «№ 1 от 30.08.2022») → the protocol; null when it cannot be read. */
export function parseCouncil(text: string): CouncilProtocol | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const date = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
  const number = /№\s*([0-9A-Za-zА-Яа-яЁё/\-.]+)/.exec(t);
  if (!date || !number) return null;
  const iso = `${date[3]}-${date[2].padStart(2, '0')}-${date[1].padStart(2, '0')}`;
  return { date: iso, number: number[1] };
}

/** The documents' settings from «Настройки» (key → value) and the Положение's limits. */
export function documentSettingsFrom(
  settings: ProgrammeSettings,
  values: ReadonlyMap<string, string>,
  limits: { readonly individual: number; readonly group: number },
): DocumentSettings {
  const get = (key: string) => (values.get(key) ?? '').replace(/\s+/g, ' ').trim();
  const source = get(DOCUMENT_TEXT_KEYS.paySource) || `Положение об оплате труда работников ${settings.schoolShortName}`;
  return {
    ...settings,
    place: get(DOCUMENT_TEXT_KEYS.place),
    coordinatorPosition: get(DOCUMENT_TEXT_KEYS.coordinatorPosition),
    pay: parsePay(get(DOCUMENT_TEXT_KEYS.pay), source),
    council: parseCouncil(get(DOCUMENT_TEXT_KEYS.council)),
    union: unionTaken(get(DOCUMENT_TEXT_KEYS.union)),
    unionProtocol: parseCouncil(get(DOCUMENT_TEXT_KEYS.union)),
    limits,
    executorPhone: get(DOCUMENT_TEXT_KEYS.phone),
    schoolAddress: get(DOCUMENT_TEXT_KEYS.schoolAddress),
    inn: get(DOCUMENT_TEXT_KEYS.inn),
    ogrn: get(DOCUMENT_TEXT_KEYS.ogrn),
    website: get(DOCUMENT_TEXT_KEYS.website),
  };
}

/** Settings for tests and the programme-level documents when «Настройки» has no document rows. */
export function withDocumentDefaults(settings: ProgrammeSettings, overrides: Partial<DocumentSettings> = {}): DocumentSettings {
  return { ...documentSettingsFrom(settings, new Map(), { individual: DEFAULT_MENTEES_PER_MENTOR, group: 5 /* DEFAULT_GROUP_SIZE of matchingSettings */ }), ...overrides };
}

/** The documents take the programme's settings alone too (tests, older callers): the defaults fill the rest. */
export function asDocumentSettings(settings: ProgrammeSettings | DocumentSettings): DocumentSettings {
  return 'limits' in settings ? settings : withDocumentDefaults(settings);
}
