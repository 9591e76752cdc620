/**
 * Use case «Импортировать дорожную карту»: the school's own roadmap, pasted, becomes stages in «Дорожная карта».
 * The existing stages are never lost silently: by default the imported ones go below them; replacing them
 * happens only when the coordinator confirmed «Заменить» in the dialog.
 */
import { type ImportedStage, type ImportFlag, parseRoadmapPaste } from '../domain/roadmap/importRoadmap';
import type { JournalPort, LockPort, TablePort } from './ports';

export type ImportPlacement = 'append' | 'replace';

export interface RoadmapImportPreview {
  ok: boolean;
  /** Russian: what will happen, or why nothing can. */
  message: string;
  stages: { number: string; title: string; content: string; planned: string; notes: string[] }[];
  flagged: ImportFlag[];
  /** Stages already in the sheet (the dialog asks «Заменить?» only when there are some). */
  existing: number;
}

export interface RoadmapImportResult extends RoadmapImportPreview {
  imported: number;
}

export interface RoadmapImportPorts {
  readonly roadmap: TablePort;
  readonly lock: LockPort;
  readonly journal: () => JournalPort;
}

/** What the paste would import, without writing anything. */
export function previewRoadmapImport(roadmap: TablePort, pasted: string): RoadmapImportPreview {
  const existing = roadmap.readAll(['number', 'title', 'content']).length;
  const parsed = parseRoadmapPaste(pasted);
  if (!parsed.ok) return { ok: false, message: parsed.message, stages: [], flagged: parsed.flagged, existing };
  const flaggedNote = parsed.flagged.length > 0 ? ` Не будет импортировано (служебный текст): ${parsed.flagged.length} строк(и).` : '';
  return {
    ok: true,
    message: `Найдено этапов: ${parsed.stages.length}.${flaggedNote}`,
    stages: parsed.stages.map(view),
    flagged: parsed.flagged,
    existing,
  };
}

/** Writes the imported stages: below the existing ones, or in their place when `placement` is 'replace'. */
export function importRoadmap(ports: RoadmapImportPorts, pasted: string, placement: ImportPlacement): RoadmapImportResult {
  const parsed = parseRoadmapPaste(pasted);
  if (!parsed.ok) {
    const existing = ports.roadmap.readAll(['number', 'title', 'content']).length;
    return { ok: false, message: parsed.message, stages: [], flagged: parsed.flagged, existing, imported: 0 };
  }
  const rows = parsed.stages.map((s) => ({ number: s.number, title: s.title, content: s.content, planned: s.planned }));
  const existing = ports.lock.withDocumentLock(() => {
    const before = ports.roadmap.readAll(['number', 'title', 'content']).length;
    if (placement === 'replace') ports.roadmap.replaceAll(rows);
    else ports.roadmap.append(rows);
    return before;
  });
  const where = placement === 'replace' ? `вместо прежних (${existing})` : existing > 0 ? `ниже прежних (${existing})` : 'в пустой лист';
  ports.journal().log('Дорожная карта', `Импортировано этапов: ${rows.length}, ${where}; не импортировано служебных строк: ${parsed.flagged.length}.`);
  return {
    ok: true,
    message:
      `Импортировано этапов: ${rows.length}, ${where}.` +
      (parsed.flagged.length > 0 ? ` Пропущено служебных строк: ${parsed.flagged.length}.` : '') +
      ' Выберите «Обновить дорожную карту», чтобы прочитать сроки и состояние этапов.',
    stages: parsed.stages.map(view),
    flagged: parsed.flagged,
    existing,
    imported: rows.length,
  };
}

function view(s: ImportedStage): RoadmapImportPreview['stages'][number] {
  return { number: s.number, title: s.title, content: s.content, planned: s.planned, notes: s.notes };
}
