/**
 * Installable triggers (developers.google.com/apps-script/guides/triggers/installable) as an editor
 * add-on may hold them (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * one trigger of each type per user and document, only for the file the add-on runs in, time triggers
 * at most hourly; 20 triggers per user and script.
 */
import { guard } from '../guard';
import { GasException, SCOPE } from '../runtime';
import type { Workspace } from '../workspace';

export type TriggerEvent = 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'CLOCK';

export interface TriggerState {
  readonly uid: string;
  readonly handler: string;
  readonly event: TriggerEvent;
  /** The spreadsheet id, or '' for a clock trigger. */
  readonly sourceId: string;
  readonly user: string;
}

const MAX_TRIGGERS_PER_USER = 20;
const ALLOWED_MINUTES = [1, 5, 10, 15, 30];

export class TriggerStore {
  readonly triggers: TriggerState[] = [];
  private counter = 0;
  constructor(private readonly ws: Workspace) {}

  add(handler: string, event: TriggerEvent, sourceId: string): TriggerState {
    const mine = this.triggers.filter((t) => t.user === this.ws.userEmail);
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      throw new GasException('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    // [U] Google's wording for the add-on's one-of-each-type rule is not documented.
    if (mine.some((t) => t.event === event && t.sourceId === sourceId)) {
      throw new GasException(`This add-on already has a trigger of type ${event} for this document. An add-on may hold only one trigger of each type per user and document.`);
    }
    this.counter += 1;
    const trigger = { uid: String(7_000_000 + this.counter), handler, event, sourceId, user: this.ws.userEmail };
    this.triggers.push(trigger);
    return trigger;
  }

  forSpreadsheet(spreadsheetId: string, event: TriggerEvent): TriggerState[] {
    return this.triggers.filter((t) => t.sourceId === spreadsheetId && t.event === event);
  }
}

export function triggerStore(ws: Workspace): TriggerStore {
  return ws.state('triggers', () => new TriggerStore(ws));
}

function triggerObject(t: TriggerState): GoogleAppsScript.Script.Trigger {
  return guard(
    {
      getUniqueId: () => t.uid,
      getHandlerFunction: () => t.handler,
      getEventType: () => t.event,
      getTriggerSourceId: () => t.sourceId,
      getTriggerSource: () => (t.event === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS'),
    },
    'Trigger',
  ) as unknown as GoogleAppsScript.Script.Trigger;
}

/** ScriptApp's trigger methods, merged into the ScriptApp global. */
export function scriptAppTriggers(ws: Workspace): Record<string, unknown> {
  const store = triggerStore(ws);
  const gate = (method: string): void => ws.rt.call(method, { scopes: [SCOPE.scriptApp], minAuth: 'FULL' });
  return {
    EventType: { ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE', CLOCK: 'CLOCK' },
    newTrigger: (handler: string) => {
      gate('ScriptApp.newTrigger');
      const spreadsheetBuilder = (sourceId: string) => {
        const create = (event: TriggerEvent) =>
          guard(
            {
              create: () => {
                gate('TriggerBuilder.create');
                return triggerObject(store.add(handler, event, sourceId));
              },
            },
            'SpreadsheetTriggerBuilder',
          );
        return guard(
          {
            onFormSubmit: () => create('ON_FORM_SUBMIT'),
            onOpen: () => create('ON_OPEN'),
            onEdit: () => create('ON_EDIT'),
            onChange: () => create('ON_CHANGE'),
          },
          'SpreadsheetTriggerBuilder',
        );
      };
      return guard(
        {
          forSpreadsheet: (source: string | { getId(): string }) => {
            const id = typeof source === 'string' ? source : source.getId();
            // "Add-ons can only create triggers for the file in which the add-on is used."
            if (id !== ws.activeSpreadsheetId) throw new GasException('Add-ons can only create triggers for the file in which the add-on is used.');
            return spreadsheetBuilder(id);
          },
          forForm: () => {
            throw new GasException('Add-ons can only create triggers for the file in which the add-on is used.');
          },
          forDocument: () => {
            throw new GasException('Add-ons can only create triggers for the file in which the add-on is used.');
          },
          timeBased: () => {
            let ok = true;
            const builder = guard(
              {
                everyMinutes: (n: number) => {
                  if (!ALLOWED_MINUTES.includes(n)) throw new GasException('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
                  ok = false;
                  return builder;
                },
                everyHours: () => builder,
                everyDays: () => builder,
                after: (ms: number) => {
                  ok = ms >= 3_600_000;
                  return builder;
                },
                create: () => {
                  gate('TriggerBuilder.create');
                  // "Time-driven triggers cannot run more frequently than once per hour" for add-ons.
                  if (!ok) throw new GasException('Add-ons may not create time-driven triggers that run more frequently than once per hour.');
                  return triggerObject(store.add(handler, 'CLOCK', ''));
                },
              },
              'ClockTriggerBuilder',
            );
            return builder;
          },
        },
        'TriggerBuilder',
      );
    },
    getUserTriggers: (source: { getId(): string }) => {
      gate('ScriptApp.getUserTriggers');
      return store.triggers.filter((t) => t.user === ws.userEmail && t.sourceId === source.getId()).map(triggerObject);
    },
    getProjectTriggers: () => {
      gate('ScriptApp.getProjectTriggers');
      return store.triggers.filter((t) => t.user === ws.userEmail).map(triggerObject);
    },
    deleteTrigger: (trigger: GoogleAppsScript.Script.Trigger) => {
      gate('ScriptApp.deleteTrigger');
      const at = store.triggers.findIndex((t) => t.uid === trigger.getUniqueId());
      if (at >= 0) store.triggers.splice(at, 1);
    },
  };
}
