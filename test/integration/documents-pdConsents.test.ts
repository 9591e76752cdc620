/**
 * «Согласия на обработку персональных данных» (152-ФЗ ст. 9 and 10.1) on paper, from the built bundle: one Doc
 * per bank in its own folder, everyone with consent in it, shared with nobody; a withdrawn consent takes the
 * person out of it.
 */
import { type Addon, byHand, columnByTitle, documentStore, driveStore } from '../../emulator';
import { programmeWithPairs } from '../../scripts/pairsFixture';
import { makeDocuments } from '../support/documentsJob';

const fileNamed = (addon: Addon, prefix: string): [string, { name: string; parents: string[] }] =>
  [...addon.ws.appFiles.entries()].find(([, f]) => f.name.startsWith(prefix))!;

describe('paper consents to personal-data processing', () => {
  it('one document per bank, every person in it, in its own folder, shared with nobody; withdrawal takes the person out', async () => {
    const addon = await programmeWithPairs(3);
    const view = await makeDocuments(addon, ['consents']);
    expect(view).toMatchObject({ finished: true, total: 2, created: 2, failed: [] });
    const [mentorsDoc, mentorsFile] = fileNamed(addon, 'Согласия на обработку персональных данных — наставники');
    const [menteesDoc] = fileNamed(addon, 'Согласия на обработку персональных данных — наставляемые');
    const folder = addon.ws.appFiles.get(mentorsFile.parents[0])!;
    expect(folder.name).toBe('Согласия на обработку персональных данных');
    const store = documentStore(addon.ws);
    for (const name of ['Иванова Анна Петровна', 'Петрова Анна Петровна', 'Сидорова Анна Петровна']) expect(store.savedText(mentorsDoc)).toContain(name);
    expect(store.savedText(menteesDoc)).toContain('Попова Анна Сергеевна');
    for (const id of [mentorsDoc, menteesDoc]) expect(driveStore(addon.ws).permissionsOf(id).filter((p) => p.role !== 'owner')).toEqual([]);

    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Наставляемые')!;
      const values = sheet.getDataRange().getValues();
      sheet.getRange(values.findIndex((r) => r[0] === 'НЛ-003') + 1, columnByTitle(values, 'Отзыв согласия')).setValue(true);
    });
    addon.clickMenu('Применить отзывы согласий');
    expect(store.savedText(menteesDoc)).not.toContain('Попова Анна Сергеевна');
    expect(store.savedText(menteesDoc)).toContain('Смирнова');
  });
});
