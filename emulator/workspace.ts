/**
 * The emulated Google Workspace of one test or demo: every store (spreadsheets, properties, locks, UI,
 * HTML files, …) lives in this instance, never in module state, so `new Workspace()` is a clean world.
 * `globals()` gives the Apps Script globals for one execution; the loader builds a fresh V8 context on them.
 */
import { readFileSync } from 'node:fs';
import { installBaseServices } from './base';
import { type HtmlFiles, readHtmlFiles } from './base/htmlFiles';
import { LockStore } from './base/lock';
import { PropertiesStore } from './base/properties';
import { UiState } from './base/ui';
import { defaultBehaviour, type GoogleBehaviour } from './behaviour';
import { installDocumentApp } from './document';
import { installAdvancedDrive } from './drive';
import { installDriveApp } from './drive/driveApp';
import { installForms } from './forms';
import { Runtime, type RuntimeOptions } from './runtime';
import { installSpreadsheetApp } from './spreadsheet';
import { SpreadsheetStore } from './spreadsheet/store';
import { installUrlFetchApp } from './urlFetch';

export interface Manifest {
  timeZone?: string;
  runtimeVersion?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { serviceId: string; userSymbol: string; version: string }[] };
  exceptionLogging?: string;
  /** URL prefixes UrlFetchApp may reach (developers.google.com/apps-script/manifest/allowlist-url). */
  urlFetchWhitelist?: string[];
}

export interface WorkspaceOptions extends RuntimeOptions {
  /** The signed-in user who runs the add-on. */
  userEmail?: string;
  /** Owner of the files (the programme spreadsheet's owner). */
  ownerEmail?: string;
  /** The script's time zone (manifest timeZone). */
  timeZone?: string;
  manifest?: Manifest;
  /** HTML files of the project by name without `.html` (what HtmlService serves). */
  htmlFiles?: HtmlFiles;
}

/** A function that adds Apps Script globals (e.g. `SpreadsheetApp`) for one execution. */
export type GlobalsInstaller = (ws: Workspace, globals: Record<string, unknown>) => void;

export class Workspace {
  readonly rt: Runtime;
  readonly userEmail: string;
  readonly ownerEmail: string;
  readonly timeZone: string;
  readonly manifest: Manifest;
  readonly htmlFiles: HtmlFiles;
  readonly spreadsheets: SpreadsheetStore;
  readonly properties: PropertiesStore;
  readonly locks: LockStore;
  readonly ui: UiState;
  /** Google behaviour that is unconfirmed, with its switch (emulator/behaviour.ts). */
  readonly behaviour: GoogleBehaviour = defaultBehaviour();
  /** Lines written by Logger.log and console.* in every execution, in order. */
  readonly logs: string[] = [];
  /** The spreadsheet the add-on runs in (SpreadsheetApp.getActiveSpreadsheet). */
  activeSpreadsheetId: string | null = null;
  /** The running script's global object, set by the loader: HTML template scriptlets evaluate in it. */
  scriptContext: Record<string, unknown> | null = null;
  /** Files the add-on created (forms, documents, folders): the drive.file scope reaches these. */
  readonly appFiles = new Map<string, { name: string; mimeType: string; parents: string[] }>();
  private readonly installers: GlobalsInstaller[] = [];
  private readonly extensions = new Map<string, unknown>();

  constructor(options: WorkspaceOptions = {}) {
    this.manifest = options.manifest ?? {};
    this.rt = new Runtime({ ...options, oauthScopes: options.oauthScopes ?? this.manifest.oauthScopes });
    this.userEmail = options.userEmail ?? 'coordinator@school13.example';
    this.ownerEmail = options.ownerEmail ?? this.userEmail;
    this.timeZone = options.timeZone ?? this.manifest.timeZone ?? 'Europe/Moscow';
    this.htmlFiles = options.htmlFiles ?? {};
    this.spreadsheets = new SpreadsheetStore(this);
    this.properties = new PropertiesStore(this);
    this.locks = new LockStore(this);
    this.ui = new UiState(this);
    this.use(installBaseServices);
    this.use(installSpreadsheetApp);
    this.use(installForms);
    this.use(installDocumentApp);
    this.use(installAdvancedDrive);
    this.use(installUrlFetchApp);
    this.use(installDriveApp);
  }

  /** Records a file the add-on created (called by FormApp.create, DocumentApp.create, Drive.Files.create). */
  onFileCreated(file: { id: string; name: string; mimeType: string; parents?: string[] }): void {
    this.appFiles.set(file.id, { name: file.name, mimeType: file.mimeType, parents: file.parents ?? ['root'] });
  }

  /** Adds a service module (later issues: FormApp, DocumentApp, Drive, ScriptApp). */
  use(installer: GlobalsInstaller): this {
    this.installers.push(installer);
    return this;
  }

  /**
   * Per-workspace state of a service module (Drive, Docs, Forms, triggers), created on first use, so a
   * module adds its store without this class knowing it: `ws.state('drive', () => new DriveStore(ws))`.
   */
  state<T>(key: string, create: () => T): T {
    if (!this.extensions.has(key)) this.extensions.set(key, create());
    return this.extensions.get(key) as T;
  }

  /** The Apps Script globals of one execution. */
  globals(): Record<string, unknown> {
    const g: Record<string, unknown> = {};
    for (const install of this.installers) install(this, g);
    return g;
  }

  /** A workspace built from a project folder: its manifest and HTML files. */
  static fromBuild(buildDir: string, options: WorkspaceOptions = {}): Workspace {
    const manifest = JSON.parse(readFileSync(`${buildDir}/appsscript.json`, 'utf8')) as Manifest;
    return new Workspace({ ...options, manifest, htmlFiles: options.htmlFiles ?? readHtmlFiles(buildDir) });
  }
}
