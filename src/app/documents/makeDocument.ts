/**
 * One document of the job: its model from the sources, written into its Google Doc (the same file every
 * time), a PDF where the school's website needs one, access for the pair's people only, and its link in
 * the sheets (written by the caller, in batches). Throws a Russian message when the document cannot be written
 * from what the sheets hold.
 */
import type { IsoDate } from '../../domain/dates';
import { implementationOrder } from '../../domain/documents/implementationOrder';
import type { DocPair } from '../../domain/documents/inputs';
import { mentorConsent, supplementaryAgreement } from '../../domain/documents/mentorConsent';
import type { DocumentModel } from '../../domain/documents/model';
import { pairsOrder } from '../../domain/documents/pairsOrder';
import { personalDataConsents } from '../../domain/documents/personalDataConsent';
import { personalProgramme } from '../../domain/documents/personalProgramme';
import { programmeDocument } from '../../domain/documents/programmeDocument';
import { regulation } from '../../domain/documents/regulation';
import { roadmapDocument } from '../../domain/documents/roadmapDocument';
import { statusReport } from '../../domain/documents/statusReport';
import type { DocumentStorePort, DocumentsPort, DrivePort, LockPort, ShareOutcome, SharingPort, WorkbookPort } from '../ports';
import { documentOptions } from './documentSettings';
import type { DocumentFolders, FolderKind } from './folders';
import { changedByHand } from './handEdits';
import type { DocumentLink } from './links';
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

/** What a document is to be: its model, its folder, who gets access. */
export interface Plan {
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

/** The document `item` from the sources; throws a Russian message when the sheets cannot make it. */
export function planDocument(item: string, sources: Sources, ports: Pick<DocumentPorts, 'workbook' | 'store'>, today: IsoDate): Plan {
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
    case 'pdConsents': {
      if (id !== 'mentor' && id !== 'mentee') throw new Error(`Неизвестный документ: ${item}.`);
      const people = [...(id === 'mentor' ? sources.mentors : sources.mentees).values()];
      // Only the coordinator keeps these papers: nobody else gets access.
      return { model: personalDataConsents(s, people, id, today), folder: 'consents', pdf: false, people: [] };
    }
    default:
      throw new Error(`Неизвестный документ: ${item}.`);
  }
}

/** A new file in its folder (the first, or one replacing a file deleted by hand): nobody has access to it yet. */
export function freshRecord(file: { id: string; url: string }, nowMs: number): DocumentRecord {
  return { docId: file.id, url: file.url, placed: true, sharedWith: [], writingSince: nowMs };
}

export interface MadeDocument {
  /** Its file was created now (false: updated in place, or left as it is). */
  readonly created: boolean;
  /** People Drive refused to give access to: the document is made, they cannot open it yet. */
  readonly refused: ShareOutcome['refused'];
  /** A person changed it since the add-on wrote it: left as it is; when, for the person. Null when written. */
  readonly handEdited: string | null;
  /** What its link in the sheets is to say: the caller writes links in batches (writeDocumentLinks). */
  readonly link: DocumentLink;
}

export function linkOf(p: Plan, item: string, url: string, refused: ShareOutcome['refused'], handEdited: string | null): DocumentLink {
  return { item, url, pairId: p.pairId ?? null, accessLines: refusalLinesOf(refused), handEdited };
}

export interface MakeOptions {
  /** Milliseconds of wall-clock time: when writing starts (the mark a killed run leaves). */
  readonly nowMs: number;
  /** Rewrite it even if a person changed it (the coordinator asked for it on purpose). */
  readonly overwrite?: boolean;
  /**
   * Where the document's final record goes; the store at once by default. The job saves it with its progress,
   * one write for both (the record of a file just made is in the store already, so a kill between loses nothing).
   */
  readonly saveFinal?: (record: DocumentRecord) => void;
  /** Its record as the caller has just read it from the store (null: none), so it is not read twice. */
  readonly known?: DocumentRecord | null;
}

