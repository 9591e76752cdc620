/**
 * The columns the add-on knows people and pairs by. Read as empty, they would make a returning teacher a
 * new person under a new ID, or free a paired mentee for a second pair — so a key column emptied by hand
 * stops the action with a message instead of being read as "no data".
 */
import { MENTEES_TABLE, MENTORS_TABLE, PAIRS_TABLE, type TableSchema } from './tables';

type CellValue = string | number | boolean;

interface KeyRule {
  /** Rows that must carry the keys: those with an ID, except withdrawn people (their data is erased on purpose). */
  readonly applies: (row: Readonly<Record<string, CellValue>>) => boolean;
  readonly keys: readonly string[];
}

const withId = (row: Readonly<Record<string, CellValue>>): boolean => String(row.id ?? '').trim() !== '';
const personRule: KeyRule = {
  applies: (row) => withId(row) && String(row.status ?? '').trim().toLowerCase() !== 'отозвал согласие',
  keys: ['email'],
};

const RULES: Readonly<Record<string, KeyRule>> = {
  [MENTORS_TABLE.id]: personRule,
  [MENTEES_TABLE.id]: personRule,
  [PAIRS_TABLE.id]: { applies: withId, keys: ['mentorId', 'menteeIds'] },
};

/** The columns this table's rows need, for reading only them. */
export function keyColumnsOf(schema: TableSchema): readonly string[] {
  const rule = RULES[schema.id];
  return rule ? ['id', 'status', ...rule.keys] : [];
}

/** Titles of key columns that are empty in every row that needs them (a column emptied by hand). */
export function emptiedKeyColumns(schema: TableSchema, rows: readonly Readonly<Record<string, CellValue>>[]): string[] {
  const rule = RULES[schema.id];
  if (!rule) return [];
  const concerned = rows.filter(rule.applies);
  if (concerned.length === 0) return [];
  return rule.keys
    .filter((key) => concerned.every((row) => String(row[key] ?? '').trim() === ''))
    .map((key) => schema.columns.find((c) => c.key === key)?.title ?? key);
}
