/**
 * `npm run faults`: the fault campaign. The coordinator's year runs on the emulator again and again, each
 * run with ONE fault at a different service call (seeded, so every run of the campaign is the same);
 * then the invariants: nothing made twice, no answer lost after «Обновить банки», every job finished,
 * every failure the coordinator saw in Russian. Prints a table and `faults: N injected, …` last.
 */
import { type Addon, type Answer, Coordinator, census, type FaultKind, isRussian, newProgramme, type YearCensus } from '../emulator';
import { SEED_SCHOOL } from './demoSchool';
import { demoAnswers } from './demoStaff';

/** What one run injects: a planned fault at the `skip`-th call of `method`, or a burst of simultaneous answers. */
export type Injection =
  | { readonly kind: Exclude<FaultKind, never>; readonly method: string; readonly skip: number; readonly times: number }
  | { readonly kind: 'burst'; readonly spacingMs: number };

export type CampaignKind = FaultKind | 'burst';

export interface RunResult {
  readonly injection: Injection;
  /** The planned fault fired (a burst always counts). */
  readonly injected: boolean;
  /** The coordinator saw a failure and repeated the step. */
  readonly sawFailure: boolean;
  /** Invariants that failed, each «class: detail». */
  readonly broken: string[];
  readonly duplicates: number;
  readonly lost: number;
}

/**
 * The documents the year makes: the pairs', the mentors' and the report (folders, Docs, sharing). The
 * school's group (its PDFs for the website) triples a run's time; `CampaignPlan.groups` can add it.
 */
export const YEAR_GROUPS: readonly string[] = ['pairs', 'mentors', 'report'];
const CONSENT = 'Да, даю согласие';

/** A dozen answers from the demo school's staff: six mentors and six mentees, one of each without consent. */
export function yearAnswers(): Answer[] {
  const staff = demoAnswers();
  return [
    ...staff.mentors.slice(0, 6).map((a) => ({ form: 'mentor' as const, email: a.email, answers: a.answers })),
    ...staff.mentees.slice(0, 6).map((a) => ({ form: 'mentee' as const, email: a.email, answers: a.answers })),
  ];
}

/** The coordinator's year: set-up, forms, answers, banks, pairs, approval, documents. */
export async function runYear(addon: Addon, answers: readonly Answer[], burstSpacingMs: number | null = null, groups = YEAR_GROUPS): Promise<Coordinator> {
  const c = new Coordinator(addon);
  await c.setUp(SEED_SCHOOL.settings);
  if (await c.click('Создать анкеты')) {
    if (burstSpacingMs === null) c.answer(answers);
    else c.answerAtOnce(answers, burstSpacingMs);
  }
  await c.click('Обновить банки');
  await c.click('Подобрать пары');
  c.approveAll();
  await c.click('Закрепить утверждённые');
  await c.documents(groups);
  return c;
}

/** The clean run: what the year makes without faults, and every service call it made, in order. */
export async function cleanRun(answers: readonly Answer[], setting: RunSetting = {}): Promise<{ census: YearCensus; trace: string[] }> {
  const addon = newProgramme({ nowMs: SEED_SCHOOL.now, buildDir: setting.buildDir });
  addon.ws.rt.faults.trace = [];
  const c = await runYear(addon, answers, null, setting.groups);
  const result = census(addon);
  if (c.seen.length > 0 || c.gaveUp.length > 0 || c.triggerFailures.length > 0) {
    throw new Error(`The clean run failed: ${JSON.stringify({ seen: c.seen, gaveUp: c.gaveUp, triggers: c.triggerFailures })}`);
  }
  const expected = answers.filter((a) => a.answers['Согласие на обработку персональных данных'] === CONSENT);
  for (const a of expected) {
    if (!(a.form === 'mentor' ? result.mentors : result.mentees).includes(a.email.toLowerCase())) throw new Error(`The clean run lost ${a.email}`);
  }
  return { census: result, trace: addon.ws.rt.faults.trace ?? [] };
}

