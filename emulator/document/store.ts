/**
 * The documents of the emulated Drive: each one's saved content, and the open handles (Document objects)
 * whose edits are pending until saveAndClose() or the end of the execution that made them.
 */
import { driveHooks } from '../drive';
import { driveStore } from '../drive/store';
import type { Workspace } from '../workspace';
import { blocksText, cloneContent, type DocumentContent, emptyContent } from './model';

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One Document object: a working copy of the content, edited in place, saved on saveAndClose. */
export interface Handle {
  readonly id: string;
  readonly content: DocumentContent;
  closed: boolean;
  dirty: boolean;
  /** The execution that last edited it; its end saves the edits. */
  execId: number | null;
  /** When and by whom it was last edited: the saved change's modifiedTime and lastModifyingUser in Drive. */
  editedAtMs: number | null;
  editedBy: string | null;
  nextListId: () => string;
}

export class DocumentStore {
  private readonly savedById = new Map<string, DocumentContent>();
  private readonly open = new Set<Handle>();
  private counter = 0;
  private listCounter = 0;

  constructor(private readonly ws: Workspace) {}

  /** A new id: 44 characters of [A-Za-z0-9_-], as Docs ids are; deterministic within a world. */
  private newId(): string {
    this.counter += 1;
    // 32-bit integer arithmetic (Math.imul): a float LCG loses precision and repeats ids.
    let seed = Math.imul(this.counter, 0x9e3779b1) >>> 0;
    let id = '1';
    while (id.length < 36) {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      id += ID_CHARS[(seed >>> 16) % ID_CHARS.length];
    }
    // The counter itself keeps every id unique.
    return id + String(this.counter).padStart(8, '0');
  }

  /** A new document holding one empty paragraph (gas-api.md §5), saved as such. */
  create(): string {
    const id = this.newId();
    this.savedById.set(id, emptyContent());
    driveStore(this.ws).created(id);
    return id;
  }

  has(id: string): boolean {
    return this.savedById.has(id);
  }

  /** A Document object on the saved content; its edits stay pending until saved. */
  openHandle(id: string): Handle {
    this.settle();
    const saved = this.savedById.get(id);
    if (!saved) throw new Error(`Emulator: no document ${id}`);
    const handle: Handle = {
      id,
      content: cloneContent(saved),
      closed: false,
      dirty: false,
      execId: this.ws.rt.execution?.id ?? null,
      editedAtMs: null,
      editedBy: null,
      nextListId: () => this.newListId(),
    };
    this.open.add(handle);
    return handle;
  }

  /** Google's list ids look like «kix.…». */
  private newListId(): string {
    this.listCounter += 1;
    return `kix.${this.listCounter.toString(36).padStart(6, '0')}emu`;
  }

  /**
   * saveAndClose(): the handle's content becomes the saved content. Saved edits are a change to the file in
   * Drive (version, modifiedTime at the last edit, lastModifyingUser); a handle with no edits changes nothing.
   */
  save(handle: Handle): void {
    this.savedById.set(handle.id, cloneContent(handle.content));
    const edited = handle.dirty;
    // Cleared first: Drive settles pending saves before it answers, and this save is no longer pending.
    handle.dirty = false;
    if (edited) {
      driveStore(this.ws).touch(handle.id, { content: true, ...(handle.editedAtMs !== null ? { atMs: handle.editedAtMs } : {}), ...(handle.editedBy ? { by: handle.editedBy } : {}) });
    }
  }

  close(handle: Handle): void {
    this.open.delete(handle);
    handle.closed = true;
  }

  /**
   * "Pending updates are flushed" when a script ends (developers.google.com/apps-script/reference/document/document#saveandclose):
   * edits of handles whose execution has ended are saved now, before anyone reads.
   */
  settle(): void {
    const current = this.ws.rt.execution?.id ?? null;
    for (const handle of this.open) {
      if (handle.dirty && handle.execId !== null && handle.execId !== current) this.save(handle);
    }
  }

  /** Copies the saved content (Drive.Files.copy makes the file record itself). */
  copy(fromId: string, toId: string): void {
    this.settle();
    const saved = this.savedById.get(fromId);
    if (!saved) throw new Error(`Emulator: no document ${fromId}`);
    this.savedById.set(toId, cloneContent(saved));
  }

  /**
   * Content Drive converted from an upload (Files.create/update into a Doc) becomes the saved content; edits of
   * executions that have ended are saved first, so the conversion replaces them as it would at Google.
   */
  imported(id: string, content: DocumentContent): void {
    this.settle();
    this.savedById.set(id, cloneContent(content));
  }

  /** The saved content, a copy the caller may keep. */
  saved(id: string): DocumentContent {
    this.settle();
    const saved = this.savedById.get(id);
    if (!saved) throw new Error(`Emulator: no document ${id}`);
    return cloneContent(saved);
  }

  /** The saved body's text: paragraphs one per line, a table's cells one per line. */
  savedText(id: string): string {
    return blocksText(this.saved(id).blocks);
  }
}

export function documentStore(ws: Workspace): DocumentStore {
  return ws.state('documents', () => {
    const store = new DocumentStore(ws);
    registerWithDrive(ws, store);
    return store;
  });
}

/** Drive.Files.copy of a Doc copies its content; Drive.Files.export renders it (set up by ./drive). */
function registerWithDrive(ws: Workspace, store: DocumentStore): void {
  driveHooks(ws).copiers.set(DOCUMENT_MIME, (fromId, toId) => store.copy(fromId, toId));
  driveStore(ws).settlers.push(() => store.settle());
}
