/**
 * Drive requests sent together: UrlFetchApp.fetchAll to Drive's REST API v3 with the script's own OAuth token
 * (the same drive.file reach as Advanced Drive). fetchAll works on its requests at once
 * (tanaikech.github.io/2018/04/19/benchmark-fetchall-method-in-urlfetch-service-for-google-apps-script/), so ten
 * new documents cost about what one did: Drive's conversion of an HTML upload into a Doc
 * (developers.google.com/workspace/drive/api/guides/manage-uploads#multipart) and its permission creates.
 * Requests Google answers with a rate limit or a server error are sent again, alone, after a pause; any other
 * answer is the request's own (a refusal is reported, never thrown). Needs script.external_request and
 * https://www.googleapis.com/ in the manifest's urlFetchWhitelist.
 */
import type { Attempt, DriveBatchPort, NewDocument, ShareOutcome, ShareRole, WrittenDocument } from '../app/ports';
import { documentHtml } from './documentHtml';
import { refusalOf } from './driveSharing';
import { GoogleUnavailableError, withRetry } from './googleCalls';

const API = 'https://www.googleapis.com';
const GOOGLE_DOC = 'application/vnd.google-apps.document';
const DRIVE = 'Google Диск';
/** Pauses before sending refused-for-now requests again: about half a minute in all, as withRetry. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];

interface Request {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly contentType?: string;
  readonly payload?: string | GoogleAppsScript.Base.Blob;
}

interface Answer {
  readonly code: number;
  readonly body: Record<string, unknown>;
}

/** Drive's error body: {"error": {"code", "message", "errors": [{"reason", …}]}}. */
function errorOf(answer: Answer): { message: string; reason: string } {
  const error = (answer.body.error ?? {}) as { message?: unknown; errors?: { reason?: unknown }[] };
  const reason = typeof error.errors?.[0]?.reason === 'string' ? (error.errors[0].reason as string) : '';
  return { message: typeof error.message === 'string' ? error.message : `HTTP ${answer.code}`, reason };
}

/** What Drive's guide says to retry with backoff: 429, 5xx and the 403 rate limits (guides/handle-errors). */
function passing(answer: Answer): boolean {
  if (answer.code === 429 || answer.code >= 500) return true;
  return answer.code === 403 && /^(userRateLimitExceeded|rateLimitExceeded)$/.test(errorOf(answer).reason);
}

/** Google's refusal in words, with Drive's reason for the code that tells quotas and refusals apart. */
function refusal(answer: Answer): string {
  const { message, reason } = errorOf(answer);
  return `${message} (${reason || 'HTTP'} ${answer.code})`;
}

