/**
 * HtmlService (developers.google.com/apps-script/reference/html/html-service, guides/html/templates):
 * outputs from strings or project files, and templates whose scriptlets <? ?>, <?= ?> (escaped) and
 * <?!= ?> (raw) run in the script's global scope, so `<?!= include('x') ?>` calls the add-on's own function.
 */
import { type Context, createContext, isContext, runInContext } from 'node:vm';
import { guard } from '../guard';
import { GasException } from '../runtime';
import type { Workspace } from '../workspace';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type HtmlService = GoogleAppsScript.HTML.HtmlService;
type HtmlOutputApi = Pick<
  HtmlOutput,
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'asTemplate'
  | 'clear'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getMetaTags'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode'
>;
type HtmlTemplateApi = Pick<HtmlTemplate, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'>;
type HtmlServiceApi = Pick<
  HtmlService,
  'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
>;

export const SANDBOX_MODE = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const X_FRAME_OPTIONS_MODE = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

/** What an HtmlOutput holds, read by the Ui without counting as script calls. */
export interface HtmlSnapshot {
  readonly content: string;
  readonly title: string;
  /** null: never set, the dialog's default size. */
  readonly width: number | null;
  readonly height: number | null;
  readonly sandboxMode: string;
  readonly xFrameOptionsMode: string;
  readonly metaTags: readonly { name: string; content: string }[];
  readonly faviconUrl: string | null;
}

/** The emulator's own handle on an HtmlOutput (a symbol: invisible to the script, passed by the guard). */
const SNAPSHOT = Symbol('emulator.htmlOutput');

/** The state of an HtmlOutput made by this HtmlService, or null for anything else (e.g. an HtmlTemplate). */
export function htmlSnapshot(value: unknown): HtmlSnapshot | null {
  if (value === null || typeof value !== 'object') return null;
  const read = (value as { [SNAPSHOT]?: () => HtmlSnapshot })[SNAPSHOT];
  return typeof read === 'function' ? read() : null;
}

/** HTML escaping of printing scriptlets and appendUntrusted: & < > " '. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** A printed value inside <script>: a JavaScript literal that cannot close the element. */
function escapeJs(value: unknown): string {
  const json = value === undefined ? 'undefined' : JSON.stringify(value);
  if (json === undefined) return 'undefined';
  return json.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function createOutput(ws: Workspace, initial: string): HtmlOutput {
  let content = initial;
  let title = '';
  let width: number | null = null;
  let height: number | null = null;
  let sandboxMode: string = SANDBOX_MODE.IFRAME;
  let xFrameOptionsMode: string = X_FRAME_OPTIONS_MODE.DEFAULT;
  let faviconUrl: string | null = null;
  const metaTags: { name: string; content: string }[] = [];
  const gate = (method: string): void => ws.rt.call(`HtmlOutput.${method}`, { minAuth: 'NONE' });
  const api: HtmlOutputApi & { [SNAPSHOT]: () => HtmlSnapshot } = {
    [SNAPSHOT]: () => ({ content, title, width, height, sandboxMode, xFrameOptionsMode, metaTags: [...metaTags], faviconUrl }),
    getContent: () => {
      gate('getContent');
      return content;
    },
    setContent: (html) => {
      gate('setContent');
      content = String(html);
      return self;
    },
    append: (html) => {
      gate('append');
      content += String(html);
      return self;
    },
    /** "using contextual escaping … so that the result is a safe string with no markup". */
    appendUntrusted: (text) => {
      gate('appendUntrusted');
      content += escapeHtml(String(text));
      return self;
    },
    clear: () => {
      gate('clear');
      content = '';
      return self;
    },
    asTemplate: () => {
      gate('asTemplate');
      return createTemplate(ws, content);
    },
    getTitle: () => {
      gate('getTitle');
      return title;
    },
    setTitle: (t) => {
      gate('setTitle');
      title = String(t);
      return self;
    },
    getWidth: () => {
      gate('getWidth');
      return width as number;
    },
    setWidth: (w) => {
      gate('setWidth');
      width = Number(w);
      return self;
    },
    getHeight: () => {
      gate('getHeight');
      return height as number;
    },
    setHeight: (h) => {
      gate('setHeight');
      height = Number(h);
      return self;
    },
    setSandboxMode: (mode) => {
      gate('setSandboxMode');
      sandboxMode = String(mode);
      return self;
    },
    setXFrameOptionsMode: (mode) => {
      gate('setXFrameOptionsMode');
      xFrameOptionsMode = String(mode);
      return self;
    },
    addMetaTag: (name, value) => {
      gate('addMetaTag');
      metaTags.push({ name: String(name), content: String(value) });
      return self;
    },
    getMetaTags: () => {
      gate('getMetaTags');
      return metaTags.map((tag) => guard({ getName: () => tag.name, getContent: () => tag.content }, 'HtmlOutputMetaTag'));
    },
    setFaviconUrl: (url) => {
      gate('setFaviconUrl');
      faviconUrl = String(url);
      return self;
    },
    getFaviconUrl: () => {
      gate('getFaviconUrl');
      return faviconUrl as string;
    },
  };
  const self = guard(api, 'HtmlOutput') as unknown as HtmlOutput;
  return self;
}

/** Names the compiled template uses for its own helpers (unlikely to clash with template properties). */
const OUT = '__nastavnikOut';
const HTML = '__nastavnikHtml';
const JS = '__nastavnikJs';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof let new null return static super switch this throw true try typeof var void while with yield arguments eval'.split(
    ' ',
  ),
);

