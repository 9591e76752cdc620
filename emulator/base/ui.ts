/**
 * Ui (developers.google.com/apps-script/reference/base/ui): menus, alerts and prompts, sidebars and
 * dialogs. Test controls on UiState (not Apps Script API): what was shown, and scripted answers
 * (`answer`) standing in for the person who clicks the buttons.
 */
import { guard } from '../guard';
import { GasException, SCOPE } from '../runtime';
import type { Workspace } from '../workspace';
import { htmlSnapshot } from './html';
import { describeArgument } from './utilities';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type PromptResponse = GoogleAppsScript.Base.PromptResponse;
type UiApi = Pick<
  Ui,
  'Button' | 'ButtonSet' | 'alert' | 'prompt' | 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
>;

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export interface MenuItemRecord {
  caption: string;
  functionName: string;
  /** Caption of the sub-menu the item sits in (Menu.addSubMenu); absent at the menu's top level. */
  subMenu?: string;
}
export interface MenuRecord {
  /** The caption of createMenu(caption); '' for the add-on menu, which the editor titles with the add-on's name. */
  title: string;
  /** createAddonMenu(): the menu under Extensions. */
  addon: boolean;
  items: (MenuItemRecord | 'separator')[];
}
export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  /** null: the HtmlOutput's size was never set. */
  width: number | null;
  height: number | null;
  content: string;
}
export interface ShownAlert {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  /** What the scripted person clicked. */
  answer: ButtonName;
}
export interface ScriptedAnswer {
  button: ButtonName;
  /** The text typed into a prompt. */
  text?: string;
}

const BUTTON: Record<ButtonName, ButtonName> = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
const BUTTON_SET: Record<ButtonSetName, ButtonSetName> = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
/** The buttons of each set; the title bar's close button (CLOSE) is always there. */
const SET_BUTTONS: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

function signatureError(method: string, args: readonly unknown[]): GasException {
  return new GasException(`The parameters (${args.map(describeArgument).join(',')}) don't match the method signature for ${method}.`);
}

export class UiState {
  private readonly menuList: MenuRecord[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: ShownHtml[] = [];
  readonly alerts: ShownAlert[] = [];
  private readonly answers: ScriptedAnswer[] = [];
  /** Menus made in any execution, so addSubMenu can read the items of the one it is given. */
  private readonly subMenus = new WeakMap<object, { title: string; items: MenuRecord['items'] }>();

  constructor(private readonly ws: Workspace) {}

  /** Test control: the next alert or prompt is answered so (answers queue up in order). */
  answer(answer: ScriptedAnswer): void {
    this.answers.push(answer);
  }

  /** Test control: scripted answers no alert or prompt has used yet. */
  pendingAnswers(): readonly ScriptedAnswer[] {
    return [...this.answers];
  }

  /** Test control: the menus added to the UI, in order; the add-on menu as the last onOpen built it. */
  menus(): MenuRecord[] {
    return this.menuList;
  }

  /** Test control: every item caption of every menu (sub-menus included), in order. */
  menuCaptions(): string[] {
    return this.menuList.flatMap((m) => m.items.flatMap((i) => (i === 'separator' ? [] : [i.caption])));
  }

  /** Test control: the item a person would click, by its caption. */
  findMenuItem(caption: string): MenuItemRecord | undefined {
    for (const menu of this.menuList) for (const item of menu.items) if (item !== 'separator' && item.caption === caption) return item;
    return undefined;
  }

  /** The Ui of SpreadsheetApp.getUi(), which checks first that the execution has a UI. */
  getUi(): Ui {
    const ws = this.ws;
    /** "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED." */
    const dialogGate = (method: string): void => ws.rt.call(`Ui.${method}`, { scopes: [SCOPE.containerUi], minAuth: 'FULL' });
    const menuGate = (method: string): void => ws.rt.call(method, { scopes: [SCOPE.containerUi], minAuth: 'NONE' });

    const show = (method: string, kind: ShownHtml['kind'], args: unknown[], title?: string): void => {
      dialogGate(method);
      const snapshot = htmlSnapshot(args[0]);
      if (!snapshot || (kind !== 'sidebar' && typeof title !== 'string')) throw signatureError(`Ui.${method}`, args);
      const shown: ShownHtml = { kind, title: title ?? snapshot.title, width: snapshot.width, height: snapshot.height, content: snapshot.content };
      (kind === 'sidebar' ? this.sidebars : this.dialogs).push(shown);
    };

    /** alert(prompt) / alert(prompt, buttons) / alert(title, prompt, buttons), and the same for prompt. */
    const ask = (kind: 'alert' | 'prompt', args: unknown[]): ScriptedAnswer => {
      const method = kind === 'alert' ? 'alert' : 'prompt';
      dialogGate(method);
      const [title, prompt, buttons] =
        args.length >= 3 ? [args[0], args[1], args[2]] : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], BUTTON_SET.OK];
      if (typeof title !== 'string' || typeof prompt !== 'string' || typeof buttons !== 'string' || !Object.hasOwn(SET_BUTTONS, buttons)) {
        throw signatureError(`Ui.${method}`, args);
      }
      const set = buttons as ButtonSetName;
      let answer = this.answers.shift();
      if (!answer) {
        if (kind === 'prompt' || !SET_BUTTONS[set].includes('OK')) {
          throw new Error(`Emulator: Ui.${method} «${prompt}» (${set}) has no scripted answer; call ws.ui.answer({ button, text }) first`);
        }
        answer = { button: 'OK' };
      }
      if (!SET_BUTTONS[set].includes(answer.button)) {
        throw new Error(`Emulator: the scripted answer ${answer.button} is not a button of ${set} in Ui.${method} «${prompt}»`);
      }
      this.alerts.push({ kind, title, prompt, buttons: set, answer: answer.button });
      return answer;
    };

