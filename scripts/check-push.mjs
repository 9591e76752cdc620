// Proves offline (no Google login) that `clasp push` would send exactly the manifest, Code.js and the
// HTML files of build/ (`clasp status --json` lists what a push would send), in a temporary copy with a
// stand-in .clasp.json. Under `npm run deploy` (or --deploy) it also requires the school's own .clasp.json,
// written by clasp itself, and says in Russian and English how to make it when it is missing.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const clasp = join(root, 'node_modules', '.bin', 'clasp');
const deploy = process.argv.includes('--deploy') || process.env.npm_lifecycle_event === 'deploy';

/** What `clasp status --json` says a push from `dir` (holding .clasp.json) would send. */
function filesToPush(dir) {
  const raw = execFileSync(clasp, ['status', '--json', '--project', join(dir, '.clasp.json')], { cwd: dir, encoding: 'utf8' });
  return [...JSON.parse(raw.slice(raw.indexOf('{'))).filesToPush].sort();
}

function fail(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

// The project's own ignore rules over a copy of build/, with a stand-in script id: nothing leaves the machine.
const scratch = mkdtempSync(join(tmpdir(), 'nastavnik-push-'));
let pushed;
try {
  cpSync(join(root, 'build'), join(scratch, 'build'), { recursive: true });
  cpSync(join(root, '.claspignore'), join(scratch, '.claspignore'));
  writeFileSync(join(scratch, '.clasp.json'), JSON.stringify({ scriptId: 'offline-check', rootDir: 'build' }));
  pushed = filesToPush(scratch);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const html = readdirSync(join(root, 'build')).filter((f) => f.endsWith('.html'));
const expected = ['build/Code.js', 'build/appsscript.json', ...html.map((f) => `build/${f}`)].sort();
if (JSON.stringify(pushed) !== JSON.stringify(expected)) {
  fail([`clasp would push ${JSON.stringify(pushed)}, expected ${JSON.stringify(expected)}`]);
}
console.log(`clasp push would send exactly: ${pushed.join(', ')}`);

if (deploy) {
  const config = join(root, '.clasp.json');
  if (!existsSync(config)) {
    fail([
      'Нет файла .clasp.json: clasp не знает, в какой проект Apps Script отправлять код.',
      'Создайте его одной из команд (README, «Deploying it to your school\'s account», шаг 3):',
      '  npx clasp create-script --type sheets --title "Наставничество" --rootDir build',
      '  npx clasp clone-script <идентификатор скрипта> --rootDir build',
      'No .clasp.json: clasp does not know which Apps Script project to push to. Create it with one of the',
      'commands above (README, step 3), then run `npm run deploy` again.',
    ]);
  }
  const settings = JSON.parse(readFileSync(config, 'utf8'));
  if (typeof settings.scriptId !== 'string' || !/^[\w-]+$/.test(settings.scriptId) || /REPLACE|YOUR/i.test(settings.scriptId)) {
    fail([
      `В .clasp.json нет настоящего идентификатора скрипта (scriptId: ${JSON.stringify(settings.scriptId)}).`,
      'Удалите файл и создайте его заново командой clasp из шага 3 README.',
      `.clasp.json has no real scriptId (${JSON.stringify(settings.scriptId)}); delete it and let clasp write it (README, step 3).`,
    ]);
  }
  if (settings.rootDir !== 'build' && settings.srcDir !== 'build') {
    fail([
      `В .clasp.json должно быть "rootDir": "build" (сейчас ${JSON.stringify(settings.rootDir ?? settings.srcDir)}): отправлять нужно собранный код.`,
      `.clasp.json must say "rootDir": "build" (now ${JSON.stringify(settings.rootDir ?? settings.srcDir)}): only the built bundle is pushed.`,
    ]);
  }
  const real = filesToPush(root);
  if (JSON.stringify(real) !== JSON.stringify(expected)) {
    fail([`with your .clasp.json clasp would push ${JSON.stringify(real)}, expected ${JSON.stringify(expected)}`]);
  }
  console.log('.clasp.json is ready: clasp push -f sends the build to your script.');
}
