/**
 * The roadmap status report's facts: each stage's state as of today and the evidence the sheets and the
 * documents hold (counts, events held, links), so the report says what was done, not only dates.
 */
import { formatRussianDate, type IsoDate } from '../../domain/dates';
import type { StageReport } from '../../domain/documents/inputs';
import { SUPPORT_STATUS } from '../../domain/people';
import { stageStateOfText } from '../../domain/roadmap';
import { knownStatus } from '../../domain/statuses';
import { EVENTS_TABLE, MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, PERSON_STATUSES } from '../../domain/tables';
import { isActivePair, pairFromRow } from '../bankRecords';
import type { DocumentStorePort, WorkbookPort } from '../ports';
import { itemLabel, SCHOOL_ITEMS } from './catalog';
import { documentRecord } from './registry';
import type { Sources } from './sources';

export function stageReports(sources: Sources, workbook: WorkbookPort, store: DocumentStorePort, today: IsoDate): StageReport[] {
  const rows = (schema: Parameters<WorkbookPort['table']>[0]) => workbook.table(schema)?.readAll() ?? [];
  const mentors = rows(MENTORS_TABLE).filter((r) => r.values.consent === true);
  const mentees = rows(MENTEES_TABLE).filter((r) => r.values.consent === true);
  const pairs = rows(PAIRS_TABLE).map((r) => pairFromRow(r.rowNumber, r.values));
  const events = rows(EVENTS_TABLE);
  const link = (item: string): string[] => {
    const record = documentRecord(store, item);
    return record ? [`${itemLabel(item, sources)}: ${record.url}`] : [];
  };
  const programmes = sources.pairs.filter((p) => documentRecord(store, `pair:${p.id}`)).length;

  const evidenceFor = (number: string): string[] => {
    switch (number) {
      case '1':
        return SCHOOL_ITEMS.flatMap(link);
      case '5':
        return [`Наставляемых в банке (с согласием на обработку ПДн): ${mentees.length}`];
      case '6':
        return [`Наставников в банке (с согласием на обработку ПДн): ${mentors.length}`];
      case '7':
        return [`Наставников, прошедших обучение: ${mentors.filter((r) => r.values.trained === true).length}`];
      case '8':
        return [
          `Действующих пар и групп: ${pairs.filter(isActivePair).length}`,
          `Персонализированных программ составлено: ${programmes}`,
          `Наставляемых в поиске наставника: ${mentees.filter((r) => knownStatus(String(r.values.status ?? ''), PERSON_STATUSES) === SUPPORT_STATUS).length}`,
          ...link('pairsOrder'),
        ];
      case '9':
        return [`Завершённых пар и групп: ${pairs.filter((p) => p.status === 'завершена').length}`];
      default:
        return [];
    }
  };

  return sources.stages.map(({ stage, done }) => {
    const held = events.filter((e) => String(e.values.stage).trim() === stage.number && e.values.status === 'проведено');
    const eventLines = held.map((e) => `Проведено: ${String(e.values.title)}${e.values.date ? ` (${formatRussianDate(String(e.values.date))})` : ''}`);
    return {
      number: stage.number,
      title: stage.title,
      plannedText: stage.plannedText,
      state: stageStateOfText(stage.plannedText, done, today).state,
      evidence: [...evidenceFor(stage.number), ...eventLines],
    };
  });
}