/**
 * Writes the document `item`, unless a person changed it since the add-on last wrote it: then only its
 * sharing follows the pair, and the dialog and the sheet say it was left as it is.
 */
export function makeDocument(
  ports: DocumentPorts,
  sources: Sources,
  folders: DocumentFolders,
  item: string,
  today: IsoDate,
  options: MakeOptions,
): MadeDocument {
  const p = planDocument(item, sources, ports, today);
  const saveFinal = options.saveFinal ?? ((record: DocumentRecord) => saveDocumentRecord(ports.store, item, record));
  const before = options.known !== undefined ? options.known : documentRecord(ports.store, item);
  // One Drive get: whether the file is still there, and its version to compare with the one recorded.
  const state = before ? ports.documents.state(before.docId) : null;
  const reuse = before !== null && state !== null && state.presence === 'present';
  const settings = documentOptions(new Map(sources.settingsRows.map((r) => [String(r.values.key), String(r.values.value)])));
  const share = (record: DocumentRecord, fresh = false): ShareOutcome =>
    ports.sharing.shareOnly(
      record.docId,
      p.people.map((email) => ({ email, role: settings.shareRole })),
      record.sharedWith,
      settings.notify,
      fresh,
    );

  const handEdited = reuse && !options.overwrite ? changedByHand(before, state) : null;
  if (reuse && handEdited !== null) {
    // Neither the document nor its PDF is rewritten; who may open it still follows the pair.
    const { shared: sharedWith, refused } = share(before);
    // The mark replaces the version (not needed until it is overwritten): a record stays as small as before.
    const { version: _version, writingSince: _writing, ...unversioned } = before;
    saveFinal({ ...unversioned, sharedWith, handEdited });
    return { created: false, refused, handEdited, link: linkOf(p, item, before.url, refused, handEdited) };
  }

  // Each step is recorded before the next, so an execution killed anywhere leaves a file the next one reuses;
  // the mark «writing since» tells the next run that changes Drive saw meanwhile are this write's, not a person's.
  // A new file is made with its content in its folder in one call; a known one gets its sharing first, so the
  // version its rewrite returns is the one after every change the add-on makes to it.
  let record: DocumentRecord;
  let outcome: ShareOutcome;
  let version: string | null;
  if (reuse) {
    record = { ...before, writingSince: options.nowMs };
    saveDocumentRecord(ports.store, item, record);
    if (!record.placed) {
      // A file an earlier version made in My Drive's root and was stopped before moving it.
      ports.drive.moveInto(record.docId, folders[p.folder]);
      record = { ...record, placed: true };
      saveDocumentRecord(ports.store, item, record);
    }
    outcome = share(record);
    version = ports.documents.fill(record.docId, p.model);
  } else {
    const file = ports.documents.create(p.model, folders[p.folder]);
    record = freshRecord(file, options.nowMs);
    saveDocumentRecord(ports.store, item, record);
    outcome = share(record, true);
    version = outcome.changed ? null : file.version;
  }
  const pdf = p.pdf ? ports.documents.writePdf(record.docId, `${p.model.fileName}.pdf`, record.pdfId ?? null, folders[p.folder]) : null;
  const { shared: sharedWith, refused } = outcome;
  // The version after the add-on's last write to the file (its sharing moves it too): a later one is a person's.
  if (version === null) {
    const after = ports.documents.state(record.docId);
    version = after.presence === 'present' ? after.version : null;
  }
  const { writingSince: _writing, handEdited: _edited, version: _version, ...kept } = record;
  saveFinal({
    ...kept,
    ...(pdf ? { pdfId: pdf.id, pdfUrl: pdf.url } : {}),
    sharedWith,
    ...(version !== null ? { version } : {}),
  });
  return { created: !reuse, refused, handEdited: null, link: linkOf(p, item, record.url, refused, null) };
}
