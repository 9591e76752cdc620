/**
 * A questionnaire the coordinator put in Drive's trash ([U] gas-api.md §13 vector 57: FormApp may still open
 * it, but its link takes no answers): «Создать анкеты» neither reuses it silently (dead links) nor makes a
 * second form (orphaned answers) — it says what to do; restored, the same form is reused.
 */
import { type Addon, driveStore, formStore, loadAddon, trashFileByHand } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';

async function withForms(): Promise<Addon> {
  const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  addon.clickMenu('Создать анкеты');
  return addon;
}

const registryOf = (addon: Addon): string => addon.ws.properties.snapshot('document', addon.ws.activeSpreadsheetId!)['nastavnik.forms'];

describe('a questionnaire in the trash', () => {
  it('stops «Создать анкеты» with what to do, makes nothing, and reuses the form once restored', async () => {
    const addon = await withForms();
    const registry = registryOf(addon);
    const formId = (JSON.parse(registry) as { mentor: { formId: string } }).mentor.formId;
    const forms = formStore(addon.ws).all().length;

    trashFileByHand(addon.ws, formId);
    addon.clickMenu('Создать анкеты');
    expect(addon.ws.ui.alerts.at(-1)?.prompt).toContain('лежит в корзине Google Диска');
    expect(formStore(addon.ws).all()).toHaveLength(forms);
    expect(registryOf(addon)).toBe(registry);

    driveStore(addon.ws).trashed.delete(formId);
    addon.clickMenu('Создать анкеты');
    expect(addon.ws.ui.alerts.at(-1)?.prompt).toContain('Анкеты уже есть');
    expect(formStore(addon.ws).all()).toHaveLength(forms);
  });
});
