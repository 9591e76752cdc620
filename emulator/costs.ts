/**
 * Virtual cost of each service call, in ms, from ../shared/reference/performance.md §6 (measured anchors
 * where they exist, estimates marked there). `cells` scales the per-cell part. Unknown methods cost 1 ms.
 */
interface Cost {
  base: number;
  perCell?: number;
}

const TABLE: Record<string, Cost> = {
  'SpreadsheetApp.getActiveSpreadsheet': { base: 150 },
  'SpreadsheetApp.getActive': { base: 150 },
  'SpreadsheetApp.openById': { base: 150 },
  'SpreadsheetApp.flush': { base: 30, perCell: 0.01 },
  'Spreadsheet.getSheetByName': { base: 1 },
  'Spreadsheet.getSheets': { base: 5 },
  'Spreadsheet.insertSheet': { base: 100 },
  'Spreadsheet.deleteSheet': { base: 100 },
  'Spreadsheet.toast': { base: 50 },
  'Spreadsheet.createDeveloperMetadataFinder': { base: 1 },
  'DeveloperMetadataFinder.find': { base: 50 },
  'Sheet.getRange': { base: 1 },
  'Sheet.getLastRow': { base: 20 },
  'Sheet.getLastColumn': { base: 20 },
  'Sheet.getDataRange': { base: 20 },
  'Sheet.appendRow': { base: 110 },
  'Sheet.deleteRows': { base: 100 },
  'Sheet.deleteRow': { base: 100 },
  'Sheet.insertRows': { base: 100 },
  'Sheet.sort': { base: 100 },
  'Range.getValues': { base: 50, perCell: 0.009 },
  'Range.getDisplayValues': { base: 50, perCell: 0.009 },
  'Range.getFormulas': { base: 50, perCell: 0.009 },
  'Range.getValue': { base: 10 },
  'Range.getDisplayValue': { base: 10 },
  'Range.setValue': { base: 1.3 },
  'Range.setValues': { base: 40, perCell: 0.055 },
  'Range.setBackgrounds': { base: 40, perCell: 0.055 },
  'Range.setNumberFormat': { base: 1.3 },
  'Range.setNumberFormats': { base: 40, perCell: 0.055 },
  'Range.setDataValidation': { base: 20 },
  'Range.clear': { base: 40, perCell: 0.01 },
  'Range.clearContent': { base: 40, perCell: 0.01 },
  'PropertiesService.getProperty': { base: 30 },
  'Properties.getProperty': { base: 30 },
  'Properties.getProperties': { base: 30 },
  'Properties.setProperty': { base: 60 },
  'Properties.setProperties': { base: 60 },
  'Properties.deleteProperty': { base: 60 },
  'Properties.deleteAllProperties': { base: 60 },
  'Lock.tryLock': { base: 50 },
  'Lock.waitLock': { base: 50 },
  'Lock.releaseLock': { base: 20 },
  'DriveApp.getFileById': { base: 100 },
  'Drive.Files.create': { base: 800 },
  'Drive.Files.copy': { base: 1500 },
  'Drive.Files.get': { base: 100 },
  'Drive.Files.list': { base: 150 },
  'Drive.Files.update': { base: 300 },
  'Drive.Files.export': { base: 1000 },
  'Drive.Permissions.create': { base: 700 },
  'Drive.Permissions.list': { base: 100 },
  'Drive.Permissions.remove': { base: 300 },
  'DocumentApp.create': { base: 1000 },
  'DocumentApp.openById': { base: 500 },
  'Body.appendParagraph': { base: 5 },
  'Body.appendListItem': { base: 5 },
  'Body.appendTable': { base: 20 },
  'Body.replaceText': { base: 20 },
  'Document.saveAndClose': { base: 500 },
  'Document.getAs': { base: 1500 },
  'FormApp.create': { base: 1500 },
  'FormApp.openById': { base: 500 },
  'Form.addTextItem': { base: 150 },
  'Form.addParagraphTextItem': { base: 150 },
  'Form.addMultipleChoiceItem': { base: 150 },
  'Form.addCheckboxItem': { base: 150 },
  'Form.addListItem': { base: 150 },
  'Form.addScaleItem': { base: 150 },
  'Form.setDestination': { base: 1000 },
  'ScriptApp.newTrigger': { base: 50 },
  'TriggerBuilder.create': { base: 300 },
  'ScriptApp.getUserTriggers': { base: 100 },
  'ScriptApp.deleteTrigger': { base: 200 },
  'Ui.showSidebar': { base: 300 },
  'Ui.showModalDialog': { base: 300 },
  'Ui.alert': { base: 300 },
  'Ui.prompt': { base: 300 },
  'HtmlService.createTemplateFromFile': { base: 20 },
  'HtmlService.createHtmlOutputFromFile': { base: 20 },
  'HtmlTemplate.evaluate': { base: 20 },
  'MailApp.sendEmail': { base: 700 },
  // performance.md §6: «UrlFetchApp.fetch 400 + remote time» (tanaikech 2018); the remote time is charged by urlFetch/.
  'UrlFetchApp.fetch': { base: 400 },
  'UrlFetchApp.fetchAll': { base: 400 },
  'ScriptApp.getOAuthToken': { base: 1 },
};

