/**
 * One document of an event (protocol, news draft, training plan) per action, in the programme folder's
 * subfolder «Мероприятия». The file id is recorded right after its create, so a killed execution never makes a
 * second file; a second run rewrites the same file — unless someone edited it by hand since (Drive's version
 * moved), which is then left as it is and said.
 */
import type { DocumentModel } from '../domain/documents/model';
import type { DocumentStorePort, DocumentsPort, DrivePort, WorkbookPort } from './ports';
import { programmeFolder } from './programmeFolder';

export interface EventDocumentPorts {
  readonly workbook: WorkbookPort;
  readonly store: DocumentStorePort;
  readonly drive: DrivePort;
  readonly documents: DocumentsPort;
}

export const EVENTS_FOLDER = 'Мероприятия';
const FOLDER_KEY = 'nastavnik.events.folder';
const docKey = (item: string) => `nastavnik.events.doc.${item}`;

interface EventDocumentRecord {
  readonly docId: string;
  readonly url: string;
  /** Drive's version right after the add-on wrote it; null until the first write is complete. */
  readonly version: string | null;
}

export type EventDocumentOutcome =
  | { readonly kind: 'written'; readonly url: string; readonly made: boolean }
  | { readonly kind: 'hand-edited'; readonly url: string; readonly modified: string };

function eventsFolder(ports: EventDocumentPorts): string {
  const root = programmeFolder(ports);
  const known = ports.store.get<{ root: string; id: string } | null>(FOLDER_KEY, null);
  const folder = ports.drive.ensureFolder(EVENTS_FOLDER, known?.root === root.id ? known.id : null, root.id);
  if (known?.id !== folder.id || known.root !== root.id) ports.store.set(FOLDER_KEY, { root: root.id, id: folder.id });
  return folder.id;
}

/** Writes `model` into the item's file (`item`: «protocol:М-001», «news:М-001», «training-plan»). */
export function writeEventDocument(ports: EventDocumentPorts, item: string, model: DocumentModel): EventDocumentOutcome {
  const known = ports.store.get<EventDocumentRecord | null>(docKey(item), null);
  if (known) {
    const state = ports.documents.state(known.docId);
    if (state.presence === 'present') {
      if (known.version !== null && state.version !== null && state.version !== known.version) {
        return { kind: 'hand-edited', url: known.url, modified: state.modifiedText };
      }
      return fillAndRecord(ports, item, known, model);
    }
  }
  const file = ports.documents.create(model, eventsFolder(ports));
  // Recorded at once, with its content already in it: a killed execution after this never leads to a second file.
  ports.store.set(docKey(item), { docId: file.id, url: file.url, version: file.version });
  return { kind: 'written', url: file.url, made: true };
}

function fillAndRecord(ports: EventDocumentPorts, item: string, record: EventDocumentRecord, model: DocumentModel): EventDocumentOutcome {
  // Drive's version after the rewrite; when Drive does not say (a Doc out of its reach), asked for.
  const version = ports.documents.fill(record.docId, model) ?? ports.documents.state(record.docId).version;
  ports.store.set(docKey(item), { ...record, version });
  return { kind: 'written', url: record.url, made: false };
}
