/**
 * The shape of build/Code.js: exactly the public functions Apps Script must see, nothing else of ours
 * global, no service call while loading, valid ES2020 script, and every menu item and every
 * google.script.run target naming a public function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { DEFAULT_BUILD_DIR, loadAddon } from '../../emulator/load';

const PUBLIC_FUNCTIONS = [
  'applyConsentWithdrawals',
  'applyMentorTraining',
  'confirmPairs',
  'continueDocuments',
  'createForms',
  'endPairDialog',
  'eventAttendanceDialog',
  'eventNewsDialog',
  'eventProtocolDialog',
  'getDocumentsDialogData',
  'getOverview',
  'getSettingsDialogData',
  'importRoadmap',
  'onFormSubmitTrigger',
  'onInstall',
  'onOpen',
  'overwriteDocuments',
  'previewRoadmapImport',
  'refreshRoadmap',
  'runSelfCheck',
  'saveSettings',
  'showDocumentsDialog',
  'showImportRoadmapDialog',
  'showOverview',
  'showSelfCheck',
  'showSettingsDialog',
  'startDocuments',
  'suggestPairs',
  'syncBanks',
];
const code = readFileSync(join(DEFAULT_BUILD_DIR, 'Code.js'), 'utf8');

describe('build/Code.js', () => {
  it('parses as an ES2020 script (no import/export, no newer syntax)', () => {
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });

  it('stays under 760 KB (mostly the documents\' Russian texts; scripts/build.mjs keeps the same budget)', () => {
    expect(Buffer.byteLength(code, 'utf8')).toBeLessThan(760 * 1024);
  });

  it('keeps Russian text readable (charset utf8, no \\u escapes of Cyrillic)', () => {
    expect(code).toContain('Наставничество');
    expect(code).not.toMatch(/\\u04[0-4][0-9A-F]/i);
  });

  it('exposes exactly the public functions, as functions, and no other name but the bundle object', () => {
    const addon = loadAddon();
    const { context, ownNames } = addon.load();
    expect(ownNames.filter((n) => n !== 'AddOn').sort()).toEqual(PUBLIC_FUNCTIONS);
    for (const name of PUBLIC_FUNCTIONS) expect(typeof context[name]).toBe('function');
    expect(typeof context.AddOn).toBe('object');
    expect(PUBLIC_FUNCTIONS.filter((n) => n.endsWith('_'))).toEqual([]);
  });

  it('makes no service call while loading', () => {
    const addon = loadAddon();
    addon.load();
    // The window counts calls since the execution began; loading alone must add none.
    expect(addon.ws.rt.meter.window()).toEqual({});
  });

  it('names only public functions in the menu', () => {
    const addon = loadAddon();
    addon.open('NONE');
    const items = addon.ws.ui.menus().flatMap((m) => m.items.flatMap((i) => (i === 'separator' ? [] : [i])));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(PUBLIC_FUNCTIONS).toContain(item.functionName);
  });

  it('calls only public functions through google.script.run from the HTML files', () => {
    const html = readdirSync(DEFAULT_BUILD_DIR).filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    const targets = new Set<string>();
    for (const file of html) {
      const text = readFileSync(join(DEFAULT_BUILD_DIR, file), 'utf8');
      for (const m of text.matchAll(/callServer\(\s*["'](\w+)["']/g)) targets.add(m[1]);
      for (const m of text.matchAll(/google\.script\.run(?:\.with\w+\([^)]*\))*\.(\w+)\(/g)) if (!m[1].startsWith('with')) targets.add(m[1]);
    }
    expect(targets.size).toBeGreaterThan(0);
    for (const target of targets) expect(PUBLIC_FUNCTIONS).toContain(target);
  });
});
