/**
 * The sidebar in Chromium: the roadmap's states today, the counts and the questionnaires' links, as the
 * coordinator sees them. Skipped only where Chromium is not installed (.ci/run installs it).
 */
import type { Browser } from 'playwright-core';
import { loadAddon } from '../../emulator';
import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { chromiumPath, launch, openDialog } from './chromium';

const maybe = chromiumPath() ? describe : describe.skip;

maybe('sidebar (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the school, each stage with its state, the counts and the form links', async () => {
    const addon = loadAddon({ nowMs: SEED_SCHOOL.now });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
    addon.open();
    await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
    addon.clickMenu('Создать анкеты');
    addon.clickMenu('Обзор программы');
    expect(addon.ws.ui.sidebars).toHaveLength(1);
    const page = await openDialog(browser, addon, 'Sidebar');
    await page.waitForSelector('.stages li');
    expect(await page.textContent('#title')).toBe('МБОУ СОШ № 13, 2022-2023');
    const stages = await page.$$eval('.stages li', (items) => items.map((li) => li.textContent ?? ''));
    expect(stages).toHaveLength(10);
    expect(stages[0]).toBe('просрочен1. Подготовка условий для реализации системы наставничества');
    expect(stages[8]).toContain('не начат');
    const links = await page.$$eval('.links a', (items) => items.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\//);
    await page.setViewportSize({ width: 300, height: 900 });
    await page.screenshot({ path: 'out/sidebar.png', fullPage: true });
  });
});
