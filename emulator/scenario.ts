/**
 * The coordinator's year as reusable steps for scenarios (the demo, the fault campaign, tests): each step
 * is what a person does in the spreadsheet, and a step that fails is repeated as a person would — after
 * reading the message, which is kept in `seen` so a scenario can check it was Russian.
 */
import { byHand, columnByTitle, sheetDisplayValues } from './control';
import { type Answers, type BurstAnswer, submitForm, submitFormBurst } from './forms/submit';
import { type Addon, DEFAULT_BUILD_DIR, loadAddon } from './load';
import { triggerStore } from './script/triggers';

/** The documents job's progress as the dialog receives it (src/app/documents/documentsJob.ts DocumentsJobView, the fields read here). */
export interface JobView {
  readonly finished: boolean;
  readonly busy: boolean;
  readonly paused: string | null;
  readonly stopped: string | null;
  readonly failed: readonly { label: string; message: string }[];
  readonly total: number;
}

/** A failure the coordinator saw: an alert, an error thrown back to a dialog, or a dialog's message. */
export interface SeenFailure {
  readonly step: string;
  readonly via: 'alert' | 'thrown' | 'dialog';
  readonly text: string;
  /** What it is about (a document's label in the dialog's list of failures). */
  readonly about?: string;
  /** The execution was killed (Google's own «Exceeded maximum execution time»: no add-on code ran after it). */
  readonly killed: boolean;
}

/** An answer of a questionnaire from one person. */
export interface Answer {
  readonly form: 'mentee' | 'mentor';
  readonly email: string;
  readonly answers: Answers;
}

/** A failure text that a person can read: it has Russian words (Google's text may be kept in it for the record). */
export const isRussian = (text: string): boolean => /[А-Яа-яЁё]/.test(text);

const KILLED = 'Exceeded maximum execution time';
const ERROR_ALERT = 'Наставничество: ошибка';

/** A new programme spreadsheet with the built add-on, opened by the coordinator (onOpen has built the menu). */
export function newProgramme(options: { nowMs?: number; buildDir?: string; title?: string } = {}): Addon {
  const addon = loadAddon({ buildDir: options.buildDir ?? DEFAULT_BUILD_DIR, nowMs: options.nowMs });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create(options.title ?? 'Программа наставничества').id;
  addon.open('LIMITED');
  return addon;
}

/** The forms «Создать анкеты» made, from the add-on's registry in the document properties. */
export function formIds(addon: Addon): { mentee: string; mentor: string } | null {
  const raw = addon.ws.properties.snapshot('document', addon.ws.activeSpreadsheetId ?? '')['nastavnik.forms'];
  if (!raw) return null;
  const registry = JSON.parse(raw) as Partial<Record<'mentee' | 'mentor', { formId: string }>>;
  return registry.mentee && registry.mentor ? { mentee: registry.mentee.formId, mentor: registry.mentor.formId } : null;
}

/**
 * The coordinator: performs the year's steps and repeats a failed one up to `repeats` times (a person
 * reads the message and tries again). What went wrong is in `seen`; answers whose trigger failed (the
 * person answering sees nothing; Google mails the script's owner) are in `triggerFailures`.
 */
export class Coordinator {
  readonly seen: SeenFailure[] = [];
  readonly triggerFailures: string[] = [];
  /** Steps still failing after the repeats. */
  readonly gaveUp: string[] = [];

  /** Steps that failed through the repeats and succeeded after the outage was over (see `comeBackLater`). */
  readonly cameBack: string[] = [];

  /**
   * `repeats`: how often a failed step is repeated at once. `comeBackLater`: a step still failing is tried
   * once more an hour later, when the planned faults are over (an outage ends) — a step failing then is stuck.
   */
  constructor(
    readonly addon: Addon,
    readonly repeats = 2,
    readonly comeBackLater = true,
  ) {}

  /** «Настроить программу…»: the settings dialog's «Сохранить». */
  async setUp(settings: Record<string, string>): Promise<boolean> {
    return this.repeat('Настроить программу…', async () => {
      this.menu('Настроить программу…');
      const saved = (await this.addon.scriptRun('saveSettings', settings)) as { ok: boolean; message?: string };
      if (!saved.ok) this.saw('Настроить программу…', 'dialog', saved.message ?? '');
      return saved.ok;
    });
  }

