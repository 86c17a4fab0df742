import * as vscode from 'vscode';
import type { StrategyAnalysis } from './analysis';
import { WORKSPACE_LINT, workspaceLintSettings, type WorkspaceLintSettings } from './config';
import type { DiagnosticsManager } from './diagnostics';
import { Disposable } from './dispose';
import type { Log } from './log';
import { uiLocale } from './l10n';
import { workspaceLintText } from './messages';

const GLOB = '**/*.smm.{yaml,yml}';
const EXCLUDE = '**/{node_modules,.git}/**';

/** What one run over the workspace did, for the command's message (and its tests). */
export interface WorkspaceLintSummary {
  /** Files whose problems are shown: read from disk, or open in an editor (checked there). */
  readonly checked: number;
  /** Files left unread because they are larger than the size limit; each gets a note instead. */
  readonly tooLarge: number;
  /** More strategy files exist than the file limit let this run look at. */
  readonly limited: boolean;
}

type Outcome = 'checked' | 'tooLarge' | 'skipped';

/**
 * Lints the strategy files of the workspace that are not open: on demand ("SMM: Lint Workspace")
 * and, with `smm.lintWorkspace` on, at start and whenever such a file changes on disk. Bounded by
 * the file-count and file-size settings. Of each file only its diagnostics are kept, and they go
 * when the file is deleted or renamed, or when workspace linting is turned off.
 */
export class WorkspaceLinter extends Disposable {
  /** Files that are not open whose problems this published, by URI string. */
  readonly #published = new Map<string, vscode.Uri>();
  #watcher: vscode.FileSystemWatcher | undefined;
  /** Bumped when published results are withdrawn, so that runs still reading files stop. */
  #generation = 0;