/**
 * The template as the body of a function: literal text pushed as strings, <?= ?> through an escaper
 * chosen by context (HTML, or a JavaScript literal inside <script>), <?!= ?> raw, <? ?> as code.
 * "A printing scriptlet prints only its first statement": a trailing `;` is dropped.
 */
function compile(source: string): string {
  const lines: string[] = [];
  let literalSoFar = '';
  let last = 0;
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const text = source.slice(last, m.index);
    if (text) lines.push(`${OUT}.push(${JSON.stringify(text)});`);
    literalSoFar += text;
    const body = m[2].trim().replace(/;+\s*$/, '');
    if (m[1] === '=') {
      const lower = literalSoFar.toLowerCase();
      const inScript = lower.lastIndexOf('<script') > lower.lastIndexOf('</script');
      lines.push(`${OUT}.push(${inScript ? JS : HTML}((${body})));`);
    } else if (m[1] === '!=') {
      lines.push(`${OUT}.push(String((${body})));`);
    } else {
      lines.push(m[2]);
    }
    last = m.index + m[0].length;
  }
  const rest = source.slice(last);
  if (rest) lines.push(`${OUT}.push(${JSON.stringify(rest)});`);
  return lines.join('\n');
}

function createTemplate(ws: Workspace, source: string): HtmlTemplate {
  const vars: Record<string, unknown> = {};
  const api: HtmlTemplateApi = {
    /** "Any properties set on this HtmlTemplate object will be in scope when evaluating." */
    evaluate: () => {
      ws.rt.call('HtmlTemplate.evaluate', { minAuth: 'NONE' });
      const names = Object.keys(vars).filter((n) => IDENTIFIER.test(n) && !RESERVED.has(n) && n !== OUT && n !== HTML && n !== JS);
      const context = scriptletContext(ws);
      const fn = runInContext(`(function (${[OUT, HTML, JS, ...names].join(', ')}) {\n${compile(source)}\n})`, context) as (...args: unknown[]) => void;
      const out: string[] = [];
      fn(
        out,
        (value: unknown) => escapeHtml(String(value)),
        escapeJs,
        ...names.map((n) => vars[n]),
      );
      return createOutput(ws, out.join(''));
    },
    getCode: () => compile(source),
    getCodeWithComments: () => compile(source),
    getRawContent: () => source,
  };
  // Not guarded: a template is a property bag ("t.name = …"), and unset properties read as undefined.
  return new Proxy(api, {
    get: (target, prop) => (typeof prop === 'string' && !(prop in target) ? vars[prop] : Reflect.get(target, prop)),
    set: (target, prop, value) => {
      if (typeof prop !== 'string' || prop in target) return false;
      vars[prop] = value;
      return true;
    },
  }) as HtmlTemplate;
}

/** The script's global scope when the loader set one; otherwise a fresh context with the Apps Script globals. */
function scriptletContext(ws: Workspace): Context {
  const script = ws.scriptContext;
  if (script) return isContext(script) ? script : createContext(script);
  return createContext(ws.globals());
}

export function createHtmlService(ws: Workspace): HtmlService {
  /** Project files are named without `.html`; the extension is accepted too. */
  const file = (name: string): string => {
    const key = String(name).replace(/\.html$/, '');
    const content = Object.hasOwn(ws.htmlFiles, key) ? ws.htmlFiles[key] : undefined;
    if (content === undefined) throw new GasException(`No HTML file named ${name} was found.`);
    return content;
  };
  const text = (html: unknown): string => {
    if (html === undefined) return '';
    if (html !== null && typeof html === 'object' && typeof (html as { getDataAsString?: unknown }).getDataAsString === 'function') {
      return String((html as { getDataAsString(): unknown }).getDataAsString());
    }
    return String(html);
  };
  const api: HtmlServiceApi = {
    SandboxMode: guard({ ...SANDBOX_MODE }, 'SandboxMode') as unknown as typeof GoogleAppsScript.HTML.SandboxMode,
    XFrameOptionsMode: guard({ ...X_FRAME_OPTIONS_MODE }, 'XFrameOptionsMode') as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode,
    createHtmlOutput: (html?: unknown) => {
      ws.rt.call('HtmlService.createHtmlOutput', { minAuth: 'NONE' });
      return createOutput(ws, text(html));
    },
    createHtmlOutputFromFile: (filename) => {
      ws.rt.call('HtmlService.createHtmlOutputFromFile', { minAuth: 'NONE' });
      return createOutput(ws, file(filename));
    },
    createTemplate: (html: unknown) => {
      ws.rt.call('HtmlService.createTemplate', { minAuth: 'NONE' });
      return createTemplate(ws, text(html));
    },
    createTemplateFromFile: (filename) => {
      ws.rt.call('HtmlService.createTemplateFromFile', { minAuth: 'NONE' });
      return createTemplate(ws, file(filename));
    },
  };
  return guard(api, 'HtmlService') as HtmlService;
}
