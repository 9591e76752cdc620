/**
 * The add-on's public surface: every export becomes a top-level Apps Script function (menu actions,
 * triggers, google.script.run targets). Thin: each calls one use case. Nothing else is global.
 */

import { applyWithdrawals, createForms as createFormsUseCase, receiveAnswer, syncBanks as syncBanksUseCase } from './app/banksFromForms';
import { confirmPairsUseCase } from './app/confirmPairs';
import { DOCUMENT_GROUPS } from './app/documents/catalog';
import { continueDocumentsJob, type DocumentsJobPorts, documentsJobStatus, startDocumentsJob, startOverwriteJob } from './app/documents/documentsJob';
import { readSettingsGaps } from './app/documents/sources';
import { endPair } from './app/endPair';
import { type ImportPlacement, importRoadmap as importRoadmapUseCase, previewRoadmapImport as previewRoadmapImportUseCase } from './app/importRoadmap';
import { refreshMeetingFormAfterPairs } from './app/meetingFormRefresh';
import { programmeOverview } from './app/overview';
import { syncPublications } from './app/publications';
import { refreshRoadmapTable } from './app/refreshRoadmap';
import { requireTables } from './app/requireTables';
import { runSelfCheck as runSelfCheckUseCase, type SelfCheckReport } from './app/selfCheck';
import { setUpProgramme } from './app/setUpProgramme';
import { suggestPairsUseCase } from './app/suggestPairs';
import { SETTINGS_FIELDS, type SettingsForm, settingsFromRows, settingsToForm } from './domain/programme';
import { ROADMAP_TABLE, SETTINGS_TABLE } from './domain/tables';
import type {
  DocumentsDialogData,
  DocumentsJobView,
  Overview,
  RoadmapImportPreview,
  RoadmapImportResult,
  SaveSettingsResult,
  ServerApi,
  SettingsDialogData,
} from './shared/rpc';
import { ProgrammeContext, TRIGGER_LOCK } from './workspace/context';
import { DriveBatch } from './workspace/driveBatch';
import { AdvancedDriveFolders } from './workspace/driveFolders';
import { DriveSharing } from './workspace/driveSharing';
import { GoogleDocuments } from './workspace/googleDocuments';
import { buildAddonMenu } from './workspace/menu';
import { GoogleForms } from './workspace/questionnaireForms';
import { AccountProbes } from './workspace/selfCheck/accountProbes';
import { alertUser, inRussianErrors, jobInRussian, reportErrors, showDialog, showSidebar, toast } from './workspace/ui';
import { DriveTrash } from './workspace/withdrawalFiles';

/** Simple trigger: adds the menu. Runs in any auth mode; in AuthMode.NONE it must not touch the document. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu();
}

/** Runs when the add-on is installed from the Marketplace: same as opening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu «Настроить программу…»: the settings dialog. */
export function showSettingsDialog(): void {
  showDialog('Settings', 'Настройка программы наставничества', 560, 640);
}

/** Menu «Обзор программы»: the sidebar with the roadmap's states, the counts and the links. */
export function showOverview(): void {
  showSidebar('Sidebar', 'Наставничество');
}

/** google.script.run: what the sidebar shows. */
export function getOverview(): Overview {
  const ctx = new ProgrammeContext();
  return programmeOverview(ctx.workbook, ctx.clock.today());
}

/** Menu «Обновить дорожную карту»: dates and states of the stages from their texts and today. */
export function refreshRoadmap(): void {
  reportErrors(() => {
    const ctx = new ProgrammeContext();
    const [roadmap] = requireTables(ctx.workbook, ROADMAP_TABLE);
    const result = ctx.lock.withDocumentLock(() => {
      // Stage 10 reads «Публикации»: held events and site PDFs made since are listed first.
      syncPublications(ctx.workbook);
      return refreshRoadmapTable(roadmap, ctx.clock.today(), { workbook: ctx.workbook, store: ctx.store });
    });
    const flagged = result.stages.filter((s) => s.check !== '').length;
    if (result.changed > 0) ctx.journal().log('Дорожная карта', `Обновлено состояние этапов: ${result.changed}.`);
    toast(
      `Этапов: ${result.stages.length}; изменилось: ${result.changed}` +
        (flagged > 0 ? `; см. «Проверка»: ${flagged}` : '') +
        (result.kept.length > 0 ? `; оставлено, как вписано вручную: ${result.kept.join(', ')}` : '') +
        '.',
      'Дорожная карта',
    );
  });
}

