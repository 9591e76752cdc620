/**
 * The programme folder's subfolders for documents, made once and remembered; a folder put in the trash is
 * made again. Documents of people (pairs' programmes, mentors' consents) are kept apart from the school's.
 */

import type { DocumentStorePort, DrivePort, WorkbookPort } from '../ports';
import { programmeFolder } from '../programmeFolder';

export const SUBFOLDERS = {
  normative: 'Нормативные документы',
  pairs: 'Программы пар',
  mentors: 'Согласия и соглашения наставников',
  consents: 'Согласия на обработку персональных данных',
  reports: 'Отчёты',
} as const;

export type FolderKind = keyof typeof SUBFOLDERS;
export type DocumentFolders = Record<FolderKind, string> & { readonly root: string; readonly rootUrl: string };

const KEY = 'nastavnik.documentFolders';

export function documentFolders(ports: { drive: DrivePort; store: DocumentStorePort; workbook: WorkbookPort }): DocumentFolders {
  const root = programmeFolder(ports);
  const known = ports.store.get<Partial<Record<FolderKind, string>> & { root?: string }>(KEY, {});
  // Subfolders of an earlier root folder (deleted since) are not reused.
  const sameRoot = known.root === root.id;
  const ids = {} as Record<FolderKind, string>;
  for (const kind of Object.keys(SUBFOLDERS) as FolderKind[]) {
    ids[kind] = ports.drive.ensureFolder(SUBFOLDERS[kind], sameRoot ? (known[kind] ?? null) : null, root.id).id;
    // Recorded at once: a fault at the next folder must not leave this one to be made a second time.
    if (ids[kind] !== known[kind] || !sameRoot) ports.store.set(KEY, { ...(sameRoot ? known : {}), root: root.id, ...ids });
  }
  return { ...ids, root: root.id, rootUrl: root.url };
}
