/**
 * Documents in the bench: service calls and virtual time per document as the pairs grow (they must stay
 * flat: a document reads the sheets in whole ranges and touches only its own file), and how many
 * executions the resumable job needs.
 */
import type { Addon } from '../emulator';
import type { DocumentsJobView } from '../src/shared/rpc';
import { programmeWithPairs } from './pairsFixture';


async function measureJob(addon: Addon, groups: string[]): Promise<{ documents: number; calls: number; requests: number; ms: number; executions: number }> {
  let view = (await addon.scriptRun('startDocuments', groups)) as DocumentsJobView;
  let calls = 0;
  let requests = 0;
  let ms = 0;
  while (!view.finished) {
    view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
    // The script's own calls; the requests a fetchAll sends together are counted apart (UrlFetch.request).
    const sent = addon.ws.rt.meter.windowCount('UrlFetch.');
    calls += addon.ws.rt.meter.windowCount() - sent;
    requests += sent;
    ms += addon.executions[addon.executions.length - 1].elapsedMs;
  }
  return { documents: view.total, calls, requests, ms, executions: view.executions };
}

export async function benchDocuments(): Promise<string[]> {
  const lines = [
    'Documents («Документы…»): the job over the pairs (programme of each pair + the order on pairs), and the school’s four documents.',
    'New documents go to Drive ten at a time (UrlFetchApp.fetchAll): the script makes one call for the ten requests of a batch.',
    '',
  ];
  lines.push('| pairs | documents | executions | calls per document | Drive requests sent together, per document | virtual s per document | school documents: calls per document | s per document |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const pairs of [10, 50, 150]) {
    const addon = await programmeWithPairs(pairs);
    const job = await measureJob(addon, ['pairs']);
    const school = await measureJob(addon, ['school']);
    lines.push(
      `| ${pairs} | ${job.documents} | ${job.executions} | ${(job.calls / job.documents).toFixed(1)} | ${(job.requests / job.documents).toFixed(1)} | ${(job.ms / job.documents / 1000).toFixed(2)} | ` +
        `${(school.calls / school.documents).toFixed(1)} | ${(school.ms / school.documents / 1000).toFixed(2)} |`,
    );
  }
  return lines;
}
