/**
 * The emulator's UrlFetchApp against itself: routing, multipart parsing, the lanes of fetchAll, quota counting, faults,
 * the meter, tokens, and that a REST upload leaves the same file as Advanced Drive's Files.create. Google's documented
 * behaviour is in test/fidelity/urlFetch.test.ts.
 */
import { newBlob } from '../../emulator/base/blob';
import { makespanMs, URL_FETCH_ALL_LANES } from '../../emulator/costs';
import { setDocumentQuota } from '../../emulator/document/quota';
import { driveStore } from '../../emulator/drive/store';
import { MalformedMultipart, parseMultipart } from '../../emulator/urlFetch/multipart';
import { setUrlFetchQuota } from '../../emulator/urlFetch/quota';
import { TOKEN_LIFETIME_MS } from '../../emulator/urlFetch/token';
import { Workspace } from '../../emulator/workspace';

const SCOPES = ['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/script.external_request'];
const DOC = 'application/vnd.google-apps.document';
const UPLOAD = 'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart&supportsAllDrives=true';
const FILES = 'https://www.googleapis.com/drive/v3/files';
const CT = 'multipart/related; boundary=b1';

function world() {
  const ws = new Workspace({
    manifest: {
      oauthScopes: SCOPES,
      urlFetchWhitelist: ['https://www.googleapis.com/', 'https://example.org/'],
      dependencies: { enabledAdvancedServices: [{ serviceId: 'drive', userSymbol: 'Drive', version: 'v3' }] },
    },
  });
  ws.rt.begin({ kind: 'menu', functionName: 'test' });
  const g = ws.globals();
  const token = (g.ScriptApp as GoogleAppsScript.Script.ScriptApp).getOAuthToken();
  return {
    ws,
    token,
    UrlFetchApp: g.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp,
    Drive: g.Drive as GoogleAppsScript.Drive,
    DocumentApp: g.DocumentApp as GoogleAppsScript.Document.DocumentApp,
    Properties: g.PropertiesService as GoogleAppsScript.Properties.PropertiesService,
  };
}

const body = (metadata: object, media: string, type = 'text/html; charset=UTF-8') =>
  `--b1\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n--b1\r\nContent-Type: ${type}\r\n\r\n${media}\r\n--b1--`;

function uploadRequest(token: string, name: string, html: string): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  return { url: UPLOAD, method: 'post', headers: { Authorization: `Bearer ${token}` }, contentType: CT, payload: newBlob(body({ name, mimeType: DOC }, html)), muteHttpExceptions: true };
}

const json = (r: GoogleAppsScript.URL_Fetch.HTTPResponse) => JSON.parse(r.getContentText()) as Record<string, unknown> & { error?: { code: number; message: string; errors: { reason: string }[] } };

describe('routing', () => {
  it('only www.googleapis.com answers; another host is unreachable, another googleapis path is not modelled', () => {
    const { ws, UrlFetchApp } = world();
    expect(() => UrlFetchApp.fetch('https://example.org/api')).toThrow('Address unavailable: https://example.org/api');
    expect(() => UrlFetchApp.fetch('https://www.googleapis.com/drive/v2/files/x')).toThrow(/Emulator: .*not modelled/);
    expect(() => UrlFetchApp.fetch('not a url')).toThrow('Invalid argument: not a url');
    ws.rt.end();
  });

  it('a metadata-only create, get with fields, list, patch, permission list and delete go to the same Drive as Advanced Drive', () => {
    const { ws, UrlFetchApp, token, Drive } = world();
    const headers = { Authorization: `Bearer ${token}` };
    const folder = json(UrlFetchApp.fetch(`${FILES}?fields=id,mimeType`, { method: 'post', headers, contentType: 'application/json', payload: JSON.stringify({ name: 'Папка', mimeType: 'application/vnd.google-apps.folder' }) }));
    const id = String(folder.id);
    expect(Drive.Files!.get(id, { fields: 'name' }).name).toBe('Папка');
    expect(json(UrlFetchApp.fetch(`${FILES}/${id}?fields=id,webViewLink`, { headers }))).toEqual({ id, webViewLink: `https://drive.google.com/drive/folders/${id}` });
    const listed = json(UrlFetchApp.fetch(`${FILES}?q=${encodeURIComponent("name = 'Папка'")}&fields=files(id)`, { headers }));
    expect(listed.files).toEqual([{ id }]);
    json(UrlFetchApp.fetch(`${FILES}/${id}`, { method: 'patch', headers, contentType: 'application/json', payload: JSON.stringify({ name: 'Новая' }) }));
    expect(Drive.Files!.get(id, { fields: 'name' }).name).toBe('Новая');
    const shared = json(UrlFetchApp.fetch(`${FILES}/${id}/permissions?sendNotificationEmail=false`, { method: 'post', headers, contentType: 'application/json', payload: JSON.stringify({ type: 'user', role: 'writer', emailAddress: 'mentor@school13.example' }) }));
    const permissions = json(UrlFetchApp.fetch(`${FILES}/${id}/permissions?fields=permissions(id,role)`, { headers })).permissions as { id: string }[];
    expect(permissions.map((p) => p.id)).toContain(shared.id);
    const removed = UrlFetchApp.fetch(`${FILES}/${id}/permissions/${shared.id}`, { method: 'delete', headers });
    expect(removed.getResponseCode()).toBe(204);
    expect(removed.getContentText()).toBe('');
    ws.rt.end();
  });
});