  /** A menu action whose errors the add-on reports in an alert; repeated while it fails. */
  async click(caption: string): Promise<boolean> {
    return this.repeat(caption, async () => this.menu(caption));
  }

  /** Each person answers in turn; a failed form-submit trigger leaves the answer in the response sheet only. */
  answer(answers: readonly Answer[]): void {
    const ids = formIds(this.addon);
    if (!ids) throw new Error('Scenario: no forms to answer (did «Создать анкеты» succeed?)');
    for (const a of answers) {
      try {
        submitForm(this.addon, ids[a.form], a.answers, a.email);
      } catch (error) {
        this.triggerFailures.push(`${a.email}: ${textOf(error)}`);
      }
    }
  }

  /** Everyone answers within moments (a staff meeting): the triggers run simultaneously. */
  answerAtOnce(answers: readonly Answer[], spacingMs: number): void {
    const ids = formIds(this.addon);
    if (!ids) throw new Error('Scenario: no forms to answer (did «Создать анкеты» succeed?)');
    const burst: BurstAnswer[] = answers.map((a) => ({ formId: ids[a.form], answers: a.answers, email: a.email }));
    for (const outcome of submitFormBurst(this.addon, burst, { spacingMs })) {
      if (outcome.status !== 'ok') this.triggerFailures.push(`${outcome.label}: ${outcome.error ?? outcome.status}`);
    }
  }

  /** The coordinator ticks «Утвердить» on every suggestion with a mentor in «Подбор» (by hand). */
  approveAll(): void {
    byHand(this.addon.ws, (ss) => {
      const sheet = ss.getSheetByName('Подбор');
      if (!sheet) return;
      const values = sheet.getDataRange().getValues();
      // A «Подбор» without its header (a run that failed half-way) has nothing a person could tick.
      if (!values[0]?.includes('Наставник') || !values[0]?.includes('Утвердить')) return;
      const mentor = columnByTitle(values, 'Наставник');
      const approve = columnByTitle(values, 'Утвердить');
      values.forEach((row, i) => {
        if (i > 0 && row[mentor - 1] !== '' && row[approve - 1] !== true) sheet.getRange(i + 1, approve).setValue(true);
      });
    });
  }

  /**
   * «Документы…»: «Сформировать», then the dialog calls again until the job is finished — after a failed
   * call it goes on (src/ui/Documents.ts runToEnd), while busy it waits; paused for the day's quota, the
   * coordinator comes back the next day and presses «Сформировать» again. Returns the last view.
   */
  async documents(groups: readonly string[], maxCalls = 120): Promise<JobView | null> {
    const step = 'Документы…';
    const { rt } = this.addon.ws;
    let view: JobView | null = null;
    let calls = 0;
    let failuresInRow = 0;
    let presses = 0;
    this.menu(step);
    while (calls < maxCalls) {
      calls += 1;
      try {
        if (view === null || view.paused || view.stopped) {
          presses += 1;
          if (presses === 2 + this.repeats && this.comeBackLater) this.outageOver();
          else if (presses > 1 + this.repeats) break;
          view = (await this.addon.scriptRun('startDocuments', [...groups])) as JobView;
        } else {
          if (view.busy) rt.clock.advance(5_000);
          view = (await this.addon.scriptRun('continueDocuments')) as JobView;
        }
        failuresInRow = 0;
      } catch (error) {
        this.saw(step, 'thrown', textOf(error));
        failuresInRow += 1;
        if (failuresInRow > 3) {
          // The dialog gives up after its retries; the coordinator opens it again and presses «Сформировать».
          failuresInRow = 0;
          view = null;
        }
        continue;
      }
      // The reason is what the person must understand; the document's (Russian) label does not explain it.
      for (const f of view.failed) this.saw(step, 'dialog', f.message, f.label);
      if (view.stopped) this.saw(step, 'dialog', view.stopped);
      if (view.paused) {
        this.saw(step, 'dialog', view.paused);
        rt.clock.advance(24 * 60 * 60 * 1000);
      }
      if (view.finished) {
        // A person presses «Сформировать» once more for the documents that failed.
        if (view.failed.length > 0 && presses <= this.repeats + (this.comeBackLater ? 1 : 0)) {
          view = null;
          continue;
        }
        break;
      }
    }
    if (!view?.finished) this.gaveUp.push(step);
    return view;
  }