/**
 * [U] How many requests of one `UrlFetchApp.fetchAll` Google works on at once. tanaikech measured fetchAll as
 * asynchronous (tanaikech.github.io/2018/04/19/benchmark-fetchall-method-in-urlfetch-service-for-google-apps-script/:
 * five 5-second requests in 5.5 s); the level is undocumented (a third-party page: "observed around 10–20"). The
 * stricter reading: 5 lanes. The add-on's self-check may measure the real number against this constant.
 */
export const URL_FETCH_ALL_LANES = 5;

/**
 * [U] Spread of a REST request's remote time: each is its Drive method's table cost times a factor drawn (deterministic,
 * per workspace) from 1 ± this, so the requests of a fetchAll do not finish in lockstep.
 */
export const URL_FETCH_JITTER = 0.15;

/** Virtual ms of a fetchAll's remote work: each request on the first free of `lanes` lanes, in order; the last to finish. */
export function makespanMs(remoteMs: readonly number[], lanes = URL_FETCH_ALL_LANES): number {
  const free = new Array<number>(Math.max(1, lanes)).fill(0);
  for (const ms of remoteMs) {
    const lane = free.indexOf(Math.min(...free));
    free[lane] += ms;
  }
  return Math.max(...free);
}

/**
 * Est. — Drive converting an upload into a Google Doc (Files.create/update with a Google type as the target), on
 * top of the call's own cost: no measurement exists (../shared/reference/performance.md §6 lists none), so a
 * fixed part and a small part per KB of the upload, charged with the call (Runtime.call's extraMs).
 */
export const CONVERSION_COST = { base: 700, perKb: 1 } as const;

export function conversionSurchargeMs(bytes: number): number {
  return CONVERSION_COST.base + (CONVERSION_COST.perKb * bytes) / 1024;
}

/** Prefix defaults: any item setter of a form costs 30 ms (performance.md §6). */
const PREFIX_DEFAULTS: [string, Cost][] = [
  ['TextItem.', { base: 30 }],
  ['ParagraphTextItem.', { base: 30 }],
  ['MultipleChoiceItem.', { base: 30 }],
  ['CheckboxItem.', { base: 30 }],
  ['ListItem.', { base: 30 }],
  ['ScaleItem.', { base: 30 }],
  ['Form.', { base: 30 }],
  ['Paragraph.', { base: 2 }],
  ['Body.', { base: 5 }],
];

export function costOf(method: string, cells: number): number {
  const cost = TABLE[method] ?? PREFIX_DEFAULTS.find(([p]) => method.startsWith(p))?.[1] ?? { base: 1 };
  return cost.base + (cost.perCell ?? 0) * cells;
}

/** The whole table, for the README and the bench. */
export function costTable(): Readonly<Record<string, Cost>> {
  return TABLE;
}
