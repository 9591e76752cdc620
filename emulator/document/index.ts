/** Installs DocumentApp among an execution's globals (being built: see emulator/document/*). */
import type { Workspace } from '../workspace';

export function installDocumentApp(_ws: Workspace, _globals: Record<string, unknown>): void {}
