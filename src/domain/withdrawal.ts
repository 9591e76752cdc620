/**
 * Consent withdrawn (152-ФЗ ст. 9 ч. 2, ст. 21 ч. 5): what becomes of the person's pair or group and of every
 * text the add-on wrote about them. Pure: the app layer reads the rows, this decides, the app writes.
 */
import { splitList } from './catalog';
import { initialsFirst, surnameFirst } from './documents/names';
import { pairAtWork } from './statuses';

export type CellValue = string | number | boolean;
export type PlainRow = Record<string, CellValue>;

export interface WithdrawnPerson {
  readonly id: string;
  readonly role: 'mentor' | 'mentee';
  /** As the bank held it before it was erased ('' when unknown). */
  readonly fullName: string;
  readonly email: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Spaces as typed may differ («Иванова  Анна»), initials may be «А.П.» or «А. П.»: the space after a dot is
 * dropped first, so «А. П.» (as the documents write it) also finds «А.П.».
 */
const loose = (text: string): string =>
  escapeRegExp(text.replace(/\s+/g, ' ').trim().replace(/\. /g, '.'))
    .replace(/ /g, '\\s+')
    // Not after a final dot: «Иванова А.П. провела» keeps its space.
    .replace(/\\\.(?!$)/g, '\\.\\s*');

/**
 * Replaces every way the add-on writes a person — «ФИО (ID)», the full name, «Фамилия И.О.», «И.О. Фамилия»,
 * the e-mail — by their ID. Longer forms first, so «ФИО (ID)» becomes «ID», not «ID (ID)».
 */
export function nameScrubber(people: readonly WithdrawnPerson[]): (text: string) => string {
  const rules: { pattern: RegExp; id: string }[] = [];
  for (const person of people) {
    const name = person.fullName.replace(/\s+/g, ' ').trim();
    const forms: string[] = [];
    if (name !== '') {
      forms.push(`${loose(name)}\\s*\\(\\s*${escapeRegExp(person.id)}\\s*\\)`, loose(name));
      // A one-word name would match too much as a bare surname: its short forms are the name itself.
      if (name.includes(' ')) forms.push(loose(surnameFirst(name)), loose(initialsFirst(name)));
    }
    if (person.email.trim() !== '') forms.push(escapeRegExp(person.email.trim()));
    for (const form of forms) rules.push({ pattern: new RegExp(form, 'gi'), id: person.id });
  }
  return (text: string): string => rules.reduce((t, r) => t.replace(r.pattern, r.id), text);
}

/** «2026-12-01» → «01.12.2026». */
export const ruDate = (iso: string): string => iso.split('-').reverse().join('.');

/** What happens to one row of «Пары и группы» that has a withdrawn person in it. */
export interface PairChange {
  readonly rowNumber: number;
  readonly pairId: string;
  /** The pair's mentor (withdrawn or not): their own papers list the pair's mentees. */
  readonly mentorId: string;
  /** Only the columns that change. */
  readonly values: PlainRow;
  /** The pair (or a group left without mentees) ended now: «расторгнута». */
  readonly ended: boolean;
  /** A group that goes on without the withdrawn mentees. */
  readonly goesOn: boolean;
  /** Mentees who stay in the bank and lose their mentor: back to «поддержка, поиск наставника». */
  readonly menteesFreed: readonly string[];
  /** The mentor who stays in the bank and loses this pair (their status follows their other pairs). */
  readonly mentorFreed: string | null;
  /** The withdrawn people of this row. */
  readonly withdrawnIds: readonly string[];
}

/**
 * One pair or group and the withdrawn people: a pair whose mentor or every mentee withdrew is ended
 * («расторгнута», the reason with IDs only); a group goes on without the withdrawn mentees. A row that had
 * ended before only has its names replaced. Null when nobody withdrawn is in it.
 */
export function pairWithdrawal(
  rowNumber: number,
  row: PlainRow,
  withdrawn: ReadonlyMap<string, WithdrawnPerson>,
  today: string,
): PairChange | null {
  const pairId = String(row.id ?? '').trim();
  const mentorId = String(row.mentorId ?? '').trim();
  const menteeIds = splitList(String(row.menteeIds ?? ''));
  const gone = [mentorId, ...menteeIds].filter((id) => withdrawn.has(id));
  if (gone.length === 0) return null;
  const scrub = nameScrubber([...withdrawn.values()]);
  const text = (key: string): string => String(row[key] ?? '');
  const base = { rowNumber, pairId, mentorId, withdrawnIds: gone };
  if (!pairAtWork(String(row.status ?? ''))) {
    const values = scrubbed(row, scrub, ['mentor', 'mentees', 'reasons', 'problems']);
    return { ...base, values, ended: false, goesOn: false, menteesFreed: [], mentorFreed: null };
  }
  const mentorGone = withdrawn.has(mentorId);
  const staying = menteeIds.filter((id) => !withdrawn.has(id));
  const reason = `Согласие на обработку ПДн отозвано: ${gone.join(', ')}.`;
  if (mentorGone || staying.length === 0) {
    return {
      ...base,
      values: {
        mentor: mentorGone ? mentorId : scrub(text('mentor')),
        mentees: scrub(text('mentees')),
        status: 'расторгнута',
        reasons: `${reason} Расторгнута ${ruDate(today)}.`,
        problems: scrub(text('problems')),
      },
      ended: true,
      goesOn: false,
      menteesFreed: staying,
      mentorFreed: mentorGone ? null : mentorId,
    };
  }
  // A group goes on: the withdrawn mentees leave the lists and the reasons («ФИО: …» lines of the group).
  const names = splitList(text('mentees'));
  const keptNames = names.length === menteeIds.length ? names.filter((_, i) => !withdrawn.has(menteeIds[i])) : names.map(scrub);
  const goneHere = gone.map((id) => withdrawn.get(id)!);
  const reasons = text('reasons')
    .split('\n')
    .filter((line) => line.trim() !== '' && !goneHere.some((w) => startsWithPerson(line, w)))
    .map(scrub);
  return {
    ...base,
    values: {
      mentees: keptNames.join('; '),
      menteeIds: staying.join('; '),
      reasons: [...reasons, `${gone.join(', ')}: выбыли из группы ${ruDate(today)}. ${reason}`].join('\n'),
      problems: scrub(text('problems')),
    },
    ended: false,
    goesOn: true,
    menteesFreed: [],
    mentorFreed: null,
  };
}

function startsWithPerson(line: string, person: WithdrawnPerson): boolean {
  const start = line.trim().toLowerCase();
  const name = person.fullName.replace(/\s+/g, ' ').trim().toLowerCase();
  return (name !== '' && start.startsWith(name)) || start.startsWith(person.id.toLowerCase());
}

function scrubbed(row: PlainRow, scrub: (t: string) => string, keys: readonly string[]): PlainRow {
  const out: PlainRow = {};
  for (const key of keys) out[key] = scrub(String(row[key] ?? ''));
  return out;
}
