/**
 * PropertiesService (developers.google.com/apps-script/guides/properties, …/reference/properties):
 * document stores (per active spreadsheet), script store, user stores (per user e-mail) of strings;
 * 9 KB per value, 500 KB per store; not in AuthMode.NONE ("Don't take any action that requires
 * authorization (such as checking script Properties) while the add-on is in ScriptApp.AuthMode.NONE").
 */
import { guard } from '../guard';
import { GasException } from '../runtime';
import type { Workspace } from '../workspace';

type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesService = GoogleAppsScript.Properties.PropertiesService;
type PropertiesApi = Pick<
  Properties,
  'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'getKeys' | 'deleteProperty' | 'deleteAllProperties'
>;
type PropertiesServiceApi = Pick<PropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'>;

/** "Properties value size: 9 KB / val"; "Properties total storage: 500 KB / property store" (quotas page). */
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class PropertiesStore {
  private readonly scriptStore = new Map<string, string>();
  private readonly userStores = new Map<string, Map<string, string>>();
  private readonly documentStores = new Map<string, Map<string, string>>();

  constructor(private readonly ws: Workspace) {}

  /** Test control: a copy of a store (document: by spreadsheet ID, user: by e-mail). */
  snapshot(kind: 'document' | 'script' | 'user', id?: string): Record<string, string> {
    const store = kind === 'script' ? this.scriptStore : (kind === 'user' ? this.userStores : this.documentStores).get(id ?? '');
    return Object.fromEntries(store ?? []);
  }

  /** The PropertiesService global of one execution. */
  service(): PropertiesService {
    const ws = this.ws;
    const gate = (method: string): void => ws.rt.call(`PropertiesService.${method}`, { minAuth: 'LIMITED' });
    const storeIn = (stores: Map<string, Map<string, string>>, id: string): Map<string, string> => {
      let store = stores.get(id);
      if (!store) {
        store = new Map();
        stores.set(id, store);
      }
      return store;
    };
    const api: PropertiesServiceApi = {
      /** Shared by every user of the add-on (gas-api.md §8), so the add-on keeps its data elsewhere. */
      getScriptProperties: () => {
        gate('getScriptProperties');
        return properties(ws, this.scriptStore);
      },
      getUserProperties: () => {
        gate('getUserProperties');
        return properties(ws, storeIn(this.userStores, ws.userEmail));
      },
      /** null outside a bound or add-on document context (gas-api.md §8). */
      getDocumentProperties: () => {
        gate('getDocumentProperties');
        const id = ws.activeSpreadsheetId;
        return (id ? properties(ws, storeIn(this.documentStores, id)) : null) as Properties;
      },
    };
    return guard(api, 'PropertiesService') as PropertiesService;
  }
}

function properties(ws: Workspace, store: Map<string, string>): Properties {
  const gate = (method: string): void => ws.rt.call(`Properties.${method}`, { minAuth: 'LIMITED' });
  /** The store as it would be after a write, or the quota error (also for one oversized value). */
  const commit = (next: Map<string, string>): void => {
    let total = 0;
    for (const [key, value] of next) {
      if (bytes(value) > VALUE_LIMIT_BYTES) throw new GasException(QUOTA_MESSAGE);
      total += bytes(key) + bytes(value);
    }
    if (total > STORE_LIMIT_BYTES) throw new GasException(QUOTA_MESSAGE);
    store.clear();
    for (const [key, value] of next) store.set(key, value);
  };
  const api: PropertiesApi = {
    getProperty: (key) => {
      gate('getProperty');
      return store.get(String(key)) ?? null;
    },
    /** "values are automatically converted to strings". */
    setProperty: (key, value) => {
      gate('setProperty');
      commit(new Map(store).set(String(key), String(value)));
      return self;
    },
    setProperties: (values: Record<string, unknown>, deleteAllOthers?: boolean) => {
      gate('setProperties');
      const next = deleteAllOthers ? new Map<string, string>() : new Map(store);
      for (const [key, value] of Object.entries(values)) next.set(key, String(value));
      commit(next);
      return self;
    },
    /** A copy: changing it does not change the store. */
    getProperties: () => {
      gate('getProperties');
      return Object.fromEntries(store);
    },
    getKeys: () => {
      gate('getKeys');
      return [...store.keys()];
    },
    deleteProperty: (key) => {
      gate('deleteProperty');
      store.delete(String(key));
      return self;
    },
    deleteAllProperties: () => {
      gate('deleteAllProperties');
      store.clear();
      return self;
    },
  };
  const self = guard(api, 'Properties') as Properties;
  return self;
}
