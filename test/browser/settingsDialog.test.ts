/**
 * The settings dialog in Chromium, as the coordinator uses it: errors in Russian next to the fields,
 * nothing saved until all are valid, then the summary. Skipped only where Chromium is not installed
 * (.ci/run installs it).
 */
import type { Browser } from 'playwright-core';
import { loadAddon, sheetDisplayValues } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { chromiumPath, launch, openDialog } from './chromium';

const maybe = chromiumPath() ? describe : describe.skip;

maybe('settings dialog (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows Russian errors per field, saves nothing, then saves valid settings', async () => {
    const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
    const page = await openDialog(browser, addon, 'Settings');
    await page.waitForSelector('#schoolFullName');

    await page.fill('#directorName', 'ivanov');
    await page.click('#save');
    await page.waitForSelector('.status.fail');
    expect(await page.textContent('#directorName-error')).toContain('ФИО директора');
    expect(await page.textContent('#schoolYear-error')).toContain('Учебный год');
    expect(addon.executions.filter((e) => e.functionName === 'saveSettings')).toHaveLength(0);

    for (const [key, value] of Object.entries(SEED_SCHOOL.settings)) await page.fill(`#${key}`, value);
    await page.click('#save');
    await page.waitForSelector('.status.ok');
    expect(await page.textContent('#status')).toContain('Созданы листы');
    expect(sheetDisplayValues(addon.ws, 'Настройки').flat()).toContain('384/2-о');
    await page.screenshot({ path: 'out/settings-dialog.png' });
  });

  it('shows typed text as text, never as markup', async () => {
    const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
    await addon.scriptRun('saveSettings', { ...SEED_SCHOOL.settings, schoolFullName: '<img src=x onerror="window.__xss=1"> Школа № 13 города' });
    const page = await openDialog(browser, addon, 'Settings');
    await page.waitForSelector('#schoolFullName');
    expect(await page.inputValue('#schoolFullName')).toContain('<img src=x');
    expect(await page.evaluate("window.__xss")).toBeUndefined();
    expect(await page.$('img')).toBeNull();
  });
});
