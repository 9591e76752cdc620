/**
 * The sidebar «Наставничество»: the roadmap's stages with their states today, the banks' and pairs'
 * counts, the pairs to remind about meetings, and the questionnaires' links. Everything is set as text (textContent), never as markup.
 */
import type { Overview } from '../shared/rpc';
import { callServer } from './rpc';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function element(tag: string, text: string, className = ''): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function render(overview: Overview): void {
  byId('title').textContent = overview.configured ? `${overview.school}, ${overview.year}` : 'Программа не настроена';
  byId('status').textContent = overview.configured ? '' : 'Выберите «Наставничество → Настроить программу…».';
  const counts = byId('counts');
  counts.textContent = '';
  for (const [label, value] of [
    ['наставников в банке', overview.counts.mentors],
    ['наставляемых в банке', overview.counts.mentees],
    ['действующих пар и групп', overview.counts.activePairs],
    ['ждут наставника', overview.counts.waiting],
  ] as const) {
    const box = element('div', label);
    box.prepend(element('b', String(value)));
    counts.append(box);
  }
  // Stalled pairs first: what needs the coordinator today (no first meeting, or too long a gap).
  const stalled = byId('stalled');
  stalled.textContent = '';
  byId('stalled-title').hidden = overview.stalled.length === 0;
  for (const pair of overview.stalled) stalled.append(element('li', `${pair.pairId}: ${pair.text}`, 'attention'));
  const stages = byId('stages');
  stages.textContent = '';
  for (const stage of overview.stages) {
    const item = element('li', '');
    item.append(element('span', stage.state, `state state-${stage.state.replace(/\s+/g, '-')}`));
    item.append(element('span', `${stage.number}. ${stage.title}`));
    item.title = [stage.planned, stage.reason, ...stage.evidence].filter((line) => line !== "").join("\n");
    stages.append(item);
  }
  const links = byId('links');
  links.textContent = '';
  if (overview.links.length === 0) links.append(element('li', 'Ещё не созданы: «Наставничество → Создать анкеты».'));
  for (const link of overview.links) {
    const item = element('li', `${link.label}: `);
    const a = element('a', link.url) as HTMLAnchorElement;
    a.href = /^https:\/\//.test(link.url) ? link.url : '#';
    a.target = '_blank';
    a.rel = 'noopener';
    item.append(a);
    links.append(item);
  }
}

function load(): void {
  const status = byId('status');
  status.className = 'status';
  callServer('getOverview')
    .then(render)
    .catch((error: Error) => {
      status.className = 'status fail';
      status.textContent = `Не удалось загрузить: ${error.message}`;
    });
}

byId('refresh').addEventListener('click', load);
load();
