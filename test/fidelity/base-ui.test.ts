/**
 * Ui fidelity: menus as onOpen builds them, alerts and prompts answered by the test's script, and the
 * sidebars and dialogs a person would see (test controls on UiState, not Apps Script API).
 */
import { project } from '../support/baseFixture';

// https://developers.google.com/workspace/add-ons/concepts/menus and …/apps-script/reference/base/menu
describe('menus (developers.google.com/apps-script/reference/base/menu)', () => {
  const code = `
    function onOpen() {
      var ui = SpreadsheetApp.getUi();
      ui.createAddonMenu()
        .addItem('Настроить…', 'settings')
        .addSeparator()
        .addSubMenu(ui.createMenu('Отчёты').addItem('За месяц', 'monthly').addItem('За год', 'yearly'))
        .addToUi();
      ui.createMenu('Служебное').addItem('Проверить', 'check').addToUi();
    }
    function monthly() { return 'отчёт за месяц'; }
    function addItemAfterAddToUi() { var m = SpreadsheetApp.getUi().createMenu('Поздно'); m.addToUi(); m.addItem('Не видно', 'x'); }
    function badItem() { SpreadsheetApp.getUi().createAddonMenu().addItem('Без функции'); }
  `;

  it('records the add-on menu with separators and sub-menu items, and a top-level menu', () => {
    const addon = project(code);
    addon.open('NONE');
    const [addonMenu, custom] = addon.ws.ui.menus();
    expect(addonMenu).toEqual({
      title: '',
      addon: true,
      items: [
        { caption: 'Настроить…', functionName: 'settings' },
        'separator',
        { caption: 'За месяц', functionName: 'monthly', subMenu: 'Отчёты' },
        { caption: 'За год', functionName: 'yearly', subMenu: 'Отчёты' },
      ],
    });
    expect(custom).toEqual({ title: 'Служебное', addon: false, items: [{ caption: 'Проверить', functionName: 'check' }] });
    expect(addon.ws.ui.findMenuItem('За год')).toEqual({ caption: 'За год', functionName: 'yearly', subMenu: 'Отчёты' });
    expect(addon.ws.ui.findMenuItem('Нет такого')).toBeUndefined();
    expect(addon.clickMenu('За месяц')).toBe('отчёт за месяц');
  });

  it('replaces the menus when onOpen runs again, as each opening of the file rebuilds them', () => {
    const addon = project(code);
    addon.open('NONE');
    addon.open('LIMITED');
    expect(addon.ws.ui.menus().map((m) => m.title)).toEqual(['', 'Служебное']);
    expect(addon.ws.ui.menuCaptions()).toEqual(['Настроить…', 'За месяц', 'За год', 'Проверить']);
  });

  it('shows the items a menu had when addToUi was called', () => {
    const addon = project(code);
    addon.run('addItemAfterAddToUi', [], { kind: 'menu' });
    expect(addon.ws.ui.menus()).toEqual([{ title: 'Поздно', addon: false, items: [] }]);
  });

  it('refuses addItem without a function name, as the method signature requires both', () => {
    const addon = project(code);
    expect(() => addon.run('badItem', [], { kind: 'menu' })).toThrow("The parameters (String,undefined) don't match the method signature for Menu.addItem.");
  });
});

