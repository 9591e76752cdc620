/**
 * The contract between dialogs and the server: what crosses google.script.run. Only JSON-like data
 * (no Date, no undefined in arrays): dates travel as strings. src/entry.ts implements it; src/ui calls it.
 */
import type { SettingsField } from '../domain/programme';

export interface SettingsDialogData {
  fields: { key: SettingsField; label: string; hint: string; value: string }[];
  /** Whether the programme was set up before (the dialog then says «Сохранить»). */
  configured: boolean;
}

export type SaveSettingsResult =
  | { ok: true; summary: string[] }
  | { ok: false; message: string; errors: Partial<Record<SettingsField, string>> };

export type { DocumentsJobView } from '../app/documents/documentsJob';
export type { ImportPlacement, RoadmapImportPreview, RoadmapImportResult } from '../app/importRoadmap';
export type { Overview } from '../app/overview';
export type { SelfCheckReport, SelfCheckRow } from '../app/selfCheck';

import type { DocumentsJobView } from '../app/documents/documentsJob';
import type { ImportPlacement, RoadmapImportPreview, RoadmapImportResult } from '../app/importRoadmap';
import type { Overview } from '../app/overview';
import type { SelfCheckReport } from '../app/selfCheck';

export interface DocumentsDialogData {
  groups: { id: string; label: string }[];
  /** The last job's progress; null when there was none. */
  job: DocumentsJobView | null;
  /** What «Настройки» leaves out of the documents: one Russian line each (blank or unreadable rows). */
  gaps: string[];
}

export interface ServerApi {
  getOverview(): Overview;
  getSettingsDialogData(): SettingsDialogData;
  saveSettings(form: Record<string, string>): SaveSettingsResult;
  getDocumentsDialogData(): DocumentsDialogData;
  startDocuments(groups: string[]): DocumentsJobView;
  continueDocuments(): DocumentsJobView;
  /** «Перезаписать отмеченные»: rewrites these documents changed by hand (the job's items), then continueDocuments. */
  overwriteDocuments(items: string[]): DocumentsJobView;
  /** «Проверить работу в этом аккаунте»: the probes' table. */
  runSelfCheck(): SelfCheckReport;
  /** «Импортировать дорожную карту…»: what the pasted text would import and what is flagged; writes nothing. */
  previewRoadmapImport(pasted: string): RoadmapImportPreview;
  /** Writes the imported stages below the existing ones, or instead of them after the coordinator confirmed «Заменить». */
  importRoadmap(pasted: string, placement: ImportPlacement): RoadmapImportResult;
}
