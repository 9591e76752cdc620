/**
 * What «Настройки» leaves out of the documents is told before they are made: a blank row is a blank in a document
 * the director signs, and a value typed but not understood (pay, the council's protocol) is named with what was typed.
 */
import { DOCUMENT_TEXT_KEYS, documentSettingsFrom } from '../../../src/domain/documents/inputs';
import { documentText } from '../../../src/domain/documents/model';
import { regulation } from '../../../src/domain/documents/regulation';
import { ogrnValid, organisationInnValid, settingsGaps } from '../../../src/domain/documents/settingsGaps';
import { SEED_SETTINGS } from './seedSettings';

const FILLED = new Map<string, string>([
  [DOCUMENT_TEXT_KEYS.place, 'г. Энск'],
  [DOCUMENT_TEXT_KEYS.coordinatorPosition, 'заместитель директора по УВР'],
  [DOCUMENT_TEXT_KEYS.pay, '3 000 руб.'],
  [DOCUMENT_TEXT_KEYS.council, '30.08.2022 № 1'],
  [DOCUMENT_TEXT_KEYS.union, '29.08.2022 № 3'],
  [DOCUMENT_TEXT_KEYS.schoolAddress, '111111, г. Энск, ул. Школьная, д. 1'],
  [DOCUMENT_TEXT_KEYS.inn, '1234567894'],
  [DOCUMENT_TEXT_KEYS.ogrn, '1021234567892'],
  [DOCUMENT_TEXT_KEYS.website, 'https://school13.example.ru'],
]);

describe('settingsGaps', () => {
  it('is empty when every document setting is there and readable', () => {
    expect(settingsGaps(FILLED)).toEqual([]);
  });

  it('names each blank row, where it leaves a blank, and how to fill it in', () => {
    const gaps = settingsGaps(new Map());
    expect(gaps.map((g) => g.key)).toEqual([...FILLED.keys()]);
    const pay = gaps.find((g) => g.key === DOCUMENT_TEXT_KEYS.pay)!.line;
    expect(pay).toContain('Доплата наставнику не указана');
    expect(pay).toContain('согласиях и соглашениях наставников');
    expect(pay).toContain('«3000»');
    // Spaces alone are blank too.
    expect(settingsGaps(new Map([...FILLED, [DOCUMENT_TEXT_KEYS.place, '   ']])).map((g) => g.key)).toEqual([DOCUMENT_TEXT_KEYS.place]);
  });

  it('says a value typed but not understood is not understood, quoting it, instead of treating it as blank', () => {
    const gaps = settingsGaps(new Map([...FILLED, [DOCUMENT_TEXT_KEYS.pay, 'три тысячи'], [DOCUMENT_TEXT_KEYS.council, 'протокол № 1']]));
    expect(gaps.map((g) => g.line)).toEqual([
      expect.stringContaining('Доплата наставнику «три тысячи» не распознана'),
      expect.stringContaining('Протокол педагогического совета «протокол № 1» не распознан'),
    ]);
    // A percentage above 100 is no pay the documents can state.
    expect(settingsGaps(new Map([...FILLED, [DOCUMENT_TEXT_KEYS.pay, '150 %']]))[0].line).toContain('«150 %» не распознана');
  });

  it('checks the ИНН and ОГРН by their check digits (ПАО Сбербанк: ИНН 7707083893, ОГРН 1027700132195)', () => {
    expect(organisationInnValid('7707083893')).toBe(true);
    expect(organisationInnValid('7707083894')).toBe(false);
    expect(organisationInnValid('770708389')).toBe(false);
    expect(ogrnValid('1027700132195')).toBe(true);
    expect(ogrnValid('1027700132196')).toBe(false);
    const gaps = settingsGaps(new Map([...FILLED, [DOCUMENT_TEXT_KEYS.inn, '0000000013'], [DOCUMENT_TEXT_KEYS.ogrn, '0000000000013']]));
    expect(gaps.map((g) => g.line)).toEqual([
      expect.stringContaining('ИНН школы «0000000013» не похож на ИНН организации'),
      expect.stringContaining('ОГРН школы «0000000000013» не похож на ОГРН'),
    ]);
  });

  it('asks for the union committee’s protocol when its opinion was taken, and takes «нет» as an answer', () => {
    const withUnion = (value: string) => settingsGaps(new Map([...FILLED, [DOCUMENT_TEXT_KEYS.union, value]])).map((g) => g.line);
    expect(withUnion('нет')).toEqual([]);
    expect(withUnion('29.08.2022 № 3')).toEqual([]);
    expect(withUnion('да')).toEqual([expect.stringContaining('Протокол профсоюзного комитета не указан')]);
    expect(withUnion('')).toEqual([expect.stringContaining('учтено ли мнение профсоюзного комитета')]);
    expect(withUnion('может быть')).toEqual([expect.stringContaining('«может быть» не распознано')]);
  });
});

describe('the union committee’s protocol in the Положение', () => {
  it('prints the protocol «Настройки» names, and blanks only when it names none', () => {
    const settings = (union: string) =>
      documentSettingsFrom(SEED_SETTINGS, new Map([[DOCUMENT_TEXT_KEYS.union, union]]), { individual: 3, group: 5 });
    const text = (union: string) => documentText(regulation(settings(union))).replace(/\u00a0/g, ' ').replace(/\n/g, ' ');
    expect(text('29.08.2022 № 3')).toContain('Учтено мнение профсоюзного комитета (протокол от 29.08.2022 № 3)');
    expect(text('да')).toMatch(/Учтено мнение профсоюзного комитета \(протокол от _+ № _+\)/);
    expect(text('нет')).not.toContain('профсоюзного комитета');
  });
});
