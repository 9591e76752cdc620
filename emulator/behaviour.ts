/**
 * Switches for Google behaviour the project could not confirm (emulator/DIVERGENCES.md). Each has a
 * default — the stricter reading where the evidence conflicts — and the other known answer, so a test
 * can prove the add-on (and its self-check, «Проверить работу в этом аккаунте») copes with either.
 * One instance per Workspace: `ws.behaviour.formUrlShape = 'published'`.
 */
import { URL_FETCH_ALL_LANES } from './costs';

export interface GoogleBehaviour {
  /**
   * Vector 47: what `Sheet.getFormUrl()` of a response sheet reports — the form's own id
   * (`/forms/d/<id>/viewform`) or the published shape (`/forms/d/e/<publishedId>/viewform`) with no id.
   */
  formUrlShape: 'by-id' | 'published';
  /**
   * Vector 51: whether a cell formatted as plain text (`@`) keeps a leading apostrophe written by a script
   * as part of its value ('kept') or takes it as the "show as text" prefix and drops it ('dropped').
   */
  plainTextApostrophe: 'kept' | 'dropped';
  /** Vector 44: a script write outside a strict dropdown list is refused (confirmed) — 'stored' only to test the self-check. */
  strictListWrites: 'refused' | 'stored';
  /** Vector 59: whether Drive under drive.file reaches forms and documents made by FormApp/DocumentApp.create. */
  driveFileReachesAppMade: boolean;
  /** Language of the response sheet's first headers (Google localises them to the form owner's language). */
  responseHeaderLanguage: 'ru' | 'en';
  /**
   * How many requests of one `UrlFetchApp.fetchAll` Google works on at once: undocumented (emulator/DIVERGENCES.md,
   * «UrlFetch»); 1 is the answer under which sending requests together saves nothing.
   */
  urlFetchAllLanes: number;
  /** Vector 48: addresses that have no Google account (Drive then refuses sharing without a notification). */
  readonly accountlessAddresses: Set<string>;
}

export function defaultBehaviour(): GoogleBehaviour {
  return {
    formUrlShape: 'by-id',
    plainTextApostrophe: 'kept',
    strictListWrites: 'refused',
    driveFileReachesAppMade: true,
    responseHeaderLanguage: 'ru',
    urlFetchAllLanes: URL_FETCH_ALL_LANES,
    accountlessAddresses: new Set(),
  };
}
