/**
 * A person answering a form (test and demo control, not Apps Script API): the answer lands in the
 * response store and the destination sheet, then every spreadsheet form-submit trigger runs as a new
 * execution with Google's event object (developers.google.com/apps-script/guides/triggers/events:
 * authMode, namedValues, range, triggerUid, values — all strings, no `source`).
 */
import type { Addon } from '../load';
import { triggerStore } from '../script/triggers';
import { spreadsheetObject } from '../spreadsheet/spreadsheet';
import { answerItems, appendResponseRow, recordResponse } from './formApp';
import { type FormState, formStore } from './store';

export type Answers = Record<string, string | string[]>;

export interface SheetsFormSubmitEvent {
  authMode: string;
  namedValues: Record<string, string[]>;
  range: GoogleAppsScript.Spreadsheet.Range;
  triggerUid: string;
  values: string[];
}

export interface Submitted {
  row: number;
  /** Runs the triggers again with the same event: Google is known to deliver an event twice. */
  deliverAgain(): void;
  /** A blank extra event for the same row (reported from the field: google-forms-to-slack#7). */
  deliverBlank(): void;
}

export function submitForm(addon: Addon, formId: string, answers: Answers, email = ''): Submitted {
  const { ws } = addon;
  const form = formStore(ws).get(formId);
  if (!form) throw new Error(`Emulator: no form ${formId}`);
  const byTitle = new Map(answerItems(form).map((i) => [i.title, i.id]));
  const answerMap = new Map<number, string | string[]>();
  for (const [title, answer] of Object.entries(answers)) {
    const id = byTitle.get(title);
    if (id === undefined) throw new Error(`Emulator: the form «${form.title}» has no question «${title}»`);
    answerMap.set(id, answer);
  }
  const response = recordResponse(ws, form, email, answerMap);
  const row = appendResponseRow(ws, form, response);
  if (row === null) return { row: -1, deliverAgain: () => undefined, deliverBlank: () => undefined };
  const fire = (blank: boolean): void => fireTriggers(addon, form, row, blank);
  fire(false);
  return { row, deliverAgain: () => fire(false), deliverBlank: () => fire(true) };
}

function fireTriggers(addon: Addon, form: FormState, row: number, blank: boolean): void {
  const { ws } = addon;
  const destination = form.destination;
  if (!destination) return;
  for (const trigger of triggerStore(ws).forSpreadsheet(destination.spreadsheetId, 'ON_FORM_SUBMIT')) {
    addon.runWith(
      trigger.handler,
      () => {
        const ss = ws.spreadsheets.get(destination.spreadsheetId)!;
        const sheet = spreadsheetObject(ws, ss).getSheetById(destination.sheetId)!;
        const width = sheet.getLastColumn();
        const header = sheet.getRange(1, 1, 1, width).getDisplayValues()[0];
        const range = sheet.getRange(row, 1, 1, width);
        const values = blank ? header.map(() => '') : range.getDisplayValues()[0];
        const namedValues: Record<string, string[]> = {};
        header.forEach((title, i) => {
          namedValues[title] = [...(namedValues[title] ?? []), values[i]];
        });
        const event: SheetsFormSubmitEvent = { authMode: 'FULL', namedValues, range, triggerUid: trigger.uid, values };
        return [event];
      },
      { kind: 'installable-trigger' },
    );
  }
}
