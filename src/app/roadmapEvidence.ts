/**
 * The programme's facts the roadmap's evidence rests on, read from the sheets in one pass (one read per
 * table, whatever the number of events, pairs or people): the documents' rows in «Настройки», «Мероприятия»,
 * the banks, «Подбор» and «Пары и группы» (with its meeting columns, kept from «Встречи»). Shared by «Обновить дорожную карту», the sidebar and the status report.
 */
import { SUPPORT_STATUS } from '../domain/people';
import { settingsFromRows } from '../domain/programme';
import type { ProgrammeFacts } from '../domain/roadmap/evidence';
import { knownStatus } from '../domain/statuses';
import { EVENTS_TABLE, MATCHING_TABLE, MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, PERSON_STATUSES, PUBLICATIONS_TABLE, SETTINGS_TABLE, type TableSchema } from '../domain/tables';
import type { WorkbookPort } from './ports';

const DOC_LABEL = /^Документ:\s*/;

export function programmeFacts(workbook: WorkbookPort): ProgrammeFacts {
  const rows = (schema: TableSchema, keys?: readonly string[]) => workbook.table(schema)?.readAll(keys) ?? [];
  const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
  const settings = rows(SETTINGS_TABLE);
  const documents = settings
    .filter((r) => /^doc\.[^.]+$/.test(text(r.values.key)) && text(r.values.value) !== '')
    .map((r) => ({ item: text(r.values.key).slice(4), label: text(r.values.label).replace(DOC_LABEL, ''), url: text(r.values.value) }));
  const sitePdfs = settings
    .filter((r) => /^doc\..+\.pdf$/.test(text(r.values.key)) && text(r.values.value) !== '')
    .map((r) => ({ label: text(r.values.label), url: text(r.values.value) }));
  const forms = settings
    .filter((r) => text(r.values.key).endsWith('.published') && text(r.values.value) !== '')
    .map((r) => ({ label: text(r.values.label), url: text(r.values.value) }));
  const settingsValues = new Map(settings.map((r) => [text(r.values.key), text(r.values.value)]));
  const schoolYearStart = settingsFromRows(settingsValues)?.schoolYearStart;
  const mentors = rows(MENTORS_TABLE, ['id', 'trained', 'consent']).filter((r) => r.values.consent === true);
  const mentees = rows(MENTEES_TABLE, ['id', 'consent', 'status']).filter((r) => r.values.consent === true);
  return {
    ...(schoolYearStart === undefined ? {} : { schoolYearStart }),
    documents,
    sitePdfs,
    forms,
    events: rows(EVENTS_TABLE, ['id', 'date', 'stage', 'title', 'status', 'minutes', 'publication']).map((r) => ({
      id: text(r.values.id),
      stage: text(r.values.stage),
      title: text(r.values.title),
      date: text(r.values.date),
      status: text(r.values.status),
      minutes: text(r.values.minutes),
      publication: text(r.values.publication),
    })),
    publications: rows(PUBLICATIONS_TABLE, ['ref', 'kind', 'title', 'published', 'url']).map((r) => ({
      ref: text(r.values.ref),
      kind: text(r.values.kind),
      title: text(r.values.title),
      published: text(r.values.published),
      url: text(r.values.url),
    })),
    mentees: mentees.length,
    mentors: mentors.length,
    trainedMentorIds: mentors.filter((r) => r.values.trained === true).map((r) => text(r.values.id)),
    selectionRows: rows(MATCHING_TABLE, ['menteeId']).length,
    // The meeting columns are kept by each meeting and «Обновить банки» (meetings.ts): one read, not the whole log.
    pairs: rows(PAIRS_TABLE, ['id', 'mentorId', 'status', 'programme', 'meetings', 'attention']).map((r) => ({
      id: text(r.values.id),
      mentorId: text(r.values.mentorId),
      status: text(r.values.status) || 'действует',
      programme: text(r.values.programme),
      meetings: Number(r.values.meetings) || 0,
      attention: text(r.values.attention),
    })),
    waitingMentees: mentees.filter((r) => knownStatus(text(r.values.status), PERSON_STATUSES) === SUPPORT_STATUS).length,
  };
}

/** Facts of a programme with nothing done yet (a roadmap alone, e.g. at set-up). */
export const NO_FACTS: ProgrammeFacts = {
  documents: [],
  sitePdfs: [],
  forms: [],
  events: [],
  mentees: 0,
  mentors: 0,
  trainedMentorIds: [],
  selectionRows: 0,
  pairs: [],
  waitingMentees: 0,
};
