/**
 * «Настроить программу…» stopped by Google mid-way (a killed execution, gas-api.md §13 vector 46) and run
 * again: the half-made sheet or column block is finished in place — never a second block of columns beside
 * titles written without their marks, never the add-on's own sheet mistaken for the coordinator's.
 */
import { byHand, loadAddon } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';

function freshProgramme() {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа наставничества').id;
  addon.open('LIMITED');
  return addon;
}

/** Each sheet's header row and how many column marks it carries. */
function headers(addon: ReturnType<typeof loadAddon>) {
  return byHand(addon.ws, (ss) =>
    ss.getSheets().map((s) => ({
      name: s.getName(),
      header: s.getLastColumn() === 0 ? [] : s.getRange(1, 1, 1, s.getLastColumn()).getDisplayValues()[0],
      marks: s.createDeveloperMetadataFinder().withKey('nastavnik.column').find().length,
      frozen: s.getFrozenRows(),
    })),
  );
}

describe('set-up stopped by Google and run again', () => {
  let clean: ReturnType<typeof headers>;
  beforeAll(async () => {
    const addon = freshProgramme();
    await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
    clean = headers(addon);
  });

  // The calls between a column block's titles and its marks, and right after a sheet is inserted.
  it.each([
    ['Range.setFontWeight', 2],
    ['Range.setDataValidation', 3],
    ['Sheet.setColumnWidth', 10],
    ['Range.addDeveloperMetadata', 5],
    ['Sheet.addDeveloperMetadata', 2],
    ['Sheet.setTabColor', 3],
    ['Sheet.setFrozenRows', 1],
  ])('killed at %s (call %i): the next run finishes the same sheets and columns', async (method, skip) => {
    const addon = freshProgramme();
    addon.ws.rt.faults.inject({ method, kind: 'kill', skip });
    await expect(addon.scriptRun('saveSettings', SEED_SCHOOL.settings)).rejects.toThrow('Exceeded maximum execution time');
    expect(addon.ws.rt.faults.injected).toHaveLength(1);
    const saved = (await addon.scriptRun('saveSettings', SEED_SCHOOL.settings)) as { ok: boolean; message?: string };
    expect(saved).toMatchObject({ ok: true });
    expect(headers(addon)).toEqual(clean);
  });
});
