/**
 * Host-side check that a PDF opens: the text of each page as pdf.js reads it. pdf.js is an ES module, so
 * it runs in a child Node process; tests and the demo use this, never the emulated script.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = `
  import { readFileSync } from 'node:fs';
  import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[1])), verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) pages.push((await (await pdf.getPage(i)).getTextContent()).items.map((it) => it.str).join(''));
  console.log(JSON.stringify(pages));`;

export function pdfPages(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, bytes);
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, file], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
    return JSON.parse(out) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