  constructor(private readonly analysis: StrategyAnalysis, private readonly diagnostics: DiagnosticsManager, private readonly log: Log) {
    super();
    this.register({ dispose: () => this.#watcher?.dispose() });
    // Deletions of anything, not only strategy files: a deleted or renamed folder is reported as
    // one event for the folder. The workspace is watched anyway; this only listens.
    const deletions = this.register(vscode.workspace.createFileSystemWatcher('**/*', true, true, false));
    this.register(deletions.onDidDelete((uri) => this.#forgetUnder(uri)));
    this.register(vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) void this.#renamed(oldUri, newUri);
    }));
    this.register(diagnostics.onDidClose((document) => this.#closed(document)));
    this.register(analysis.onDidChangeSettings((e) => this.#settingsChanged(e)));
    if (workspaceLintSettings().enabled) this.#start();
  }

  /** Lints the workspace's strategy files, up to the file limit. */
  async lintAll(token?: vscode.CancellationToken): Promise<WorkspaceLintSummary> {
    const settings = workspaceLintSettings();
    const generation = this.#generation;
    const found = await vscode.workspace.findFiles(GLOB, EXCLUDE, settings.maxFiles + 1, token);
    const limited = found.length > settings.maxFiles;
    const uris = found.slice(0, settings.maxFiles);
    // Results of an earlier run for files outside this one (gone, or beyond a lower limit).
    const current = new Set(uris.map((u) => u.toString()));
    for (const [key, uri] of this.#published) if (!current.has(key)) this.#forget(uri);

    const summary = { checked: 0, tooLarge: 0, limited };
    for (const uri of uris) {
      if (token?.isCancellationRequested || generation !== this.#generation) break;
      const outcome = await this.#lintFile(uri, settings, generation);
      if (outcome === 'checked') summary.checked++;
      else if (outcome === 'tooLarge') summary.tooLarge++;
    }
    if (limited) this.log.info(`Lint Workspace: stopped at ${settings.maxFiles} files (smm.${WORKSPACE_LINT.maxFiles})`);
    return summary;
  }

  #start(): void {
    this.#watcher ??= this.#watch();
    void this.lintAll();
  }

  #stop(): void {
    this.#watcher?.dispose();
    this.#watcher = undefined;
    this.#generation++;
    for (const uri of this.#published.values()) this.#forget(uri);
  }

  #watch(): vscode.FileSystemWatcher {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB, false, false, true);
    const lint = (uri: vscode.Uri) => {
      const settings = workspaceLintSettings();
      if (this.#admits(uri, settings)) void this.#lintFile(uri, settings, this.#generation);
    };
    watcher.onDidCreate(lint);
    watcher.onDidChange(lint);
    return watcher;
  }

  #settingsChanged(e: vscode.ConfigurationChangeEvent): void {
    const settings = workspaceLintSettings();
    if (e.affectsConfiguration(`smm.${WORKSPACE_LINT.enabled}`)) return settings.enabled ? this.#start() : this.#stop();
    const limits = [WORKSPACE_LINT.maxFiles, WORKSPACE_LINT.maxFileSizeKB].some((key) => e.affectsConfiguration(`smm.${key}`));
    if (limits && settings.enabled) return this.#start();
    // Rule severities, language, validation or a limit changed: what was published is out of date.
    for (const uri of this.#published.values()) void this.#lintFile(uri, settings, this.#generation);
  }

  /** Within the file limit: already counted, or there is room for one more. */
  #admits(uri: vscode.Uri, settings: WorkspaceLintSettings): boolean {
    return this.#published.has(uri.toString()) || this.#published.size < settings.maxFiles;
  }

  async #lintFile(uri: vscode.Uri, settings: WorkspaceLintSettings, generation: number): Promise<Outcome> {
    // An open document is the truth while it is open: its unsaved text, linted on every change.
    if (isOpen(uri)) return 'checked';
    try {
      const { size } = await vscode.workspace.fs.stat(uri);
      if (generation !== this.#generation) return 'skipped';
      if (size > settings.maxFileBytes) {
        this.diagnostics.publishNotChecked(uri, workspaceLintText(uiLocale(this.analysis)).tooLarge(settings.maxFileBytes / 1024, `smm.${WORKSPACE_LINT.maxFileSizeKB}`));
        this.#published.set(uri.toString(), uri);
        return 'tooLarge';
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (generation !== this.#generation || isOpen(uri)) return 'skipped';
      await this.diagnostics.publishFile(uri, new TextDecoder('utf-8').decode(bytes), () => generation === this.#generation);
      this.#published.set(uri.toString(), uri);
      return 'checked';
    } catch (error) {
      // Deleted between the listing and the read: nothing to show for it.
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') this.#forget(uri);
      else this.log.error(`lint ${uri.toString()}`, error);
      return 'skipped';
    }
  }

  /** A strategy document closed: with workspace linting on, its file on disk is checked again. */
  #closed(document: vscode.TextDocument): void {
    const settings = workspaceLintSettings();
    const inScope = vscode.workspace.getWorkspaceFolder(document.uri) !== undefined
      && vscode.languages.match({ pattern: GLOB }, document) > 0 && vscode.languages.match({ pattern: EXCLUDE }, document) === 0;
    if (settings.enabled && inScope && this.#admits(document.uri, settings)) void this.#lintFile(document.uri, settings, this.#generation);
    else this.#published.delete(document.uri.toString());
  }

  /**
   * The old name's problems go. A renamed folder is one event, so the file watcher says nothing
   * of the strategy files now in it: with workspace linting on, they are looked for here.
   */
  async #renamed(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    this.#forgetUnder(oldUri);
    const settings = workspaceLintSettings();
    if (!settings.enabled) return;
    const generation = this.#generation;
    const stat = await Promise.resolve(vscode.workspace.fs.stat(newUri)).catch(() => undefined);
    if (stat?.type !== vscode.FileType.Directory) return;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(newUri, GLOB), EXCLUDE, settings.maxFiles);
    for (const uri of uris) if (this.#admits(uri, settings)) await this.#lintFile(uri, settings, generation);
  }

  /** Withdraws the problems of `uri` and, for a folder, of every file under it. */
  #forgetUnder(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    for (const [k, published] of this.#published) if (k === key || k.startsWith(prefix)) this.#forget(published);
  }

  #forget(uri: vscode.Uri): void {
    this.#published.delete(uri.toString());
    // An open document's problems belong to the editor's text, not to this.
    if (!isOpen(uri)) this.diagnostics.forget(uri);
  }
}

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
}