describe('multipart bodies', () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

  it('reads the metadata and the media, a quoted boundary and a base64 media part', () => {
    const plain = parseMultipart(bytes(body({ name: 'a' }, '<p>Привет</p>')), CT);
    expect(plain.metadata).toEqual({ name: 'a' });
    expect(Buffer.from(plain.media!.bytes).toString('utf8')).toBe('<p>Привет</p>');
    expect(plain.media!.contentType).toBe('text/html; charset=UTF-8');
    const encoded = `--b1\r\nContent-Type: application/json\r\n\r\n{}\r\n--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('тест').toString('base64')}\r\n--b1--`;
    expect(Buffer.from(parseMultipart(bytes(encoded), 'multipart/related; boundary="b1"').media!.bytes).toString('utf8')).toBe('тест');
    expect(parseMultipart(bytes('--b1\r\nContent-Type: application/json\r\n\r\n{"name":"m"}\r\n--b1--'), CT).media).toBeNull();
  });

  it('refuses bare-LF delimiters, a missing boundary, metadata that is not JSON', () => {
    expect(() => parseMultipart(bytes(body({}, 'x').replace(/\r\n/g, '\n')), CT)).toThrow(MalformedMultipart);
    expect(() => parseMultipart(bytes(body({}, 'x')), 'multipart/related')).toThrow(MalformedMultipart);
    expect(() => parseMultipart(bytes('--b1\r\nContent-Type: application/json\r\n\r\n{oops\r\n--b1--'), CT)).toThrow('Invalid JSON payload received.');
  });

  it('a malformed upload answers Drive 400 JSON and makes nothing', () => {
    const { ws, UrlFetchApp, token } = world();
    const before = ws.appFiles.size;
    const r = UrlFetchApp.fetch(UPLOAD, { ...uploadRequest(token, 'x', '<p>x</p>'), payload: body({ name: 'x', mimeType: DOC }, '<p>x</p>').replace(/\r\n/g, '\n') });
    expect(r.getResponseCode()).toBe(400);
    expect(json(r).error!.errors[0].reason).toBe('badRequest');
    expect(ws.appFiles.size).toBe(before);
    ws.rt.end();
  });
});

describe('equivalence with Advanced Drive', () => {
  const HTML = '<h1 style="text-align:center">ПРИКАЗ</h1><p><b>жирный</b> текст</p><ul><li>пункт</li></ul><table border="1"><tr><td>a</td><td>b</td></tr></table>';

  it('a REST upload leaves the same Doc as Files.create with the same HTML, and an update rewrites it as Files.update', () => {
    const { ws, UrlFetchApp, token, Drive, DocumentApp } = world();
    const viaRest = String(json(UrlFetchApp.fetch(UPLOAD, uploadRequest(token, 'Doc', HTML))).id);
    const viaAdvanced = Drive.Files!.create({ name: 'Doc', mimeType: DOC }, newBlob(HTML, 'text/html'), {}).id!;
    const shape = (id: string) => {
      const b = DocumentApp.openById(id).getBody();
      return { text: b.getText(), paragraphs: b.getParagraphs().map((p) => [p.getText(), String(p.getHeading()), String(p.getAlignment())]), tables: b.getTables().length };
    };
    expect(shape(viaRest)).toEqual(shape(viaAdvanced));
    const fields = 'mimeType,parents,name,webViewLink';
    const rest = Drive.Files!.get(viaRest, { fields });
    const adv = Drive.Files!.get(viaAdvanced, { fields });
    expect({ ...rest, webViewLink: undefined }).toEqual({ ...adv, webViewLink: undefined });
    const patched = UrlFetchApp.fetch(`https://www.googleapis.com/upload/drive/v3/files/${viaRest}?uploadType=multipart&fields=id,name,version`, {
      ...uploadRequest(token, 'Doc 2', '<p>новое</p>'),
      method: 'patch',
    });
    expect(json(patched)).toMatchObject({ id: viaRest, name: 'Doc 2' });
    expect(DocumentApp.openById(viaRest).getBody().getText()).toBe('новое');
    ws.rt.end();
  });

  it('the same refusals: an unconvertible source, a folder it cannot see, the Doc daily quota', () => {
    const { ws, UrlFetchApp, token, Drive } = world();
    const csv = UrlFetchApp.fetch(UPLOAD, { ...uploadRequest(token, 'x', ''), payload: body({ name: 'x', mimeType: DOC }, 'a,b', 'text/csv') });
    expect(csv.getResponseCode()).toBe(400);
    expect(json(csv).error!.errors[0].reason).toBe('conversionUnsupportedConversionPath');
    let advanced = '';
    try {
      Drive.Files!.create({ name: 'x', mimeType: DOC, parents: ['elsewhere'] }, newBlob('<p>x</p>', 'text/html'), {});
    } catch (error) {
      advanced = (error as Error).message;
    }
    const rest = UrlFetchApp.fetch(UPLOAD, { ...uploadRequest(token, 'x', ''), payload: body({ name: 'x', mimeType: DOC, parents: ['elsewhere'] }, '<p>x</p>') });
    expect(rest.getResponseCode()).toBe(404);
    expect(advanced).toBe(`API call to drive.files.create failed with error: ${json(rest).error!.message}`);
    setDocumentQuota(ws, { account: 'consumer', perDay: 0 });
    const quota = UrlFetchApp.fetch(UPLOAD, uploadRequest(token, 'y', '<p>y</p>'));
    expect(quota.getResponseCode()).toBe(403);
    expect(json(quota).error!.message).toBe('Service invoked too many times for one day: document create.');
    ws.rt.end();
  });
});