/** Menu «Импортировать дорожную карту…»: the dialog to paste the school's own roadmap into. */
export function showImportRoadmapDialog(): void {
  showDialog('ImportRoadmap', 'Импорт дорожной карты', 860, 640);
}

/** google.script.run: what the pasted roadmap would import and what is flagged; writes nothing. */
export function previewRoadmapImport(pasted: string): RoadmapImportPreview {
  return inRussianErrors(() => {
    const ctx = new ProgrammeContext();
    const [roadmap] = requireTables(ctx.workbook, ROADMAP_TABLE);
    return previewRoadmapImportUseCase(roadmap, typeof pasted === 'string' ? pasted : '');
  });
}

/** google.script.run: writes the imported stages (below the existing ones, or instead of them once confirmed). */
export function importRoadmap(pasted: string, placement: ImportPlacement): RoadmapImportResult {
  return inRussianErrors(() => {
    const ctx = new ProgrammeContext();
    const [roadmap] = requireTables(ctx.workbook, ROADMAP_TABLE);
    const where: ImportPlacement = placement === 'replace' ? 'replace' : 'append';
    return importRoadmapUseCase({ roadmap, lock: ctx.lock, journal: () => ctx.journal() }, typeof pasted === 'string' ? pasted : '', where);
  });
}

/** Menu «Подобрать пары»: an optimal, explained suggestion in «Подбор» for everyone without a pair. */
export function suggestPairs(): void {
  reportErrors(() => {
    const ctx = new ProgrammeContext();
    const report = suggestPairsUseCase(ctx.ports());
    const lines = [`Предложено пар: ${report.matched} из ${report.mentees}. Проверьте лист «Подбор», отметьте «Утвердить» и выберите «Закрепить утверждённые».`, ...report.summary];
    if (report.unmatched.length > 0) {
      lines.push('', 'Без пары:', ...report.unmatched.slice(0, 10).map((u) => `• ${u.name}: ${u.reason}`));
      if (report.unmatched.length > 10) lines.push(`… и ещё ${report.unmatched.length - 10}`);
    }
    if (report.capacityNotes.length > 0) lines.push('', 'Вместимость наставников:', ...report.capacityNotes.map((n) => `• ${n}`));
    alertUser('Подбор пар', lines.join('\n'));
  });
}

/** Menu «Закрепить утверждённые»: approved suggestions become pairs and groups. */
export function confirmPairs(): void {
  reportErrors(() => {
    const ctx = new ProgrammeContext();
    const report = confirmPairsUseCase(ctx.ports());
    if (!report.ok) {
      alertUser('Закрепление пар', `Ничего не изменено:\n${report.problems.map((p) => `• ${p}`).join('\n')}`);
      return;
    }
    const lines = [`Закреплено: ${report.created.length}.`, ...report.created.map((c) => `• ${c.id}: ${c.mentor} — ${c.mentees.join(', ')}`)];
    if (report.support.length > 0) lines.push('', `Без пары (поддержка, поиск наставника): ${report.support.join(', ')}.`);
    if (report.warnings.length > 0) lines.push('', 'Проверьте:', ...report.warnings.map((w) => `• ${w}`));
    // The meeting form's list of pairs follows the pairs (its own lock, after they are saved; a failure is only reported).
    const form = report.created.length > 0 ? refreshMeetingFormAfterPairs({ workbook: ctx.workbook, forms: new GoogleForms(ctx.ss), store: ctx.store, lock: ctx.lock }) : null;
    if (form && form.message !== '') lines.push('', form.message);
    alertUser('Закрепление пар', lines.join('\n'));
  });
}

