/**
 * PropertiesService (developers.google.com/apps-script/guides/properties): document, script and user
 * stores of strings; 9 KB per value, 500 KB per store; not in AuthMode.NONE.
 */
import { guard } from '../guard';
import { GasException } from '../runtime';
import type { Workspace } from '../workspace';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const quotaError = () => new GasException('You have exceeded the property storage quota. Please remove some properties and try again.');

export class PropertiesStore {
  readonly script = new Map<string, string>();
  readonly user = new Map<string, Map<string, string>>();
  readonly document = new Map<string, Map<string, string>>();

  constructor(private readonly ws: Workspace) {}

  service(): GoogleAppsScript.Properties.PropertiesService {
    const ws = this.ws;
    const userStore = (): Map<string, string> => {
      const store = this.user.get(ws.userEmail) ?? new Map<string, string>();
      this.user.set(ws.userEmail, store);
      return store;
    };
    const service = {
      getScriptProperties: () => properties(ws, this.script),
      getUserProperties: () => properties(ws, userStore()),
      /** null outside a bound or add-on document context. */
      getDocumentProperties: () => {
        ws.rt.call('PropertiesService.getDocumentProperties', { minAuth: 'LIMITED' });
        const id = ws.activeSpreadsheetId;
        if (!id) return null;
        const store = this.document.get(id) ?? new Map<string, string>();
        this.document.set(id, store);
        return properties(ws, store);
      },
    };
    return guard(service, 'PropertiesService') as unknown as GoogleAppsScript.Properties.PropertiesService;
  }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function properties(ws: Workspace, store: Map<string, string>): GoogleAppsScript.Properties.Properties {
  const gate = (method: string): void => ws.rt.call(method, { minAuth: 'LIMITED' });
  const fits = (next: Map<string, string>): void => {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(k) + bytes(v) > VALUE_LIMIT) throw quotaError();
      total += bytes(k) + bytes(v);
    }
    if (total > STORE_LIMIT) throw quotaError();
  };
  const object = {
    getProperty: (key: string) => {
      gate('Properties.getProperty');
      return store.has(key) ? store.get(key)! : null;
    },
    getProperties: () => {
      gate('Properties.getProperties');
      return Object.fromEntries(store);
    },
    getKeys: () => {
      gate('Properties.getKeys');
      return [...store.keys()];
    },
    setProperty: (key: string, value: unknown) => {
      gate('Properties.setProperty');
      const next = new Map(store).set(String(key), String(value));
      fits(next);
      store.set(String(key), String(value));
      return self;
    },
    setProperties: (values: Record<string, unknown>, deleteAllOthers?: boolean) => {
      gate('Properties.setProperties');
      const next = deleteAllOthers ? new Map<string, string>() : new Map(store);
      for (const [k, v] of Object.entries(values)) next.set(k, String(v));
      fits(next);
      store.clear();
      for (const [k, v] of next) store.set(k, v);
      return self;
    },
    deleteProperty: (key: string) => {
      gate('Properties.deleteProperty');
      store.delete(key);
      return self;
    },
    deleteAllProperties: () => {
      gate('Properties.deleteAllProperties');
      store.clear();
      return self;
    },
  };
  const self = guard(object, 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
  return self;
}
