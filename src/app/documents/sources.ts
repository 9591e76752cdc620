/**
 * What the documents are written from, read once per execution: the settings, the roadmap, the banks and
 * the active pairs joined with their people. A pair whose people are no longer in the banks (consent
 * withdrawn, row deleted) carries a Russian reason instead of a DocPair.
 */
import { splitList } from '../../domain/catalog';
import { type IsoDate, lastDayOfMonth } from '../../domain/dates';
import { type DocMentee, type DocMentor, type DocPair, type DocumentSettings, documentSettingsFrom } from '../../domain/documents/inputs';
import { type SettingsGap, settingsGaps } from '../../domain/documents/settingsGaps';
import { type ProgrammeSettings, requireSettings } from '../../domain/programme';
import type { RoadmapStage } from '../../domain/roadmap';
import { MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, ROADMAP_TABLE, SETTINGS_TABLE } from '../../domain/tables';
import { count, isActivePair, pairFromRow, text } from '../bankRecords';
import { matchingOptions } from '../matchingSettings';
import type { CellValue, Row, TableRow, WorkbookPort } from '../ports';
import { requireTables } from '../requireTables';

export interface StageRow {
  readonly rowNumber: number;
  readonly stage: RoadmapStage;
  readonly done: boolean;
}

export interface PairSource {
  readonly id: string;
  readonly rowNumber: number;
  readonly pair: DocPair | null;
  /** Why there is no DocPair. */
  readonly problem: string;
}

export interface Sources {
  /** The programme's settings and the documents' rows of «Настройки» (place, pay, council, union, limits). */
  readonly settings: DocumentSettings;
  readonly settingsRows: readonly TableRow[];
  readonly stages: readonly StageRow[];
  readonly mentors: ReadonlyMap<string, DocMentor>;
  readonly mentees: ReadonlyMap<string, DocMentee>;
  readonly pairs: readonly PairSource[];
}


function person(row: Row) {
  return {
    id: text(row.id),
    fullName: text(row.fullName),
    email: text(row.email).toLowerCase(),
    position: text(row.position),
    subject: text(row.subject),
    experience: count(row.experience),
  };
}

export function mentorForDocuments(row: Row): DocMentor {
  return { ...person(row), qualification: text(row.qualification), competences: splitList(text(row.competences)) };
}

export function menteeForDocuments(row: Row): DocMentee {
  return { ...person(row), category: text(row.category), requests: splitList(text(row.requests)), description: text(row.description) };
}

/** The programme runs to 31 May of the school year; a pair formed later gets half a year. */
export function programmeEnd(settings: ProgrammeSettings, start: IsoDate): IsoDate {
  const end = `${settings.schoolYearStart + 1}-05-31`;
  if (start < end) return end;
  const [y, m] = start.split('-').map(Number);
  const month = m + 5;
  return lastDayOfMonth(y + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1);
}

/** Only people with consent and a name are written into documents. */
const usable = (p: { fullName: string; id: string }, consent: CellValue | undefined): boolean => p.fullName !== '' && p.id !== '' && consent === true;

/** What «Настройки» leaves out of the documents (blank or unreadable rows), for the dialog to say before they are made. */
export function readSettingsGaps(workbook: WorkbookPort): SettingsGap[] {
  const [settingsTable] = requireTables(workbook, SETTINGS_TABLE);
  return settingsGaps(new Map(settingsTable.readAll().map((r) => [text(r.values.key), text(r.values.value)])));
}

export function readSources(workbook: WorkbookPort, today: IsoDate): Sources {
  const [settingsTable, roadmap, mentorsTable, menteesTable, pairsTable] = requireTables(
    workbook,
    SETTINGS_TABLE,
    ROADMAP_TABLE,
    MENTORS_TABLE,
    MENTEES_TABLE,
    PAIRS_TABLE,
  );
  const settingsRows = settingsTable.readAll();
  const settingsValues = new Map(settingsRows.map((r) => [text(r.values.key), text(r.values.value)]));
  const settings = documentSettingsFrom(requireSettings(settingsValues), settingsValues, matchingOptions(settingsRows.map((r) => r.values)).limits);

  const stages = roadmap
    .readAll()
    .filter((r) => text(r.values.title) !== '')
    .map((r) => ({
      rowNumber: r.rowNumber,
      done: r.values.done === true,
      stage: { number: text(r.values.number), title: text(r.values.title), content: text(r.values.content), plannedText: text(r.values.planned) },
    }));

  const mentors = new Map<string, DocMentor>();
  for (const r of mentorsTable.readAll()) {
    const m = mentorForDocuments(r.values);
    if (usable(m, r.values.consent)) mentors.set(m.id, m);
  }
  const mentees = new Map<string, DocMentee>();
  for (const r of menteesTable.readAll()) {
    const m = menteeForDocuments(r.values);
    if (usable(m, r.values.consent)) mentees.set(m.id, m);
  }

  const pairs: PairSource[] = [];
  for (const r of pairsTable.readAll()) {
    const record = pairFromRow(r.rowNumber, r.values);
    if (record.id === '' || !isActivePair(record)) continue;
    const mentor = mentors.get(record.mentorId);
    const members = record.menteeIds.map((id) => mentees.get(id));
    const missing = [...(mentor ? [] : [record.mentorId]), ...record.menteeIds.filter((_, i) => !members[i])];
    const start = text(r.values.start) || today;
    if (!mentor || missing.length > 0 || members.length === 0) {
      const who = missing.length > 0 ? `нет в банках (или нет согласия): ${missing.join(', ')}` : 'нет наставляемых';
      pairs.push({ id: record.id, rowNumber: r.rowNumber, pair: null, problem: `Пара ${record.id}: ${who}.` });
      continue;
    }
    pairs.push({
      id: record.id,
      rowNumber: r.rowNumber,
      problem: '',
      pair: {
        id: record.id,
        mentor,
        mentees: members.filter((m): m is DocMentee => m !== undefined),
        form: text(r.values.form) || 'педагог – педагог',
        start,
        end: programmeEnd(settings, start),
      },
    });
  }
  return { settings, settingsRows, stages, mentors, mentees, pairs };
}
