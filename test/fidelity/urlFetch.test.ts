/**
 * UrlFetchApp to Drive's REST API v3 with the script's own token: what Google documents or real logs show.
 * Each test cites its source. The emulator-only parts (routing, lanes, faults) are in test/emulator/urlFetch.test.ts.
 */
import { newBlob } from '../../emulator/base/blob';
import { setUrlFetchQuota } from '../../emulator/urlFetch/quota';
import { type Manifest, Workspace } from '../../emulator/workspace';

const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const EXTERNAL = 'https://www.googleapis.com/auth/script.external_request';
const SCOPES = ['https://www.googleapis.com/auth/documents', DRIVE_FILE, EXTERNAL];
const DOC = 'application/vnd.google-apps.document';
const UPLOAD = 'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart&supportsAllDrives=true';
const FILES = 'https://www.googleapis.com/drive/v3/files';

interface World {
  ws: Workspace;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  token: string;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
}

function world(manifest: Partial<Manifest> = {}): World {
  const ws = new Workspace({
    manifest: {
      oauthScopes: SCOPES,
      urlFetchWhitelist: ['https://www.googleapis.com/'],
      dependencies: { enabledAdvancedServices: [{ serviceId: 'drive', userSymbol: 'Drive', version: 'v3' }] },
      ...manifest,
    },
  });
  ws.rt.begin({ kind: 'menu', functionName: 'test' });
  const g = ws.globals();
  const ScriptApp = g.ScriptApp as GoogleAppsScript.Script.ScriptApp;
  return { ws, UrlFetchApp: g.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp, token: ScriptApp.getOAuthToken(), DocumentApp: g.DocumentApp as GoogleAppsScript.Document.DocumentApp };
}

