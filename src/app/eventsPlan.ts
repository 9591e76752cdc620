/**
 * «Мероприятия» planned from the roadmap at set-up: the events its stages name, each with its stage's number,
 * proposed once. A proposal already made (its key in a row's «Из плана», or remembered) is never made again, so
 * the coordinator's moves, cancellations and deletions stay; their own events are theirs.
 */
import { nextEventIds, proposeEvents } from '../domain/events/plan';
import type { DocumentStorePort, Row, TablePort } from './ports';

export const PROPOSED_KEY = 'nastavnik.events.proposed';

export interface ProposalOutcome {
  readonly added: number;
  readonly notes: readonly string[];
}

export function proposeRoadmapEvents(events: TablePort, roadmap: TablePort, store: DocumentStorePort | null): ProposalOutcome {
  const rows = events.readAll();
  const remembered = store?.get<string[]>(PROPOSED_KEY, []) ?? [];
  const already = new Set([...remembered, ...rows.map((r) => String(r.values.plan ?? '').trim()).filter((k) => k !== '')]);
  const stages = roadmap.readAll().map((r) => ({
    number: String(r.values.number ?? ''),
    content: `${String(r.values.title ?? '')}\n${String(r.values.content ?? '')}`,
    plannedText: String(r.values.planned ?? ''),
  }));
  const plan = proposeEvents(stages, already);
  if (plan.events.length > 0) {
    const ids = nextEventIds(rows.map((r) => String(r.values.id ?? '')), plan.events.length);
    const fresh: Row[] = plan.events.map((e, i) => ({
      id: ids[i],
      date: e.date,
      stage: e.stage,
      kind: e.kind,
      title: e.title,
      audience: e.audience,
      form: e.form,
      hours: e.hours,
      status: 'запланировано',
      plan: e.plan,
    }));
    // One write: the rows and their keys land together, so a killed execution leaves nothing to propose twice.
    events.append(fresh);
  }
  if (store && plan.events.length > 0) store.set(PROPOSED_KEY, [...already, ...plan.events.map((e) => e.plan)].sort());
  return { added: plan.events.length, notes: already.size > 0 ? [] : plan.notes };
}
