/**
 * Drive.Permissions of the Advanced Drive service v3
 * (developers.google.com/workspace/drive/api/reference/rest/v3/permissions): create, list, remove on the
 * app's own files (Apps Script names the API's `delete` `remove`, as @types/google-apps-script does). Drive e-mails a user or group on sharing unless sendNotificationEmail is false
 * (permissions/create: "This defaults to true for users and groups"); the emulator records those e-mails.
 * An address with no Google account can be invited only with that e-mail (vector 48); shared-drive items
 * need `supportsAllDrives: true` (vector 50).
 */
import type { Workspace } from '../workspace';
import { pick } from './fields';
import { advancedGate, BAD_REQUEST, DriveCallError, type DriveErrorDetail, type DriveGate, driveReaches } from './files';
import { driveStore, type GranteeType, type PermissionState, type Role } from './store';

const ROLES: readonly Role[] = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const TYPES: readonly GranteeType[] = ['user', 'group', 'domain', 'anyone'];
/** [U] Default fields of a permission when no `fields` is given. */
const PERMISSION_DEFAULTS = ['kind', 'id', 'type', 'role'] as const;

interface PermissionResource {
  role?: string;
  type?: string;
  emailAddress?: string;
  domain?: string;
}

interface CreateOptions {
  supportsAllDrives?: boolean;
  sendNotificationEmail?: boolean;
  emailMessage?: string;
  transferOwnership?: boolean;
  fields?: string;
}

/** Drive's refusal; the REST status and reason where a source gives them, else the generic 400 ([U]). */
const failed = (method: string, text: string, detail: DriveErrorDetail = BAD_REQUEST) => new DriveCallError('permissions', method, text, detail);
const FILE_NOT_FOUND: DriveErrorDetail = { status: 404, reason: 'notFound', location: 'fileId', locationType: 'parameter' };
const PERMISSION_NOT_FOUND: DriveErrorDetail = { status: 404, reason: 'notFound', location: 'permissionId', locationType: 'parameter' };

/**
 * [C] Drive's 400 invalidSharingRequest for an address with no Google account shared without a notification,
 * verbatim as quoted by GAM's documentation and by projects that met it against the live API (gas-api.md §13
 * #48): «Bad Request. User message: "You are trying to invite <e-mail>. Since there is no Google account
 * associated with this email address, you must check the "Notify people" box to invite this recipient."»
 */
export const accountlessText = (email: string): string =>
  `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`;

