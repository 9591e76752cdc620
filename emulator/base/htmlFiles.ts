/** The project's HTML files as HtmlService sees them: name = path from the build root without `.html`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type HtmlFiles = Record<string, string>;

export function readHtmlFiles(rootDir: string): HtmlFiles {
  const files: HtmlFiles = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.html')) files[relative(rootDir, path).replace(/\.html$/, '')] = readFileSync(path, 'utf8');
    }
  };
  walk(rootDir);
  return files;
}
