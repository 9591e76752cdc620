/**
 * Sharing through Drive.Permissions (Advanced Drive v3): named people only, no notification e-mail unless
 * the coordinator asked for one (DriveApp's addEditor has no such switch and needs the full drive scope).
 * Link sharing («anyone», a domain) is removed wherever the add-on finds it on its files.
 */
import type { ShareOutcome, ShareRole, SharingPort } from '../app/ports';
import { drivePermissions } from './advancedDrive';

export class DriveSharing implements SharingPort {
  shareOnly(fileId: string, people: readonly { email: string; role: ShareRole }[], previously: readonly string[], notify: boolean): ShareOutcome {
    const api = drivePermissions();
    const current = api.list(fileId, { fields: 'permissions(id,type,role,emailAddress)' }).permissions ?? [];
    const wanted = new Map(people.map((p) => [p.email.trim().toLowerCase(), p.role]));
    const before = new Set(previously.map((e) => e.toLowerCase()));
    for (const p of current) {
      const email = (p.emailAddress ?? '').toLowerCase();
      const byLink = p.type === 'anyone' || p.type === 'domain';
      const noLongerConcerned = p.type === 'user' && p.role !== 'owner' && before.has(email) && !wanted.has(email);
      if (byLink || noLongerConcerned) api.remove(fileId, p.id!);
    }
    for (const [email, role] of wanted) {
      const has = current.find((p) => p.type === 'user' && (p.emailAddress ?? '').toLowerCase() === email);
      if (has && (has.role === role || has.role === 'owner')) continue;
      api.create({ type: 'user', role, emailAddress: email }, fileId, { sendNotificationEmail: notify });
    }
    return { shared: [...wanted.keys()], refused: [] };
  }
}
