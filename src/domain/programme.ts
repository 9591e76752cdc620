/**
 * The programme's settings: what the set-up dialog asks, how each field is validated (with a Russian
 * message per field), and how the settings map to the rows of the «Настройки» sheet.
 */
import { formatRussianDate, type IsoDate, parseSchoolYear, parseUserDate } from './dates';
import { isPersonName } from './personName';

export interface ProgrammeSettings {
  readonly schoolFullName: string;
  readonly schoolShortName: string;
  readonly directorName: string;
  readonly orderNumber: string;
  readonly orderDate: IsoDate;
  /** 2022 for the 2022–2023 school year. */
  readonly schoolYearStart: number;
  readonly coordinatorName: string;
}

/** The dialog's fields, as typed (strings). */
export type SettingsForm = Record<SettingsField, string>;

export type SettingsField =
  | 'schoolFullName'
  | 'schoolShortName'
  | 'directorName'
  | 'orderNumber'
  | 'orderDate'
  | 'schoolYear'
  | 'coordinatorName';

export const SETTINGS_FIELDS: readonly { key: SettingsField; label: string; hint: string }[] = [
  { key: 'schoolFullName', label: 'Полное наименование школы', hint: 'Как в уставе' },
  { key: 'schoolShortName', label: 'Краткое наименование', hint: 'Например, МБОУ СОШ № 13' },
  { key: 'directorName', label: 'Директор (ФИО)', hint: 'Фамилия Имя Отчество' },
  { key: 'orderNumber', label: 'Номер приказа о внедрении', hint: 'Например, 384/2-о' },
  { key: 'orderDate', label: 'Дата приказа', hint: 'ДД.ММ.ГГГГ' },
  { key: 'schoolYear', label: 'Учебный год', hint: 'Например, 2022-2023' },
  { key: 'coordinatorName', label: 'Куратор программы (ФИО)', hint: 'Фамилия Имя Отчество' },
];

export type Validation = { ok: true; settings: ProgrammeSettings } | { ok: false; errors: Partial<Record<SettingsField, string>> };


/** Checks every field; settings come back only when all are valid. */
export function validateSettings(form: Partial<Record<SettingsField, unknown>>): Validation {
  const errors: Partial<Record<SettingsField, string>> = {};
  const text = (key: SettingsField): string => {
    const value = form[key];
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  };

  const schoolFullName = text('schoolFullName');
  if (schoolFullName.length < 10) errors.schoolFullName = 'Укажите полное наименование школы, как в уставе (не короче 10 символов).';
  else if (schoolFullName.length > 400) errors.schoolFullName = 'Полное наименование длиннее 400 символов — сократите его.';

  const schoolShortName = text('schoolShortName');
  if (schoolShortName.length < 3) errors.schoolShortName = 'Укажите краткое наименование школы, например «МБОУ СОШ № 13».';
  else if (schoolShortName.length > 80) errors.schoolShortName = 'Краткое наименование длиннее 80 символов.';

  const directorName = text('directorName');
  if (!isPersonName(directorName)) errors.directorName = 'Укажите ФИО директора полностью, русскими буквами: «Костерина Марина Владимировна».';

  const coordinatorName = text('coordinatorName');
  if (!isPersonName(coordinatorName)) errors.coordinatorName = 'Укажите ФИО куратора полностью, русскими буквами: «Иванова Анна Сергеевна».';

  const orderNumber = text('orderNumber');
  if (orderNumber === '') errors.orderNumber = 'Укажите номер приказа, например «384/2-о».';
  else if (orderNumber.length > 30) errors.orderNumber = 'Номер приказа длиннее 30 символов.';
  else if (!/^[0-9A-Za-zА-Яа-яЁё/\-.]+$/.test(orderNumber)) errors.orderNumber = 'Номер приказа может содержать только буквы, цифры, «/», «-» и «.».';

  const orderDate = parseUserDate(text('orderDate'));
  if (!orderDate) errors.orderDate = 'Дата приказа не распознана: введите её как ДД.ММ.ГГГГ, например 01.09.2022.';

  const schoolYearStart = parseSchoolYear(text('schoolYear'));
  if (schoolYearStart === null) errors.schoolYear = 'Учебный год не распознан: введите его как «2022-2023» (второй год на единицу больше первого).';
  else if (schoolYearStart < 2000 || schoolYearStart > 2100) errors.schoolYear = 'Учебный год должен быть между 2000 и 2100.';

  if (orderDate && schoolYearStart !== null && !errors.schoolYear) {
    const year = Number(orderDate.slice(0, 4));
    if (year < schoolYearStart - 1 || year > schoolYearStart + 1) {
      errors.orderDate = `Дата приказа (${formatRussianDate(orderDate)}) далеко от учебного года ${schoolYearStart}-${schoolYearStart + 1}.`;
    }
  }

  if (Object.keys(errors).length > 0 || !orderDate || schoolYearStart === null) return { ok: false, errors };
  return {
    ok: true,
    settings: { schoolFullName, schoolShortName, directorName, orderNumber, orderDate, schoolYearStart, coordinatorName },
  };
}

/** How the settings read in the «Настройки» sheet: key, label, value as text. */
export function settingsToRows(settings: ProgrammeSettings): { key: string; label: string; value: string }[] {
  const form = settingsToForm(settings);
  return SETTINGS_FIELDS.map((f) => ({ key: f.key, label: f.label, value: form[f.key] }));
}

export function settingsToForm(settings: ProgrammeSettings): SettingsForm {
  return {
    schoolFullName: settings.schoolFullName,
    schoolShortName: settings.schoolShortName,
    directorName: settings.directorName,
    orderNumber: settings.orderNumber,
    orderDate: formatRussianDate(settings.orderDate),
    schoolYear: `${settings.schoolYearStart}-${settings.schoolYearStart + 1}`,
    coordinatorName: settings.coordinatorName,
  };
}

/**
 * The settings from «Настройки», or a Russian message naming each row that is wrong, as the coordinator sees it
 * (a hand edit of the sheet is checked by the same rules as the dialog).
 */
export function requireSettings(values: ReadonlyMap<string, string>): ProgrammeSettings {
  if (SETTINGS_FIELDS.every((f) => (values.get(f.key) ?? '').trim() === '')) {
    throw new Error('Сначала настройте программу: «Наставничество → Настроить программу…».');
  }
  const form: Partial<Record<SettingsField, string>> = {};
  for (const f of SETTINGS_FIELDS) form[f.key] = values.get(f.key) ?? '';
  const result = validateSettings(form);
  if (result.ok) return result.settings;
  const rows = SETTINGS_FIELDS.filter((f) => result.errors[f.key]).map((f) => `• строка «${f.label}»: ${result.errors[f.key]}`);
  throw new Error(`В листе «Настройки» ${rows.length === 1 ? 'неверна строка' : 'неверны строки'}:\n${rows.join('\n')}\nИсправьте значение в листе или в «Наставничество → Настроить программу…» и повторите.`);
}

/** Reads the settings back from «Настройки» rows (key → value); null when they are incomplete or invalid. */
export function settingsFromRows(values: ReadonlyMap<string, string>): ProgrammeSettings | null {
  const form: Partial<Record<SettingsField, string>> = {};
  for (const f of SETTINGS_FIELDS) form[f.key] = values.get(f.key) ?? '';
  const result = validateSettings(form);
  return result.ok ? result.settings : null;
}
