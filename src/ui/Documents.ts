/**
 * The documents dialog: the coordinator picks groups of documents, the server makes them in a resumable
 * job, and this page keeps calling continueDocuments until the job is finished — an editor add-on may not
 * run time triggers often enough to do it alone. Text is set with textContent: no server string is markup.
 */
import type { DocumentsDialogData, DocumentsJobView } from '../shared/rpc';
import { callServer, closeDialog } from './rpc';

const groupsBox = document.getElementById('groups') as HTMLFieldSetElement;
const startButton = document.getElementById('start') as HTMLButtonElement;
const progressBox = document.getElementById('progress') as HTMLDivElement;
const bar = document.getElementById('bar') as HTMLProgressElement;
const counter = document.getElementById('counter') as HTMLDivElement;
const status = document.getElementById('status') as HTMLDivElement;
const failedList = document.getElementById('failed') as HTMLUListElement;

/** A killed or failed execution is retried this many times in a row before the dialog gives up. */
const RETRIES = 3;
const BUSY_WAIT_MS = 5000;

function setStatus(kind: 'ok' | 'fail' | '', text: string, link?: { label: string; url: string }): void {
  status.className = `status ${kind}`;
  status.textContent = text;
  if (link && /^https:\/\//.test(link.url)) {
    const a = document.createElement('a');
    a.href = link.url;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = link.label;
    status.append(' ', a);
  }
}

function renderGroups(data: DocumentsDialogData): void {
  groupsBox.textContent = '';
  const legend = document.createElement('legend');
  legend.textContent = 'Что сформировать';
  groupsBox.append(legend);
  for (const group of data.groups) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = group.id;
    box.checked = group.id !== 'mentors';
    box.name = 'group';
    const text = document.createElement('span');
    text.textContent = group.label;
    label.append(box, text);
    groupsBox.append(label);
  }
  startButton.disabled = false;
}

function show(job: DocumentsJobView): void {
  progressBox.hidden = false;
  bar.max = Math.max(job.total, 1);
  bar.value = job.done;
  counter.textContent = `Готово ${job.done} из ${job.total}` + (job.executions > 1 ? ` (запусков: ${job.executions})` : '') + '.';
  failedList.textContent = '';
  for (const f of job.failed) {
    const li = document.createElement('li');
    li.textContent = `${f.label}: ${f.message}`;
    failedList.append(li);
  }
}

function finish(job: DocumentsJobView): void {
  show(job);
  const summary = `Готово: создано ${job.created}, обновлено ${job.updated}` + (job.failed.length > 0 ? `, не удалось ${job.failed.length} (см. ниже).` : '.');
  setStatus(job.failed.length > 0 ? 'fail' : 'ok', summary, job.folderUrl ? { label: 'Открыть папку программы', url: job.folderUrl } : undefined);
  startButton.disabled = false;
  startButton.textContent = 'Сформировать';
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runToEnd(first: DocumentsJobView): Promise<void> {
  let job = first;
  let failures = 0;
  while (!job.finished) {
    show(job);
    try {
      if (job.busy) {
        setStatus('', 'Документы сейчас формирует другой запуск — жду…');
        await wait(BUSY_WAIT_MS);
      }
      job = await callServer('continueDocuments');
      failures = 0;
      setStatus('', 'Формирую документы… Не закрывайте окно.');
    } catch (error) {
      failures += 1;
      if (failures > RETRIES) throw error;
      setStatus('', `Запуск прервался (${(error as Error).message}); продолжаю с того же места…`);
    }
  }
  finish(job);
}

startButton.addEventListener('click', () => {
  const groups = Array.from(groupsBox.querySelectorAll<HTMLInputElement>('input[name=group]:checked'), (b) => b.value);
  if (groups.length === 0) {
    setStatus('fail', 'Отметьте хотя бы одну группу документов.');
    return;
  }
  startButton.disabled = true;
  startButton.textContent = 'Формирую…';
  setStatus('', 'Готовлю список документов…');
  callServer('startDocuments', groups)
    .then(runToEnd)
    .catch((error: Error) => {
      setStatus('fail', `Не удалось сформировать документы: ${error.message}`);
      startButton.disabled = false;
      startButton.textContent = 'Сформировать';
    });
});

document.getElementById('close')!.addEventListener('click', () => closeDialog());

callServer('getDocumentsDialogData')
  .then((data) => {
    renderGroups(data);
    // An unfinished job (the dialog was closed, an execution was killed) is offered to go on.
    if (data.job && !data.job.finished) {
      show(data.job);
      setStatus('', 'Прошлое формирование документов не закончено: нажмите «Сформировать», чтобы продолжить.');
    }
  })
  .catch((error: Error) => setStatus('fail', `Не удалось открыть окно документов: ${error.message}`));
