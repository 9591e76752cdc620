// Proves offline (no Google login) that `clasp push` would send exactly the manifest, Code.js and the
// HTML files of build/: `clasp status --json` lists what a push would send.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const clasp = join(root, 'node_modules', '.bin', 'clasp');
const raw = execFileSync(clasp, ['status', '--json'], { cwd: root, encoding: 'utf8' });
const status = JSON.parse(raw.slice(raw.indexOf('{')));
const pushed = [...status.filesToPush].sort();
const html = readdirSync(join(root, 'build')).filter((f) => f.endsWith('.html'));
const expected = ['build/Code.js', 'build/appsscript.json', ...html.map((f) => `build/${f}`)].sort();
if (JSON.stringify(pushed) !== JSON.stringify(expected)) {
  console.error(`clasp would push ${JSON.stringify(pushed)}, expected ${JSON.stringify(expected)}`);
  process.exit(1);
}
console.log(`clasp push would send exactly: ${pushed.join(', ')}`);