function parse(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The script's token, asked for again after a minute: Google promises it for «at least a few minutes»
 * (ScriptApp.getOAuthToken reference), and a batch's four sends take seconds.
 */
const TOKEN_MS = 60_000;
let token: { value: string; at: number } | null = null;

function bearer(): string {
  const now = Date.now();
  if (!token || now - token.at > TOKEN_MS) token = { value: ScriptApp.getOAuthToken(), at: now };
  return `Bearer ${token.value}`;
}

/** Sends the requests together; those Google refuses for now go again after a pause. One answer per request. */
function sendAll(requests: readonly Request[]): Answer[] {
  const answers: Answer[] = new Array(requests.length);
  if (requests.length === 0) return answers;
  const headers = { Authorization: bearer() };
  let pending = requests.map((_r, i) => i);
  for (let attempt = 0; pending.length > 0; attempt++) {
    const sent = pending.map((i): GoogleAppsScript.URL_Fetch.URLFetchRequest => {
      const r = requests[i];
      return {
        url: `${API}${r.path}`,
        method: r.method,
        headers,
        muteHttpExceptions: true,
        ...(r.contentType ? { contentType: r.contentType } : {}),
        ...(r.payload !== undefined ? { payload: r.payload } : {}),
      };
    });
    const responses = withRetry(DRIVE, () => UrlFetchApp.fetchAll(sent));
    const again: number[] = [];
    responses.forEach((response, k) => {
      const answer = { code: response.getResponseCode(), body: parse(response.getContentText()) };
      answers[pending[k]] = answer;
      if (passing(answer)) again.push(pending[k]);
    });
    if (again.length === 0) break;
    if (attempt >= BACKOFF_MS.length) {
      // Google keeps refusing for now: the action stops, as a single call's withRetry would.
      throw new GoogleUnavailableError(DRIVE, new Error(refusal(answers[again[0]])));
    }
    Utilities.sleep(BACKOFF_MS[attempt]);
    pending = again;
  }
  return answers;
}

const ok = (answer: Answer): boolean => answer.code >= 200 && answer.code < 300;
const versionOf = (body: Record<string, unknown>): string | null =>
  typeof body.version === 'string' || typeof body.version === 'number' ? String(body.version) : null;
const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

/**
 * The parts' delimiter is «CRLF--boundary»: neither JSON.stringify nor documentHtml ever writes a line break (typed
 * line breaks become spaces there), so no text can end a part early, whatever a person typed.
 */
const BOUNDARY = 'nastavnik-document-part';

/** A multipart upload: the file's metadata, then the HTML Drive converts into the Doc. */
function upload(document: NewDocument): Request {
  const boundary = BOUNDARY;
  const metadata = { name: document.model.fileName, mimeType: GOOGLE_DOC, parents: [document.folderId] };
  const body =
    `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n` +
    `--${boundary}\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n${documentHtml(document.model.blocks)}\r\n--${boundary}--`;
  return {
    method: 'post',
    path: '/upload/drive/v3/files?uploadType=multipart&supportsAllDrives=true&fields=id%2Cversion',
    contentType: `multipart/related; boundary=${boundary}`,
    // A Blob made from the text carries its UTF-8 bytes: the Cyrillic reaches Drive as the part's charset says.
    payload: Utilities.newBlob(body),
  };
}

export class DriveBatch implements DriveBatchPort {
  createAll(documents: readonly NewDocument[]): Attempt<WrittenDocument>[] {
    return sendAll(documents.map(upload)).map((answer) => {
      const id = typeof answer.body.id === 'string' ? answer.body.id : '';
      if (!ok(answer) || id === '') return { ok: false, message: refusal(answer) };
      return { ok: true, value: { id, url: docUrl(id), version: versionOf(answer.body) } };
    });
  }

  shareNew(grants: readonly { fileId: string; people: readonly { email: string; role: ShareRole }[] }[], notify: boolean): ShareOutcome[] {
    const outcomes = grants.map(() => ({ shared: [] as string[], refused: [] as ShareOutcome['refused'][number][], changed: false }));
    const people = grants.map((g) => [...new Map(g.people.map((p) => [p.email.trim().toLowerCase(), p.role])).entries()]);
    // One person of each file per round: no two requests change the same file's sharing at once.
    const rounds = Math.max(0, ...people.map((p) => p.length));
    for (let round = 0; round < rounds; round++) {
      const asked = grants.flatMap((g, i) => (round < people[i].length ? [{ i, fileId: g.fileId, email: people[i][round][0], role: people[i][round][1] }] : []));
      const answers = sendAll(
        asked.map((a) => ({
          method: 'post' as const,
          path: `/drive/v3/files/${encodeURIComponent(a.fileId)}/permissions?supportsAllDrives=true&sendNotificationEmail=${notify}&fields=id`,
          contentType: 'application/json',
          payload: JSON.stringify({ type: 'user', role: a.role, emailAddress: a.email }),
        })),
      );
      answers.forEach((answer, k) => {
        const { i, email } = asked[k];
        if (ok(answer)) {
          outcomes[i].shared.push(email);
          outcomes[i].changed = true;
        } else {
          const message = refusal(answer);
          outcomes[i].refused.push({ email, reason: refusalOf(new Error(message)), message });
        }
      });
    }
    return outcomes;
  }

  versions(fileIds: readonly string[]): (string | null)[] {
    const answers = sendAll(fileIds.map((id) => ({ method: 'get' as const, path: `/drive/v3/files/${encodeURIComponent(id)}?supportsAllDrives=true&fields=version` })));
    return answers.map((answer) => (ok(answer) ? versionOf(answer.body) : null));
  }
}