function multipart(metadata: object, html: string): { contentType: string; payload: GoogleAppsScript.Base.Blob } {
  const b = 'part-boundary';
  const body = `--${b}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n--${b}\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n${html}\r\n--${b}--`;
  return { contentType: `multipart/related; boundary=${b}`, payload: newBlob(body) };
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('UrlFetchApp and its scope', () => {
  // developers.google.com/apps-script/reference/url-fetch/url-fetch-app: "This service requires the
  // https://www.googleapis.com/auth/script.external_request scope"; the refusal's text as scripts met it
  // («You do not have permission to call UrlFetchApp.fetch», github.com/enuchi/React-Google-Apps-Script/issues/44).
  it('is refused without script.external_request in the manifest', () => {
    const { ws, UrlFetchApp } = world({ oauthScopes: SCOPES.filter((s) => s !== EXTERNAL) });
    expect(() => UrlFetchApp.fetch(`${FILES}/x`)).toThrow(`You do not have permission to call UrlFetchApp.fetch. Required permissions: ${EXTERNAL}`);
    expect(() => UrlFetchApp.fetchAll([`${FILES}/x`])).toThrow('You do not have permission to call UrlFetchApp.fetchAll');
    ws.rt.end();
  });

  // developers.google.com/apps-script/manifest/allowlist-url: "when you define an allowlist, script projects can't access
  // URLs that have not been added"; the text: github.com/grahamearley/FirestoreGoogleAppsScript/issues/135.
  it('refuses a URL outside the manifest urlFetchWhitelist with Google text', () => {
    const { ws, UrlFetchApp } = world({ urlFetchWhitelist: ['https://www.googleapis.com/drive/'] });
    expect(() => UrlFetchApp.fetch('https://oauth2.googleapis.com/token')).toThrow(
      'Request to https://oauth2.googleapis.com/token failed because the URL has not been whitelisted in the script manifest.',
    );
    ws.rt.end();
  });
});

describe('HTTP failures and muteHttpExceptions', () => {
  // url-fetch-app#fetch(String,Object): muteHttpExceptions "If true the fetch doesn't throw an exception if the response
  // code indicates failure, and instead returns the HTTPResponse"; the thrown text as logged in public code:
  // «Request failed for https://ridewithgps.com returned code 404. Truncated server response: {"success":0,…} (use
  // muteHttpExceptions option to examine full response)»; a long body is cut («…:hear... (use muteHttpExceptions …»,
  // a googleapis 403 quoted in public code, 147 characters and «...»).
  it('throws «Request failed for https://www.googleapis.com returned code 404…» with the body cut to 147 characters', () => {
    const { ws, UrlFetchApp, token } = world();
    let thrown = '';
    try {
      UrlFetchApp.fetch(`${FILES}/missing1`, { headers: auth(token) });
    } catch (error) {
      thrown = (error as Error).message;
    }
    const body = UrlFetchApp.fetch(`${FILES}/missing1`, { headers: auth(token), muteHttpExceptions: true }).getContentText();
    expect(body.length).toBeGreaterThan(150);
    expect(thrown).toBe(
      `Request failed for https://www.googleapis.com returned code 404. Truncated server response: ${body.slice(0, 147)}... (use muteHttpExceptions option to examine full response)`,
    );
    ws.rt.end();
  });

  // Drive's 404 (developers.google.com/workspace/drive/api/guides/handle-errors «404: File not found: {fileId}»):
  // reason notFound, location fileId; the HTTPResponse reference: getResponseCode, getContentText, getHeaders.
  it('answers a file it cannot see with Drive 404 JSON, muted', () => {
    const { ws, UrlFetchApp, token } = world();
    const response = UrlFetchApp.fetch(`${FILES}/nope?fields=id`, { headers: auth(token), muteHttpExceptions: true });
    expect(response.getResponseCode()).toBe(404);
    expect((response.getHeaders() as Record<string, string>)['Content-Type']).toBe('application/json; charset=UTF-8');
    expect(JSON.parse(response.getContentText())).toEqual({
      error: {
        code: 404,
        message: 'File not found: nope.',
        errors: [{ message: 'File not found: nope.', domain: 'global', reason: 'notFound', location: 'fileId', locationType: 'parameter' }],
      },
    });
    ws.rt.end();
  });

  // handle-errors «401: Invalid Credentials» (reason authError, location Authorization): no token, or a token not valid.
  it('answers 401 Invalid Credentials without a valid bearer token', () => {
    const { ws, UrlFetchApp } = world();
    const tries: Record<string, string>[] = [{}, { Authorization: 'Bearer ya29.forged' }];
    for (const headers of tries) {
      const response = UrlFetchApp.fetch(`${FILES}/x`, { headers, muteHttpExceptions: true });
      expect(response.getResponseCode()).toBe(401);
      expect(JSON.parse(response.getContentText()).error.errors[0]).toMatchObject({ reason: 'authError', location: 'Authorization', locationType: 'header' });
    }
    ws.rt.end();
  });

  // ScriptApp.getOAuthToken: the token carries the script's scopes; Drive answers a token without a Drive scope with
  // 403 insufficientPermissions (github.com/googleapis/google-api-php-client/issues/2307, the body quoted there).
  it('answers 403 insufficientPermissions when the manifest has no Drive scope', () => {
    const { ws, UrlFetchApp, token } = world({ oauthScopes: ['https://www.googleapis.com/auth/documents', EXTERNAL] });
    const response = UrlFetchApp.fetch(`${FILES}/x`, { headers: auth(token), muteHttpExceptions: true });
    expect(response.getResponseCode()).toBe(403);
    expect(JSON.parse(response.getContentText()).error).toMatchObject({
      code: 403,
      message: 'Insufficient Permission: Request had insufficient authentication scopes.',
      errors: [{ domain: 'global', reason: 'insufficientPermissions' }],
    });
    ws.rt.end();
  });
});

describe('Drive REST v3 through UrlFetchApp', () => {
  // manage-uploads «Perform a multipart upload» and «Import to Google Docs types»: metadata with the Google type, the
  // media in its own type; the default fields of a file are kind, id, name, mimeType (guides/fields-parameter).
  it('a multipart upload of HTML with the Docs type makes a Google Doc; default fields only', () => {
    const { ws, UrlFetchApp, token, DocumentApp } = world();
    const { contentType, payload } = multipart({ name: 'Приказ', mimeType: DOC }, '<h1>ПРИКАЗ</h1><p>текст</p>');
    const response = UrlFetchApp.fetch(UPLOAD, { method: 'post', headers: auth(token), contentType, payload });
    expect(response.getResponseCode()).toBe(200);
    const file = JSON.parse(response.getContentText()) as Record<string, string>;
    expect(Object.keys(file).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(file).toMatchObject({ kind: 'drive#file', name: 'Приказ', mimeType: DOC });
    const paragraphs = DocumentApp.openById(file.id).getBody().getParagraphs();
    expect(paragraphs.map((p) => p.getText())).toEqual(['ПРИКАЗ', 'текст']);
    expect(String(paragraphs[0].getHeading())).toBe('HEADING1');
    ws.rt.end();
  });

  // url-fetch-app#fetch(String,Object): contentType "defaults to 'application/x-www-form-urlencoded'" — so a multipart
  // body sent without it carries no boundary and Drive cannot read it (400).
  it('a multipart body without contentType goes as a form and Drive answers 400', () => {
    const { ws, UrlFetchApp, token } = world();
    const { payload } = multipart({ name: 'x', mimeType: DOC }, '<p>x</p>');
    const response = UrlFetchApp.fetch(UPLOAD, { method: 'post', headers: auth(token), payload, muteHttpExceptions: true });
    expect(response.getResponseCode()).toBe(400);
    expect(JSON.parse(response.getContentText()).error.errors[0].reason).toBe('badRequest');
    ws.rt.end();
  });

  // handle-errors «400: Invalid sharing request»; the message for an address without a Google account shared without a
  // notification as GAM's documentation quotes it (gas-api.md §13 #48) — the same refusal as Advanced Drive.
  it('permissions.create for an address without a Google account, no notification: 400 invalidSharingRequest', () => {
    const { ws, UrlFetchApp, token } = world();
    ws.behaviour.accountlessAddresses.add('parent@mail.example');
    const { contentType, payload } = multipart({ name: 'Doc', mimeType: DOC }, '<p>x</p>');
    const id = (JSON.parse(UrlFetchApp.fetch(UPLOAD, { method: 'post', headers: auth(token), contentType, payload }).getContentText()) as { id: string }).id;
    const response = UrlFetchApp.fetch(`${FILES}/${id}/permissions?sendNotificationEmail=false&supportsAllDrives=true&fields=id`, {
      method: 'post',
      headers: auth(token),
      contentType: 'application/json',
      payload: JSON.stringify({ type: 'user', role: 'reader', emailAddress: 'parent@mail.example' }),
      muteHttpExceptions: true,
    });
    expect(response.getResponseCode()).toBe(400);
    const error = JSON.parse(response.getContentText()).error;
    expect(error.errors[0].reason).toBe('invalidSharingRequest');
    expect(error.message).toContain('Since there is no Google account associated with this email address, you must check the "Notify people" box');
    ws.rt.end();
  });
});

describe('fetchAll and quotas', () => {
  // tanaikech.github.io/2018/04/19/benchmark-fetchall-method-in-urlfetch-service-for-google-apps-script/: five requests
  // took 27.0 s one by one and 5.5 s with fetchAll — its requests run at once.
  it('ten uploads in one fetchAll take less time than ten fetches', () => {
    const { ws, UrlFetchApp, token } = world();
    const request = (i: number) => ({ url: UPLOAD, method: 'post' as const, headers: auth(token), ...multipart({ name: `Doc ${i}`, mimeType: DOC }, `<p>${i}</p>`) });
    const t0 = ws.rt.clock.now();
    for (let i = 0; i < 10; i++) UrlFetchApp.fetch(request(i).url, request(i));
    const sequential = ws.rt.clock.now() - t0;
    const t1 = ws.rt.clock.now();
    const answers = UrlFetchApp.fetchAll(Array.from({ length: 10 }, (_v, i) => request(10 + i)));
    const together = ws.rt.clock.now() - t1;
    expect(answers.map((a) => a.getResponseCode())).toEqual(new Array(10).fill(200));
    expect(together).toBeLessThan(sequential);
    ws.rt.end();
  });

  // developers.google.com/apps-script/guides/services/quotas «URL Fetch calls»; the text as scripts met it
  // (github.com/evepraisal/evepraisal-google-sheets/issues/2: «Service invoked too many times for one day: urlfetch.»).
  it('counts every request of a fetchAll against the daily URL Fetch quota', () => {
    const { ws, UrlFetchApp, token } = world();
    setUrlFetchQuota(ws, { account: 'consumer', perDay: 3 });
    const get = { url: `${FILES}/x`, headers: auth(token), muteHttpExceptions: true };
    expect(UrlFetchApp.fetchAll([get, get]).length).toBe(2);
    expect(() => UrlFetchApp.fetchAll([get, get])).toThrow('Service invoked too many times for one day: urlfetch.');
    expect(() => UrlFetchApp.fetch(get.url, get)).toThrow('Service invoked too many times for one day: urlfetch.');
    ws.rt.end();
  });
});
