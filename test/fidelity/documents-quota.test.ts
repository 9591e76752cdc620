/**
 * The daily quota on new documents. Google: "Documents created: 250 / day" for consumer accounts,
 * "1,500 / day" for Google Workspace accounts; "Quotas are per user and reset 24 hours after the first request"
 * (developers.google.com/apps-script/guides/services/quotas). Past it DocumentApp.create throws
 * «Service invoked too many times for one day: document create.» (gas-api.md §13, vector 53, the message [C]).
 */
import { DOCUMENT_CREATE_QUOTA_TEXT, documentCreatesLeft, setDocumentQuota } from '../../emulator/document/quota';
import { Workspace } from '../../emulator/workspace';

const DOCS = 'https://www.googleapis.com/auth/documents';
const HOUR = 60 * 60 * 1000;

function world(userEmail?: string) {
  const ws = new Workspace({ manifest: { oauthScopes: [DOCS] }, ...(userEmail ? { userEmail } : {}) });
  // A person's own run (no time limit): only the quota is under test here.
  ws.rt.begin({ kind: 'user', functionName: 'test' });
  return { ws, app: ws.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp };
}

function createUntilRefused(app: GoogleAppsScript.Document.DocumentApp, atMost: number): { made: number; error: string } {
  for (let made = 0; made < atMost; made++) {
    try {
      app.create(`d${made}`);
    } catch (error) {
      return { made, error: (error as Error).message };
    }
  }
  return { made: atMost, error: '' };
}

describe('DocumentApp.create: the daily quota (vector 53)', () => {
  it('a Google Workspace account (the default) makes 1,500 documents a day, then gets Google’s text', () => {
    const { ws, app } = world();
    expect(createUntilRefused(app, 1_600)).toEqual({ made: 1_500, error: DOCUMENT_CREATE_QUOTA_TEXT });
    expect(documentCreatesLeft(ws)).toBe(0);
  });

  it('a consumer account makes 250', () => {
    const { ws, app } = world();
    setDocumentQuota(ws, { account: 'consumer' });
    expect(createUntilRefused(app, 300)).toEqual({ made: 250, error: 'Service invoked too many times for one day: document create.' });
  });

  it('resets 24 hours after the first request, not at midnight; a refused call makes no file', () => {
    const { ws, app } = world();
    setDocumentQuota(ws, { account: 'workspace', perDay: 3 });
    app.create('first');
    ws.rt.clock.advance(20 * HOUR);
    const files = ws.appFiles.size;
    expect(createUntilRefused(app, 5)).toEqual({ made: 2, error: DOCUMENT_CREATE_QUOTA_TEXT });
    expect(ws.appFiles.size).toBe(files + 2);
    ws.rt.clock.advance(3 * HOUR); // 23 hours after the first request: still refused
    expect(() => app.create('late')).toThrow(DOCUMENT_CREATE_QUOTA_TEXT);
    ws.rt.clock.advance(HOUR); // 24 hours after it
    expect(createUntilRefused(app, 5)).toEqual({ made: 3, error: DOCUMENT_CREATE_QUOTA_TEXT });
  });

  it('is per user', () => {
    const { ws, app } = world('a@school13.example');
    setDocumentQuota(ws, { account: 'workspace', perDay: 1 });
    app.create('a');
    expect(() => app.create('a2')).toThrow(DOCUMENT_CREATE_QUOTA_TEXT);
    ws.rt.end();
    (ws as { userEmail: string }).userEmail = 'b@school13.example';
    ws.rt.begin({ kind: 'user', functionName: 'other' });
    expect(() => (ws.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp).create('b')).not.toThrow();
  });
});