  /** One click of a menu item: true if it ran without an error reaching the coordinator. */
  private menu(caption: string): boolean {
    const alerts = this.addon.ws.ui.alerts.length;
    try {
      this.addon.clickMenu(caption);
    } catch (error) {
      this.saw(caption, 'thrown', textOf(error));
      return false;
    }
    const errors = this.addon.ws.ui.alerts.slice(alerts).filter((a) => a.title === ERROR_ALERT);
    for (const a of errors) this.saw(caption, 'alert', a.prompt);
    return errors.length === 0;
  }

  private async repeat(step: string, attempt: () => Promise<boolean>): Promise<boolean> {
    const tries = this.repeats + 1 + (this.comeBackLater ? 1 : 0);
    for (let i = 0; i < tries; i++) {
      if (i === this.repeats + 1) this.outageOver();
      let ok = false;
      try {
        ok = await attempt();
      } catch (error) {
        this.saw(step, 'thrown', textOf(error));
      }
      if (ok) {
        if (i > this.repeats) this.cameBack.push(step);
        return true;
      }
    }
    this.gaveUp.push(step);
    return false;
  }

  /** An hour later: the planned faults are over. */
  private outageOver(): void {
    this.addon.ws.rt.faults.clear();
    this.addon.ws.rt.clock.advance(60 * 60 * 1000);
  }

  private saw(step: string, via: SeenFailure['via'], text: string, about?: string): void {
    this.seen.push({ step, via, text, about, killed: text.includes(KILLED) && !isRussian(text) });
  }
}

const textOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What the year left in the world, to compare one run with another (duplicates, lost answers). */
export interface YearCensus {
  /** Files the add-on made, by MIME type (folders, forms, documents, PDFs). */
  readonly files: Record<string, number>;
  /** Files with the same name, type and folder as another (a second form, folder or document). */
  readonly sameNamed: string[];
  readonly sheets: string[];
  /** Header titles that appear twice on a sheet of the add-on (a second block of its columns). */
  readonly doubledColumns: string[];
  readonly triggers: number;
  /** Bank e-mails (lower case) of «Наставники» and «Наставляемые», with repeats if a row is doubled. */
  readonly mentors: string[];
  readonly mentees: string[];
  readonly pairs: number;
}

/** Counts what a run of the year made. */
export function census(addon: Addon): YearCensus {
  const { ws } = addon;
  const files: Record<string, number> = {};
  const seen = new Map<string, number>();
  for (const f of ws.appFiles.values()) {
    files[f.mimeType] = (files[f.mimeType] ?? 0) + 1;
    const key = `${f.mimeType} ${f.parents.join(',')} ${f.name}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const ss = ws.activeSpreadsheetId ? ws.spreadsheets.get(ws.activeSpreadsheetId) : undefined;
  const doubledColumns: string[] = [];
  for (const sheet of ss?.sheets ?? []) {
    if (sheet.name.startsWith('Ответы на форму')) continue;
    const header = sheetDisplayValues(ws, sheet.name)[0] ?? [];
    const titles = header.filter((t) => t !== '');
    for (const t of new Set(titles.filter((t, i) => titles.indexOf(t) !== i))) doubledColumns.push(`«${sheet.name}»: «${t}»`);
  }
  // A row's e-mail in any column titled «Эл. почта» (a doubled column block must not hide an answer).
  const emails = (title: string): string[] => {
    if (!ss?.sheets.some((s) => s.name === title)) return [];
    const values = sheetDisplayValues(ws, title);
    const at = (values[0] ?? []).flatMap((t, i) => (t === 'Эл. почта' ? [i] : []));
    return values
      .slice(1)
      .map((r) => (at.map((i) => r[i].trim().toLowerCase()).find((e) => e !== '') ?? ''))
      .filter((e) => e !== '');
  };
  const pairRows = ss?.sheets.some((s) => s.name === 'Пары и группы') ? sheetDisplayValues(ws, 'Пары и группы') : [];
  const pairs = pairRows.length > 0 ? pairRows.slice(1).filter((r) => r[columnByTitle(pairRows, 'ID') - 1] !== '').length : 0;
  return {
    files,
    sameNamed: [...seen.entries()].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`),
    sheets: (ss?.sheets ?? []).map((s) => s.name),
    doubledColumns,
    triggers: triggerStore(ws).triggers.length,
    mentors: emails('Наставники'),
    mentees: emails('Наставляемые'),
    pairs,
  };
}
