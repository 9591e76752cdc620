/**
 * A slice of the fault campaign (`npm run faults`, scripts/faults.ts) through the same code: the
 * coordinator's year with one fault per run, of every kind; nothing may be made twice and no answer lost.
 */
import { type CampaignKind, cleanRun, describe as describeInjection, faultRun, planInjections, type RunResult, yearAnswers } from '../../scripts/faults';

/** Faults per kind in this slice (the full campaign runs ≥ 200). A seed of its own: other calls than the campaign's. */
const PER_KIND = 6;
const SEED = 10;
const KINDS: CampaignKind[] = ['transient', 'rate', 'kill', 'lock-timeout', 'daily-quota', 'burst'];

const answers = yearAnswers();
let clean: Awaited<ReturnType<typeof cleanRun>>;

beforeAll(async () => {
  clean = await cleanRun(answers);
}, 120_000);

const brokenOf = (results: readonly RunResult[], what: RegExp): string[] =>
  results.flatMap((r) => r.broken.filter((b) => what.test(b)).map((b) => `${describeInjection(r.injection)} → ${b}`));

describe('the fault campaign, a slice', () => {
  it('the clean year makes the forms, folders, documents, bank rows and pairs it should', () => {
    expect(clean.census.files['application/vnd.google-apps.form']).toBe(2);
    expect(clean.census.triggers).toBe(1);
    // Five of six answered with consent, in each bank.
    expect(clean.census.mentors).toHaveLength(5);
    expect(clean.census.mentees).toHaveLength(5);
    expect(clean.census.pairs).toBeGreaterThan(0);
    expect(clean.trace.length).toBeGreaterThan(1000);
  });

  it.each(KINDS)(
    '%s: every fault fires, nothing is made twice, no answer is lost',
    async (kind) => {
      const injections = planInjections(clean.trace, { perKind: { [kind]: PER_KIND }, seed: SEED });
      expect(injections).toHaveLength(PER_KIND);
      const results: RunResult[] = [];
      for (const injection of injections) results.push(await faultRun(answers, clean.census, injection));
      expect(results.filter((r) => !r.injected).map((r) => describeInjection(r.injection))).toEqual([]);
      expect(brokenOf(results, /^(duplicate|crash)/)).toEqual([]);
      expect(brokenOf(results, /^lost/)).toEqual([]);
    },
    600_000,
  );
});
