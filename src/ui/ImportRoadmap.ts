/**
 * The import dialog: paste, see what will be imported and what is flagged (nothing is written yet), then
 * «Импортировать». Replacing the existing stages needs a tick and a confirmation. Text is set with textContent.
 */
import type { RoadmapImportPreview } from '../shared/rpc';
import { callServer, closeDialog } from './rpc';

const pasted = document.getElementById('pasted') as HTMLTextAreaElement;
const previewButton = document.getElementById('preview') as HTMLButtonElement;
const importButton = document.getElementById('import') as HTMLButtonElement;
const replace = document.getElementById('replace') as HTMLInputElement;
const replaceLabel = document.getElementById('replaceLabel') as HTMLLabelElement;
const status = document.getElementById('status') as HTMLDivElement;
const result = document.getElementById('result') as HTMLDivElement;
const stages = document.getElementById('stages') as HTMLTableSectionElement;
const flagged = document.getElementById('flagged') as HTMLTableSectionElement;
const flaggedTable = document.getElementById('flaggedTable') as HTMLTableElement;
const flaggedTitle = document.getElementById('flaggedTitle') as HTMLHeadingElement;

/** The text the preview was made from: «Импортировать» sends exactly it, never an edit made after. */
let previewed = '';

function cell(text: string, className = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function show(view: RoadmapImportPreview): void {
  status.className = `status ${view.ok ? 'ok' : 'fail'}`;
  status.textContent = view.message;
  stages.textContent = '';
  for (const s of view.stages) {
    const tr = document.createElement('tr');
    tr.append(cell(s.number), cell(s.title), cell(s.content), cell(s.planned), cell(s.notes.join('\n'), 'note'));
    stages.append(tr);
  }
  flagged.textContent = '';
  for (const f of view.flagged) {
    const tr = document.createElement('tr');
    tr.append(cell(String(f.line)), cell(f.text), cell(f.reason));
    flagged.append(tr);
  }
  flaggedTable.hidden = view.flagged.length === 0;
  flaggedTitle.hidden = view.flagged.length === 0;
  replaceLabel.hidden = view.existing === 0;
  result.hidden = view.stages.length === 0 && view.flagged.length === 0;
  importButton.disabled = !view.ok;
}

function fail(error: Error): void {
  status.className = 'status fail';
  status.textContent = error.message;
}

previewButton.addEventListener('click', () => {
  previewButton.disabled = true;
  previewed = pasted.value;
  callServer('previewRoadmapImport', previewed)
    .then((view) => {
      show(view);
      if (view.existing > 0) status.textContent += ` В листе уже есть этапов: ${view.existing}.`;
    })
    .catch(fail)
    .finally(() => {
      previewButton.disabled = false;
    });
});

pasted.addEventListener('input', () => {
  importButton.disabled = true;
  resetConfirmation();
});

/** Replacing was asked about and the coordinator clicked «Заменить» after reading what it erases. */
let replaceConfirmed = false;

function resetConfirmation(): void {
  replaceConfirmed = false;
  importButton.textContent = 'Импортировать';
}

replace.addEventListener('change', resetConfirmation);

importButton.addEventListener('click', () => {
  const placement = replace.checked ? 'replace' : 'append';
  // Replacing loses what the sheet holds (ticks, links): asked once more, in the dialog itself (a browser
  // confirm() may be blocked in the add-on's cross-origin frame).
  if (placement === 'replace' && !replaceConfirmed) {
    replaceConfirmed = true;
    importButton.textContent = 'Заменить';
    status.className = 'status fail';
    status.textContent = 'Заменить этапы, которые уже есть в листе «Дорожная карта»? Прежние строки (отметки «Выполнено», ссылки на документы) будут стёрты. Нажмите «Заменить», чтобы подтвердить, или снимите отметку.';
    return;
  }
  resetConfirmation();
  importButton.disabled = true;
  callServer('importRoadmap', previewed, placement)
    .then((done) => {
      show(done);
      importButton.disabled = true;
    })
    .catch((error: Error) => {
      fail(error);
      importButton.disabled = false;
    });
});

document.getElementById('close')!.addEventListener('click', () => closeDialog());
