/** A programme set up for the seed's school with its questionnaires made, for the integration tests. */
import { type Addon, formIds, newProgramme } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';

/** «Настроить программу…» saved with the seed's settings, then «Создать анкеты». */
export async function programmeWithForms(): Promise<Addon> {
  const addon = newProgramme({ nowMs: SEED_SCHOOL.now, title: 'Программа' });
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  addon.clickMenu('Создать анкеты');
  return addon;
}

/** The two questionnaires' form ids; throws when «Создать анкеты» has not made both. */
export function questionnaireIds(addon: Addon): { mentee: string; mentor: string } {
  const ids = formIds(addon);
  if (!ids) throw new Error('the questionnaires were not made');
  return ids;
}
