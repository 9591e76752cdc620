/**
 * «Дорожная карта (план мероприятий) по внедрению программы наставничества» as a document: приложение 3 to the
 * order that approves it, stamped as the seed stamps it («Утверждаю: … Приказ № … от …», the order's number and
 * date), the two-line title and the stages' table; the seed's word for word for the seed's school and year.
 */
import type { ProgrammeSettings } from '../programme';
import type { RoadmapStage } from '../roadmap/types';
import { ROADMAP_TABLE } from '../tables';
import { type DocumentModel, h1, table } from './model';
import { orderApproval, school, typesetModel, yearDigits } from './phrases';

const ROADMAP_COLUMNS = ['number', 'title', 'content', 'planned'] as const;

function roadmapHeader(): string[] {
  return ROADMAP_COLUMNS.map((key) => {
    const column = ROADMAP_TABLE.columns.find((c) => c.key === key);
    if (!column) throw new Error(`В таблице «Дорожная карта» нет столбца ${key}.`);
    return column.title;
  });
}

export function roadmapDocument(settings: ProgrammeSettings, stages: readonly RoadmapStage[]): DocumentModel {
  if (stages.length === 0) throw new Error('На листе «Дорожная карта» нет ни одного этапа: документ не составлен.');
  return typesetModel({
    fileName: `Дорожная карта — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      orderApproval(settings),
      h1('Дорожная карта (план мероприятий)'),
      h1(`по внедрению программы наставничества в ${school(settings)}`),
      table(
        roadmapHeader(),
        stages.map((s) => [s.number, s.title, s.content, s.plannedText]),
      ),
    ],
  });
}
