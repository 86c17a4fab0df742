import * as vscode from 'vscode';
import type { StrategyAnalysis } from '../analysis';
import { WORKSPACE_LINT } from '../config';
import { uiLocale } from '../l10n';
import { workspaceLintText } from '../messages';
import type { WorkspaceLintSummary, WorkspaceLinter } from '../workspaceLint';

/** What the command did, and the message it showed (so a caller can tell what the user read). */
export interface LintWorkspaceResult extends WorkspaceLintSummary {
  readonly message: string;
}

/**
 * "SMM: Lint Workspace": every strategy file up to the limit, with progress, then the Problems
 * pane and a note of how many files were checked, in the language of the editor's texts.
 */
export async function lintWorkspace(linter: WorkspaceLinter, analysis: StrategyAnalysis): Promise<LintWorkspaceResult> {
  const text = workspaceLintText(uiLocale(analysis));
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: text.progress(), cancellable: true },
    (_progress, token) => linter.lintAll(token),
  );
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  const files = summary.checked + summary.tooLarge;
  const message = summary.limited ? text.limited(files, `smm.${WORKSPACE_LINT.maxFiles}`) : text.checked(files);
  void vscode.window.showInformationMessage(message);
  return { ...summary, message };
}
