/**
 * The Положение says what the other documents say: the mentees' limits agree with their numbers («не более одного
 * наставляемого», «не более трёх наставляемых»), and the mentor meets the mentee at least twice a month, as the
 * Программа, the consent and the agreement do.
 */
import { withDocumentDefaults } from '../../../src/domain/documents/inputs';
import { documentText } from '../../../src/domain/documents/model';
import { regulation } from '../../../src/domain/documents/regulation';
import { SEED_SETTINGS } from './seedSettings';

const text = (individual: number, group: number): string =>
  documentText(regulation(withDocumentDefaults(SEED_SETTINGS, { limits: { individual, group } }))).replace(/\u00a0/g, ' ');

describe('Положение: limits and meetings in words that agree', () => {
  it('agrees the noun with each limit', () => {
    expect(text(1, 5)).toContain('не более одного наставляемого в индивидуальной форме или одну наставническую группу численностью не более пяти наставляемых.');
    expect(text(3, 21)).toContain('не более трёх наставляемых в индивидуальной форме');
    expect(text(3, 21)).toContain('численностью не более 21 наставляемого.');
  });

  it('holds the mentor to two meetings a month at least', () => {
    expect(text(3, 5)).toContain('проводить встречи (консультации) с наставляемым не реже двух раз в месяц по согласованному графику');
  });
});
