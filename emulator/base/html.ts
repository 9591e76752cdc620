/**
 * HtmlService (developers.google.com/apps-script/guides/html/templates): outputs from strings or project
 * files, and templates with <? ?>, <?= ?> (escaped) and <?!= ?> (raw) scriptlets, evaluated in the
 * script's global scope so they can call its functions.
 */
import { createContext, runInContext } from 'node:vm';
import { guard } from '../guard';
import { GasException } from '../runtime';
import type { Workspace } from '../workspace';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function output(ws: Workspace, initial: string): GoogleAppsScript.HTML.HtmlOutput {
  let content = initial;
  let title = '';
  let width = 300;
  let height = 200;
  const object = {
    getContent: () => content,
    setContent: (html: string) => {
      content = html;
      return self;
    },
    append: (html: string) => {
      content += html;
      return self;
    },
    appendUntrusted: (text: string) => {
      content += escapeHtml(text);
      return self;
    },
    getTitle: () => title,
    setTitle: (t: string) => {
      title = t;
      return self;
    },
    getWidth: () => width,
    setWidth: (w: number) => {
      width = w;
      return self;
    },
    getHeight: () => height,
    setHeight: (h: number) => {
      height = h;
      return self;
    },
    setSandboxMode: () => self,
    setXFrameOptionsMode: () => self,
    addMetaTag: () => self,
    setFaviconUrl: () => self,
  };
  void ws;
  const self = guard(object, 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;
  return self;
}

/** Compiles a template into a script that builds the page in `__out`. */
function compile(source: string): string {
  let code = 'var __out = "";\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const body = m[2].trim().replace(/;\s*$/, '');
    if (m[1] === '=') code += `__out += __escape(String(${body}));\n`;
    else if (m[1] === '!=') code += `__out += String(${body});\n`;
    else code += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\n__out;`;
  return code;
}

function template(ws: Workspace, source: string): GoogleAppsScript.HTML.HtmlTemplate {
  const vars: Record<string, unknown> = {};
  const object = {
    evaluate: () => {
      ws.rt.call('HtmlTemplate.evaluate', { minAuth: 'NONE' });
      const base = ws.scriptContext ?? createContext({});
      const scope = createContext(Object.create(base as object));
      Object.assign(scope, base, vars, { __escape: escapeHtml });
      return output(ws, String(runInContext(`(function(){ ${compile(source).replace(/__out;$/, 'return __out;')} })()`, scope)));
    },
    getCode: () => compile(source),
    getRawContent: () => source,
  };
  return new Proxy(object, {
    get: (target, prop) => (prop in target ? target[prop as keyof typeof target] : vars[prop as string]),
    set: (_target, prop, value) => {
      vars[prop as string] = value;
      return true;
    },
  }) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

export function htmlService(ws: Workspace): GoogleAppsScript.HTML.HtmlService {
  const file = (name: string): string => {
    const content = ws.htmlFiles[name];
    if (content === undefined) throw new GasException(`No HTML file named ${name} was found.`);
    return content;
  };
  const service = {
    createHtmlOutput: (html?: string) => output(ws, html ?? ''),
    createHtmlOutputFromFile: (name: string) => {
      ws.rt.call('HtmlService.createHtmlOutputFromFile', { minAuth: 'NONE' });
      return output(ws, file(name));
    },
    createTemplate: (html: string) => template(ws, html),
    createTemplateFromFile: (name: string) => {
      ws.rt.call('HtmlService.createTemplateFromFile', { minAuth: 'NONE' });
      return template(ws, file(name));
    },
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
  };
  return guard(service, 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
