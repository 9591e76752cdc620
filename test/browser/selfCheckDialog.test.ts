/**
 * The self-check dialog in Chromium: «Проверить» runs the probes on the server and the table shows each
 * probe's expectation, what was seen and the verdict; a differing answer is shown with what it means.
 */
import type { Browser } from 'playwright-core';
import { loadAddon } from '../../emulator';
import { chromiumPath, launch, openDialog } from './chromium';

const maybe = chromiumPath() ? describe : describe.skip;

maybe('self-check dialog (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the table of probes with their verdicts and the clean-up', async () => {
    const addon = loadAddon();
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
    addon.open();
    addon.ws.behaviour.responseHeaderLanguage = 'en';
    addon.clickMenu('Проверить работу в этом аккаунте');
    const page = await openDialog(browser, addon, 'SelfCheck');
    await page.click('#run');
    await page.waitForSelector('#table:not([hidden])', { timeout: 60_000 });
    const rows = await page.$$eval('#rows tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => (td as { textContent: string | null }).textContent ?? '')));
    expect(rows).toHaveLength(12);
    const header = rows.find((r) => r[0] === 'Язык заголовков листа ответов')!;
    expect(header[2]).toBe('первый столбец «Timestamp»');
    expect(header[3]).toBe('отличаетсяНадстройка читает ответы по номеру столбца, язык заголовков не важен.');
    expect(rows.filter((r) => r[3].startsWith('ок'))).toHaveLength(11);
    expect(await page.textContent('#status')).toBe('Итог — ок: 11, отличается: 1, не работает: 0, не проверено: 0.');
    expect(await page.textContent('#cleanup')).toBe('Пробные объекты проверки удалены.');
    await page.screenshot({ path: 'out/self-check-dialog.png', fullPage: true });
  });
});