/** One run with one injection, judged against the clean run. */
export async function faultRun(answers: readonly Answer[], clean: YearCensus, injection: Injection, setting: RunSetting = {}): Promise<RunResult> {
  const addon = newProgramme({ nowMs: SEED_SCHOOL.now, buildDir: setting.buildDir });
  if (injection.kind !== 'burst') addon.ws.rt.faults.inject({ method: injection.method, kind: injection.kind, skip: injection.skip, times: injection.times });
  const broken: string[] = [];
  let c: Coordinator;
  try {
    c = await runYear(addon, answers, injection.kind === 'burst' ? injection.spacingMs : null, setting.groups);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { injection, injected: true, sawFailure: false, broken: [`crash: the scenario stopped: ${text}`], duplicates: 0, lost: 0 };
  }
  const injected = injection.kind === 'burst' || addon.ws.rt.faults.injected.length > 0;
  const run = census(addon);
  let duplicates = 0;
  const dup = (what: string, extra: number): void => {
    if (extra <= 0) return;
    duplicates += extra;
    broken.push(`duplicate: ${what}`);
  };
  for (const [mime, n] of Object.entries(run.files)) dup(`${n - (clean.files[mime] ?? 0)} more ${mime}`, n - (clean.files[mime] ?? 0));
  for (const same of run.sameNamed) if (!clean.sameNamed.includes(same)) dup(`same file twice: ${same}`, 1);
  dup(`sheets ${run.sheets.filter((s) => !clean.sheets.includes(s)).join(', ')}`, run.sheets.length - clean.sheets.length);
  dup(`${run.triggers} triggers`, run.triggers - clean.triggers);
  // One duplicate per sheet whose columns (some or all of its block) were added a second time.
  const doubled = new Map<string, string[]>();
  for (const column of run.doubledColumns.filter((c) => !clean.doubledColumns.includes(c))) {
    const [sheet, title] = column.split(': ');
    doubled.set(sheet, [...(doubled.get(sheet) ?? []), title]);
  }
  for (const [sheet, titles] of doubled) dup(`columns twice on ${sheet}: ${titles.join(', ')}`, 1);
  dup('a mentor row twice', run.mentors.length - new Set(run.mentors).size);
  dup('a mentee row twice', run.mentees.length - new Set(run.mentees).size);
  dup(`${run.pairs} pairs instead of ${clean.pairs}`, run.pairs - clean.pairs);
  const missing = [...clean.mentors.filter((e) => !run.mentors.includes(e)), ...clean.mentees.filter((e) => !run.mentees.includes(e))];
  if (missing.length > 0) broken.push(`lost: ${missing.join(', ')} not in the banks`);
  for (const step of c.gaveUp) broken.push(`stuck: «${step}» still failing after ${c.repeats} repeats`);
  for (const seen of c.seen) if (!seen.killed && !isRussian(seen.text)) broken.push(`english: «${seen.step}» (${seen.via}${seen.about ? `, ${seen.about}` : ''}) ${seen.text}`);
  if (c.gaveUp.length === 0 && missing.length === 0) {
    for (const [mime, n] of Object.entries(clean.files)) if ((run.files[mime] ?? 0) < n) broken.push(`missing: ${n - (run.files[mime] ?? 0)} ${mime}`);
    if (run.pairs < clean.pairs) broken.push(`missing: ${clean.pairs - run.pairs} pairs`);
  }
  return { injection, injected, sawFailure: c.seen.length > 0, broken, duplicates, lost: missing.length };
}

/** Deterministic numbers from a seed (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Calls that reach a Google backend (a transient or quota fault there is real); the UI and Utilities are local. */
const BACKEND = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DeveloperMetadata|Properties|PropertiesService|FormApp|Form|.*Item|DocumentApp|Document|Body|Drive|ScriptApp|TriggerBuilder|Lock)/;
const LOCAL = /^(Ui|Menu|Html|Logger|Utilities|Session|console)/;
const CREATES = /^(FormApp\.create|DocumentApp\.create|Drive\.Files\.create|Drive\.Files\.copy|Drive\.Permissions\.create)$/;
const LOCKS = /^Lock\.(tryLock|waitLock)$/;

/** Where and what a run runs: the built add-on (default build/) and the documents' groups (default YEAR_GROUPS). */
export interface RunSetting {
  readonly buildDir?: string;
  readonly groups?: readonly string[];
}

export interface CampaignPlan extends RunSetting {
  readonly perKind: Partial<Record<CampaignKind, number>>;
  readonly seed?: number;
}

