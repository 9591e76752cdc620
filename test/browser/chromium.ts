/**
 * Debian's Chromium driven by playwright-core (it cannot download a browser here). A dialog page from
 * build/ is served with a google.script.run that calls the bundle in the emulator (Addon.scriptRun),
 * so the browser test runs the real client code against the real server code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Addon, DEFAULT_BUILD_DIR } from '../../emulator';

function findChromium(): string | null {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** CI sets CI=true (GitHub Actions, .ci/run); there a missing browser is a failure, never a silent skip. */
function inCI(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * The browser to drive, or null locally without one (the browser tests then skip, with a warning). Under CI
 * it throws instead, so the suite fails to load and jest counts it as failed.
 */
export function chromiumPath(): string | null {
  const found = findChromium();
  if (found) return found;
  if (inCI()) {
    throw new Error('CI: chromium is not installed, so the browser tests cannot run (apt-get install chromium). CI fails instead of skipping them.');
  }
  console.warn('chromium is not installed: the browser tests are SKIPPED (apt-get install chromium to run them; under CI=true they fail).');
  return null;
}

export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium is not installed (apt-get install chromium)');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The google.script.run the page sees: each call crosses to the emulator as JSON, like the real one. */
const SCRIPT_RUN_SHIM = `
window.google = { script: {
  host: { close: function () { window.__closed = true; } },
  run: (function make(success, failure) {
    return new Proxy({}, { get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (h) { return make(h, failure); };
      if (name === 'withFailureHandler') return function (h) { return make(success, h); };
      return function () {
        var args = JSON.stringify(Array.prototype.slice.call(arguments));
        window.__scriptRun(String(name), args).then(function (reply) {
          var r = JSON.parse(reply);
          if (r.ok) { if (success) success(r.value); } else if (failure) failure(new Error(r.message));
        });
      };
    } });
  })(null, null)
} };`;

/** Opens build/<file>.html in a page whose google.script.run reaches `addon`. */
export async function openDialog(browser: Browser, addon: Addon, file: string): Promise<Page> {
  const page = await browser.newPage();
  await page.exposeFunction('__scriptRun', async (name: string, argsJson: string) => {
    try {
      const value = await addon.scriptRun(name, ...(JSON.parse(argsJson) as unknown[]));
      return JSON.stringify({ ok: true, value });
    } catch (error) {
      return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript(SCRIPT_RUN_SHIM);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A made-up origin answered from build/, so the init script runs as on a real navigation; nothing leaves the machine.
  await page.route('http://addon.invalid/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(DEFAULT_BUILD_DIR, `${file}.html`), 'utf8') }),
  );
  await page.goto(`http://addon.invalid/${file}`);
  page.setDefaultTimeout(5000);
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}
