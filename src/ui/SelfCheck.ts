/**
 * The self-check dialog: one click runs every probe on the account (server side) and shows the table —
 * expected, seen, verdict and what it means. Text is set with textContent: no server string is markup.
 */
import type { SelfCheckReport } from '../shared/rpc';
import { callServer, closeDialog } from './rpc';

const runButton = document.getElementById('run') as HTMLButtonElement;
const status = document.getElementById('status') as HTMLDivElement;
const table = document.getElementById('table') as HTMLTableElement;
const rows = document.getElementById('rows') as HTMLTableSectionElement;
const cleanup = document.getElementById('cleanup') as HTMLUListElement;

function cell(text: string, className = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function render(report: SelfCheckReport): void {
  rows.textContent = '';
  for (const row of report.rows) {
    const tr = document.createElement('tr');
    const verdict = cell(row.verdictText, `verdict verdict-${row.verdict}`);
    if (row.meaning) {
      const meaning = document.createElement('span');
      meaning.className = 'meaning';
      meaning.textContent = row.meaning;
      verdict.append(meaning);
    }
    tr.append(cell(row.title), cell(row.expected), cell(row.observed, 'seen'), verdict);
    rows.append(tr);
  }
  table.hidden = false;
  cleanup.textContent = '';
  for (const line of report.cleanup) {
    const li = document.createElement('li');
    li.textContent = line;
    cleanup.append(li);
  }
  const bad = report.rows.some((r) => r.verdict === 'fails' || r.verdict === 'unchecked');
  status.className = `status ${bad ? 'fail' : 'ok'}`;
  status.textContent = `Итог — ${report.summary}.`;
}

runButton.addEventListener('click', () => {
  runButton.disabled = true;
  status.className = 'status';
  status.textContent = 'Проверяю… Не закрывайте окно.';
  callServer('runSelfCheck')
    .then(render)
    .catch((error: Error) => {
      status.className = 'status fail';
      status.textContent = `Проверка не выполнена: ${error.message}`;
    })
    .finally(() => {
      runButton.disabled = false;
    });
});

document.getElementById('close')!.addEventListener('click', () => closeDialog());
