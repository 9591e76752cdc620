/**
 * Every probe of the self-check in one run: first the leftovers of an interrupted earlier check go, then the
 * probes run on scratch objects, which are removed in `finally` whatever failed; the sheet the coordinator
 * was looking at is made active again.
 */
import type { AccountObservations, AccountProbesPort, ConversionSeen, DriveBatchSeen, DriveReachSeen, FormSeen, PlainTextSeen, Seen, StrictListSeen } from '../../app/selfCheck';
import { attempt, probeDocumentConversion, probeDriveBatch, probeDriveReach, probeForm, probePlainText, probePropertyLimit, probeStrictList, probeTimeZones } from './probes';
import { type CleanUpResult, rethrowIfExecutionEnds, Scratch } from './scratch';

const NOT_RUN = { ok: false, error: 'проверка не выполнялась' } as const;

export class AccountProbes implements AccountProbesPort {
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  observe(): AccountObservations {
    const scratch = new Scratch(this.ss);
    const earlier = scratch.cleanUp();
    const active = this.ss.getActiveSheet();
    let plainText: Seen<PlainTextSeen> = NOT_RUN;
    let strictList: Seen<StrictListSeen> = NOT_RUN;
    let form: Seen<FormSeen> = NOT_RUN;
    let formDrive: Seen<DriveReachSeen> = NOT_RUN;
    let documentDrive: Seen<DriveReachSeen> = NOT_RUN;
    let conversion: Seen<ConversionSeen> = NOT_RUN;
    let driveBatch: Seen<DriveBatchSeen> = NOT_RUN;
    let end: CleanUpResult = { removed: [], leftovers: [] };
    try {
      const sheet = attempt(() => scratch.sheet());
      plainText = sheet.ok ? attempt(() => probePlainText(sheet.value)) : sheet;
      strictList = sheet.ok ? attempt(() => probeStrictList(sheet.value)) : sheet;
      const madeForm = attempt(() => probeForm(this.ss, scratch));
      form = madeForm;
      formDrive = madeForm.ok ? attempt(() => probeDriveReach(madeForm.value.formId)) : madeForm;
      documentDrive = attempt(() => probeDriveReach(scratch.document().getId()));
      conversion = attempt(() => probeDocumentConversion(scratch));
      driveBatch = attempt(() => probeDriveBatch(scratch));
    } finally {
      end = scratch.cleanUp();
      this.restoreActive(active);
    }
    return {
      plainText,
      strictList,
      form,
      formDrive,
      documentDrive,
      conversion,
      driveBatch,
      timeZones: attempt(() => probeTimeZones(this.ss)),
      propertyLimit: attempt(() => probePropertyLimit()),
      removedFromEarlierRun: earlier.removed,
      leftovers: [...earlier.leftovers, ...end.leftovers].filter((line, i, all) => all.indexOf(line) === i),
    };
  }

  /** insertSheet and a new form's response sheet take the coordinator's view; give it back. */
  private restoreActive(active: GoogleAppsScript.Spreadsheet.Sheet): void {
    try {
      const id = active.getSheetId();
      const still = this.ss.getSheets().find((s) => s.getSheetId() === id);
      if (still) this.ss.setActiveSheet(still);
    } catch (error) {
      rethrowIfExecutionEnds(error);
    }
  }
}
