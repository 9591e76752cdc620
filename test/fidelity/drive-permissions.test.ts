/**
 * Drive v3 permissions when a role changes (gas-api.md §13 vector 49, [U]): creating a permission again for
 * someone who already has a higher role is not documented to lower it — the emulator keeps the higher role —
 * while permissions.update changes a role with patch semantics
 * (developers.google.com/workspace/drive/api/reference/rest/v3/permissions/update).
 */
import { DriveSharing } from '../../src/workspace/driveSharing';
import { formsDriveWorld, noMedia } from './support-forms-drive';

describe('changing a person’s role (vector 49)', () => {
  it('create never lowers a role; update does; an upgrade through create goes through', () => {
    const { ws, Drive } = formsDriveWorld();
    const file = Drive.Files!.create({ name: 'Программа пары' }, noMedia);
    const writer = Drive.Permissions!.create({ role: 'writer', type: 'user', emailAddress: 'a@school.example' }, file.id!, { sendNotificationEmail: false });
    const again = Drive.Permissions!.create({ role: 'commenter', type: 'user', emailAddress: 'a@school.example' }, file.id!, { sendNotificationEmail: false });
    expect(again.id).toBe(writer.id);
    expect(again.role).toBe('writer');
    expect(Drive.Permissions!.update({ role: 'commenter' }, file.id!, writer.id!).role).toBe('commenter');
    expect(Drive.Permissions!.create({ role: 'writer', type: 'user', emailAddress: 'a@school.example' }, file.id!, { sendNotificationEmail: false }).role).toBe('writer');
    ws.rt.end();
  });

  it('the add-on’s sharing lowers an editor to a commenter when «Настройки» say so', () => {
    const { ws, Drive } = formsDriveWorld();
    // The adapter reads the Drive global of the execution, as in Apps Script.
    (globalThis as { Drive?: unknown }).Drive = Drive;
    (globalThis as { Utilities?: unknown }).Utilities = ws.globals().Utilities;
    try {
      const file = Drive.Files!.create({ name: 'Программа пары' }, noMedia);
      const sharing = new DriveSharing();
      sharing.shareOnly(file.id!, [{ email: 'a@school.example', role: 'writer' }], [], false);
      sharing.shareOnly(file.id!, [{ email: 'a@school.example', role: 'commenter' }], ['a@school.example'], false);
      const roles = Drive.Permissions!.list(file.id!, { fields: 'permissions(emailAddress,role)' }).permissions!;
      expect(roles.find((p) => p.emailAddress === 'a@school.example')?.role).toBe('commenter');
    } finally {
      delete (globalThis as { Drive?: unknown }).Drive;
      delete (globalThis as { Utilities?: unknown }).Utilities;
      ws.rt.end();
    }
  });
});
