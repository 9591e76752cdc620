/**
 * A person answering a form (test and demo control, not Apps Script API): the answer lands in the
 * response store and the destination sheet, then every spreadsheet form-submit trigger runs as a new
 * execution with Google's event object (developers.google.com/apps-script/guides/triggers/events:
 * authMode, namedValues, range, triggerUid, values — all strings, no `source`).
 * `submitFormBurst`: many people answering within moments, their triggers running simultaneously
 * (emulator/concurrency.ts: the model and its limits).
 */
import { type BurstItem, type BurstOutcome, runBurst } from '../concurrency';
import type { Addon, RunOptions } from '../load';
import { type TriggerState, triggerStore } from '../script/triggers';
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
  const form = formOf(addon, formId);
  const row = landAnswer(addon, form, answers, email);
  if (row === null) return { row: -1, deliverAgain: () => undefined, deliverBlank: () => undefined };
  const fire = (blank: boolean): void => {
    for (const trigger of submitTriggers(addon, form)) runTrigger(addon, form, trigger, row, blank, {});
  };
  fire(false);
  return { row, deliverAgain: () => fire(false), deliverBlank: () => fire(true) };
}

export interface BurstAnswer {
  readonly formId: string;
  readonly answers: Answers;
  readonly email?: string;
}

export interface BurstOptions {
  /** Virtual ms between two answers (default 500): 30 answers within 15 s. */
  readonly spacingMs?: number;
  /** Arrival of the first answer (default: the current virtual time). */
  readonly startMs?: number;
}

/**
 * Many people answer at nearly the same moment: answer i lands in its response sheet at
 * start + i·spacing and its form-submit trigger starts then, simultaneously with the others still
 * running (emulator/concurrency.ts). One outcome per trigger execution, in arrival order.
 */
export function submitFormBurst(addon: Addon, answers: readonly BurstAnswer[], options: BurstOptions = {}): BurstOutcome[] {
  const start = options.startMs ?? addon.ws.rt.clock.now();
  const spacing = options.spacingMs ?? 500;
  const items: BurstItem[] = answers.flatMap((a, i) => {
    const form = formOf(addon, a.formId);
    const atMs = start + i * spacing;
    let row: number | null = null;
    const arrive = (): void => {
      row = landAnswer(addon, form, a.answers, a.email ?? '', atMs);
    };
    return submitTriggers(addon, form).map((trigger, t) => ({
      label: `${i + 1}: ${a.email ?? ''}`,
      atMs,
      arrive: t === 0 ? arrive : undefined,
      execute: (run: RunOptions) => {
        if (row === null) throw new Error('Emulator: the answer did not land in a response sheet');
        runTrigger(addon, form, trigger, row, false, run);
      },
    }));
  });
  return runBurst(addon, items);
}

function formOf(addon: Addon, formId: string): FormState {
  const form = formStore(addon.ws).get(formId);
  if (!form) throw new Error(`Emulator: no form ${formId}`);
  return form;
}

/** The answer is stored and its row appended to the response sheet (timestamp `atMs` if given). */
function landAnswer(addon: Addon, form: FormState, answers: Answers, email: string, atMs?: number): number | null {
  const { ws } = addon;
  const byTitle = new Map(answerItems(form).map((i) => [i.title, i.id]));
  const answerMap = new Map<number, string | string[]>();
  for (const [title, answer] of Object.entries(answers)) {
    const id = byTitle.get(title);
    if (id === undefined) throw new Error(`Emulator: the form «${form.title}» has no question «${title}»`);
    answerMap.set(id, answer);
  }
  let response = recordResponse(ws, form, email, answerMap);
  if (atMs !== undefined) {
    response = { ...response, timestamp: new Date(atMs) };
    form.responses[form.responses.length - 1] = response;
  }
  return appendResponseRow(ws, form, response);
}

function submitTriggers(addon: Addon, form: FormState): TriggerState[] {
  const destination = form.destination;
  return destination ? triggerStore(addon.ws).forSpreadsheet(destination.spreadsheetId, 'ON_FORM_SUBMIT') : [];
}

/** One execution of a form-submit trigger, as its owner, with Google's event for `row`. */
function runTrigger(addon: Addon, form: FormState, trigger: TriggerState, row: number, blank: boolean, run: RunOptions): void {
  const { ws } = addon;
  const destination = form.destination;
  if (!destination) return;
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
    // A trigger runs as the user who made it (developers.google.com/apps-script/guides/triggers/installable).
    { ...run, kind: 'installable-trigger', user: trigger.user },
  );
}
