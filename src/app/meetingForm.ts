/**
 * The third questionnaire, «Встреча пары»: made by «Создать анкеты» once there are pairs to report on (a
 * dropdown cannot be empty), its list of active pairs kept current whenever the pairs it lists change.
 */
import { requireSettings } from '../domain/programme';
import { MEETING_PAIR_TITLE, meetingQuestionnaire } from '../domain/questionnaires';
import { SETTINGS_TABLE } from '../domain/tables';
import type { DocumentStorePort, FormRecord, FormsPort, WorkbookPort } from './ports';
import { requireTables } from './requireTables';

/**
 * A fingerprint of the list last sent to the form: a report changes nothing on the form unless the pairs did.
 * Not the list itself: a thousand pairs' choices would outgrow a property's 9 KB.
 */
export const CHOICES_KEY = 'nastavnik.meetings.choices';

/** FNV-1a over the choices, with their count: enough to tell one list from the next. */
export function choicesFingerprint(choices: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of choices.join('\n')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${choices.length}:${hash.toString(16)}`;
}

/** The forms port of src/workspace/questionnaireForms.ts, which can also set a dropdown's choices. */
interface ListChoices {
  setListChoices(record: FormRecord, title: string, choices: readonly string[]): boolean;
}

const canSetChoices = (forms: FormsPort): forms is FormsPort & ListChoices =>
  typeof (forms as Partial<ListChoices>).setListChoices === 'function';

export interface MeetingFormOutcome {
  readonly title: string;
  readonly record: FormRecord;
  readonly created: boolean;
}

/**
 * The meeting form: reused (its list refreshed) when it exists; made when there are active pairs; else null.
 * `save` records the id right after the create, so a killed run never makes a second form.
 */
export function ensureMeetingForm(
  ports: { workbook: WorkbookPort; forms: FormsPort; store: DocumentStorePort },
  known: FormRecord | undefined,
  choices: readonly string[],
  save: (record: FormRecord) => void,
): MeetingFormOutcome | null {
  const [settingsTable] = requireTables(ports.workbook, SETTINGS_TABLE);
  const settings = requireSettings(new Map(settingsTable.readAll().map((r) => [String(r.values.key), String(r.values.value)])));
  const def = meetingQuestionnaire(settings.schoolFullName, choices);
  if (known && ports.forms.exists(known.formId)) {
    refreshChoices(ports, known, choices);
    return { title: def.title, record: known, created: false };
  }
  if (choices.length === 0) return null;
  const record = ports.forms.create(def);
  save(record);
  ports.store.set(CHOICES_KEY, choicesFingerprint(choices));
  return { title: def.title, record, created: true };
}

/** Sends the list of active pairs to the form when it differs from the last one sent; an empty list is never sent. */
export function refreshChoices(ports: { forms: FormsPort; store: DocumentStorePort }, record: FormRecord, choices: readonly string[]): boolean {
  if (choices.length === 0 || !canSetChoices(ports.forms)) return false;
  const fingerprint = choicesFingerprint(choices);
  if (ports.store.get<string>(CHOICES_KEY, '') === fingerprint) return false;
  if (!ports.forms.setListChoices(record, MEETING_PAIR_TITLE, choices)) return false;
  ports.store.set(CHOICES_KEY, fingerprint);
  return true;
}
