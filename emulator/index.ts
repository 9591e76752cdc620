/**
 * The emulator's public entry point for scenarios (demo, bench, fault campaign, tests): load the built
 * add-on, act as a person or as Google, plan faults, switch unconfirmed behaviour, export what was made.
 * Import from here (`../emulator`) rather than from the modules behind it; see emulator/README.md.
 */

export { defaultBehaviour, type GoogleBehaviour } from './behaviour';
export { type BurstOutcome, type BurstStatus, burstSummary } from './concurrency';
// What a person does by hand in the spreadsheet and in Drive.
export {
  byHand,
  columnByTitle,
  columnValues,
  duplicateSheetByHand,
  editDocumentByHand,
  fillBank,
  setSpreadsheetTimeZoneByHand,
  sheetDisplayValues,
  trashFileByHand,
} from './control';
export { DOCUMENTS_PER_DAY, type DocumentQuotaOptions, documentCreatesLeft, setDocumentQuota } from './document/quota';
// The stores a scenario inspects after the fact.
export { documentStore } from './document/store';
export { moveToSharedDriveByHand, SHARED_DRIVE_ID } from './drive/sharedDrive';
export { driveStore } from './drive/store';
// Exporters: what the add-on made, as files a person can open.
export { exportDocx } from './export/docx';
export { exportHtml } from './export/html';
export { renderPdf } from './export/pdf';
export { spreadsheetToXlsx } from './export/xlsx';
// Fault injection (`ws.rt.faults`) and Google behaviour the project could not confirm (`ws.behaviour`).
export { type FaultKind, FaultPlan, type FaultRule, faultMessage, type InjectedFault } from './faults';
export { formStore } from './forms/store';
// What Google does on its own: people answering forms, the form-submit triggers, simultaneous executions.
export { type Answers, type BurstAnswer, type BurstOptions, type Submitted, submitForm, submitFormBurst } from './forms/submit';
// The add-on in a Workspace: one Apps Script execution per call (menu click, google.script.run, trigger).
export { Addon, DEFAULT_BUILD_DIR, type LoadedContext, loadAddon, type RunOptions } from './load';
export { type AuthModeName, type Execution, type ExecutionKind, ExecutionTimeoutError, GasException, SIMULTANEOUS_PER_USER, TOO_MANY_SIMULTANEOUS } from './runtime';
// The coordinator's year as steps, repeated after a failure as a person would (emulator/scenario.ts).
export { type Answer, Coordinator, census, formIds, isRussian, type JobView, newProgramme, type SeenFailure, type YearCensus } from './scenario';
export { type TriggerState, triggerStore } from './script/triggers';
export { type Manifest, Workspace, type WorkspaceOptions } from './workspace';
