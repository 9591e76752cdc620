/**
 * Documents made for the first time, several at once (the first «Сформировать» of a school year: a programme
 * for every pair): their files in one batch of Drive requests, their records in one write, their people's
 * access in a batch, Drive's versions after it in a batch. What makeDocument does for one document, in four
 * calls for ten. A file whose record is written is never made twice: a run killed after that finds it.
 */
import { isDailyQuotaText } from '../../domain/googleQuota';
import type { DocumentStorePort, DriveBatchPort, ShareOutcome, ShareRole } from '../ports';
import type { MadeDocument, Plan } from './makeDocument';
import { freshRecord, linkOf } from './makeDocument';
import { type DocumentRecord, documentRecordEntry } from './registry';

export interface NewItem {
  readonly item: string;
  readonly plan: Plan;
  readonly folderId: string;
}

/** One item's end: made (its final record for the caller to save), failed, or Google's daily limit reached. */
export type NewOutcome =
  | { readonly kind: 'made'; readonly made: MadeDocument; readonly record: DocumentRecord }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'pause'; readonly message: string };

export interface NewDocumentPorts {
  readonly batch: DriveBatchPort;
  readonly store: DocumentStorePort;
}

export function writeNewDocuments(
  ports: NewDocumentPorts,
  items: readonly NewItem[],
  sharing: { readonly role: ShareRole; readonly notify: boolean },
  nowMs: number,
): NewOutcome[] {
  const attempts = ports.batch.createAll(items.map((i) => ({ model: i.plan.model, folderId: i.folderId })));
  const outcomes: NewOutcome[] = [];
  const made: { at: number; record: DocumentRecord; version: string | null }[] = [];
  attempts.forEach((attempt, at) => {
    if (attempt.ok) made.push({ at, record: freshRecord(attempt.value, nowMs), version: attempt.value.version });
    // Retrying today does not help, and the item is not at fault: the job waits for tomorrow.
    else if (isDailyQuotaText(attempt.message)) outcomes[at] = { kind: 'pause', message: attempt.message };
    else outcomes[at] = { kind: 'failed', message: `Google Диск не создал документ: ${attempt.message}` };
  });
  if (made.length === 0) return outcomes;
  // Written before anything else happens to the files: an execution killed from here on leaves them found.
  const entries: Record<string, unknown> = {};
  for (const m of made) Object.assign(entries, documentRecordEntry(items[m.at].item, m.record));
  if (ports.store.setMany) ports.store.setMany(entries);
  else for (const [key, value] of Object.entries(entries)) ports.store.set(key, value);

  const shared = ports.batch.shareNew(
    made.map((m) => ({ fileId: m.record.docId, people: items[m.at].plan.people.map((email) => ({ email, role: sharing.role })) })),
    sharing.notify,
  );
  // Sharing moves Drive's version: the one after it is what a person's later edit is told from.
  const moved = made.filter((_m, k) => shared[k].changed);
  const after = ports.batch.versions(moved.map((m) => m.record.docId));
  const versions = new Map(moved.map((m, k) => [m.at, after[k]]));
  made.forEach((m, k) => {
    const outcome: ShareOutcome = shared[k];
    const version = versions.has(m.at) ? (versions.get(m.at) ?? null) : m.version;
    const { writingSince: _writing, ...kept } = m.record;
    const record: DocumentRecord = { ...kept, sharedWith: outcome.shared, ...(version !== null ? { version } : {}) };
    const { item, plan } = items[m.at];
    outcomes[m.at] = {
      kind: 'made',
      record,
      made: { created: true, refused: outcome.refused, handEdited: null, link: linkOf(plan, item, record.url, outcome.refused, null) },
    };
  });
  return outcomes;
}
