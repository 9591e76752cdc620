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
const notesList = document.getElementById('notes') as HTMLUListElement;
const handEditedBox = document.getElementById('handEdited') as HTMLDivElement;
const handEditedList = document.getElementById('handEditedList') as HTMLDivElement;
const overwriteButton = document.getElementById('overwrite') as HTMLButtonElement;
const gapsBox = document.getElementById('gaps') as HTMLDivElement;
const gapsList = document.getElementById('gapsList') as HTMLUListElement;

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
    box.checked = group.id !== 'mentors' && group.id !== 'consents';
    box.name = 'group';
    const text = document.createElement('span');
    text.textContent = group.label;
    label.append(box, text);
    groupsBox.append(label);
  }
  startButton.disabled = false;
  gapsList.textContent = '';
  for (const line of data.gaps) {
    const li = document.createElement('li');
    li.textContent = line;
    gapsList.append(li);
  }
  gapsBox.hidden = data.gaps.length === 0;
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
  if (job.failedUntold > 0) {
    const li = document.createElement('li');
    li.textContent = `И ещё не удалось: ${job.failedUntold} (причины не сохранены — их слишком много; исправьте названные выше и сформируйте снова).`;
    failedList.append(li);
  }
  notesList.textContent = '';
  for (const n of job.notes) {
    const li = document.createElement('li');
    li.textContent = `${n.label} — документ готов, но доступа пока нет:`;
    const people = document.createElement('ul');
    for (const line of n.lines) {
      const item = document.createElement('li');
      item.textContent = line;
      people.append(item);
    }
    li.append(people);
    notesList.append(li);
  }
  showHandEdited(job);
}

/** Documents a person changed, left as they are: each with a box; the button overwrites the ticked ones on purpose. */
function showHandEdited(job: DocumentsJobView): void {
  handEditedList.textContent = '';
  handEditedBox.hidden = job.handEdited.length === 0;
  for (const h of job.handEdited) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'overwrite';
    box.value = h.item;
    box.addEventListener('change', updateOverwriteButton);
    const text = document.createElement('span');
    text.textContent = h.line;
    label.append(box, text);
    handEditedList.append(label);
  }
  updateOverwriteButton();
}

function updateOverwriteButton(): void {
  overwriteButton.disabled = handEditedList.querySelector('input[name=overwrite]:checked') === null;
}

/** Stopped before the end: Google's daily limit (go on tomorrow) or progress that could not be saved. */
function halt(job: DocumentsJobView): void {
  show(job);
  setStatus('fail', job.stopped ?? job.paused ?? '', job.folderUrl ? { label: 'Открыть папку программы', url: job.folderUrl } : undefined);
  startButton.disabled = false;
  startButton.textContent = job.paused ? 'Продолжить' : 'Сформировать';
}

function finish(job: DocumentsJobView): void {
  show(job);
  const failed = job.failed.length + job.failedUntold;
  const summary =
    `Готово: создано ${job.created}, обновлено ${job.updated}` +
    (job.kept > 0 ? `, не перезаписано (изменены вручную) ${job.kept} (см. ниже)` : '') +
    (failed > 0 ? `, не удалось ${failed} (см. ниже)` : '') +
    (job.notes.length > 0 ? `; без доступа для участников: ${job.notes.length} (что сделать — ниже).` : '.');
  setStatus(failed > 0 || job.notes.length > 0 || job.kept > 0 ? 'fail' : 'ok', summary, job.folderUrl ? { label: 'Открыть папку программы', url: job.folderUrl } : undefined);
  startButton.disabled = false;
  startButton.textContent = 'Сформировать';
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runToEnd(first: DocumentsJobView): Promise<void> {
  let job = first;
  let failures = 0;
  while (!job.finished && !job.paused && !job.stopped) {
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
  if (job.finished) finish(job);
  else halt(job);
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

overwriteButton.addEventListener('click', () => {
  const items = Array.from(handEditedList.querySelectorAll<HTMLInputElement>('input[name=overwrite]:checked'), (b) => b.value);
  if (items.length === 0) return;
  overwriteButton.disabled = true;
  startButton.disabled = true;
  setStatus('', 'Перезаписываю отмеченные документы…');
  callServer('overwriteDocuments', items)
    .then(runToEnd)
    .catch((error: Error) => {
      setStatus('fail', `Не удалось перезаписать документы: ${error.message}`);
      startButton.disabled = false;
      updateOverwriteButton();
    });
});

document.getElementById('close')!.addEventListener('click', () => closeDialog());

callServer('getDocumentsDialogData')
  .then((data) => {
    renderGroups(data);
    // An unfinished job (the dialog was closed, an execution was killed) is offered to go on.
    if (data.job && !data.job.finished) {
      show(data.job);
      setStatus(
        '',
        (data.job.paused ? `${data.job.paused} ` : '') + 'Прошлое формирование документов не закончено: нажмите «Сформировать», чтобы продолжить.',
      );
    } else if (data.job && (data.job.notes.length > 0 || data.job.handEdited.length > 0)) show(data.job);
  })
  .catch((error: Error) => setStatus('fail', `Не удалось открыть окно документов: ${error.message}`));
