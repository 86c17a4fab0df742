import * as vscode from 'vscode';
import { WORKSPACE_LINT } from '../config';
import { workspaceLintText } from '../messages';
import type { WorkspaceLintSummary, WorkspaceLinter } from '../workspaceLint';

/** "SMM: Lint Workspace": every strategy file up to the limit, with progress, then the Problems pane. */
export async function lintWorkspace(linter: WorkspaceLinter): Promise<WorkspaceLintSummary> {
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: workspaceLintText.progress(), cancellable: true },
    (_progress, token) => linter.lintAll(token),
  );
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  const files = summary.checked + summary.tooLarge;
  void vscode.window.showInformationMessage(summary.limited
    ? workspaceLintText.limited(files, `smm.${WORKSPACE_LINT.maxFiles}`)
    : workspaceLintText.checked(files));
  return summary;
}
