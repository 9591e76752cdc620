/**
 * «Документы…» when Drive refuses a person (vector 48: an address without a Google account gets access only
 * with a notification e-mail, and the letter is off by default) on the built bundle: every other document
 * is made and shared, the pair's programme is made too, and the dialog and «Пары и группы» say, per person,
 * what to do; once the letter is switched on, the next run shares it and the note goes.
 */
import { byHand, columnValues, driveStore, sheetDisplayValues } from '../../emulator';
import { programmeWithPairs as programme } from '../../scripts/pairsFixture';
import type { DocumentsDialogData } from '../../src/shared/rpc';
import { makeDocuments } from '../support/documentsJob';

const DOC = 'application/vnd.google-apps.document';
const NO_ACCOUNT = 'mentee002@school13.example';

describe('documents: sharing refused to an address without a Google account', () => {
  it('finishes every item, notes the person on the pair, and shares once the letter is switched on', async () => {
    const addon = await programme(3);
    addon.ws.behaviour.accountlessAddresses.add(NO_ACCOUNT);
    const view = await makeDocuments(addon, ['pairs']);
    expect(view).toMatchObject({ total: 4, done: 4, finished: true, failed: [], created: 4 });
    expect(view.notes).toHaveLength(1);
    expect(view.notes[0].label).toBe('Программа пары П-002');
    expect(view.notes[0].lines).toEqual([
      `${NO_ACCOUNT}: у адреса нет аккаунта Google — укажите в банке адрес Google или включите в «Настройках» письмо участникам («Документы: письмо участникам при открытии доступа» — «да»).`,
    ]);
    expect([...addon.ws.appFiles.values()].filter((f) => f.mimeType === DOC)).toHaveLength(4);

    const pairs = sheetDisplayValues(addon.ws, 'Пары и группы');
    const links = columnValues(pairs, 'Программа (документ)');
    expect(links.every((l) => l.startsWith('https://docs.google.com/document/d/'))).toBe(true);
    const problems = columnValues(pairs, 'Проблемы');
    expect(problems[0]).toBe('');
    expect(problems[1]).toContain(`Нет доступа к программе: ${NO_ACCOUNT}: у адреса нет аккаунта Google`);
    expect(problems[2]).toBe('');
    // The mentor of that pair has access; the refused mentee has not.
    const id = /\/d\/([^/]+)/.exec(links[1])![1];
    const shared = driveStore(addon.ws).permissionsOf(id).map((p) => p.emailAddress);
    expect(shared).toContain('mentor002@school13.example');
    expect(shared).not.toContain(NO_ACCOUNT);
    // The dialog opened later still shows it.
    const data = (await addon.scriptRun('getDocumentsDialogData')) as DocumentsDialogData;
    expect(data.job?.notes.map((n) => n.label)).toEqual(['Программа пары П-002']);

    // The coordinator switches the letter on: the next run shares, with the e-mail, and the note goes.
    byHand(addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Настройки')!;
      const rows = sheet.getDataRange().getValues();
      const at = rows.findIndex((r) => r[0] === 'documents.notify');
      sheet.getRange(at + 1, 3).setValue('да');
    });
    const again = await makeDocuments(addon, ['pairs']);
    expect(again).toMatchObject({ finished: true, failed: [], notes: [], created: 0, updated: 4 });
    expect(driveStore(addon.ws).permissionsOf(id).map((p) => p.emailAddress)).toContain(NO_ACCOUNT);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Пары и группы'), 'Проблемы')[1]).toBe('');
  });
});
