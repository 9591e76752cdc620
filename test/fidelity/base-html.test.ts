/**
 * HtmlService fidelity: vector 36 of ../shared/reference/gas-api.md §11, the three scriptlet kinds,
 * scriptlets in the script's global scope, and HtmlOutput's setters as the Ui records them.
 */
import { inExecution, project, workspace } from '../support/baseFixture';

// https://developers.google.com/apps-script/guides/html/templates
describe('HtmlTemplate scriptlets (developers.google.com/apps-script/guides/html/templates)', () => {
  const code = `
    function page(name) { var t = HtmlService.createTemplateFromFile('Page'); t.name = name; return t.evaluate().getContent(); }
    function include(file) { return HtmlService.createHtmlOutputFromFile(file).getContent(); }
    function missing() { return HtmlService.createTemplateFromFile('Missing'); }
    function inline(src, vars) { var t = HtmlService.createTemplate(src); for (var k in vars) t[k] = vars[k]; return t.evaluate().getContent(); }
    function leaked() { return typeof fromScriptlet; }
  `;
  const html = {
    Page: '<p><?= name ?></p><p><?!= name ?></p><? for (var i = 0; i < 3; i++) { ?><i><?= i ?></i><? } ?><?!= include(\'Styles\'); ?>',
    Styles: '<style>p { color: red }</style>',
  };

  // Vector 36: "<?= ?>" escapes, "<?!= ?>" prints raw, "<? ?>" runs code; a missing file is named.
  it('escapes printing scriptlets, prints force-printing ones raw, and runs standard ones', () => {
    const addon = project(code, { html });
    expect(addon.run('page', ['<b>Аня & "Ко"</b>'])).toBe(
      '<p>&lt;b&gt;Аня &amp; &quot;Ко&quot;&lt;/b&gt;</p><p><b>Аня & "Ко"</b></p><i>0</i><i>1</i><i>2</i><style>p { color: red }</style>',
    );
  });

  it('names a missing file: "No HTML file named Missing was found."', () => {
    const addon = project(code, { html });
    expect(() => addon.run('missing')).toThrow('No HTML file named Missing was found.');
  });

  // "scriptlets can call functions defined in other code files, reference global variables …
  // You can even define functions and variables within scriptlets, with the caveat that they can't be
  // called by functions defined in code files".
  it('runs scriptlets in the script’s global scope without leaking their own variables into it', () => {
    const addon = project(`${code}\nvar GREETING = 'Здравствуйте';\nfunction both() { inline('<? var fromScriptlet = 1; ?><?= GREETING ?>', {}); return leaked(); }`, { html });
    expect(addon.run('inline', ['<?= GREETING ?>, <?= who ?>!', { who: 'Мария' }])).toBe('Здравствуйте, Мария!');
    expect(addon.run('both')).toBe('undefined');
  });

  // "A printing scriptlet prints only its first statement" (gas-api.md §7): a trailing semicolon is harmless.
  it('accepts a trailing semicolon in printing scriptlets, as the apps-script-samples include idiom has it', () => {
    const addon = project(code, { html });
    expect(addon.run('inline', ["<?!= HtmlService.createHtmlOutputFromFile('Styles').getContent(); ?>", {}])).toBe('<style>p { color: red }</style>');
  });

  // "<?= ?>" uses contextual escaping: inside <script> the value prints as a JavaScript literal.
  it('prints a JavaScript literal inside <script>', () => {
    const addon = project(code, { html });
    const out = addon.run<string>('inline', ['<script>var data = <?= data ?>;</script><p><?= data.name ?></p>', { data: { name: '</script>' } }]);
    expect(out).toBe('<script>var data = {"name":"\\u003c/script\\u003e"};</script><p>&lt;/script&gt;</p>');
  });

  it('evaluates outside a loaded script in a fresh context that still has the Apps Script globals', () => {
    const ws = workspace({ htmlFiles: { Part: '<b>часть</b>' } });
    const out = inExecution(ws, (g) => {
      const t = g.HtmlService.createTemplate("<?!= HtmlService.createHtmlOutputFromFile('Part').getContent() ?>|<?= typeof include ?>|<?= n * 2 ?>");
      t.n = 21;
      return t.evaluate().getContent();
    });
    expect(out).toBe('<b>часть</b>|undefined|42');
  });

  it('keeps the raw template and counts evaluate as a call', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const t = g.HtmlService.createTemplate('<?= 1 + 1 ?>');
      expect(t.getRawContent()).toBe('<?= 1 + 1 ?>');
      expect(t.evaluate().getContent()).toBe('2');
      expect(ws.rt.meter.window()['HtmlTemplate.evaluate']).toBe(1);
    });
  });
});

// https://developers.google.com/apps-script/reference/html/html-output
describe('HtmlOutput (developers.google.com/apps-script/reference/html/html-output)', () => {
  it('builds content, escapes appendUntrusted, and keeps title, size and modes', () => {
    const ws = workspace({ htmlFiles: { Settings: '<form></form>' } });
    inExecution(ws, (g) => {
      const out = g.HtmlService.createHtmlOutput('<h1>Настройки</h1>')
        .append('<p>текст</p>')
        .appendUntrusted('<script>alert(1)</script>')
        .setTitle('Программа')
        .setWidth(640)
        .setHeight(480)
        .setSandboxMode(g.HtmlService.SandboxMode.IFRAME)
        .setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL)
        .addMetaTag('viewport', 'width=device-width');
      expect(out.getContent()).toBe('<h1>Настройки</h1><p>текст</p>&lt;script&gt;alert(1)&lt;/script&gt;');
      expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Программа', 640, 480]);
      expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([['viewport', 'width=device-width']]);
      expect(out.asTemplate().evaluate().getContent()).toBe(out.getContent());
      expect(out.clear().getContent()).toBe('');
      expect(g.HtmlService.createHtmlOutputFromFile('Settings.html').getContent()).toBe('<form></form>');
      expect(g.HtmlService.createHtmlOutput().getContent()).toBe('');
    });
  });

  it('names an unimplemented member instead of reading undefined', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const out = g.HtmlService.createHtmlOutput('x') as unknown as Record<string, unknown>;
      expect(() => out.getBlob).toThrow('Emulator: HtmlOutput.getBlob is not implemented');
      expect(() => (g.HtmlService.SandboxMode as unknown as Record<string, unknown>).NONE).toThrow('Emulator: SandboxMode.NONE is not implemented');
    });
  });
});
