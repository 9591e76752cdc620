/**
 * The Advanced Drive service v3 as the add-on sees it: `Drive.Files` and `Drive.Permissions`, present only
 * when the manifest enables it. Other modules register how their files are copied, exported and imported
 * (`driveHooks(ws)`), e.g. DocumentApp's documents.
 */
import { guard } from '../guard';
import type { Workspace } from '../workspace';
import { type ContentCopier, driveFiles, type Exporter, type Importer } from './files';
import { drivePermissions } from './permissions';

export { moveToSharedDriveByHand, SHARED_DRIVE_ID } from './sharedDrive';

export interface DriveHooks {
  readonly copiers: Map<string, ContentCopier>;
  readonly exporters: Map<string, Exporter>;
  /** How an upload becomes a Google type's content (Drive's import), by the Google type. */
  readonly importers: Map<string, Importer>;
}

export function driveHooks(ws: Workspace): DriveHooks {
  return ws.state('drive.hooks', () => ({ copiers: new Map(), exporters: new Map(), importers: new Map() }));
}

export function installAdvancedDrive(ws: Workspace, globals: Record<string, unknown>): void {
  const declared = ws.manifest.dependencies?.enabledAdvancedServices?.find((s) => s.serviceId === 'drive');
  if (!declared) return;
  globals[declared.userSymbol] = guard(
    {
      Files: guard(driveFiles(ws, driveHooks(ws)), 'Drive.Files'),
      Permissions: guard(drivePermissions(ws), 'Drive.Permissions'),
    },
    'Drive',
  );
}
