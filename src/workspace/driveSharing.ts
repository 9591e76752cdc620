/**
 * Sharing through Drive.Permissions (Advanced Drive v3): named people only, no notification e-mail unless
 * the coordinator asked for one (DriveApp's addEditor has no such switch and needs the full drive scope).
 * Link sharing («anyone», a domain) is removed wherever the add-on finds it on its files. A person Drive
 * refuses is reported and never stops the others.
 */
import type { ShareOutcome, ShareRefusal, ShareRole, SharingPort } from '../app/ports';
import { ALL_DRIVES, drivePermissions } from './advancedDrive';
import { GoogleUnavailableError, isNotFound, messageOf, withRetry } from './googleCalls';

const DRIVE = 'Google Диск';

/**
 * Drive's 400 for an address with no Google account shared without the notification e-mail: «…Since there
 * is no Google account associated with this email address, you must check the "Notify people" box…»
 * (gas-api.md §13 vector 48; Drive's reason is invalidSharingRequest).
 */
const NO_ACCOUNT = /no Google account associated with this email address|invalidSharingRequest/i;

export function refusalOf(error: unknown): ShareRefusal {
  return NO_ACCOUNT.test(messageOf(error)) ? 'no-google-account' : 'other';
}

export class DriveSharing implements SharingPort {
  shareOnly(fileId: string, people: readonly { email: string; role: ShareRole }[], previously: readonly string[], notify: boolean, fresh = false): ShareOutcome {
    const api = drivePermissions();
    const wanted = new Map(people.map((p) => [p.email.trim().toLowerCase(), p.role]));
    if (wanted.size === 0 && fresh) return { shared: [], refused: [], changed: false };
    let current: GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission[] = [];
    try {
      // A file made a moment ago has its owner only (and, in a shared drive, the drive's members): nothing to list.
      if (!fresh) current = withRetry(DRIVE, () => api.list(fileId, { ...ALL_DRIVES, fields: 'permissions(id,type,role,emailAddress)' }).permissions ?? []);
    } catch (error) {
      // Drive does not reach the file (drive.file, vector 59): nobody can be given access through it.
      if (!isNotFound(error)) throw error;
      const message = `Google Диск не даёт надстройке открыть доступ к файлу (${messageOf(error)}); откройте доступ вручную.`;
      return { shared: [], refused: [...wanted.keys()].map((email) => ({ email, reason: 'other' as const, message })), changed: false };
    }
    const before = new Set(previously.map((e) => e.toLowerCase()));
    let changed = false;
    for (const p of current) {
      const email = (p.emailAddress ?? '').toLowerCase();
      const byLink = p.type === 'anyone' || p.type === 'domain';
      const noLongerConcerned = p.type === 'user' && p.role !== 'owner' && before.has(email) && !wanted.has(email);
      // Removing twice after a fault answers «Permission not found»: the access is gone either way.
      if (byLink || noLongerConcerned) {
        removeQuietly(api, fileId, p.id!);
        changed = true;
      }
    }
    const shared: string[] = [];
    const refused: { email: string; reason: ShareRefusal; message: string }[] = [];
    for (const [email, role] of wanted) {
      const has = current.find((p) => p.type === 'user' && (p.emailAddress ?? '').toLowerCase() === email);
      if (has && (has.role === role || has.role === 'owner')) {
        shared.push(email);
        continue;
      }
      try {
        if (has) {
          // A role changed in «Настройки»: create does not reliably lower an existing role (vector 49); update does.
          withRetry(DRIVE, () => api.update({ role }, fileId, has.id!, ALL_DRIVES));
          changed = true;
          shared.push(email);
          continue;
        }
        // Creating the same permission again after a fault only sets its role again: safe to retry.
        withRetry(DRIVE, () => api.create({ type: 'user', role, emailAddress: email }, fileId, { ...ALL_DRIVES, sendNotificationEmail: notify }));
        changed = true;
        shared.push(email);
      } catch (error) {
        // A persistent outage or the end of the execution stops the action; Drive's refusal of one person does not.
        if (error instanceof GoogleUnavailableError || /Exceeded maximum execution time/i.test(messageOf(error))) throw error;
        refused.push({ email, reason: refusalOf(error), message: messageOf(error) });
      }
    }
    return { shared, refused, changed };
  }
}

function removeQuietly(api: GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection, fileId: string, permissionId: string): void {
  try {
    withRetry(DRIVE, () => api.remove(fileId, permissionId, ALL_DRIVES));
  } catch (error) {
    if (!/Permission not found/i.test(messageOf(error))) throw error;
  }
}
