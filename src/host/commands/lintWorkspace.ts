import * as vscode from 'vscode';
import type { WorkspaceLinter } from '../workspaceLint';

/** "SMM: Lint Workspace": every strategy file, with progress, then the Problems pane. */
export async function lintWorkspace(linter: WorkspaceLinter): Promise<number> {
  const count = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'SMM: checking strategy files…', cancellable: true },
    (_progress, token) => linter.lintAll(token),
  );
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(`SMM: checked ${count} strategy file${count === 1 ? '' : 's'}.`);
  return count;
}
