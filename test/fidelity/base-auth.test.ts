/**
 * Auth modes, scopes and executions as the base services see them: vectors 18–20, 37, 42 and 43 of
 * ../shared/reference/gas-api.md §11, run through the real loader on a small script project.
 */
import { SCOPE } from '../../emulator/runtime';
import { project } from '../support/baseFixture';

// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
describe('auth modes (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  const code = `
    function onOpen(e) {
      var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'sidebar');
      if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
        if (PropertiesService.getDocumentProperties().getProperty('ready')) menu.addItem('Отчёт', 'report');
      }
      menu.addToUi();
    }
    function onInstall(e) { onOpen(e); return Session.getActiveUser().getEmail(); }
    function readProperties() { return PropertiesService.getDocumentProperties().getProperty('ready'); }
    function readDocument() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
    function whatNoneAllows() {
      return [Utilities.formatDate(new Date(0), 'UTC', 'yyyy'), Session.getActiveUserLocale(), ScriptApp.getScriptId().length > 0];
    }
    function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>Панель</p>').setTitle('Наставничество')); }
    function dialog() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>Окно</p>'), 'Окно'); }
    function ask() { return String(SpreadsheetApp.getUi().alert('Продолжить?')); }
    function whoAmI() { return Session.getActiveUser().getEmail(); }
    function setReady() { PropertiesService.getDocumentProperties().setProperty('ready', 'yes'); }
  `;

  // Vector 18. "Don't take any action that requires authorization (such as checking script Properties)
  // while the add-on is in ScriptApp.AuthMode.NONE" (…/add-ons/concepts/menus).
  it('lets onOpen in AuthMode.NONE build the menu, but not read properties or the document', () => {
    const addon = project(code);
    addon.open('NONE');
    expect(addon.ws.ui.menuCaptions()).toEqual(['Открыть']);
    const inNone = { kind: 'simple-trigger', authMode: 'NONE' } as const;
    expect(() => addon.run('readProperties', [], inNone)).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties in authorization mode NONE',
    );
    expect(() => addon.run('readDocument', [], inNone)).toThrow('authorization mode NONE');
    expect(addon.run('whatNoneAllows', [], inNone)).toEqual(['1970', 'ru', true]);
  });

  // Vector 19. "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED."
  it('refuses sidebars, dialogs and alerts in LIMITED while the document and properties are usable', () => {
    const addon = project(code);
    const inLimited = { kind: 'simple-trigger', authMode: 'LIMITED' } as const;
    expect(addon.run('readDocument', [], inLimited)).toBe('Проверка');
    expect(addon.run('readProperties', [], inLimited)).toBeNull();
    expect(() => addon.run('sidebar', [], inLimited)).toThrow('You do not have permission to call Ui.showSidebar in authorization mode LIMITED');
    expect(() => addon.run('dialog', [], inLimited)).toThrow('Ui.showModalDialog in authorization mode LIMITED');
    expect(() => addon.run('ask', [], inLimited)).toThrow('Ui.alert in authorization mode LIMITED');
    expect(addon.ws.ui.sidebars).toEqual([]);
    addon.run('sidebar', [], { kind: 'menu' });
    expect(addon.ws.ui.sidebars.map((s) => s.title)).toEqual(['Наставничество']);
  });

  it('builds the LIMITED menu from document properties once they are set', () => {
    const addon = project(code);
    addon.open('LIMITED');
    expect(addon.ws.ui.menuCaptions()).toEqual(['Открыть']);
    addon.run('setReady', [], { kind: 'menu' });
    addon.open('LIMITED');
    expect(addon.ws.ui.menuCaptions()).toEqual(['Открыть', 'Отчёт']);
    expect(addon.ws.ui.menus()).toHaveLength(1);
  });

  // Vector 20. "If the global statements call a service that the current mode prohibits, both the global
  // statements and onOpen fail to run." The emulator refuses any service call while loading.
  it('fails onOpen, adding no menu, when a global statement calls a service', () => {
    const addon = project(`var props = PropertiesService.getDocumentProperties();\n${code}`);
    expect(() => addon.open('NONE')).toThrow('PropertiesService.getDocumentProperties was called while the script was loading');
    expect(addon.ws.ui.menus()).toEqual([]);
  });

  // Vector 42. https://developers.google.com/apps-script/reference/base/session#getActiveUser():
  // "not available in any context that allows a script to run without that user's authorization, like a
  // simple onOpen(e) or onEdit(e) trigger".
  it('withholds the active user’s e-mail in a simple trigger, not in onInstall (FULL) or a menu click', () => {
    const addon = project(code);
    expect(addon.run('whoAmI', [], { kind: 'simple-trigger' })).toBe('');
    expect(addon.run('onInstall', [{ authMode: 'FULL' }], { kind: 'simple-trigger', authMode: 'FULL' })).toBe(addon.ws.userEmail);
    expect(addon.run('whoAmI', [], { kind: 'menu' })).toBe('coordinator@school13.example');
  });

  // https://developers.google.com/apps-script/concepts/scopes: explicit oauthScopes turn off detection.
  it('enforces the manifest scopes: no script.container.ui, no menu; no userinfo.email, no Session user', () => {
    const noUi = project(code, { scopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.userEmail] });
    expect(() => noUi.open('LIMITED')).toThrow(`Required permissions: ${SCOPE.containerUi}`);
    const noEmail = project(code, { scopes: [SCOPE.containerUi, SCOPE.spreadsheetsCurrentOnly] });
    expect(() => noEmail.run('whoAmI', [], { kind: 'menu' })).toThrow(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${SCOPE.userEmail}`,
    );
  });
});

