/**
 * Simultaneous executions and the document lock (gas-api.md vector 54), checked against Google:
 * - Lock.tryLock(ms): «Attempts to acquire the lock, timing out after the provided number of
 *   milliseconds. … Return: true if the lock was acquired, false otherwise»;
 *   Lock.waitLock(ms): «… throws an exception when the lock could not be acquired»
 *   (developers.google.com/apps-script/reference/lock/lock; the text, from real logs, gas-api.md §8:
 *   «Lock timeout: another process was holding the lock for too long.»).
 * - «any locks you hold will be released at the end of script execution» and waiting executions «wait
 *   nicely in line for their turn» (Google's LockService announcement, gsuite-developers.googleblog.com
 *   2011/10/concurrency-and-google-apps-script).
 * - Simultaneous executions: 30 per user; script runtime 6 min per execution; over the limit «There are
 *   too many scripts running simultaneously for this Google user account.»
 *   (developers.google.com/apps-script/guides/services/quotas).
 */
import { type BurstItem, runBurst } from '../../emulator/concurrency';
import type { Addon } from '../../emulator/load';
import { project } from '../support/baseFixture';

const CODE = `
function hold(timeoutMs, holdMs) {
  var lock = LockService.getDocumentLock();
  var asked = Date.now();
  if (!lock.tryLock(timeoutMs)) return { got: false, asked: asked, after: Date.now() };
  var at = Date.now();
  Utilities.sleep(holdMs);
  var released = Date.now();
  lock.releaseLock();
  return { got: true, asked: asked, at: at, released: released };
}
function holdUntilEnd(holdMs, timeoutMs) {
  LockService.getDocumentLock().waitLock(timeoutMs || 1000);
  Utilities.sleep(holdMs);
}
function wait(timeoutMs) {
  LockService.getDocumentLock().waitLock(timeoutMs);
  return Date.now();
}
function busy(ms) { Utilities.sleep(ms); }
function waitThenWork(timeoutMs, workMs) {
  LockService.getDocumentLock().waitLock(timeoutMs);
  Utilities.sleep(workMs);
}
`;

interface Held {
  got: boolean;
  asked: number;
  at?: number;
  after?: number;
  released?: number;
}

function burst(addon: Addon, calls: { at: number; fn: string; args: unknown[] }[]): { outcomes: ReturnType<typeof runBurst>; results: unknown[] } {
  const t0 = addon.ws.rt.clock.now();
  const results: unknown[] = [];
  const items: BurstItem[] = calls.map((c, i) => ({
    label: `${i}`,
    atMs: t0 + c.at,
    execute: (options) => {
      results[i] = addon.run(c.fn, c.args, { ...options, kind: 'installable-trigger' });
    },
  }));
  return { outcomes: runBurst(addon, items), results };
}

