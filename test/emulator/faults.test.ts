/**
 * The fault plan's own machinery (not a fidelity test): which call a rule hits, how many times, what a
 * killed execution may still do, lock timeouts, the calls counted for a campaign, and the texts.
 */
import { FaultPlan, faultMessage, Workspace } from '../../emulator';
import { ALL_SHEETS_SCOPES } from '../support/world';

function started(): { ws: Workspace; globals: Record<string, unknown> } {
  const ws = new Workspace({ manifest: { oauthScopes: ALL_SHEETS_SCOPES } });
  ws.activeSpreadsheetId = ws.spreadsheets.create('Проверка').id;
  ws.rt.begin({ kind: 'menu', functionName: 'test' });
  return { ws, globals: ws.globals() };
}

const app = (globals: Record<string, unknown>) => globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const locks = (globals: Record<string, unknown>) => globals.LockService as GoogleAppsScript.Lock.LockService;

describe('fault plan', () => {
  it('fails the call after `skip` matching calls, `times` in a row, then lets calls through', () => {
    const plan = new FaultPlan().inject({ method: 'Sheet.getLastRow', kind: 'transient', skip: 1, times: 2 });
    plan.check('Sheet.getLastRow', 'f');
    expect(() => plan.check('Sheet.getLastRow', 'f')).toThrow('Service Spreadsheets failed while accessing document with id 0.');
    expect(() => plan.check('Range.getValues', 'f')).not.toThrow();
    expect(() => plan.check('Sheet.getLastRow', 'f')).toThrow();
    expect(() => plan.check('Sheet.getLastRow', 'f')).not.toThrow();
    expect(plan.injected.map((f) => f.method)).toEqual(['Sheet.getLastRow', 'Sheet.getLastRow']);
    expect(plan.pending).toBe(0);
  });

  it('counts every call it is consulted on, and keeps their order when tracing', () => {
    const plan = new FaultPlan();
    plan.trace = [];
    for (const m of ['A.x', 'B.y', 'A.x']) plan.check(m, null);
    expect(plan.calls.get('A.x')).toBe(2);
    expect(plan.callCount).toBe(3);
    expect(plan.trace).toEqual(['A.x', 'B.y', 'A.x']);
  });

  it('a pattern matches by method name; a message overrides Google text', () => {
    const plan = new FaultPlan().inject({ method: /^Drive\./, kind: 'rate', message: 'boom' });
    expect(() => plan.check('Drive.Files.get', null)).toThrow('boom');
    expect(plan.injected[0]).toMatchObject({ method: 'Drive.Files.get', kind: 'rate', message: 'boom' });
  });

  it('a killed execution runs nothing more: its catch and finally blocks fail at their first service call', () => {
    const { ws, globals } = started();
    const exec = ws.rt.execution!;
    ws.rt.faults.inject({ method: 'Sheet.getLastRow', kind: 'kill' });
    const sheet = app(globals).getActiveSpreadsheet().getSheets()[0];
    expect(() => sheet.getLastRow()).toThrow('Exceeded maximum execution time');
    expect(() => app(globals).getActiveSpreadsheet()).toThrow('Exceeded maximum execution time');
    ws.rt.end();
    // The next execution is not killed.
    ws.rt.begin({ kind: 'menu', functionName: 'next' });
    expect(ws.rt.execution!.id).not.toBe(exec.id);
    expect(() => app(ws.globals()).getActiveSpreadsheet().getSheets()[0].getLastRow()).not.toThrow();
    ws.rt.end();
  });

  it('a lock timeout: tryLock returns false after its timeout, waitLock throws Google text; the next request is granted', () => {
    const { ws, globals } = started();
    ws.rt.faults.inject({ method: 'Lock.tryLock', kind: 'lock-timeout' });
    const lock = locks(globals).getDocumentLock();
    const before = ws.rt.clock.now();
    expect(lock.tryLock(10_000)).toBe(false);
    expect(ws.rt.clock.now() - before).toBeGreaterThanOrEqual(10_000);
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10_000)).toBe(true);
    lock.releaseLock();
    ws.rt.faults.inject({ method: /^Lock\./, kind: 'lock-timeout' });
    // Not a lock request: the rule waits for one.
    lock.hasLock();
    expect(() => lock.waitLock(5_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(ws.rt.faults.injected.map((f) => f.method)).toEqual(['Lock.tryLock', 'Lock.waitLock']);
    ws.rt.end();
  });

  it("a person's edits by hand are never faulted nor counted", () => {
    const ws = new Workspace({ manifest: { oauthScopes: ALL_SHEETS_SCOPES } });
    ws.activeSpreadsheetId = ws.spreadsheets.create('Проверка').id;
    ws.rt.faults.inject({ method: /./, kind: 'transient' });
    ws.rt.begin({ kind: 'user', functionName: '(by hand)' });
    expect(() => app(ws.globals()).getActiveSpreadsheet().getSheets()[0].getLastRow()).not.toThrow();
    ws.rt.end();
    expect(ws.rt.faults.callCount).toBe(0);
  });

  it("Google's texts per kind and service", () => {
    expect(faultMessage('FormApp.openById', 'transient')).toBe('Service unavailable: Forms');
    expect(faultMessage('Range.getValues', 'rate')).toBe('Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.');
    expect(faultMessage('Drive.Files.get', 'transient')).toBe('API call to drive.files.get failed with error: Internal Error');
    expect(faultMessage('DocumentApp.create', 'daily-quota')).toBe('Service invoked too many times for one day: document create.');
    expect(faultMessage('Lock.tryLock', 'lock-timeout')).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(faultMessage('Sheet.getRange', 'kill')).toBe('Exceeded maximum execution time');
  });
});
