/**
 * What «Настройки» leaves out of the documents, told before they are made: a blank or unreadable value there is a
 * «_____» (or a missing requisite) in documents the director signs, so the dialog names each one, where it goes
 * and how to write it. A value typed but not understood is never taken for blank silently.
 */
import { DOCUMENT_TEXT_KEYS, parseCouncil, parsePay, unionTaken } from './inputs';

export interface SettingsGap {
  /** The «Настройки» row's key. */
  readonly key: string;
  /** One Russian line: what is missing or unreadable, where it shows, how to fill it in. */
  readonly line: string;
}

/** The gaps, in the order of the rows in «Настройки»; empty when every document setting is there and readable. */
export function settingsGaps(values: ReadonlyMap<string, string>): SettingsGap[] {
  const get = (key: string) => (values.get(key) ?? '').replace(/\s+/g, ' ').trim();
  const gaps: SettingsGap[] = [];
  const need = (key: string, blank: string, unreadable: string | null, readable: (text: string) => boolean = () => true) => {
    const value = get(key);
    if (value === '') gaps.push({ key, line: blank });
    else if (unreadable !== null && !readable(value)) gaps.push({ key, line: unreadable.replace('%s', value) });
  };
  need(
    DOCUMENT_TEXT_KEYS.place,
    'Место составления не указано: его не будет в приказах, а в соглашениях с наставниками останется пропуск (например, «г. Энск»).',
    null,
  );
  need(
    DOCUMENT_TEXT_KEYS.coordinatorPosition,
    'Должность куратора не указана: в приказах куратор будет назван без должности (например, «заместитель директора по УВР»).',
    null,
  );
  const payRule = 'рублей в месяц («3000») или процент оклада («10 %»)';
  need(
    DOCUMENT_TEXT_KEYS.pay,
    `Доплата наставнику не указана: в Положении, Программе, приказе о закреплении пар, согласиях и соглашениях наставников останется пропуск «_____». Укажите ${payRule}.`,
    `Доплата наставнику «%s» не распознана: в документах останется пропуск «_____». Укажите ${payRule}.`,
    (text) => parsePay(text, '') !== null,
  );
  need(
    DOCUMENT_TEXT_KEYS.council,
    'Протокол педагогического совета, принявшего Положение, не указан: в грифе «ПРИНЯТО» останутся пропуски для даты и номера (например, «30.08.2022 № 1»).',
    'Протокол педагогического совета «%s» не распознан: нужны дата и номер, например «30.08.2022 № 1»; в грифе «ПРИНЯТО» останутся пропуски.',
    (text) => parseCouncil(text) !== null,
  );
  const union = get(DOCUMENT_TEXT_KEYS.union);
  const unionExample = 'протокол профкома («29.08.2022 № 3») или «нет», если профсоюзной организации нет';
  if (union === '') {
    gaps.push({ key: DOCUMENT_TEXT_KEYS.union, line: `Не указано, учтено ли мнение профсоюзного комитета при принятии Положения (ТК РФ ст. 372): укажите ${unionExample}.` });
  } else if (!unionTaken(union) && union.toLowerCase() !== 'нет') {
    gaps.push({ key: DOCUMENT_TEXT_KEYS.union, line: `Мнение профсоюзного комитета: «${union}» не распознано — укажите ${unionExample}.` });
  } else if (unionTaken(union) && parseCouncil(union) === null) {
    gaps.push({ key: DOCUMENT_TEXT_KEYS.union, line: 'Протокол профсоюзного комитета не указан: в Положении у отметки «Учтено мнение профсоюзного комитета» останутся пропуски (например, «29.08.2022 № 3»).' });
  }
  const consents = 'в согласиях на обработку персональных данных для подписи на бумаге останется пропуск';
  need(DOCUMENT_TEXT_KEYS.schoolAddress, `Адрес школы не указан: ${consents}.`, null);
  need(
    DOCUMENT_TEXT_KEYS.inn,
    `ИНН школы не указан: ${consents}.`,
    'ИНН школы «%s» не похож на ИНН организации (10 цифр с верной контрольной цифрой): проверьте его по выписке из ЕГРЮЛ.',
    organisationInnValid,
  );
  need(
    DOCUMENT_TEXT_KEYS.ogrn,
    `ОГРН школы не указан: ${consents}.`,
    'ОГРН школы «%s» не похож на ОГРН (13 цифр с верной контрольной цифрой): проверьте его по выписке из ЕГРЮЛ.',
    ogrnValid,
  );
  need(DOCUMENT_TEXT_KEYS.website, `Адрес сайта школы не указан: ${consents} (согласие на распространение сведений на сайте).`, null);
  return gaps;
}

/**
 * An organisation's ИНН: 10 digits, the last the check digit — Σ(digit × 2,4,10,3,5,9,4,6,8) mod 11 mod 10
 * (https://zapolnenie.info/algoritm-proverki-inn/; checked on ПАО Сбербанк's public ИНН 7707083893).
 */
export function organisationInnValid(text: string): boolean {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, w, i) => total + w * Number(digits[i]), 0);
  return (sum % 11) % 10 === Number(digits[9]);
}

/** ОГРН: 13 digits, the last = (the first 12 as a number) mod 11, its last digit (checked on ПАО Сбербанк's public ОГРН 1027700132195). */
export function ogrnValid(text: string): boolean {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{13}$/.test(digits)) return false;
  return (Number(digits.slice(0, 12)) % 11) % 10 === Number(digits[12]);
}
