/**
 * What «Настройки» leaves out of the documents is told before they are made: a blank row is a blank in a document
 * the director signs, and a value typed but not understood (pay, the council's protocol) is named with what was typed.
 */
import { DOCUMENT_TEXT_KEYS } from '../../../src/domain/documents/inputs';
import { settingsGaps } from '../../../src/domain/documents/settingsGaps';

const FILLED = new Map<string, string>([
  [DOCUMENT_TEXT_KEYS.place, 'г. Энск'],
  [DOCUMENT_TEXT_KEYS.coordinatorPosition, 'заместитель директора по УВР'],
  [DOCUMENT_TEXT_KEYS.pay, '3 000 руб.'],
  [DOCUMENT_TEXT_KEYS.council, '30.08.2022 № 1'],
  [DOCUMENT_TEXT_KEYS.schoolAddress, '111111, г. Энск, ул. Школьная, д. 1'],
  [DOCUMENT_TEXT_KEYS.inn, '1234567890'],
  [DOCUMENT_TEXT_KEYS.ogrn, '1021234567890'],
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
});
