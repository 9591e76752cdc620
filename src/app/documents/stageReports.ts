/**
 * The roadmap status report's facts: each stage's state as of today and its evidence (counts, events held
 * with their protocols, documents, publications) from the same source as the roadmap sheet's «Подтверждение»
 * (roadmapEvidence.ts), so the report and the sheet never disagree. The documents job makes the report after the
 * documents before it are linked in the sheets (documentsJob.ts, SUMMARIES), so it counts what that job made.
 */
import type { IsoDate } from '../../domain/dates';
import type { ReportedStage } from '../../domain/documents/statusReport';
import { assessStage } from '../../domain/roadmap';
import { evidenceProse } from '../../domain/roadmap/evidence';
import type { DocumentStorePort, WorkbookPort } from '../ports';
import { programmeFacts } from '../roadmapEvidence';
import type { Sources } from './sources';

export function stageReports(sources: Sources, workbook: WorkbookPort, _store: DocumentStorePort, today: IsoDate): ReportedStage[] {
  const facts = programmeFacts(workbook);
  return sources.stages.map(({ stage, done }) => {
    const a = assessStage({ number: stage.number, title: stage.title, content: stage.content, planned: stage.plannedText, done }, facts, today);
    return {
      number: stage.number,
      title: stage.title,
      plannedText: stage.plannedText,
      state: a.state.state,
      // A document names its evidence (a protocol, an order) instead of printing its address.
      evidence: evidenceProse(a.evidence.lines),
      // The tick decides the state, as on the roadmap sheet; the report says when the evidence does not confirm it.
      ...(done && a.evidence.level !== 'complete' ? { tickedUnconfirmed: { missing: a.evidence.missing } } : {}),
    };
  });
}
