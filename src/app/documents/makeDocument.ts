/**
 * One document of the job: its model from the sources, written into its Google Doc (the same file every
 * time), a PDF where the school's website needs one, access for the pair's people only, and its link in
 * the sheets. Throws a Russian message when the document cannot be written from what the sheets hold.
 */
import type { IsoDate } from '../../domain/dates';
import { implementationOrder } from '../../domain/documents/implementationOrder';
import type { DocPair } from '../../domain/documents/inputs';
import { mentorConsent, supplementaryAgreement } from '../../domain/documents/mentorConsent';
import type { DocumentModel } from '../../domain/documents/model';
import { pairsOrder } from '../../domain/documents/pairsOrder';
import { personalProgramme } from '../../domain/documents/personalProgramme';
import { programmeDocument } from '../../domain/documents/programmeDocument';
import { regulation } from '../../domain/documents/regulation';
import { roadmapDocument } from '../../domain/documents/roadmapDocument';
import { statusReport } from '../../domain/documents/statusReport';
import type { DocumentStorePort, DocumentsPort, DrivePort, LockPort, ShareOutcome, SharingPort, WorkbookPort } from '../ports';
import { documentOptions } from './documentSettings';
import type { DocumentFolders, FolderKind } from './folders';
import { writePairLink, writeSettingsLink, writeStageLinks } from './links';
import { type DocumentRecord, documentRecord, saveDocumentRecord } from './registry';
import { refusalLinesOf } from './sharingNotes';
import type { Sources } from './sources';
import { stageReports } from './stageReports';

export interface DocumentPorts {
  readonly workbook: WorkbookPort;
  readonly store: DocumentStorePort;
  readonly documents: DocumentsPort;
  readonly drive: DrivePort;
  readonly sharing: SharingPort;
  readonly lock: LockPort;
}

interface Plan {
  readonly model: DocumentModel;
  readonly folder: FolderKind;
  readonly pdf: boolean;
  /** The people who get access besides the coordinator. */
  readonly people: readonly string[];
  readonly pairId?: string;
}

const activePairs = (sources: Sources): DocPair[] => sources.pairs.flatMap((p) => (p.pair ? [p.pair] : []));

function mentorPairs(sources: Sources, mentorId: string): DocPair[] {
  const pairs = activePairs(sources).filter((p) => p.mentor.id === mentorId);
  if (pairs.length === 0) throw new Error(`У наставника ${mentorId} нет действующих пар: согласие и соглашение не составлены.`);
  return pairs;
}

function plan(item: string, sources: Sources, ports: DocumentPorts, today: IsoDate): Plan {
  const s = sources.settings;
  const stages = sources.stages.map((r) => r.stage);
  const [kind, id = ''] = item.split(':');
  switch (kind) {
    case 'order':
      return { model: implementationOrder(s), folder: 'normative', pdf: true, people: [] };
    case 'regulation':
      return { model: regulation(s), folder: 'normative', pdf: true, people: [] };
    case 'programme':
      return { model: programmeDocument(s, stages), folder: 'normative', pdf: false, people: [] };
    case 'roadmap':
      return { model: roadmapDocument(s, stages), folder: 'normative', pdf: false, people: [] };
    case 'pairsOrder': {
      const pairs = activePairs(sources);
      if (pairs.length === 0) throw new Error('Нет действующих пар с данными в банках: приказ о закреплении не составлен.');
      return { model: pairsOrder(s, pairs, today), folder: 'normative', pdf: false, people: [] };
    }
    case 'report':
      return { model: statusReport(s, stageReports(sources, ports.workbook, ports.store, today), today), folder: 'reports', pdf: false, people: [] };
    case 'pair': {
      const source = sources.pairs.find((p) => p.id === id);
      if (!source) throw new Error(`Пара ${id} не найдена на листе «Пары и группы» или уже не действует.`);
      if (!source.pair) throw new Error(source.problem);
      const pair = source.pair;
      const people = [pair.mentor.email, ...pair.mentees.map((m) => m.email)].filter((e) => e !== '');
      return { model: personalProgramme(s, pair), folder: 'pairs', pdf: false, people, pairId: pair.id };
    }
    case 'consent':
    case 'agreement': {
      const mentor = sources.mentors.get(id);
      if (!mentor) throw new Error(`Наставник ${id} не найден в банке (или отозвал согласие на обработку ПДн).`);
      const pairs = mentorPairs(sources, id);
      const model = kind === 'consent' ? mentorConsent(s, mentor, pairs) : supplementaryAgreement(s, mentor, pairs);
      return { model, folder: 'mentors', pdf: false, people: [] };
    }
    default:
      throw new Error(`Неизвестный документ: ${item}.`);
  }
}

/** A new file (the first, or one replacing a file deleted by hand): nobody has access to it yet. */
function fresh(file: { id: string; url: string }): DocumentRecord {
  return { docId: file.id, url: file.url, placed: false, sharedWith: [] };
}

export interface MadeDocument {
  /** Its file was created now (false: updated in place). */
  readonly created: boolean;
  /** People Drive refused to give access to: the document is made, they cannot open it yet. */
  readonly refused: ShareOutcome['refused'];
}

/** Writes the document `item`. */
export function makeDocument(ports: DocumentPorts, sources: Sources, folders: DocumentFolders, item: string, today: IsoDate): MadeDocument {
  const p = plan(item, sources, ports, today);
  const before = documentRecord(ports.store, item);
  // Each step is recorded before the next, so an execution killed anywhere leaves a file the next one reuses.
  const reuse = before !== null && ports.documents.exists(before.docId);
  let record: DocumentRecord = reuse ? before : fresh(ports.documents.create(p.model.fileName));
  if (!reuse) saveDocumentRecord(ports.store, item, record);
  if (!record.placed) {
    ports.drive.moveInto(record.docId, folders[p.folder]);
    record = { ...record, placed: true };
    saveDocumentRecord(ports.store, item, record);
  }
  ports.documents.fill(record.docId, p.model);
  const pdf = p.pdf ? ports.documents.writePdf(record.docId, `${p.model.fileName}.pdf`, record.pdfId ?? null, folders[p.folder]) : null;
  const settings = documentOptions(new Map(sources.settingsRows.map((r) => [String(r.values.key), String(r.values.value)])));
  const { shared: sharedWith, refused } = ports.sharing.shareOnly(
    record.docId,
    p.people.map((email) => ({ email, role: settings.shareRole })),
    record.sharedWith,
    settings.notify,
  );
  saveDocumentRecord(ports.store, item, { ...record, ...(pdf ? { pdfId: pdf.id, pdfUrl: pdf.url } : {}), sharedWith });
  ports.lock.withDocumentLock(() => {
    if (p.pairId) writePairLink(ports.workbook, p.pairId, record.url, refusalLinesOf(refused));
    else writeSettingsLink(ports.workbook, ports.store, sources, item);
    writeStageLinks(ports.workbook, ports.store, sources, item);
  });
  return { created: !reuse, refused };
}