// https://developers.google.com/apps-script/guides/v8-runtime
describe('executions (developers.google.com/apps-script/guides/v8-runtime)', () => {
  // Vector 43.
  it('starts every execution with fresh globals and no timers', () => {
    const addon = project('var counter = 0; function bump() { counter += 1; return counter; } function timers() { return [typeof setTimeout, typeof setInterval]; }');
    expect(addon.run('bump')).toBe(1);
    expect(addon.run('bump')).toBe(1);
    expect(addon.run('timers')).toEqual(['undefined', 'undefined']);
  });

  // https://developers.google.com/apps-script/guides/services/quotas: 6 min per execution; simple triggers 30 s.
  it('fails an execution past 360 s of virtual time, and a simple trigger past 30 s', () => {
    const addon = project(`function slow(ms, times) { for (var i = 0; i < times; i++) Utilities.sleep(ms); return 'done'; }`);
    expect(addon.run('slow', [200_000, 1])).toBe('done');
    expect(() => addon.run('slow', [200_000, 2])).toThrow('Exceeded maximum execution time');
    expect(() => addon.run('slow', [31_000, 1], { kind: 'simple-trigger' })).toThrow('Exceeded maximum execution time');
  });

  // Vector 37. https://developers.google.com/apps-script/guides/html/communication: "Requests fail if you
  // attempt to pass a Date, Function, …"; "names end with an underscore are considered private";
  // "undefined fields within arrays become null"; a returned Date reaches the client as null [C].
  it('applies google.script.run’s rules to what crosses', async () => {
    const addon = project(`
      function echo(x) { return x; }
      function dated() { return { d: new Date() }; }
      function secret_() { return 'no'; }
      function holes() { return [1, undefined]; }
      function kinds(x) { return typeof x.when + ':' + (x.gone === undefined); }`);
    await expect(addon.scriptRun('echo', new Date())).rejects.toThrow();
    await expect(addon.scriptRun('echo', { nested: [() => 1] })).rejects.toThrow();
    await expect(addon.scriptRun('secret_')).rejects.toThrow('secret_ is not a function');
    await expect(addon.scriptRun('dated')).resolves.toBeNull();
    await expect(addon.scriptRun('holes')).resolves.toEqual([1, null]);
    await expect(addon.scriptRun('echo', { a: [1, 'б', null] })).resolves.toEqual({ a: [1, 'б', null] });
    await expect(addon.scriptRun('kinds', { when: '2026-01-01', gone: undefined })).resolves.toBe('string:true');
    // The refused requests never reached the server: only the four others ran, each as its own execution.
    expect(addon.executions.map((e) => e.kind)).toEqual(['script-run', 'script-run', 'script-run', 'script-run']);
  });
});
