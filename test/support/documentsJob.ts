/**
 * «Документы…» as its dialog drives it: start, then call again until the job is finished, paused or stopped,
 * waiting a little while another execution holds it.
 */
import type { Addon } from '../../emulator';
import type { DocumentsJobView } from '../../src/shared/rpc';

export async function makeDocuments(addon: Addon, groups: string[]): Promise<DocumentsJobView> {
  let view = (await addon.scriptRun('startDocuments', groups)) as DocumentsJobView;
  for (let calls = 0; !view.finished && !view.paused && !view.stopped; calls++) {
    if (calls > 40) throw new Error('the job does not finish');
    if (view.busy) addon.ws.rt.clock.advance(5000);
    view = (await addon.scriptRun('continueDocuments')) as DocumentsJobView;
  }
  return view;
}