/** Menu «Завершить пару…»: asks which pair and how it ends; nothing changes without the answer. */
export function endPairDialog(): void {
  reportErrors(() => {
    const ui = SpreadsheetApp.getUi();
    const asked = ui.prompt('Завершить пару', 'ID пары или группы из листа «Пары и группы» (например, П-001):', ui.ButtonSet.OK_CANCEL);
    if (asked.getSelectedButton() !== ui.Button.OK || asked.getResponseText().trim() === '') return;
    const done = ui.alert(
      'Как завершается пара?',
      '«Да» — программа пары выполнена (завершена).\n«Нет» — пара расторгнута досрочно: наставляемые снова ищут наставника.',
      ui.ButtonSet.YES_NO_CANCEL,
    );
    if (done === ui.Button.CANCEL || done === ui.Button.CLOSE) return;
    const ctx = new ProgrammeContext();
    const result = endPair(ctx.ports(), asked.getResponseText(), done === ui.Button.YES ? 'завершена' : 'расторгнута');
    alertUser('Пары и группы', result.message);
  });
}

/** Menu «Создать анкеты»: the two questionnaires as Google Forms (reused if they exist) and the one form-submit trigger. */
export function createForms(): void {
  reportErrors(() => {
    const ctx = new ProgrammeContext();
    const report = createFormsUseCase(bankPorts(ctx));
    const lines = report.links.map((l) => `${l.title}:\n${l.publishedUrl}`);
    const notes = report.notes.length > 0 ? `\n\n${report.notes.join('\n')}` : '';
    alertUser('Анкеты', `${report.created.length > 0 ? `Созданы: ${report.created.join(', ')}.` : 'Анкеты уже есть.'}\n\nСсылки для участников (также в листе «Настройки»):\n${lines.join('\n')}${notes}`);
  });
}

/** Installable trigger: a questionnaire answer arrived in the programme spreadsheet. */
export function onFormSubmitTrigger(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const ctx = new ProgrammeContext(TRIGGER_LOCK);
  receiveAnswer(bankPorts(ctx), e.range.getSheet().getSheetId(), e.range.getRow(), e.values.map(String));
}

/** Menu «Обновить банки»: both banks rebuilt from the response sheets. */
export function syncBanks(): void {
  reportErrors(() => {
    const ctx = new ProgrammeContext();
    const report = syncBanksUseCase(bankPorts(ctx));
    if (report.banks.length === 0) {
      alertUser('Банки', 'Анкет ещё нет: выберите «Создать анкеты».');
      return;
    }
    toast(report.banks.map((b) => `${b.title}: ${b.people} (ответов ${b.answers}, без согласия ${b.noConsent})`).join('; '), 'Банки обновлены');
  });
}

/** Menu «Применить отзывы согласий»: rows marked «Отзыв согласия» are erased. */
export function applyConsentWithdrawals(): void {
  reportErrors(() => {
    const ctx = new ProgrammeContext();
    const ids = applyWithdrawals(bankPorts(ctx));
    toast(ids.length > 0 ? `Данные удалены: ${ids.join(', ')}` : 'Отметок «Отзыв согласия» нет.', 'Отзыв согласия');
  });
}

function bankPorts(ctx: ProgrammeContext) {
  return {
    ...ctx.ports(),
    forms: new GoogleForms(ctx.ss),
    drive: new AdvancedDriveFolders(),
    // A consent withdrawn reaches the documents too (src/app/withdrawalDocuments.ts).
    documents: new GoogleDocuments(),
    sharing: new DriveSharing(),
    trash: new DriveTrash(),
    nowMs: () => Date.now(),
  };
}

/** google.script.run: the settings dialog's fields with the current values. */
export function getSettingsDialogData(): SettingsDialogData {
  const ctx = new ProgrammeContext();
  const table = ctx.workbook.table(SETTINGS_TABLE);
  const values = new Map((table?.readAll() ?? []).map((r) => [String(r.values.key), String(r.values.value)]));
  const settings = settingsFromRows(values);
  const form: Partial<SettingsForm> = settings ? settingsToForm(settings) : {};
  return {
    configured: settings !== null,
    fields: SETTINGS_FIELDS.map((f) => ({ ...f, value: form[f.key] ?? values.get(f.key) ?? '' })),
  };
}

