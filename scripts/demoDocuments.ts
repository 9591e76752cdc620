/**
 * The demo's documents step: the coordinator opens «Документы…», ticks every group and waits while the
 * dialog drives the job; then every Google Doc the add-on made is written to out/documents as .docx and
 * .html (and the PDFs for the website as they are in Drive).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Addon, documentStore, driveStore, exportDocx, exportHtml } from '../emulator';
import type { DocumentsDialogData, DocumentsJobView } from '../src/shared/rpc';

const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';


/** A file name safe on every disk: no slashes, quotes or colons. */
const safe = (name: string): string => name.replace(/[\\/:*?"<>|«»]/g, '').replace(/\s+/g, ' ').trim();

export async function runDocumentsStep(addon: Addon, outDir: string): Promise<string[]> {
  const lines: string[] = [];
  addon.clickMenu('Документы…');
  // The dialog first says what «Настройки» leaves out of the documents (the demo's coordinator filled it in).
  const dialog = (await addon.scriptRun('getDocumentsDialogData')) as DocumentsDialogData;
  lines.push(dialog.gaps.length === 0 ? 'Документы: в «Настройках» есть всё, что нужно документам.' : 'Документы: в «Настройках» не хватает сведений:');
  for (const gap of dialog.gaps) lines.push(`  ${gap}`);
  let view = (await addon.scriptRun('startDocuments', ['school', 'pairs', 'mentors', 'report', 'consents'])) as DocumentsJobView;
  while (!view.finished) view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
  lines.push(`Документы: ${view.total} (создано ${view.created}, обновлено ${view.updated}), запусков сервера: ${view.executions}`);
  for (const f of view.failed) lines.push(`  не удалось — ${f.label}: ${f.message}`);

  const { ws } = addon;
  const folders = new Map([...ws.appFiles.entries()].filter(([, f]) => f.mimeType === FOLDER).map(([id, f]) => [id, f.name]));
  const store = documentStore(ws);
  const drive = driveStore(ws);
  const byFolder = new Map<string, string[]>();
  for (const [id, file] of ws.appFiles) {
    if (file.mimeType !== DOC && file.mimeType !== 'application/pdf') continue;
    const folder = folders.get(file.parents[0]) ?? 'Мой диск';
    const dir = join(outDir, 'documents', safe(folder));
    mkdirSync(dir, { recursive: true });
    if (file.mimeType === DOC) {
      const content = store.saved(id);
      writeFileSync(join(dir, `${safe(file.name)}.docx`), await exportDocx(content));
      writeFileSync(join(dir, `${safe(file.name)}.html`), exportHtml(content, file.name));
    } else {
      const pdf = drive.contents.get(id);
      if (pdf) writeFileSync(join(dir, safe(file.name)), pdf.bytes);
    }
    const shared = drive
      .permissionsOf(id)
      .filter((p) => p.role !== 'owner')
      .map((p) => p.emailAddress ?? p.type);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), `${file.name}${shared.length > 0 ? ` — доступ: ${shared.join(', ')}` : ''}`]);
  }
  for (const [folder, names] of byFolder) {
    lines.push(`  ${folder}: ${names.length}`);
    for (const name of names.slice(0, 6)) lines.push(`    ${name}`);
    if (names.length > 6) lines.push(`    … и ещё ${names.length - 6}`);
  }
  lines.push(`  Письма о доступе: ${drive.notifications.length}; файлы записаны в ${join(outDir, 'documents')}`);
  return lines;
}
