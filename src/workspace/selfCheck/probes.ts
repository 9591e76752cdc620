/**
 * The self-check's probes, each reading what Google does on this account (gas-api.md §13): a plain-text cell,
 * a strict list, a new form's response sheet, Drive's reach, the time zones, the property limit. They work on
 * scratch objects only (./scratch.ts); the caller removes those.
 */
import type { ConversionSeen, DriveBatchSeen, DriveReachSeen, FormSeen, PlainTextSeen, PropertyLimitSeen, Seen, StrictListSeen, TimeZonesSeen } from '../../app/selfCheck';
import { bold, type DocumentModel, h1, p, pAligned, pageBreak, table } from '../../domain/documents/model';
import { driveFiles } from '../advancedDrive';
import { DriveBatch } from '../driveBatch';
import { isNotFound, isTransient, messageOf, withRetry } from '../googleCalls';
import { GoogleDocuments } from '../googleDocuments';
import { LIMIT_PROBE_KEY, rethrowIfExecutionEnds, SCRATCH_NAME, type Scratch } from './scratch';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Runs a probe; an error becomes what was seen (a killed execution still ends). */
export function attempt<T>(probe: () => T): Seen<T> {
  try {
    return { ok: true, value: probe() };
  } catch (error) {
    rethrowIfExecutionEnds(error);
    return { ok: false, error: messageOf(error) };
  }
}

/** Vector 51: '=1+1' and "'=1+1" written by the script into cells formatted '@'. */
export function probePlainText(sheet: Sheet): PlainTextSeen {
  const cells = sheet.getRange(1, 1, 2, 1).setNumberFormat('@');
  const formulaCell = sheet.getRange(1, 1).setValue('=1+1');
  sheet.getRange(2, 1).setValue("'=1+1");
  SpreadsheetApp.flush();
  const values = cells.getValues();
  const shown = cells.getDisplayValues();
  return {
    formula: { value: String(values[0][0]), display: shown[0][0], formula: formulaCell.getFormula() },
    apostrophe: { value: String(values[1][0]), display: shown[1][0] },
  };
}

/** Vector 44: a script's write of «в» into a cell whose list is «а», «б» with invalid input rejected. */
export function probeStrictList(sheet: Sheet): StrictListSeen {
  const cell = sheet.getRange(3, 1);
  cell.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['а', 'б'], true).setAllowInvalid(false).build());
  let refused = false;
  let message = '';
  try {
    cell.setValue('в');
    SpreadsheetApp.flush();
  } catch (error) {
    rethrowIfExecutionEnds(error);
    // A fault that passes is not Google's answer to the rule: the probe is then unchecked.
    if (isTransient(error)) throw error;
    refused = true;
    message = messageOf(error);
  }
  return { refused, message, stored: String(cell.getValue()) };
}

/** Vectors 47, 58 and the header language: a scratch form linked to this spreadsheet and published. */
export function probeForm(ss: Spreadsheet, scratch: Scratch): FormSeen {
  const form = scratch.form();
  const formId = form.getId();
  // Forms made through the API start unpublished since 2026 (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
  const publishable = form as unknown as { isPublished(): boolean; setPublished(p: boolean): void };
  const publishedAtStart = publishable.isPublished();
  if (!publishedAtStart) publishable.setPublished(true);
  const publishedAfterPublish = publishable.isPublished();
  const before = ss.getSheets().map((s) => s.getSheetId());
  scratch.noteSheetsBeforeForm(before);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  SpreadsheetApp.flush();
  const fresh = ss.getSheets().filter((s) => !before.includes(s.getSheetId()));
  scratch.noteResponseSheets(fresh.map((s) => s.getSheetId()));
  const sheet = fresh[0];
  const formUrl = sheet ? (sheet.getFormUrl() ?? '') : '';
  const openedId: Seen<string> = formUrl ? attempt(() => FormApp.openByUrl(formUrl).getId()) : { ok: false, error: 'нет ссылки' };
  const timestampHeader = sheet ? sheet.getRange(1, 1).getDisplayValue() : '';
  return { formId, newSheets: fresh.length, formUrl, openedId, timestampHeader, publishedAtStart, publishedAfterPublish };
}

/** Vector 59: whether Drive under drive.file reaches a file made by FormApp or DocumentApp. */
export function probeDriveReach(fileId: string): DriveReachSeen {
  try {
    withRetry('Google Диск', () => driveFiles().get(fileId, { fields: 'id', supportsAllDrives: true }));
    return { reached: true };
  } catch (error) {
    rethrowIfExecutionEnds(error);
    return { reached: false, notFound: isNotFound(error), error: messageOf(error) };
  }
}

/** Vector 55: the script's zone (the manifest's) and the spreadsheet's. */
export function probeTimeZones(ss: Spreadsheet): TimeZonesSeen {
  return { script: Session.getScriptTimeZone(), spreadsheet: ss.getSpreadsheetTimeZone() };
}

