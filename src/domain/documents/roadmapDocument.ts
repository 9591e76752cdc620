/**
 * «Дорожная карта (план мероприятий) по внедрению программы наставничества» as a document: приложение 3 to the
 * order that approves it, stamped as the seed stamps it («Утверждаю: … Приказ № … от …», the order's number and
 * date), the two-line title and the stages' table; the seed's word for word for the seed's school and year.
 */
import { formatRussianDate } from '../dates';
import type { ProgrammeSettings } from '../programme';
import type { RoadmapStage } from '../roadmap/types';
import { ROADMAP_TABLE } from '../tables';
import { type Block, type DocumentModel, h1, table } from './model';
import { initialsFirst } from './names';
import { school, typesetModel } from './phrases';

/** «Утверждаю: / Директор МБОУ СОШ № 13 _____ М.В. Костерина / Приказ № 384/2-о от 01.09.2022». */
export function orderApproval(settings: ProgrammeSettings): Block {
  return {
    kind: 'approval',
    lines: [
      'Утверждаю:',
      `Директор ${school(settings)} _____ ${initialsFirst(settings.directorName)}`,
      `Приказ №\u00a0${settings.orderNumber} от ${formatRussianDate(settings.orderDate)}`,
    ],
  };
}

/** The approval of a document the director signs by hand on a date of her own: «Утверждаю: … «_____» __________ 2022 г.». */
export function signedApproval(settings: ProgrammeSettings, year: number): Block {
  return {
    kind: 'approval',
    lines: ['Утверждаю:', `Директор ${school(settings)} _____ ${initialsFirst(settings.directorName)}`, `«_____» __________ ${year} г.`],
  };
}

/** «2022-2023», as file names carry the school year. */
export function yearSpan(settings: ProgrammeSettings): string {
  return `${settings.schoolYearStart}-${settings.schoolYearStart + 1}`;
}

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
    fileName: `Дорожная карта — ${settings.schoolShortName} — ${yearSpan(settings)}`,
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
