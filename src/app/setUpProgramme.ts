/**
 * Use case «Настроить программу»: validates the settings, creates or repairs the seven tables, writes
 * the settings and, for a new programme, the default roadmap. Idempotent: run again on a programme with
 * data it changes nothing and creates nothing twice. Nothing is written unless everything can be.
 */

import { DEFAULT_TRAINING_RULE, TRAINING_RULE_KEY, TRAINING_RULE_LABEL } from '../domain/events/training';
import { type ProgrammeSettings, type SettingsForm, settingsToRows, validateSettings } from '../domain/programme';
import { defaultRoadmap } from '../domain/roadmap';
import { ALL_TABLES, EVENTS_TABLE, ROADMAP_TABLE, SETTINGS_TABLE, type TableSchema } from '../domain/tables';
import { documentSettingsRows } from './documents/documentSettings';
import { proposeRoadmapEvents } from './eventsPlan';
import { matchingSettingsRows } from './matchingSettings';
import { meetingSettingsRows } from './meetingSettings';
import type { ClockPort, DocumentStorePort, JournalPort, LockPort, TablePort, WorkbookPort } from './ports';
import { refreshRoadmapTable } from './refreshRoadmap';

export interface SetUpPorts {
  workbook: WorkbookPort;
  journal: () => JournalPort;
  clock: ClockPort;
  lock: LockPort;
  /** Remembers the events proposed from the roadmap (never proposed twice); without it, «Из плана» alone. */
  store?: DocumentStorePort;
}

export type SetUpResult =
  | { ok: true; created: string[]; restored: string[]; changedSettings: string[]; roadmapFilled: boolean; messages: string[] }
  | { ok: false; errors: Partial<Record<keyof SettingsForm, string>>; message: string };

export function setUpProgramme(ports: SetUpPorts, form: Partial<Record<keyof SettingsForm, unknown>>): SetUpResult {
  const validation = validateSettings(form);
  if (!validation.ok) {
    return { ok: false, errors: validation.errors, message: 'Настройки не сохранены: исправьте отмеченные поля.' };
  }
  return ports.lock.withDocumentLock(() => applySetUp(ports, validation.settings));
}

function applySetUp(ports: SetUpPorts, settings: ProgrammeSettings): SetUpResult {
  const { workbook } = ports;
  const lookups = ALL_TABLES.map((schema) => ({ schema, found: workbook.lookup(schema) }));
  const clashes = lookups.flatMap(({ found }) => (found.kind === 'name-taken' ? [found.sheetName] : []));
  if (clashes.length > 0) {
    const names = clashes.map((n) => `«${n}»`).join(', ');
    return {
      ok: false,
      errors: {},
      message: `Настройка остановлена: в таблице уже есть ваши листы ${names}. Переименуйте их, и надстройка создаст свои. Ничего не изменено.`,
    };
  }

  const known = new Set(workbook.knownTables());
  const created: string[] = [];
  const restored: string[] = [];
  const messages: string[] = [];
  const tables = new Map<string, TablePort>();
  lookups.forEach(({ schema, found }, index) => {
    if (found.kind === 'ours') {
      tables.set(schema.id, found.table);
      const columns = found.table.restoreMissingColumns();
      if (columns.length > 0) messages.push(`На листе «${found.table.sheetName}» восстановлены столбцы: ${columns.join(', ')}.`);
      return;
    }
    tables.set(schema.id, workbook.create(schema, index));
    if (known.has(schema.id)) {
      restored.push(schema.sheetName);
      messages.push(`Лист «${schema.sheetName}» был удалён; создан заново, пустой.`);
    } else {
      created.push(schema.sheetName);
    }
  });
  workbook.rememberTables(ALL_TABLES.map((t) => t.id));

  const changedSettings = writeSettings(table(tables, SETTINGS_TABLE), settings);
  const roadmap = table(tables, ROADMAP_TABLE);
  const roadmapFilled = roadmap.readAll().length === 0;
  if (roadmapFilled) {
    roadmap.writeRows(
      2,
      defaultRoadmap(settings.schoolShortName, settings.schoolYearStart).map((stage) => ({
        number: stage.number,
        title: stage.title,
        content: stage.content,
        planned: stage.plannedText,
        done: false,
      })),
    );
  }
  const proposed = proposeRoadmapEvents(table(tables, EVENTS_TABLE), roadmap, ports.store ?? null);
  // After the events are proposed, with the workbook (the evidence: banks, events, pairs) and the store (what the
  // add-on wrote): without the store the next refresh would take set-up's evidence for the coordinator's text.
  const roadmapChanged = refreshRoadmapTable(roadmap, ports.clock.today(), { workbook, ...(ports.store ? { store: ports.store } : {}) }).changed;
  if (proposed.added > 0) messages.push(`В лист «Мероприятия» внесены мероприятия дорожной карты: ${proposed.added}. Даты можно менять.`);
  messages.push(...proposed.notes);

  const journal = ports.journal();
  if (created.length > 0) journal.log('Настройка программы', `Созданы листы: ${created.join(', ')}.`);
  for (const message of messages) journal.log('Настройка программы', message);
  if (changedSettings.length > 0) journal.log('Настройки', `Изменено: ${changedSettings.join(', ')}.`);
  if (roadmapFilled) journal.log('Дорожная карта', `Заполнена по умолчанию на ${settings.schoolYearStart}-${settings.schoolYearStart + 1} учебный год.`);
  else if (roadmapChanged > 0) journal.log('Дорожная карта', `Обновлено состояние этапов: ${roadmapChanged}.`);
  return { ok: true, created, restored, changedSettings, roadmapFilled, messages };
}

function table(tables: Map<string, TablePort>, schema: TableSchema): TablePort {
  const found = tables.get(schema.id);
  if (!found) throw new Error(`table ${schema.id} was not set up`);
  return found;
}

/** Writes settings rows by key; returns the labels whose value changed. Rows the coordinator added stay. */
function writeSettings(settingsTable: TablePort, settings: ProgrammeSettings): string[] {
  const existing = settingsTable.readAll();
  const rowOf = new Map(existing.map((r) => [String(r.values.key), r]));
  const changed: string[] = [];
  const appended: { key: string; label: string; value: string }[] = [];
  for (const row of settingsToRows(settings)) {
    const current = rowOf.get(row.key);
    if (!current) {
      appended.push(row);
      changed.push(row.label);
    } else if (String(current.values.value) !== row.value) {
      settingsTable.writeRows(current.rowNumber, [{ ...current.values, value: row.value }]);
      changed.push(row.label);
    }
  }
  // The matching's defaults are added once; the coordinator's changes to them are kept.
  const trainingRule = { key: TRAINING_RULE_KEY, label: TRAINING_RULE_LABEL, value: DEFAULT_TRAINING_RULE };
  for (const row of [...matchingSettingsRows(), ...documentSettingsRows(), trainingRule, ...meetingSettingsRows()]) if (!rowOf.has(row.key)) appended.push(row);
  settingsTable.append(appended);
  return changed;
}
