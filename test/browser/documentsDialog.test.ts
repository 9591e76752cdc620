/**
 * The documents dialog in Chromium: the coordinator ticks groups and presses «Сформировать»; the page keeps
 * calling the server until the job is done, showing progress, and offers the folder. Skipped only where
 * Chromium is not installed (.ci/run installs it).
 */
import type { Browser } from 'playwright-core';
import { programmeWithPairs } from '../../scripts/pairsFixture';
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
});
