/** `clasp push` would send exactly the manifest, Code.js and the HTML files (clasp status --json, offline). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

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
    ]);
  });
});