export function drivePermissions(ws: Workspace, call: DriveGate = advancedGate(ws, 'Permissions')) {
  const store = driveStore(ws);
  const gate = (method: string): void => call(method, 0);
  const reachable = (method: string, id: string, supportsAllDrives: boolean | undefined): void => {
    if (!driveReaches(ws, id, supportsAllDrives)) throw failed(method, `File not found: ${id}.`, FILE_NOT_FOUND);
  };
  const view = (p: PermissionState, fields: string | undefined) => pick({ kind: 'drive#permission', ...p }, fields, PERMISSION_DEFAULTS);

  return {
    create: (resource: PermissionResource, fileId: string, options: CreateOptions = {}) => {
      gate('create');
      reachable('create', fileId, options.supportsAllDrives);
      const role = resource.role as Role;
      const type = resource.type as GranteeType;
      if (!TYPES.includes(type)) throw failed('create', 'The permission type field is required.'); // [U]
      if (!ROLES.includes(role)) throw failed('create', `The value of the parameter role is invalid.`); // [U]
      if (role === 'owner' && !options.transferOwnership) {
        throw failed('create', "The transferOwnership parameter must be enabled when the permission role is 'owner'.", { status: 403, reason: 'forbidden' });
      }
      if ((type === 'user' || type === 'group') && !resource.emailAddress) throw failed('create', 'The permission emailAddress field is required.'); // [U]
      if (type === 'domain' && !resource.domain) throw failed('create', 'The permission domain field is required.'); // [U]
      const email = resource.emailAddress?.toLowerCase();
      if (type === 'user' && email && options.sendNotificationEmail === false && hasNoAccount(ws, email)) throw failed('create', accountlessText(email), { status: 400, reason: 'invalidSharingRequest' });
      const list = store.permissionsOf(fileId);
      const same = list.find((p) => p.type === type && (p.emailAddress?.toLowerCase() ?? null) === (email ?? null) && (p.domain ?? null) === (resource.domain ?? null));
      const permission: PermissionState = same ?? {
        id: store.newPermissionId(),
        type,
        role,
        ...(email ? { emailAddress: email } : {}),
        ...(resource.domain ? { domain: resource.domain } : {}),
      };
      // [U] vector 49: creating a permission for someone who already has one does not reliably downgrade them;
      // the stricter reading keeps a higher role (an upgrade goes through). permissions.update changes a role.
      const changed = !same || rank(role) > rank(same.role);
      if (same && rank(role) > rank(same.role)) same.role = role;
      else if (!same) list.push(permission);
      // [U] A change of sharing is a change to the file: its version moves (store.ts, FileVersion).
      if (changed) store.touch(fileId, { content: false });
      if ((type === 'user' || type === 'group') && options.sendNotificationEmail !== false && email) {
        store.notifications.push({ to: email, fileId, role, message: options.emailMessage ?? '' });
      }
      return view(permission, options.fields);
    },

    list: (fileId: string, options: { fields?: string; supportsAllDrives?: boolean } = {}) => {
      gate('list');
      reachable('list', fileId, options.supportsAllDrives);
      const permissions = store.permissionsOf(fileId).map((p) => ({ kind: 'drive#permission', ...p }));
      const mask = options.fields;
      if (mask === undefined) return { kind: 'drive#permissionList', permissions: permissions.map((p) => view(p, undefined)) };
      return pick({ kind: 'drive#permissionList', permissions }, mask, []);
    },

    /** permissions/update: patch semantics; only the role changes here ("role" is the field Drive lets a request change). */
    update: (resource: PermissionResource, fileId: string, permissionId: string, options: { supportsAllDrives?: boolean; fields?: string } = {}) => {
      gate('update');
      reachable('update', fileId, options.supportsAllDrives);
      const found = store.permissionsOf(fileId).find((p) => p.id === permissionId);
      if (!found) throw failed('update', `Permission not found: ${permissionId}.`, PERMISSION_NOT_FOUND);
      const role = resource.role as Role | undefined;
      if (role !== undefined) {
        if (!ROLES.includes(role)) throw failed('update', `The value of the parameter role is invalid.`); // [U]
        if (role === 'owner' || found.role === 'owner') throw failed('update', 'The owner of a file cannot be changed without transferOwnership.'); // [U]
        found.role = role;
        store.touch(fileId, { content: false });
      }
      return view(found, options.fields);
    },

    remove: (fileId: string, permissionId: string, options: { supportsAllDrives?: boolean } = {}) => {
      gate('remove');
      reachable('delete', fileId, options.supportsAllDrives);
      const list = store.permissionsOf(fileId);
      const index = list.findIndex((p) => p.id === permissionId);
      if (index < 0) throw failed('delete', `Permission not found: ${permissionId}.`, PERMISSION_NOT_FOUND);
      if (list[index].role === 'owner') throw failed('delete', 'The owner of a file cannot be removed.'); // [U]
      list.splice(index, 1);
      store.touch(fileId, { content: false });
    },
  };
}

/** How much a role allows: a permission created again never lowers it (vector 49, stricter reading). */
function rank(role: Role): number {
  return ROLES.length - ROLES.indexOf(role);
}

/** Whether the address has no Google account (`ws.behaviour.accountlessAddresses`, compared case-insensitively). */
function hasNoAccount(ws: Workspace, email: string): boolean {
  for (const address of ws.behaviour.accountlessAddresses) if (address.toLowerCase() === email) return true;
  return false;
}
