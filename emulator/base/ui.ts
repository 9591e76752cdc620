/**
 * Ui (developers.google.com/apps-script/reference/base/ui): menus, alerts and prompts, sidebars and
 * dialogs. Test controls (not Apps Script API): what was shown, and scripted answers to alerts/prompts.
 */
import { guard } from '../guard';
import { SCOPE } from '../runtime';
import type { Workspace } from '../workspace';

export interface MenuItemRecord {
  caption: string;
  functionName: string;
}
export interface MenuRecord {
  title: string;
  /** true for createAddonMenu(): it appears under «Расширения». */
  addon: boolean;
  items: (MenuItemRecord | 'separator')[];
}
export interface ShownHtml {
  title: string;
  width: number;
  height: number;
  content: string;
}
export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export interface ScriptedAnswer {
  button: ButtonName;
  text?: string;
}

/** What HtmlService outputs look like to the Ui (see html.ts). */
export interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number;
  getHeight(): number;
}

const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
const BUTTON_SET = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class UiState {
  private readonly menuList: MenuRecord[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: ShownHtml[] = [];
  readonly alerts: { title: string; prompt: string; kind: 'alert' | 'prompt' }[] = [];
  private readonly answers: ScriptedAnswer[] = [];

  constructor(private readonly ws: Workspace) {}

  /** Test control: the next alert or prompt is answered so. */
  answer(answer: ScriptedAnswer): void {
    this.answers.push(answer);
  }

  menus(): MenuRecord[] {
    return this.menuList;
  }

  menuCaptions(): string[] {
    return this.menuList.flatMap((m) => m.items.flatMap((i) => (i === 'separator' ? [] : [i.caption])));
  }

  findMenuItem(caption: string): MenuItemRecord | undefined {
    for (const menu of this.menuList) for (const item of menu.items) if (item !== 'separator' && item.caption === caption) return item;
    return undefined;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    const ws = this.ws;
    const dialog = (method: string): void => ws.rt.call(method, { scopes: [SCOPE.containerUi], minAuth: 'FULL' });
    const show = (html: HtmlOutputLike, title?: string): ShownHtml => ({
      title: title ?? html.getTitle(),
      width: html.getWidth(),
      height: html.getHeight(),
      content: html.getContent(),
    });
    const ask = (kind: 'alert' | 'prompt', args: unknown[]): ScriptedAnswer => {
      dialog(kind === 'alert' ? 'Ui.alert' : 'Ui.prompt');
      const texts = args.filter((a): a is string => typeof a === 'string');
      const [title, prompt] = texts.length >= 2 ? texts : ['', texts[0] ?? ''];
      this.alerts.push({ title, prompt, kind });
      const scripted = this.answers.shift();
      if (scripted) return scripted;
      if (kind === 'prompt') throw new Error(`Emulator: Ui.prompt «${prompt}» has no scripted answer (ws.ui.answer)`);
      return { button: 'OK' };
    };
    const menu = (title: string, addon: boolean): GoogleAppsScript.Base.Menu => {
      const record: MenuRecord = { title, addon, items: [] };
      const object = {
        addItem: (caption: string, functionName: string) => {
          ws.rt.call('Menu.addItem', { minAuth: 'NONE' });
          record.items.push({ caption, functionName });
          return self;
        },
        addSeparator: () => {
          record.items.push('separator');
          return self;
        },
        addSubMenu: (sub: unknown) => {
          void sub;
          return self;
        },
        addToUi: () => {
          ws.rt.call('Menu.addToUi', { scopes: [SCOPE.containerUi], minAuth: 'NONE' });
          const same = this.menuList.findIndex((m) => m.title === title && m.addon === addon);
          if (same >= 0) this.menuList.splice(same, 1, record);
          else this.menuList.push(record);
        },
      };
      const self = guard(object, 'Menu') as unknown as GoogleAppsScript.Base.Menu;
      return self;
    };
    const ui = {
      Button: BUTTON,
      ButtonSet: BUTTON_SET,
      createAddonMenu: () => menu('Наставник', true),
      createMenu: (caption: string) => menu(caption, false),
      alert: (...args: unknown[]) => ask('alert', args).button,
      prompt: (...args: unknown[]) => {
        const answer = ask('prompt', args);
        return guard({ getResponseText: () => answer.text ?? '', getSelectedButton: () => answer.button }, 'PromptResponse');
      },
      showSidebar: (html: HtmlOutputLike) => {
        dialog('Ui.showSidebar');
        this.sidebars.push(show(html));
      },
      showModalDialog: (html: HtmlOutputLike, title: string) => {
        dialog('Ui.showModalDialog');
        this.dialogs.push(show(html, title));
      },
      showModelessDialog: (html: HtmlOutputLike, title: string) => {
        dialog('Ui.showModelessDialog');
        this.dialogs.push(show(html, title));
      },
    };
    return guard(ui, 'Ui') as unknown as GoogleAppsScript.Base.Ui;
  }
}
