/**
 * The documents dialog in Chromium: the coordinator ticks groups and presses «Сформировать»; the page keeps
 * calling the server until the job is done, showing progress, and offers the folder. Skipped only where
 * Chromium is not installed (.ci/run installs it).
 */
import type { Browser } from 'playwright-core';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { programmeWithPairs } from '../../scripts/pairsFixture';
import { setSettingByHand } from '../../scripts/settingsByHand';
import { chromiumPath, launch, openDialog } from './chromium';

const maybe = chromiumPath() ? describe : describe.skip;

maybe('documents dialog (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs the job to the end through several server calls and shows the result', async () => {
    const addon = await programmeWithPairs(3);
    addon.clickMenu('Документы…');
    const page = await openDialog(browser, addon, 'Documents');
    await page.waitForSelector('input[name=group]');
    const groups = await page.$$eval('input[name=group]', (boxes) => boxes.map((b) => `${b.getAttribute('value')}:${(b as unknown as { checked: boolean }).checked}`));
    expect(groups).toEqual(['school:true', 'pairs:true', 'mentors:false', 'report:true', 'consents:false']);
    // What «Настройки» leaves out of the documents is said before anything is made, as text (never markup).
    expect(await page.isVisible('#gaps')).toBe(true);
    const gaps = await page.$$eval('#gapsList li', (items) => items.map((li) => li.textContent ?? ''));
    expect(gaps.some((line) => line.startsWith('Доплата наставнику не указана'))).toBe(true);
    const before = addon.executions.length;
    await page.click('#start');
    await page.waitForSelector('.status.ok', { timeout: 60_000 });
    expect(await page.textContent('#status')).toContain('Готово: создано 9, обновлено 0.');
    expect(await page.textContent('#counter')).toContain('Готово 9 из 9');
    expect(await page.getAttribute('#status a', 'href')).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    // getDocumentsDialogData was before; startDocuments and at least one continueDocuments came from the click.
    const calls = addon.executions.slice(before).map((e) => e.functionName);
    expect(calls[0]).toBe('startDocuments');
    expect(calls.slice(1).every((c) => c === 'continueDocuments')).toBe(true);
    await page.screenshot({ path: 'out/documents-dialog.png', fullPage: true });
  });

  it('says in Russian that a group must be chosen', async () => {
    const addon = await programmeWithPairs(1);
    const page = await openDialog(browser, addon, 'Documents');
    await page.waitForSelector('input[name=group]');
    for (const box of await page.$$('input[name=group]:checked')) await box.uncheck();
    await page.click('#start');
    expect(await page.textContent('#status')).toBe('Отметьте хотя бы одну группу документов.');
  });

  it('hides the gaps when «Настройки» has everything the documents need', async () => {
    const addon = await programmeWithPairs(1);
    for (const [key, value] of Object.entries(SEED_SCHOOL.documentSettings)) setSettingByHand(addon, key, value);
    const page = await openDialog(browser, addon, 'Documents');
    await page.waitForSelector('input[name=group]');
    expect(await page.isVisible('#gaps')).toBe(false);
  });
});
