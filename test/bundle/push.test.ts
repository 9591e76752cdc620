/**
 * `clasp push` would send exactly the manifest, Code.js and the HTML files (clasp status --json, offline),
 * and `npm run deploy` stops with a Russian and English explanation until clasp has written .clasp.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** A throw-away checkout: the script, build/, .claspignore and a link to node_modules — no .clasp.json. */
function scratchCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-deploy-'));
  cpSync(join(root, 'scripts', 'check-push.mjs'), join(dir, 'scripts', 'check-push.mjs'));
  cpSync(join(root, 'build'), join(dir, 'build'), { recursive: true });
  cpSync(join(root, '.claspignore'), join(dir, '.claspignore'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function deployCheck(dir: string): { status: number | null; out: string } {
  // clasp reads these from the environment; a developer's own must not point the check elsewhere.
  const { clasp_config_project: _project, clasp_config_ignore: _ignore, ...env } = process.env;
  const run = spawnSync(process.execPath, [join(dir, 'scripts', 'check-push.mjs')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...env, npm_lifecycle_event: 'deploy' },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('what clasp pushes', () => {
  it('is exactly build/appsscript.json, build/Code.js and the HTML files', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'check-push.mjs')], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('build/Code.js');
    expect(out).toContain('build/appsscript.json');
    expect(out).toContain('build/Settings.html');
    expect(out).toContain('build/Documents.html');
  });

  it('pushes a manifest with Moscow time, V8 and only the narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'build', 'appsscript.json'), 'utf8'));
    expect(manifest.timeZone).toBe('Europe/Moscow');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
      'https://www.googleapis.com/auth/forms',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/script.external_request',
    ]);
    // UrlFetchApp reaches Google's APIs and nothing else.
    expect(manifest.urlFetchWhitelist).toEqual(['https://www.googleapis.com/']);
  });
});

describe('npm run deploy before and after clasp wrote .clasp.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = scratchCheckout();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without .clasp.json: fails and names the two clasp commands that make it', () => {
    const { status, out } = deployCheck(dir);
    expect(status).toBe(1);
    expect(out).toContain('Нет файла .clasp.json');
    expect(out).toContain('npx clasp create-script --type sheets --title "Наставничество" --rootDir build');
    expect(out).toContain('npx clasp clone-script');
    expect(out).toContain('No .clasp.json');
  });

  it('with a placeholder script id or the wrong rootDir: fails and says why', () => {
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'build' }));
    expect(deployCheck(dir)).toMatchObject({ status: 1, out: expect.stringContaining('нет настоящего идентификатора скрипта') });
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: '.' }));
    expect(deployCheck(dir)).toMatchObject({ status: 1, out: expect.stringContaining('"rootDir": "build"') });
  });

  it('with the .clasp.json clasp writes (scriptId, rootDir build): passes', () => {
    // The shape clasp 3.4.1 writes after create-script/clone-script (Project.updateSettings).
    const written = { scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'build', scriptExtensions: ['.js', '.gs'], htmlExtensions: ['.html'], jsonExtensions: ['.json'], filePushOrder: [], skipSubdirectories: false };
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify(written));
    const { status, out } = deployCheck(dir);
    expect(out).toContain('.clasp.json is ready');
    expect(status).toBe(0);
  });
});