    const menu = (title: string, addon: boolean): Menu => {
      const items: MenuRecord['items'] = [];
      const api: Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> = {
        addItem: (caption, functionName) => {
          menuGate('Menu.addItem');
          if (typeof caption !== 'string' || typeof functionName !== 'string') throw signatureError('Menu.addItem', [caption, functionName]);
          items.push({ caption, functionName });
          return self;
        },
        addSeparator: () => {
          menuGate('Menu.addSeparator');
          items.push('separator');
          return self;
        },
        addSubMenu: (subMenu) => {
          menuGate('Menu.addSubMenu');
          const sub = this.subMenus.get(subMenu);
          if (!sub) throw signatureError('Menu.addSubMenu', [subMenu]);
          for (const item of sub.items) items.push(item === 'separator' ? item : { ...item, subMenu: item.subMenu ?? sub.title });
          return self;
        },
        /** A later addToUi of the same menu replaces it, as each onOpen rebuilds the add-on menu. */
        addToUi: () => {
          menuGate('Menu.addToUi');
          const record: MenuRecord = { title, addon, items: [...items] };
          const same = this.menuList.findIndex((m) => m.addon === addon && m.title === title);
          if (same >= 0) this.menuList.splice(same, 1, record);
          else this.menuList.push(record);
        },
      };
      const self = guard(api, 'Menu') as Menu;
      this.subMenus.set(self, { title, items });
      return self;
    };

    const api: UiApi = {
      Button: guard({ ...BUTTON }, 'Button') as unknown as typeof GoogleAppsScript.Base.Button,
      ButtonSet: guard({ ...BUTTON_SET }, 'ButtonSet') as unknown as typeof GoogleAppsScript.Base.ButtonSet,
      createAddonMenu: () => {
        menuGate('Ui.createAddonMenu');
        return menu('', true);
      },
      createMenu: (caption) => {
        menuGate('Ui.createMenu');
        if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
        return menu(caption, false);
      },
      alert: (...args: unknown[]) => ask('alert', args).button as unknown as GoogleAppsScript.Base.Button,
      prompt: (...args: unknown[]) => {
        const answer = ask('prompt', args);
        const response: PromptResponse = {
          getResponseText: () => answer.text ?? '',
          getSelectedButton: () => answer.button as unknown as GoogleAppsScript.Base.Button,
        };
        return guard(response, 'PromptResponse');
      },
      showSidebar: (...args: unknown[]) => show('showSidebar', 'sidebar', args),
      showModalDialog: (...args: unknown[]) => show('showModalDialog', 'modal', args, args[1] as string),
      showModelessDialog: (...args: unknown[]) => show('showModelessDialog', 'modeless', args, args[1] as string),
    };
    return guard(api, 'Ui') as Ui;
  }
}