/** Vector 52: a document property of 9,216 bytes is kept, one of 9,217 refused; the probe's property is removed. */
export function probePropertyLimit(): PropertyLimitSeen {
  const props = PropertiesService.getDocumentProperties();
  let message = '';
  const accepted = (bytes: number): boolean => {
    try {
      props.setProperty(LIMIT_PROBE_KEY, 'x'.repeat(bytes));
      return true;
    } catch (error) {
      rethrowIfExecutionEnds(error);
      if (isTransient(error)) throw error;
      message = messageOf(error);
      return false;
    }
  };
  try {
    const atLimitAccepted = accepted(9 * 1024);
    const overLimitAccepted = accepted(9 * 1024 + 1);
    return { atLimitAccepted, overLimitAccepted, message };
  } finally {
    props.deleteProperty(LIMIT_PROBE_KEY);
  }
}

/** Every kind of block «Документы…» writes, as its HTML goes to Drive (src/workspace/documentHtml.ts). */
const CONVERSION_SAMPLE: DocumentModel = {
  fileName: SCRATCH_NAME,
  blocks: [
    h1('ПРИКАЗ'),
    p('обычный ', bold('жирный')),
    pAligned('center', '01.09.2026', '\t\t', '№ 1'),
    table(['Месяц', 'Мероприятие'], [['Сентябрь', 'Встреча']]),
    { kind: 'list', ordered: true, items: [{ runs: ['первый'] }, { runs: ['вложенный'], level: 1 }, { runs: ['второй'] }] },
    pageBreak,
    p('после разрыва'),
  ],
};

/** What Drive's conversion of the add-on's HTML keeps (emulator/DIVERGENCES.md, «Drive conversion»), and a rewrite in place. */
export function probeDocumentConversion(scratch: Scratch): ConversionSeen {
  const id = scratch.convertedDocument(CONVERSION_SAMPLE);
  const body = withRetry('Google Документы', () => DocumentApp.openById(id)).getBody();
  const paragraphs = body.getParagraphs();
  const title = paragraphs.find((x) => x.getText() === 'ПРИКАЗ');
  const emphasised = paragraphs.find((x) => x.getText().includes('жирный'));
  const text = emphasised?.editAsText();
  const at = emphasised ? emphasised.getText().indexOf('жирный') : -1;
  const tables = body.getTables();
  const pageBreaks = paragraphs.filter((x) => {
    for (let i = 0; i < x.getNumChildren(); i++) if (x.getChild(i).getType() === DocumentApp.ElementType.PAGE_BREAK) return true;
    return false;
  });
  const rewrite: DocumentModel = { fileName: SCRATCH_NAME, blocks: [p('записано заново')] };
  new GoogleDocuments().fill(id, rewrite);
  const after = withRetry('Google Документы', () => DocumentApp.openById(id)).getBody().getText();
  return {
    heading: title ? `${title.getHeading()} ${title.getAlignment()}` : 'нет',
    bold: text !== undefined && at > 0 && text.isBold(at) === true && text.isBold(0) !== true,
    font: text?.getFontFamily(0) ?? '',
    tables: tables.length,
    borderless: tables.some((t) => t.getBorderWidth() === 0),
    listLevels: body
      .getListItems()
      .map((li) => li.getNestingLevel())
      .join(','),
    pageBreak: pageBreaks.length > 0,
    rewritten: after.includes('записано заново') && !after.includes('жирный'),
  };
}

/** Text with the letters an encoding mistake would spoil first (ё, №, a long dash). */
const BATCH_TEXTS = ['Пробный документ № 1 — ёлка', 'Пробный документ № 2 — щётка'];

/**
 * Two Docs made by Drive requests sent together, as «Документы…» makes a year's programmes, read back with the
 * Documents service; then ten gets of one of them sent together against one get alone (scratch.ts trashes them).
 */
export function probeDriveBatch(scratch: Scratch): DriveBatchSeen {
  const batch = new DriveBatch();
  const made = scratch.batchDocuments(BATCH_TEXTS.map((text) => ({ fileName: SCRATCH_NAME, blocks: [p(text)] })));
  const ids = made.flatMap((m) => (m.ok ? [m.value.id] : []));
  const textKept = made.every((m, k) => !m.ok || withRetry('Google Документы', () => DocumentApp.openById(m.value.id)).getBody().getText().includes(BATCH_TEXTS[k]));
  const versions = batch.versions(ids);
  let togetherRatio = 0;
  if (ids.length > 0) {
    const started = Date.now();
    batch.versions([ids[0]]);
    const alone = Math.max(1, Date.now() - started);
    const before = Date.now();
    batch.versions(Array.from({ length: 10 }, () => ids[0]));
    togetherRatio = (Date.now() - before) / alone;
  }
  return {
    made: ids.length,
    asked: BATCH_TEXTS.length,
    refusals: made.flatMap((m) => (m.ok ? [] : [m.message])),
    textKept: ids.length > 0 && textKept,
    versions: ids.length > 0 && versions.every((v) => v !== null),
    togetherRatio,
  };
}
