// Builds what clasp pushes: build/Code.js (the server bundle), build/*.html (dialogs and sidebar,
// their client code inlined) and build/appsscript.json. See docs/BUILD.md for why it is shaped so.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const GLOBAL_NAME = 'AddOn';
// The documents' Russian texts (2 bytes a letter in UTF-8) are most of the bundle; loading costs ≈ 0.06 ms per KB
// (performance.md §6), so 760 KB adds ≈ 45 ms to an execution that starts in 400–900 ms: a budget, not a wall.
// Minifying whitespace would save only ≈ 20 % and cost the line numbers of the stack traces a school sends us.
const MAX_BYTES = 760 * 1024;

const common = {
  absWorkingDir: root,
  entryPoints: ['src/entry.ts'],
  bundle: true,
  target: 'es2020',
  charset: 'utf8',
  platform: 'browser',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
};

/** The names Apps Script must see: the exports of src/entry.ts, read from esbuild's metafile. */
async function entryExports() {
  const result = await esbuild.build({ ...common, format: 'esm', write: false, metafile: true, outfile: 'entry.mjs' });
  const [output] = Object.values(result.metafile.outputs);
  const names = [...output.exports].sort();
  const privateNames = names.filter((n) => n.endsWith('_'));
  if (privateNames.length) throw new Error(`exports of src/entry.ts must not end in "_" (private to Apps Script): ${privateNames}`);
  if (names.includes('default')) throw new Error('src/entry.ts must not have a default export');
  return names;
}

async function buildServer(names) {
  // One top-level `function` per export: Apps Script finds menu actions, triggers and google.script.run
  // targets only among top-level declarations; everything else stays inside the IIFE.
  const footer = names.map((n) => `function ${n}(...args) { return ${GLOBAL_NAME}.${n}(...args); }`).join('\n');
  const result = await esbuild.build({
    ...common,
    format: 'iife',
    globalName: GLOBAL_NAME,
    write: false,
    outfile: 'Code.js',
    footer: { js: footer },
  });
  const code = result.outputFiles[0].text;
  for (const banned of [/\brequire\(/, /^\s*import\s/m, /^\s*export\s/m]) {
    if (banned.test(code)) throw new Error(`build/Code.js contains ${banned}: Apps Script has no modules`);
  }
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > MAX_BYTES) throw new Error(`build/Code.js is ${bytes} bytes, over the ${MAX_BYTES} budget`);
  writeAtomic('Code.js', code);
  return bytes;
}

/** Each src/ui/<Name>.html gets its <Name>.ts bundled and its <Name>.css inlined, into one file. */
async function buildHtml() {
  const uiDir = join(root, 'src', 'ui');
  const pages = readdirSync(uiDir).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const name = basename(page, '.html');
    let html = readFileSync(join(uiDir, page), 'utf8');
    const script = join(uiDir, `${name}.ts`);
    if (exists(script)) {
      const js = await esbuild.build({
        absWorkingDir: root,
        entryPoints: [script],
        bundle: true,
        target: 'es2020',
        charset: 'utf8',
        format: 'iife',
        write: false,
        logLevel: 'warning',
      });
      html = html.replace('<!-- script -->', () => `<script>\n${js.outputFiles[0].text}</script>`);
    }
    const shared = join(uiDir, 'common.css');
    if (exists(shared)) html = html.replace('<!-- style -->', () => `<style>\n${readFileSync(shared, 'utf8')}</style>`);
    writeAtomic(page, html);
  }
  return pages.length;
}

function exists(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Files appear whole, by rename, and build/ is never emptied: a test run reading build/ while another run
 * builds (parallel jest workers, two terminals) sees the old file or the new one, never half of one.
 */
const written = new Set();
function writeAtomic(name, text) {
  const temporary = join(out, `.${name}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, join(out, name));
  written.add(name);
}

mkdirSync(out, { recursive: true });
const names = await entryExports();
const bytes = await buildServer(names);
const pages = await buildHtml();
writeAtomic('appsscript.json', readFileSync(join(root, 'appsscript.json'), 'utf8'));
// What an earlier build made and this one did not (a dialog removed) must not be pushed.
for (const name of readdirSync(out)) if (!written.has(name) && !name.endsWith('.tmp')) rmSync(join(out, name), { recursive: true, force: true });
console.log(`build/Code.js ${(bytes / 1024).toFixed(1)} KB, ${names.length} public functions; ${pages} HTML files`);
