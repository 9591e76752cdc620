/**
 * Documents a person changed after the add-on last wrote them: how regeneration tells (Drive's version
 * recorded after the add-on's last write, a mark while it writes), and how it says so — the job's note on
 * the item, the dialog's line, the pair's «Проблемы», the «Настройки» row's label.
 */
import type { DocumentState } from '../ports';
import type { DocumentRecord } from './registry';

/** First words of the pair's «Проблемы» line about its programme, so the job can replace it and leave others alone. */
export const HAND_EDIT_PREFIX = 'Программа изменена вручную';

/**
 * Apps Script stops an execution at 6 minutes (developers.google.com/apps-script/guides/services/quotas), so a
 * change Drive dates later than that after a write began is not that write's; a little slack for Drive's clock.
 */
export const WRITE_WINDOW_MS = 6 * 60_000 + 30_000;

/**
 * When a person changed the document since the add-on wrote it (for the person; '' when Drive gave no date),
 * or null when it is the add-on's own. Once noticed it stays noticed until the document is overwritten on
 * purpose: the add-on's sharing moves the version too, and must not make a person's edit look like its own.
 * Without a recorded version (a record from before versions were kept, or Drive out of reach) nothing can be
 * compared and the document is written as before.
 */
export function changedByHand(record: DocumentRecord, state: DocumentState): string | null {
  if (record.handEdited !== undefined) return record.handEdited;
  if (record.version === undefined || state.version === null || state.version === record.version) return null;
  // A run killed while writing left its mark: what Drive saw within that run's lifetime is the run's own write.
  if (record.writingSince !== undefined && state.modifiedMs !== null && state.modifiedMs <= record.writingSince + WRITE_WINDOW_MS) return null;
  return state.modifiedText;
}

const when = (editedAt: string): string => (editedAt === '' ? 'изменён вручную' : `изменён вручную ${editedAt}`);

/** The dialog's line about one document left as it is. */
export function handEditLine(label: string, editedAt: string): string {
  return `${label}: ${when(editedAt)} — не перезаписан. Чтобы перезаписать, отметьте его и нажмите «Перезаписать отмеченные».`;
}

/** The pair's «Проблемы» line. */
export function handEditProblem(editedAt: string): string {
  return (
    `${HAND_EDIT_PREFIX}${editedAt === '' ? '' : ` ${editedAt}`} — не перезаписана. ` +
    'Чтобы перезаписать, отметьте её в окне «Документы…» и нажмите «Перезаписать отмеченные».'
  );
}

/** The «Настройки» row's label of a school document left as it is. */
export function handEditLabel(label: string, editedAt: string): string {
  return `${label} (${when(editedAt)} — не перезаписан)`;
}

/** The job's note on an item: refusals alone stay as sharingNotes encodes them; with a hand edit, both in one object. */
export function encodeItemNote(handEdited: string | null, refusals: string | undefined): string | undefined {
  if (handEdited === null) return refusals;
  return JSON.stringify({ h: handEdited, ...(refusals !== undefined ? { r: refusals } : {}) });
}

export function decodeItemNote(note: string): { handEdited: string | null; refusals: string | null } {
  try {
    const value = JSON.parse(note) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { h?: unknown }).h === 'string') {
      const { h, r } = value as { h: string; r?: unknown };
      return { handEdited: h, refusals: typeof r === 'string' ? r : null };
    }
  } catch {
    // A note of another kind.
  }
  return { handEdited: null, refusals: note };
}
