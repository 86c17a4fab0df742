import * as vscode from 'vscode';
import { lintsWorkspace } from './config';
import type { DiagnosticsManager } from './diagnostics';
import { Disposable } from './dispose';
import type { Log } from './log';

const GLOB = '**/*.smm.{yaml,yml}';
const EXCLUDE = '**/{node_modules,.git}/**';

/**
 * Lints every strategy file in the workspace, not only open ones: on demand ("SMM: Lint
 * Workspace") and, with `smm.lintWorkspace` on, at start and whenever such a file changes on disk.
 */
export class WorkspaceLinter extends Disposable {
  #watcher: vscode.FileSystemWatcher | undefined;

  constructor(private readonly diagnostics: DiagnosticsManager, private readonly log: Log) {
    super();
    this.register({ dispose: () => this.#watcher?.dispose() });
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('smm.lintWorkspace')) this.#applySetting();
    }));
    this.#applySetting();
  }

  /** Lints all strategy files; returns how many were checked. */
  async lintAll(token?: vscode.CancellationToken): Promise<number> {
    const uris = await vscode.workspace.findFiles(GLOB, EXCLUDE, undefined, token);
    for (const uri of uris) {
      if (token?.isCancellationRequested) break;
      await this.#lintFile(uri);
    }
    return uris.length;
  }

  #applySetting(): void {
    this.#watcher?.dispose();
    this.#watcher = undefined;
    if (!lintsWorkspace()) return;
    this.#watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.#watcher.onDidCreate((uri) => void this.#lintFile(uri));
    this.#watcher.onDidChange((uri) => void this.#lintFile(uri));
    this.#watcher.onDidDelete((uri) => this.diagnostics.collection.delete(uri));
    void this.lintAll();
  }

  async #lintFile(uri: vscode.Uri): Promise<void> {
    // An open document is the truth while it is open: its unsaved text, linted on every change.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.diagnostics.publishText(uri, new TextDecoder('utf-8').decode(bytes));
    } catch (error) {
      this.log.error(`lint ${uri.toString()}`, error);
    }
  }
}