describe('LockService under simultaneous executions', () => {
  it('holders take the lock in turn, never two at once; each waits from its own arrival', () => {
    const addon = project(CODE);
    const t0 = addon.ws.rt.clock.now();
    const { outcomes, results } = burst(addon, [0, 100, 200, 300].map((at) => ({ at, fn: 'hold', args: [60_000, 5_000] })));
    const held = results as Held[];
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(held.every((h) => h.got)).toBe(true);
    for (let i = 1; i < held.length; i++) {
      expect(held[i].asked).toBeLessThan(t0 + 1_000 + i * 100); // asked soon after its own arrival
      expect(held[i].at!).toBeGreaterThanOrEqual(held[i - 1].released!); // only after the previous holder let go
    }
    expect(outcomes[3].lockWaitMs).toBeGreaterThan(14_000);
    // After the burst the world clock stands at its end.
    expect(addon.ws.rt.clock.now()).toBeGreaterThanOrEqual(held[3].released!);
  });

  it('tryLock returns false after exactly its timeout while an earlier execution holds the lock', () => {
    const addon = project(CODE);
    const { outcomes, results } = burst(addon, [
      { at: 0, fn: 'hold', args: [1_000, 20_000] },
      { at: 100, fn: 'hold', args: [3_000, 1_000] },
    ]);
    const second = results[1] as Held;
    expect(second.got).toBe(false);
    expect(second.after! - second.asked).toBeGreaterThanOrEqual(3_000); // the wait, plus the call's own cost
    expect(second.after! - second.asked).toBeLessThan(3_200);
    expect(outcomes[1]).toMatchObject({ status: 'ok', lockTimeouts: 1, lockWaitMs: 3_000 });
  });

  it('waitLock throws Google’s text after its timeout', () => {
    const addon = project(CODE);
    const { outcomes } = burst(addon, [
      { at: 0, fn: 'hold', args: [1_000, 20_000] },
      { at: 100, fn: 'wait', args: [3_000] },
    ]);
    expect(outcomes[1]).toMatchObject({ status: 'lock-timeout', error: 'Lock timeout: another process was holding the lock for too long.' });
  });

  it('a lock not released is released when its execution ends', () => {
    const addon = project(CODE);
    const { outcomes, results } = burst(addon, [
      { at: 0, fn: 'holdUntilEnd', args: [10_000] },
      { at: 100, fn: 'wait', args: [60_000] },
    ]);
    expect(outcomes[1].status).toBe('ok');
    expect(results[1] as number).toBeGreaterThanOrEqual(outcomes[0].endedAtMs);
  });

  it('each execution has its own 6 minutes from its arrival, waiting included', () => {
    const addon = project(CODE);
    const t0 = addon.ws.rt.clock.now();
    const { outcomes } = burst(addon, [
      { at: 0, fn: 'holdUntilEnd', args: [300_000] },
      { at: 100_000, fn: 'wait', args: [600_000] },
    ]);
    expect(outcomes[0].status).toBe('ok');
    // Free at ≈ t0 + 300 s, 200 s after the second arrived: it gets the lock in time.
    expect(outcomes[1].status).toBe('ok');
    // Two holders ahead, ≈ 300 s + 55 s: the third gets the lock after ≈ 354 s of waiting, and its
    // 30 s of work run past the 6 minutes counted from its arrival.
    const late = burst(addon, [
      { at: 0, fn: 'holdUntilEnd', args: [300_000] },
      { at: 1_000, fn: 'holdUntilEnd', args: [55_000, 300_000] },
      { at: 2_000, fn: 'waitThenWork', args: [358_000, 30_000] },
    ]);
    expect(late.outcomes[1].status).toBe('ok');
    expect(late.outcomes[2]).toMatchObject({ status: 'killed', error: 'Exceeded maximum execution time' });
    expect(late.outcomes[2].endedAtMs - late.outcomes[2].arrivalMs).toBe(360_000);
    expect(t0).toBeLessThan(late.outcomes[2].arrivalMs);
  });

  it('the 31st simultaneous execution of a user does not start; one arriving after the first ended does', () => {
    const addon = project(CODE);
    const calls = Array.from({ length: 31 }, (_, i) => ({ at: i * 10, fn: 'busy', args: [20_000] }));
    calls.push({ at: 25_000, fn: 'busy', args: [10] });
    const { outcomes } = burst(addon, calls);
    expect(outcomes.slice(0, 30).every((o) => o.status === 'ok')).toBe(true);
    expect(outcomes[30]).toMatchObject({ status: 'not-started', error: 'There are too many scripts running simultaneously for this Google user account.', calls: 0 });
    expect(outcomes[31].status).toBe('ok');
  });

  it('executions one after another (no burst) never wait for each other', () => {
    const addon = project(CODE);
    const first = addon.run('hold', [1_000, 5_000]) as Held;
    const second = addon.run('hold', [1_000, 5_000]) as Held;
    expect(first.got && second.got).toBe(true);
    expect(addon.executions[1].lockWaitMs).toBe(0);
    expect(second.at! - second.asked).toBeLessThan(1_000);
  });
});