// https://developers.google.com/apps-script/reference/base/ui
describe('alerts and prompts (developers.google.com/apps-script/reference/base/ui)', () => {
  const code = `
    function confirmDelete() {
      var ui = SpreadsheetApp.getUi();
      var answer = ui.alert('Удаление', 'Удалить пару?', ui.ButtonSet.YES_NO);
      return answer === ui.Button.YES ? 'удалено' : 'оставлено';
    }
    function inform() { return String(SpreadsheetApp.getUi().alert('Готово')); }
    function askName() {
      var ui = SpreadsheetApp.getUi();
      var r = ui.prompt('Знакомство', 'Как вас зовут?', ui.ButtonSet.OK_CANCEL);
      return [String(r.getSelectedButton()), r.getResponseText(), r.getSelectedButton() == ui.Button.CANCEL];
    }
    function titleWithoutButtons() { SpreadsheetApp.getUi().alert('Заголовок', 'Текст'); }
  `;

  it('answers alerts as the test scripted, in order, and records what was shown', () => {
    const addon = project(code);
    addon.ws.ui.answer({ button: 'YES' });
    addon.ws.ui.answer({ button: 'NO' });
    expect(addon.run('confirmDelete', [], { kind: 'menu' })).toBe('удалено');
    expect(addon.run('confirmDelete', [], { kind: 'menu' })).toBe('оставлено');
    expect(addon.ws.ui.alerts).toEqual([
      { kind: 'alert', title: 'Удаление', prompt: 'Удалить пару?', buttons: 'YES_NO', answer: 'YES' },
      { kind: 'alert', title: 'Удаление', prompt: 'Удалить пару?', buttons: 'YES_NO', answer: 'NO' },
    ]);
    expect(addon.ws.ui.pendingAnswers()).toEqual([]);
  });

  it('clicks OK on an unscripted OK alert, and refuses to guess a question’s answer', () => {
    const addon = project(code);
    expect(addon.run('inform', [], { kind: 'menu' })).toBe('OK');
    expect(() => addon.run('confirmDelete', [], { kind: 'menu' })).toThrow('Emulator: Ui.alert «Удалить пару?» (YES_NO) has no scripted answer');
  });

  it('returns the typed text and the button of a prompt; the title bar’s close button is always there', () => {
    const addon = project(code);
    addon.ws.ui.answer({ button: 'OK', text: 'Анна' });
    addon.ws.ui.answer({ button: 'CLOSE' });
    addon.ws.ui.answer({ button: 'CANCEL', text: 'ignored' });
    expect(addon.run('askName', [], { kind: 'menu' })).toEqual(['OK', 'Анна', false]);
    expect(addon.run('askName', [], { kind: 'menu' })).toEqual(['CLOSE', '', false]);
    expect(addon.run('askName', [], { kind: 'menu' })).toEqual(['CANCEL', 'ignored', true]);
    expect(() => addon.run('askName', [], { kind: 'menu' })).toThrow('Emulator: Ui.prompt «Как вас зовут?» (OK_CANCEL) has no scripted answer');
  });

  it('refuses a scripted button the dialog does not have', () => {
    const addon = project(code);
    addon.ws.ui.answer({ button: 'YES' });
    expect(() => addon.run('askName', [], { kind: 'menu' })).toThrow('Emulator: the scripted answer YES is not a button of OK_CANCEL');
  });

  // alert(title, prompt, buttons) has no two-string overload: Apps Script rejects the call.
  it('rejects alert(title, prompt) without buttons by its method signature', () => {
    const addon = project(code);
    expect(() => addon.run('titleWithoutButtons', [], { kind: 'menu' })).toThrow(
      "The parameters (String,String) don't match the method signature for Ui.alert.",
    );
  });
});

// https://developers.google.com/apps-script/guides/dialogs
describe('sidebars and dialogs (developers.google.com/apps-script/guides/dialogs)', () => {
  const code = `
    function sidebar() {
      SpreadsheetApp.getUi().showSidebar(HtmlService.createTemplate('<p><?= who ?></p>').evaluate().setTitle('Панель'));
    }
    function sidebarTemplate() { SpreadsheetApp.getUi().showSidebar(HtmlService.createTemplate('<p>x</p>')); }
    function dialogs() {
      var ui = SpreadsheetApp.getUi();
      ui.showModalDialog(HtmlService.createHtmlOutput('<form></form>').setWidth(600).setHeight(420), 'Настройки');
      ui.showModelessDialog(HtmlService.createHtmlOutput('<p>i</p>'), 'Справка');
    }
    function dialogWithoutTitle() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('x')); }
  `;

  it('records sidebars and dialogs with title, size and content', () => {
    const addon = project(code.replace('<?= who ?>', 'Ольга'));
    addon.run('sidebar', [], { kind: 'menu' });
    addon.run('dialogs', [], { kind: 'menu' });
    expect(addon.ws.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'Панель', width: null, height: null, content: '<p>Ольга</p>' }]);
    expect(addon.ws.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Настройки', width: 600, height: 420, content: '<form></form>' },
      { kind: 'modeless', title: 'Справка', width: null, height: null, content: '<p>i</p>' },
    ]);
    // Reading what was shown is not a script call: the meter holds only what the script did.
    expect(addon.ws.rt.meter.window()['HtmlOutput.getContent']).toBeUndefined();
  });

  it('rejects a template that was not evaluated, and a modal dialog without a title', () => {
    const addon = project(code);
    expect(() => addon.run('sidebarTemplate', [], { kind: 'menu' })).toThrow("don't match the method signature for Ui.showSidebar.");
    expect(() => addon.run('dialogWithoutTitle', [], { kind: 'menu' })).toThrow(
      "The parameters (Object) don't match the method signature for Ui.showModalDialog.",
    );
    expect(addon.ws.ui.sidebars).toEqual([]);
    expect(addon.ws.ui.dialogs).toEqual([]);
  });
});
