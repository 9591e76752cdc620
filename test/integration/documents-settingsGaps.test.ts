/**
 * The documents dialog says, before anything is made, what «Настройки» leaves out of the documents (on the built
 * bundle): a fresh programme lists the blank rows; the rows typed in by hand disappear from the list, and the pay
 * the coordinator typed reaches the order on pairs.
 */
import { documentStore } from '../../emulator';
import { programmeWithPairs } from '../../scripts/pairsFixture';
import { setSettingByHand } from '../../scripts/settingsByHand';
import type { DocumentsDialogData } from '../../src/shared/rpc';
import { makeDocuments } from '../support/documentsJob';

describe('«Документы…» and what «Настройки» leaves out', () => {
  it('lists the blank rows, forgets the ones filled in, and the documents use what was typed', async () => {
    const addon = await programmeWithPairs(2);
    const before = (await addon.scriptRun('getDocumentsDialogData')) as DocumentsDialogData;
    expect(before.gaps.some((line) => line.startsWith('Доплата наставнику не указана'))).toBe(true);
    expect(before.gaps.some((line) => line.startsWith('Место составления не указано'))).toBe(true);

    setSettingByHand(addon, 'documents.pay', 'три тысячи');
    const misread = (await addon.scriptRun('getDocumentsDialogData')) as DocumentsDialogData;
    expect(misread.gaps).toContainEqual(expect.stringContaining('Доплата наставнику «три тысячи» не распознана'));

    setSettingByHand(addon, 'documents.pay', '3000');
    setSettingByHand(addon, 'documents.place', 'г. Энск');
    const after = (await addon.scriptRun('getDocumentsDialogData')) as DocumentsDialogData;
    expect(after.gaps.some((line) => line.includes('Доплата наставнику'))).toBe(false);
    expect(after.gaps.some((line) => line.includes('Место составления'))).toBe(false);
    expect(after.gaps.length).toBe(before.gaps.length - 2);

    expect(await makeDocuments(addon, ['pairs'])).toMatchObject({ finished: true, failed: [] });
    const [orderId] = [...addon.ws.appFiles.entries()].find(([, f]) => f.name.startsWith('Приказ о закреплении'))!;
    const text = documentStore(addon.ws).savedText(orderId).replace(/\u00a0/g, ' ');
    expect(text).toContain('доплату в размере 3 000 рублей в месяц');
    expect(text).toContain('г. Энск');
  });
});