/** google.script.run: validates and applies the settings (set-up), or says what to fix. */
export function saveSettings(form: Record<string, string>): SaveSettingsResult {
  return inRussianErrors(() => saveSettingsNow(form));
}

function saveSettingsNow(form: Record<string, string>): SaveSettingsResult {
  const ctx = new ProgrammeContext();
  const result = setUpProgramme(
    ctx.ports(),
    form,
  );
  if (!result.ok) return { ok: false, message: result.message, errors: result.errors };
  const summary = [
    result.created.length > 0 ? `Созданы листы: ${result.created.join(', ')}.` : 'Все листы программы на месте.',
    ...result.messages,
    result.changedSettings.length > 0 ? `Сохранены настройки: ${result.changedSettings.join(', ')}.` : 'Настройки не изменились.',
    result.roadmapFilled ? 'Дорожная карта заполнена на выбранный учебный год.' : 'Дорожная карта сохранена как есть.',
  ];
  return { ok: true, summary };
}

/** Menu «Документы…»: the dialog that makes the programme's documents and shows the progress. */
export function showDocumentsDialog(): void {
  showDialog('Documents', 'Документы программы', 600, 560);
}

function documentsPorts(ctx: ProgrammeContext): DocumentsJobPorts {
  return {
    ...ctx.ports(),
    drive: new AdvancedDriveFolders(),
    documents: new GoogleDocuments(),
    sharing: new DriveSharing(),
    // New documents go to Drive ten at a time (UrlFetchApp.fetchAll): a year's programmes in one execution.
    batch: new DriveBatch(),
    nowMs: () => Date.now(),
  };
}

/** google.script.run: the groups the dialog offers and the job's state (an unfinished job goes on). */
export function getDocumentsDialogData(): DocumentsDialogData {
  const ctx = new ProgrammeContext();
  return {
    groups: DOCUMENT_GROUPS.map((g) => ({ id: g.id, label: g.label })),
    job: documentsJobStatus(ctx.store),
    gaps: inRussianErrors(() => readSettingsGaps(ctx.workbook).map((g) => g.line)),
  };
}

/** google.script.run: starts making the chosen groups of documents; the dialog then calls continueDocuments. */
export function startDocuments(groups: string[]): DocumentsJobView {
  return inRussianErrors(() => jobInRussian(startDocumentsJob(documentsPorts(new ProgrammeContext()), Array.isArray(groups) ? groups : [])));
}

/** google.script.run: one execution's share of the documents (within a time budget), and the progress. */
export function continueDocuments(): DocumentsJobView {
  const started = Date.now();
  return inRussianErrors(() => jobInRussian(continueDocumentsJob(documentsPorts(new ProgrammeContext()), { elapsedMs: () => Date.now() - started })));
}

/** google.script.run: rewrites the documents changed by hand that the coordinator ticked; then continueDocuments. */
export function overwriteDocuments(items: string[]): DocumentsJobView {
  return inRussianErrors(() => jobInRussian(startOverwriteJob(documentsPorts(new ProgrammeContext()), Array.isArray(items) ? items : [])));
}

/** Menu «Проверить работу в этом аккаунте»: the dialog that runs the self-check and shows its table. */
export function showSelfCheck(): void {
  showDialog('SelfCheck', 'Проверка работы в этом аккаунте', 820, 600);
}

/** google.script.run: every probe of Google's behaviour on scratch objects, removed afterwards. */
export function runSelfCheck(): SelfCheckReport {
  const ctx = new ProgrammeContext();
  return runSelfCheckUseCase({ probes: new AccountProbes(ctx.ss), lock: ctx.lock });
}

// «Мероприятия» and the mentors' training (src/entryEvents.ts).
export { applyMentorTraining, eventAttendanceDialog, eventNewsDialog, eventProtocolDialog } from './entryEvents';

// The type checker proves the RPC functions above are the ServerApi the dialogs call.
void ({
  getOverview,
  getSettingsDialogData,
  saveSettings,
  getDocumentsDialogData,
  startDocuments,
  continueDocuments,
  overwriteDocuments,
  runSelfCheck,
  previewRoadmapImport,
  importRoadmap,
} satisfies ServerApi);
