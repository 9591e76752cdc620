/**
 * The adapters of one execution, built on demand: the active spreadsheet, the clock in the script's
 * time zone, the document lock, the journal. Entry points create one context and pass its ports on.
 */
import type { ClockPort, DocumentStorePort, JournalPort, LockPort } from '../app/ports';
import type { IsoDate } from '../domain/dates';
import { JOURNAL_TABLE } from '../domain/tables';
import { withRetry } from './googleCalls';
import { SpreadsheetWorkbook } from './workbook';

/** How long an execution waits for the document lock, and what it says when it gives up. */
export interface LockPolicy {
  readonly waitMs: number;
  readonly busy: string;
}

/** A person waits at most 30 s behind another run, then is asked to try again. */
export const INTERACTIVE_LOCK: LockPolicy = {
  waitMs: 30_000,
  busy: 'Таблицу сейчас изменяет другой запуск надстройки. Подождите минуту и повторите.',
};

/**
 * The form-submit trigger has 6 minutes (developers.google.com/apps-script/guides/services/quotas); after
 * a staff meeting up to 30 of them run at once and queue for the lock, so it waits up to 5 minutes and
 * keeps a minute for its own work. If it still gives up, its answer waits in the response sheet and the
 * next execution to get the lock takes it in (receiveAnswer).
 */
export const TRIGGER_LOCK: LockPolicy = {
  waitMs: 300_000,
  busy: 'Ответ сохранён в листе ответов, но таблица дольше 5 минут была занята другим запуском надстройки. Он попадёт в банк со следующим ответом или по команде «Обновить банки».',
};

/** How the person is told which service did not answer. */
const PROPERTIES = 'хранилище настроек надстройки';

export class ProgrammeContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly workbook: SpreadsheetWorkbook;

  constructor(private readonly lockPolicy: LockPolicy = INTERACTIVE_LOCK) {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) throw new Error('Надстройка работает только внутри таблицы программы наставничества.');
    this.ss = ss;
    this.workbook = new SpreadsheetWorkbook(ss);
  }

  /**
   * "Today" in the spreadsheet's time zone, the zone its date cells are in; the script's zone (the manifest's)
   * may differ and is «a frequent source of scripting bugs» (vector 55).
   */
  readonly clock: ClockPort = {
    today: (): IsoDate => Utilities.formatDate(new Date(), this.ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
    nowText: (): string => Utilities.formatDate(new Date(), this.ss.getSpreadsheetTimeZone(), 'dd.MM.yyyy HH:mm'),
  };

  readonly lock: LockPort = {
    withDocumentLock: <T>(work: () => T): T => {
      const lock = LockService.getDocumentLock();
      if (!lock) return work();
      // tryLock returns false once the wait is over (developers.google.com/apps-script/reference/lock/lock).
      if (!lock.tryLock(this.lockPolicy.waitMs)) throw new Error(this.lockPolicy.busy);
      try {
        return work();
      } finally {
        SpreadsheetApp.flush();
        lock.releaseLock();
      }
    },
  };

  private documentProperties: GoogleAppsScript.Properties.Properties | null = null;

  /** The store's handle, asked for once per execution: each value is still read and written at the call. */
  private properties(): GoogleAppsScript.Properties.Properties {
    this.documentProperties ??= PropertiesService.getDocumentProperties();
    return this.documentProperties;
  }

  /**
   * JSON values in the document's properties (9 KB each). A transient fault is retried: the value often records an
   * object just made (a folder, a document), and a record lost to a passing fault means the next run makes it twice.
   * Writing the same value again is harmless; a quota refusal is not transient and stops as it is.
   */
  readonly store: DocumentStorePort = {
    get: <T>(key: string, fallback: T): T => {
      const raw = withRetry(PROPERTIES, () => this.properties().getProperty(key));
      return raw === null ? fallback : (JSON.parse(raw) as T);
    },
    set: (key: string, value: unknown): void => {
      const raw = JSON.stringify(value);
      withRetry(PROPERTIES, () => this.properties().setProperty(key, raw));
    },
    setMany: (entries: Readonly<Record<string, unknown>>): void => {
      const raw: Record<string, string> = {};
      for (const [key, value] of Object.entries(entries)) raw[key] = JSON.stringify(value);
      withRetry(PROPERTIES, () => this.properties().setProperties(raw));
    },
  };

  /** What every use case takes from the execution: the workbook, its store, the lock, the clock, the journal. */
  ports(): { workbook: SpreadsheetWorkbook; store: DocumentStorePort; lock: LockPort; clock: ClockPort; journal: () => JournalPort } {
    return { workbook: this.workbook, store: this.store, lock: this.lock, clock: this.clock, journal: () => this.journal() };
  }

  /** The journal «Журнал»: when, who, what; one appended row per entry. */
  journal(): JournalPort {
    const table = this.workbook.table(JOURNAL_TABLE);
    const who = Session.getActiveUser().getEmail() || 'неизвестный пользователь';
    return {
      log: (action: string, details: string): void => {
        table?.append([{ when: this.clock.nowText(), who, action, details }]);
      },
    };
  }
}
