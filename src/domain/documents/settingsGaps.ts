/**
 * What «Настройки» leaves out of the documents, told before they are made: a blank or unreadable value there is a
 * «_____» (or a missing requisite) in documents the director signs, so the dialog names each one, where it goes
 * and how to write it. A value typed but not understood is never taken for blank silently.
 */
import { DOCUMENT_TEXT_KEYS, parseCouncil, parsePay } from './inputs';

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
  const consents = 'в согласиях на обработку персональных данных для подписи на бумаге останется пропуск';
  need(DOCUMENT_TEXT_KEYS.schoolAddress, `Адрес школы не указан: ${consents}.`, null);
  need(DOCUMENT_TEXT_KEYS.inn, `ИНН школы не указан: ${consents}.`, null);
  need(DOCUMENT_TEXT_KEYS.ogrn, `ОГРН школы не указан: ${consents}.`, null);
  need(DOCUMENT_TEXT_KEYS.website, `Адрес сайта школы не указан: ${consents} (согласие на распространение сведений на сайте).`, null);
  return gaps;
}
