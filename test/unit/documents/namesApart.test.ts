/**
 * Two people of one document who share a surname and initials are told apart by their full names (issue 13: «by
 * full name where initials collide»): the curator Соколова Елена Андреевна beside a mentee Соколова Екатерина
 * Андреевна. A name that collides with nobody stays short; the apposition takes its commas only with a position.
 */
import { implementationOrder } from '../../../src/domain/documents/implementationOrder';
import { withDocumentDefaults } from '../../../src/domain/documents/inputs';
import { documentText as rawText } from '../../../src/domain/documents/model';
import { pairsOrder } from '../../../src/domain/documents/pairsOrder';
import { distinctName, personInApposition } from '../../../src/domain/documents/phrases';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { mentee, pair } from './programmesFixture';
import { SEED_SETTINGS } from './seedSettings';

const text = (doc: Parameters<typeof rawText>[0]): string => rawText(doc).replace(/\u00a0/g, ' ');

describe('names told apart where surname and initials collide', () => {
  it('gives the full name, in the sentence’s case, only when another person shares the short name', () => {
    const everyone = ['Соколова Елена Андреевна', 'Соколова Екатерина Андреевна', 'Петров Иван Ильич'];
    expect(distinctName('Соколова Елена Андреевна', everyone, 'dative')).toBe('Соколовой Елене Андреевне');
    expect(distinctName('Петров Иван Ильич', everyone, 'dative').replace(/\u00a0/g, ' ')).toBe('Петрову И. И.');
    // The same person named twice is no collision.
    expect(distinctName('Соколова Елена Андреевна', ['Соколова Елена Андреевна', 'Соколова  Елена Андреевна']).replace(/\u00a0/g, ' ')).toBe(
      'Соколова Е. А.',
    );
  });

  it('the order on pairs addresses the curator and names the executor by full name when a mentee shares her initials', () => {
    const settings: ProgrammeSettings = { ...SEED_SETTINGS, coordinatorName: 'Соколова Елена Андреевна' };
    const namesake = pair('П-001', [mentee('НЛ-001', 'Соколова Екатерина Андреевна', ['работа с родителями'])]);
    const t = text(pairsOrder(settings, [namesake], '2022-10-20'));
    expect(t).toContain('Куратору программы наставничества Соколовой Елене Андреевне обеспечить');
    expect(t).not.toContain('Соколовой Е. А.');
    expect(t).toMatch(/Исп\.: Соколова Елена Андреевна/);

    const apart = pair('П-001', [mentee('НЛ-001', 'Петрова Мария Ивановна', ['работа с родителями'])]);
    expect(text(pairsOrder(settings, [apart], '2022-10-20'))).toContain('Куратору программы наставничества Соколовой Е. А. обеспечить');
    // With her position: an apposition between commas.
    const deputy = withDocumentDefaults(settings, { coordinatorPosition: 'заместитель директора по УВР' });
    expect(text(pairsOrder(deputy, [apart], '2022-10-20'))).toContain(
      'Куратору программы наставничества, заместителю директора по УВР Соколовой Е. А., обеспечить',
    );
  });

  it('sets the position off by commas on both sides, and puts no comma after a name without one', () => {
    const noPosition = { fullName: 'Соколова Елена Андреевна', position: '', subject: '' };
    expect(personInApposition(noPosition, 'accusative')).toBe('Соколову Елену Андреевну');
    expect(personInApposition({ ...noPosition, position: 'заместитель директора по УВР' }, 'accusative')).toBe(
      'Соколову Елену Андреевну, заместителя директора по УВР,',
    );
    const t = text(implementationOrder({ ...SEED_SETTINGS, coordinatorName: 'Соколова Елена Андреевна' }));
    expect(t).toMatch(/Назначить Соколову Елену Андреевну(, [^,]+,)? куратором программы/);
    expect(t).not.toMatch(/Андреевну, куратором/);
  });
});