/** The injections of a campaign: for each kind, calls spread over the methods it applies to (round-robin), at seeded occurrences. */
export function planInjections(trace: readonly string[], plan: CampaignPlan): Injection[] {
  const random = seeded(plan.seed ?? 2022);
  const counts = new Map<string, number>();
  for (const m of trace) counts.set(m, (counts.get(m) ?? 0) + 1);
  // Methods in a seeded order, so a small slice of the campaign still spreads over the services.
  const order = new Map([...counts.keys()].sort().map((m) => [m, random()]));
  const methods = (filter: (m: string) => boolean): string[] => [...counts.keys()].filter(filter).sort((a, b) => order.get(a)! - order.get(b)!);
  const applies: Record<FaultKind, string[]> = {
    transient: methods((m) => BACKEND.test(m) && !LOCAL.test(m)),
    rate: methods((m) => BACKEND.test(m) && !LOCAL.test(m)),
    kill: methods(() => true),
    'daily-quota': methods((m) => CREATES.test(m)),
    'lock-timeout': methods((m) => LOCKS.test(m)),
  };
  const out: Injection[] = [];
  for (const [kind, n] of Object.entries(plan.perKind) as [CampaignKind, number][]) {
    if (kind === 'burst') {
      const spacings = [0, 50, 200, 500, 1500, 5000];
      for (let i = 0; i < n; i++) out.push({ kind, spacingMs: spacings[i % spacings.length] + Math.floor(random() * 50) });
      continue;
    }
    const pool = applies[kind];
    if (pool.length === 0) continue;
    // Every occurrence of a rare method is tried before any repeats; a frequent one gets seeded occurrences.
    const tried = new Set<string>();
    for (let i = 0; i < n; i++) {
      const method = pool[i % pool.length];
      const total = counts.get(method) ?? 1;
      let skip = Math.floor(random() * total);
      for (let probe = 0; probe < total && tried.has(`${method}#${skip}`); probe++) skip = (skip + 1) % total;
      tried.add(`${method}#${skip}`);
      // A transient or rate fault either passes at once or persists past the add-on's backoff (six failures).
      const times = kind === 'transient' || kind === 'rate' ? (random() < 0.5 ? 1 : 6) : 1;
      out.push({ kind, method, skip, times });
    }
  }
  return out;
}

export interface CampaignReport {
  readonly results: RunResult[];
  readonly lines: string[];
  readonly summary: string;
}

/** Runs the campaign and writes its table. */
export async function runCampaign(plan: CampaignPlan, progress?: (done: number, total: number) => void): Promise<CampaignReport> {
  const answers = yearAnswers();
  const clean = await cleanRun(answers, plan);
  const injections = planInjections(clean.trace, plan);
  const results: RunResult[] = [];
  for (const injection of injections) {
    results.push(await faultRun(answers, clean.census, injection, plan));
    progress?.(results.length, injections.length);
  }
  const counted = results.filter((r) => r.injected);
  const survived = counted.filter((r) => r.broken.length === 0);
  const duplicates = counted.reduce((n, r) => n + r.duplicates, 0);
  const lost = counted.reduce((n, r) => n + r.lost, 0);
  const lines: string[] = [];
  const calls = new Map<string, number>();
  for (const m of clean.trace) calls.set(m, (calls.get(m) ?? 0) + 1);
  lines.push(`Clean year: ${clean.trace.length} service calls over ${calls.size} methods; made ${JSON.stringify(clean.census.files)}, ${clean.census.pairs} pairs.`);
  lines.push('');
  const header = ['kind', 'runs', 'fired', 'unseen', 'repeated', 'broken'];
  lines.push(header.map((h, i) => (i === 0 ? h.padEnd(14) : h.padStart(9))).join(''));
  const kinds = [...new Set(results.map((r) => r.injection.kind))];
  for (const kind of kinds) {
    const of = results.filter((r) => r.injection.kind === kind);
    const fired = of.filter((r) => r.injected);
    const row = [
      of.length,
      fired.length,
      fired.filter((r) => r.broken.length === 0 && !r.sawFailure).length,
      fired.filter((r) => r.broken.length === 0 && r.sawFailure).length,
      fired.filter((r) => r.broken.length > 0).length,
    ];
    lines.push(kind.padEnd(14) + row.map((n) => String(n).padStart(9)).join(''));
  }
  const failedLines = counted.filter((r) => r.broken.length > 0);
  if (failedLines.length > 0) {
    lines.push('', 'Broken invariants:');
    for (const r of failedLines) for (const b of r.broken) lines.push(`  ${describe(r.injection)} → ${b}`);
  }
  const summary = `faults: ${counted.length} injected, ${survived.length} survived, ${duplicates} duplicates, ${lost} lost`;
  lines.push('', summary);
  return { results, lines, summary };
}

export function describe(injection: Injection): string {
  if (injection.kind === 'burst') return `burst (answers ${injection.spacingMs} ms apart)`;
  const repeat = injection.times > 1 ? ` ×${injection.times}` : '';
  return `${injection.kind}${repeat} at ${injection.method} #${injection.skip}`;
}

/** The full campaign: at least 200 faults over every kind. */
export const FULL_CAMPAIGN: CampaignPlan = {
  perKind: { transient: 70, rate: 40, kill: 60, 'lock-timeout': 20, 'daily-quota': 15, burst: 20 },
};

if (require.main === module) {
  const started = Date.now();
  runCampaign(FULL_CAMPAIGN, (done, total) => {
    if (done % 25 === 0) process.stderr.write(`  ${done}/${total} runs, ${Math.round((Date.now() - started) / 1000)} s\n`);
  })
    .then((report) => console.log(report.lines.join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
