/**
 * The roadmap status report's facts: each stage's state as of today and its evidence (counts, events held
 * with their protocols, documents, publications) from the same source as the roadmap sheet's «Подтверждение»
 * (roadmapEvidence.ts), so the report and the sheet never disagree.
 */
import type { IsoDate } from '../../domain/dates';
import type { StageReport } from '../../domain/documents/inputs';
import { assessStage, evidenceText } from '../../domain/roadmap';
import type { DocumentStorePort, WorkbookPort } from '../ports';
import { programmeFacts } from '../roadmapEvidence';
import type { Sources } from './sources';

export function stageReports(sources: Sources, workbook: WorkbookPort, _store: DocumentStorePort, today: IsoDate): StageReport[] {
  const facts = programmeFacts(workbook);
  return sources.stages.map(({ stage, done }) => {
    const a = assessStage({ number: stage.number, title: stage.title, content: stage.content, planned: stage.plannedText, done }, facts, today);
    return {
      number: stage.number,
      title: stage.title,
      plannedText: stage.plannedText,
      state: a.state.state,
      evidence: evidenceText(a.evidence.lines),
    };
  });
}
