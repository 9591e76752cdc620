/**
 * Fidelity of the emulated base services and the execution model: vectors 18–20 and 36–43 of
 * ../shared/reference/gas-api.md §11, each with the Google page it follows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Addon } from '../../emulator/load';
import { Workspace } from '../../emulator/workspace';
import { ALL_SHEETS_SCOPES, world } from './support';

/** A one-file script project in a temp folder, loaded by the real loader. */
function script(code: string, html: Record<string, string> = {}): Addon {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-fixture-'));
  writeFileSync(join(dir, 'Code.js'), code);
  const ws = new Workspace({ manifest: { oauthScopes: ALL_SHEETS_SCOPES }, htmlFiles: html });
  ws.activeSpreadsheetId = ws.spreadsheets.create('Проверка').id;
  return new Addon(ws, dir);
}

describe('auth modes (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  const code = `
    function onOpen(e) {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Пункт', 'act').addToUi();
      if (e.authMode !== ScriptApp.AuthMode.NONE) PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
    }
    function readInNone() { return PropertiesService.getDocumentProperties(); }
    function readSheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }
    function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
  `;

  // 18. In NONE: menus yes, properties and document no.
  it('lets onOpen in AuthMode.NONE add menus but not read properties or the document', () => {
    const addon = script(code);
    addon.open('NONE');
    expect(addon.ws.ui.menuCaptions()).toEqual(['Пункт']);
    expect(() => addon.run('readInNone', [], { kind: 'simple-trigger', authMode: 'NONE' })).toThrow('authorization mode NONE');
    expect(() => addon.run('readSheet', [], { kind: 'simple-trigger', authMode: 'NONE' })).toThrow('authorization mode NONE');
  });

  // 19. "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED."
  it('refuses a sidebar in LIMITED while the document is readable', () => {
    const addon = script(code);
    expect(addon.run('readSheet', [], { kind: 'simple-trigger', authMode: 'LIMITED' })).toBe(1);
    expect(() => addon.run('sidebar', [], { kind: 'simple-trigger', authMode: 'LIMITED' })).toThrow('authorization mode LIMITED');
    addon.run('sidebar', [], { kind: 'menu' });
    expect(addon.ws.ui.sidebars).toHaveLength(1);
  });

  // 20. "If the global statements call a service that the current mode prohibits, both fail to run."
  it('fails onOpen when global code calls a service', () => {
    const addon = script(`var bad = SpreadsheetApp.getActiveSpreadsheet();\nfunction onOpen() {}`);
    expect(() => addon.open('NONE')).toThrow('while the script was loading');
  });
});

describe('executions (developers.google.com/apps-script/guides/v8-runtime)', () => {
  // 43. Globals do not persist between executions; no setTimeout.
  it('starts every execution with fresh globals and no timers', () => {
    const addon = script(`var counter = 0; function bump() { counter += 1; return counter; } function timers() { return typeof setTimeout; }`);
    expect(addon.run('bump')).toBe(1);
    expect(addon.run('bump')).toBe(1);
    expect(addon.run('timers')).toBe('undefined');
  });

  it('fails an execution past 360 s of virtual time, and a simple trigger past 30 s', () => {
    const addon = script(`function slow(ms) { Utilities.sleep(ms); return 'done'; }`);
    expect(addon.run('slow', [300_000])).toBe('done');
    expect(() => addon.run('slow', [400_000])).toThrow('Exceeded maximum execution time');
    expect(() => addon.run('slow', [31_000], { kind: 'simple-trigger' })).toThrow('Exceeded maximum execution time');
  });

  // 37. developers.google.com/apps-script/guides/html/communication: legal parameters and return values.
  it('applies google.script.run’s rules to what crosses', async () => {
    const addon = script(`
      function echo(x) { return x; }
      function dated() { return { d: new Date() }; }
      function secret_() { return 'no'; }
      function holes() { return [1, undefined]; }`);
    await expect(addon.scriptRun('echo', new Date())).rejects.toThrow();
    await expect(addon.scriptRun('secret_')).rejects.toThrow('secret_ is not a function');
    await expect(addon.scriptRun('dated')).resolves.toBeNull();
    await expect(addon.scriptRun('holes')).resolves.toEqual([1, null]);
    await expect(addon.scriptRun('echo', { a: [1, 'б'] })).resolves.toEqual({ a: [1, 'б'] });
  });
});

describe('HtmlService (developers.google.com/apps-script/guides/html/templates)', () => {
  // 36.
  it('escapes <?= ?>, prints <?!= ?> raw, runs <? ?>, and names a missing file', () => {
    const addon = script(
      `function page(){ var t = HtmlService.createTemplateFromFile('Page'); t.name = '<b>Аня</b>'; return t.evaluate().getContent(); }
       function include(){ return 'INCLUDED'; }
       function missing(){ return HtmlService.createTemplateFromFile('Missing'); }`,
      { Page: "<p><?= name ?></p><p><?!= name ?></p><? for (var i = 0; i < 2; i++) { ?>i<? } ?><?!= include() ?>" },
    );
    expect(addon.run('page')).toBe('<p>&lt;b&gt;Аня&lt;/b&gt;</p><p><b>Аня</b></p>iiINCLUDED');
    expect(() => addon.run('missing')).toThrow('No HTML file named Missing was found.');
  });
});

describe('PropertiesService (developers.google.com/apps-script/guides/properties)', () => {
  // 38.
  it('stores strings, returns null for missing keys, and enforces 9 KB per value', () => {
    const { globals, ws } = world();
    const props = (globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties()!;
    props.setProperty('k', 5 as unknown as string);
    expect(props.getProperty('k')).toBe('5');
    expect(props.getProperty('none')).toBeNull();
    props.setProperty('empty', '');
    expect(props.getProperty('empty')).toBe('');
    expect(() => props.setProperty('big', 'x'.repeat(9300))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    const copy = props.getProperties();
    copy.k = 'changed';
    expect(props.getProperty('k')).toBe('5');
    ws.rt.end();
  });
});

describe('LockService (developers.google.com/apps-script/reference/lock/lock)', () => {
  // 40.
  it('times out waitLock while another execution holds the lock; tryLock says false', () => {
    const { globals, ws } = world();
    const release = ws.locks.holdByOtherExecution('document');
    const lock = (globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    release();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    ws.rt.end();
  });

  it('has no document lock outside a document, and releases locks when the execution ends', () => {
    const ws = new Workspace();
    ws.rt.begin({ kind: 'editor', functionName: 't' });
    expect((ws.globals().LockService as GoogleAppsScript.Lock.LockService).getDocumentLock()).toBeNull();
    ws.rt.end();
    const addon = script(`function hold(){ LockService.getScriptLock().waitLock(100); } function probe(){ return LockService.getScriptLock().tryLock(10); }`);
    addon.run('hold');
    expect(addon.run('probe')).toBe(true);
  });
});

describe('Utilities and Session', () => {
  // 41. developers.google.com/apps-script/reference/utilities/utilities#formatDate — Java SimpleDateFormat.
  it('formats dates in a time zone and refuses unquoted pattern letters', () => {
    const { globals, ws } = world();
    const utilities = globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    expect(utilities.formatDate(new Date('2026-01-01T00:00:00Z'), 'Europe/Moscow', 'yyyy-MM-dd HH:mm')).toBe('2026-01-01 03:00');
    expect(utilities.formatDate(new Date('2026-01-01T00:00:00Z'), 'Europe/Moscow', "yyyy-MM-dd'T'HH")).toBe('2026-01-01T03');
    expect(() => utilities.formatDate(new Date(), 'Europe/Moscow', 'yyyy-MM-ddTHH')).toThrow("Illegal pattern character 'T'");
    expect(utilities.parseDate('2022-09-01', 'Europe/Moscow', 'yyyy-MM-dd').toISOString()).toBe('2022-08-31T21:00:00.000Z');
    ws.rt.end();
  });

  // 42. developers.google.com/apps-script/reference/base/session#getActiveUser(): blank in a simple onOpen.
  it('withholds the user’s e-mail in a simple trigger and gives the manifest time zone', () => {
    const addon = script(`function who(){ return Session.getActiveUser().getEmail(); } function tz(){ return Session.getScriptTimeZone(); }`);
    expect(addon.run('who', [], { kind: 'simple-trigger' })).toBe('');
    expect(addon.run('who', [], { kind: 'menu' })).toBe(addon.ws.userEmail);
    expect(addon.run('tz')).toBe('Europe/Moscow');
  });
});

describe('Ui (developers.google.com/apps-script/reference/base/ui)', () => {
  it('records dialogs and answers alerts and prompts as the test scripted', () => {
    const addon = script(`function ask(){ var ui = SpreadsheetApp.getUi(); var r = ui.prompt('Имя?'); var b = ui.alert('Точно?', 'Удалить пару', ui.ButtonSet.YES_NO); return [r.getResponseText(), String(b)]; }`);
    addon.ws.ui.answer({ button: 'OK', text: 'Анна' });
    addon.ws.ui.answer({ button: 'NO' });
    expect(addon.run('ask', [], { kind: 'menu' })).toEqual(['Анна', 'NO']);
    expect(addon.ws.ui.alerts.map((a) => a.prompt)).toEqual(['Имя?', 'Удалить пару']);
  });
});