describe('virtual time', () => {
  it('schedules remote times on the lanes: ten equal requests take two rounds', () => {
    expect(URL_FETCH_ALL_LANES).toBe(5);
    expect(makespanMs(new Array(10).fill(100))).toBe(200);
    expect(makespanMs([500, 100, 100, 100, 100, 100])).toBe(500);
    expect(makespanMs([])).toBe(0);
  });

  it('a fetch costs 400 ms plus the remote time; a fetchAll of ten costs less than ten fetches and more than one', () => {
    const { ws, UrlFetchApp, token } = world();
    const elapsed = (run: () => void) => {
      const t = ws.rt.clock.now();
      run();
      return ws.rt.clock.now() - t;
    };
    const one = elapsed(() => UrlFetchApp.fetch(UPLOAD, uploadRequest(token, 'a', '<p>a</p>')));
    expect(one).toBeGreaterThan(400 + 800);
    const ten = elapsed(() => {
      for (let i = 0; i < 10; i++) UrlFetchApp.fetch(UPLOAD, uploadRequest(token, `s${i}`, '<p>s</p>'));
    });
    const together = elapsed(() => UrlFetchApp.fetchAll(Array.from({ length: 10 }, (_v, i) => uploadRequest(token, `t${i}`, '<p>t</p>'))));
    expect(together).toBeLessThan(ten);
    expect(together).toBeGreaterThan(one);
    ws.rt.end();
  });
});

describe('meter and quota', () => {
  it('meters one call per fetchAll and one UrlFetch.request per request', () => {
    const { ws, UrlFetchApp, token } = world();
    ws.rt.meter.resetWindow();
    UrlFetchApp.fetchAll([uploadRequest(token, 'a', '<p>a</p>'), uploadRequest(token, 'b', '<p>b</p>'), { url: `${FILES}/x`, muteHttpExceptions: true }]);
    UrlFetchApp.fetch(`${FILES}/x`, { muteHttpExceptions: true });
    expect(ws.rt.meter.window()).toMatchObject({ 'UrlFetchApp.fetchAll': 1, 'UrlFetchApp.fetch': 1, 'UrlFetch.request': 4 });
    expect(ws.rt.meter.window()['Drive.Files.create']).toBeUndefined();
    expect(ws.rt.faults.calls.get('Drive.REST.files.create')).toBe(2);
    ws.rt.end();
  });

  it('the requests before the quota ran out are made, then the call throws', () => {
    const { ws, UrlFetchApp, token } = world();
    setUrlFetchQuota(ws, { account: 'workspace', perDay: 2 });
    const before = ws.appFiles.size;
    expect(() => UrlFetchApp.fetchAll([uploadRequest(token, 'a', '<p>a</p>'), uploadRequest(token, 'b', '<p>b</p>'), uploadRequest(token, 'c', '<p>c</p>')])).toThrow(
      'Service invoked too many times for one day: urlfetch.',
    );
    expect(ws.appFiles.size - before).toBe(2);
    expect(ws.rt.meter.window()['UrlFetch.request']).toBe(2);
    ws.rt.end();
  });
});

