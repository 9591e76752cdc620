/**
 * PropertiesService and LockService fidelity: vectors 38 and 40 of ../shared/reference/gas-api.md §11,
 * store scoping and limits, and locks across executions in virtual time.
 */
import { Workspace } from '../../emulator/workspace';
import { FIXTURE_SCOPES, giveDocument, inExecution, project, workspace } from '../support/baseFixture';

const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

// https://developers.google.com/apps-script/guides/properties
describe('PropertiesService (developers.google.com/apps-script/guides/properties)', () => {
  // Vector 38: values are converted to strings; a missing key is null; over 9 KB per value fails.
  it('stores strings, keeps an empty string, returns null for a missing key, and copies getProperties', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const props = g.PropertiesService.getDocumentProperties();
      props.setProperty('k', 5 as unknown as string).setProperty('empty', '');
      expect(props.getProperty('k')).toBe('5');
      expect(props.getProperty('empty')).toBe('');
      expect(props.getProperty('none')).toBeNull();
      const copy = props.getProperties();
      copy.k = 'changed';
      expect(props.getProperty('k')).toBe('5');
      expect(props.getKeys().sort()).toEqual(['empty', 'k']);
    });
  });

  // https://developers.google.com/apps-script/guides/services/quotas: "Properties value size 9 KB / val".
  it('allows 9,216 bytes of value and refuses one byte more, counting UTF-8 bytes', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('ascii', 'x'.repeat(9216));
      expect(() => props.setProperty('ascii', 'x'.repeat(9217))).toThrow(QUOTA);
      props.setProperty('cyrillic', 'я'.repeat(4608));
      expect(() => props.setProperty('cyrillic', 'я'.repeat(4609))).toThrow(QUOTA);
      expect(props.getProperty('ascii')).toHaveLength(9216);
    });
  });

  // "Properties total storage 500 KB / property store"; a refused write changes nothing.
  it('refuses a write that takes a store past 500 KB and leaves the store as it was', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const props = g.PropertiesService.getUserProperties();
      const values: Record<string, string> = {};
      for (let i = 0; i < 56; i++) values[`k${i}`] = 'x'.repeat(9000);
      props.setProperties(values);
      expect(() => props.setProperty('one-more', 'x'.repeat(9000))).toThrow(QUOTA);
      expect(props.getProperty('one-more')).toBeNull();
      expect(props.getKeys()).toHaveLength(56);
    });
  });

  it('replaces all with setProperties(…, true), deletes one key or all', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const props = g.PropertiesService.getDocumentProperties();
      props.setProperties({ a: '1', b: '2' });
      props.setProperties({ c: 3 as unknown as string }, true);
      expect(props.getProperties()).toEqual({ c: '3' });
      props.setProperties({ d: '4' }).deleteProperty('c');
      expect(props.getProperties()).toEqual({ d: '4' });
      props.deleteAllProperties();
      expect(props.getKeys()).toEqual([]);
    });
  });

  it('keeps document properties per spreadsheet and script properties for everyone; none without a document', () => {
    const ws = workspace();
    const first = ws.activeSpreadsheetId!;
    inExecution(ws, (g) => {
      g.PropertiesService.getDocumentProperties().setProperty('table', 'первая');
      g.PropertiesService.getScriptProperties().setProperty('shared', 'да');
    });
    const second = giveDocument(ws);
    inExecution(ws, (g) => {
      expect(g.PropertiesService.getDocumentProperties().getProperty('table')).toBeNull();
      expect(g.PropertiesService.getScriptProperties().getProperty('shared')).toBe('да');
    });
    expect(ws.properties.snapshot('document', first)).toEqual({ table: 'первая' });
    expect(ws.properties.snapshot('document', second)).toEqual({});
    const standalone = new Workspace({ manifest: { oauthScopes: [...FIXTURE_SCOPES] } });
    inExecution(standalone, (g) => expect(g.PropertiesService.getDocumentProperties()).toBeNull());
  });

  it('persists across executions of the loaded script', () => {
    const addon = project(`function save(v) { PropertiesService.getUserProperties().setProperty('v', v); } function load() { return PropertiesService.getUserProperties().getProperty('v'); }`);
    addon.run('save', ['значение']);
    expect(addon.run('load')).toBe('значение');
    expect(addon.ws.properties.snapshot('user', addon.ws.userEmail)).toEqual({ v: 'значение' });
  });
});

// https://developers.google.com/apps-script/reference/lock/lock
describe('LockService (developers.google.com/apps-script/reference/lock/lock)', () => {
  // Vector 40: "waitLock … Throws an exception when the lock could not be acquired"; tryLock says false.
  it('times out while another execution holds the lock, spending the wait in virtual time', () => {
    const ws = workspace();
    const release = ws.locks.holdByOtherExecution('document');
    inExecution(ws, (g) => {
      const lock = g.LockService.getDocumentLock();
      const before = ws.rt.clock.now();
      expect(lock.tryLock(1000)).toBe(false);
      expect(ws.rt.clock.now() - before).toBeGreaterThanOrEqual(1000);
      expect(() => lock.waitLock(2000)).toThrow('Lock timeout: another process was holding the lock for too long.');
      expect(ws.rt.clock.now() - before).toBeGreaterThanOrEqual(3000);
      expect(lock.hasLock()).toBe(false);
      release();
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
    });
  });

  it('gets the lock once the other execution lets go within the timeout', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const lock = g.LockService.getScriptLock();
      const before = ws.rt.clock.now();
      ws.locks.holdByOtherExecution('script', 5000);
      lock.waitLock(10_000);
      const waited = ws.rt.clock.now() - before;
      expect(waited).toBeGreaterThanOrEqual(5000);
      expect(waited).toBeLessThan(10_000);
      expect(lock.hasLock()).toBe(true);
    });
  });

  // "If this method is called outside of the context of a containing document …, null is returned."
  it('has no document lock outside a document', () => {
    const standalone = new Workspace({ manifest: { oauthScopes: [...FIXTURE_SCOPES] } });
    inExecution(standalone, (g) => {
      expect(g.LockService.getDocumentLock()).toBeNull();
      expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    });
  });

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): released at the end anyway.
  it('releases an execution’s locks when it ends, so the next execution gets them', () => {
    const addon = project(`
      function hold() { LockService.getDocumentLock().waitLock(100); return LockService.getDocumentLock().hasLock(); }
      function probe() { var lock = LockService.getDocumentLock(); return [lock.hasLock(), lock.tryLock(10), lock.hasLock()]; }`);
    expect(addon.run('hold')).toBe(true);
    expect(addon.ws.locks.isHeld('document')).toBe(false);
    expect(addon.run('probe')).toEqual([false, true, true]);
  });

  it('commits pending writes when released, and needs LIMITED', () => {
    const ws = workspace();
    inExecution(ws, (g) => {
      const lock = g.LockService.getUserLock();
      lock.waitLock(0);
      ws.rt.call('Range.setValues', { minAuth: 'LIMITED', write: true, cells: 1000 });
      const before = ws.rt.clock.now();
      lock.releaseLock();
      // Lock.releaseLock costs 20 ms; the flush of 1,000 pending cells adds its own 30 ms and more.
      expect(ws.rt.clock.now() - before).toBeGreaterThanOrEqual(50);
      expect(lock.hasLock()).toBe(false);
    });
    expect(() => inExecution(ws, (g) => g.LockService.getDocumentLock(), { kind: 'simple-trigger', authMode: 'NONE' })).toThrow(
      'You do not have permission to call LockService.getDocumentLock in authorization mode NONE',
    );
  });
});