describe('tokens', () => {
  it('a token stops working TOKEN_LIFETIME_MS after it was got; a fresh one works', () => {
    const { ws, UrlFetchApp, token } = world();
    const get = (t: string) => UrlFetchApp.fetch(`${FILES}/x`, { headers: { Authorization: `Bearer ${t}` }, muteHttpExceptions: true }).getResponseCode();
    expect(get(token)).toBe(404);
    ws.rt.spend(TOKEN_LIFETIME_MS);
    expect(get(token)).toBe(401);
    const fresh = (ws.globals().ScriptApp as GoogleAppsScript.Script.ScriptApp).getOAuthToken();
    expect(get(fresh)).toBe(404);
    ws.rt.end();
  });
});

describe('faults', () => {
  it('a transient fault on fetchAll fails the whole call before anything is sent', () => {
    const { ws, UrlFetchApp, token } = world();
    ws.rt.faults.inject({ method: 'UrlFetchApp.fetchAll', kind: 'transient' });
    const before = ws.appFiles.size;
    expect(() => UrlFetchApp.fetchAll([uploadRequest(token, 'a', '<p>a</p>')])).toThrow(`Address unavailable: ${UPLOAD}`);
    expect(ws.appFiles.size).toBe(before);
    ws.rt.faults.inject({ method: 'UrlFetchApp.fetch', kind: 'rate' });
    expect(() => UrlFetchApp.fetch(`${FILES}/x`)).toThrow('Service invoked too many times in a short time: urlfetch. Try Utilities.sleep(1000) between calls.');
    ws.rt.faults.inject({ method: 'UrlFetchApp.fetch', kind: 'daily-quota' });
    expect(() => UrlFetchApp.fetch(`${FILES}/x`)).toThrow('Service invoked too many times for one day: urlfetch.');
    ws.rt.end();
  });

  it('a fault on one kind of request answers Drive JSON for that request only', () => {
    const { ws, UrlFetchApp, token } = world();
    const headers = { Authorization: `Bearer ${token}` };
    const id = String(json(UrlFetchApp.fetch(UPLOAD, uploadRequest(token, 'a', '<p>a</p>'))).id);
    const share = (email: string): GoogleAppsScript.URL_Fetch.URLFetchRequest => ({
      url: `${FILES}/${id}/permissions?sendNotificationEmail=false`,
      method: 'post',
      headers,
      contentType: 'application/json',
      payload: JSON.stringify({ type: 'user', role: 'reader', emailAddress: email }),
      muteHttpExceptions: true,
    });
    ws.rt.faults.inject({ method: 'Drive.REST.permissions.create', kind: 'rate', message: 'rateLimitExceeded', skip: 1 });
    ws.rt.faults.inject({ method: 'Drive.REST.permissions.create', kind: 'rate' });
    ws.rt.faults.inject({ method: 'Drive.REST.files.get', kind: 'transient' });
    const answers = UrlFetchApp.fetchAll([share('a@x.example'), share('b@x.example'), share('c@x.example'), { url: `${FILES}/${id}`, headers, muteHttpExceptions: true }]);
    expect(answers.map((a) => a.getResponseCode())).toEqual([403, 429, 200, 500]);
    expect(json(answers[0]).error!.errors[0].reason).toBe('userRateLimitExceeded');
    expect(json(answers[1]).error!.errors[0].reason).toBe('rateLimitExceeded');
    expect(json(answers[3]).error!.errors[0].reason).toBe('backendError');
    expect(driveStore(ws).permissionsOf(id).map((p) => p.emailAddress)).toEqual([ws.userEmail, 'c@x.example']);
    ws.rt.end();
  });

  it('kill afterCall on fetchAll: the requests are done, the execution ends before the script sees them', () => {
    const { ws, UrlFetchApp, token, Properties } = world();
    ws.rt.faults.inject({ method: 'UrlFetchApp.fetchAll', kind: 'kill', afterCall: true });
    const before = ws.appFiles.size;
    expect(() => UrlFetchApp.fetchAll([uploadRequest(token, 'a', '<p>a</p>'), uploadRequest(token, 'b', '<p>b</p>')])).toThrow('Exceeded maximum execution time');
    expect(ws.appFiles.size - before).toBe(2);
    expect(() => Properties.getScriptProperties()).toThrow('Exceeded maximum execution time');
    ws.rt.end();
  });

  it('a kill at one request: the requests before it are done, the rest never sent', () => {
    const { ws, UrlFetchApp, token, Properties } = world();
    ws.rt.faults.inject({ method: 'Drive.REST.files.create', kind: 'kill', skip: 1 });
    const before = ws.appFiles.size;
    expect(() => UrlFetchApp.fetchAll([uploadRequest(token, 'a', '<p>a</p>'), uploadRequest(token, 'b', '<p>b</p>'), uploadRequest(token, 'c', '<p>c</p>')])).toThrow('Exceeded maximum execution time');
    expect(ws.appFiles.size - before).toBe(1);
    expect(() => Properties.getScriptProperties()).toThrow('Exceeded maximum execution time');
    ws.rt.end();
  });
});
