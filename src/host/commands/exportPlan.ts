import * as vscode from 'vscode';
import { planDocument, renderPlan } from '../../core/render';
import type { StrategyAnalysis } from '../analysis';
import { isStrategyDocument } from '../config';
import type { Log } from '../log';
import { uiLocale } from '../l10n';
import { exportText, type ExportText } from '../messages';

/**
 * What `smm.exportHtml` may be given. The editor title menu passes the strategy's URI; code (and
 * the tests) may pass `{ source?, target }` to write without asking where.
 */
export interface ExportOptions {
  /** The strategy to export; the active editor's when absent. */
  readonly source?: vscode.Uri;
  /** Where to write the page; the user is asked when absent. */
  readonly target?: vscode.Uri;
}

/**
 * "SMM: Export Plan as HTML": the strategy as it is in the editor (unsaved edits included, linted
 * with the user's settings) written as a standalone page, with no scripts, where the user
 * chooses, then an offer to open it. Written through `workspace.fs`, so it works in remote and
 * web workspaces too. Returns where the page was written, or undefined when nothing was (the
 * user cancelled, or was told why).
 */
export async function exportPlan(analysis: StrategyAnalysis, log: Log, arg?: vscode.Uri | ExportOptions): Promise<vscode.Uri | undefined> {
  let text = exportText(uiLocale(analysis));
  try {
    const options: ExportOptions = arg instanceof vscode.Uri ? { source: arg } : (arg ?? {});
    const document = options.source ? await vscode.workspace.openTextDocument(options.source) : vscode.window.activeTextEditor?.document;
    if (!document || !isStrategyDocument(document)) {
      void vscode.window.showErrorMessage(exportText(uiLocale(analysis)).noStrategy());
      return undefined;
    }
    text = exportText(analysis.parsed(document).locale);
    const target = options.target ?? (await vscode.window.showSaveDialog({
      title: text.title(),
      saveLabel: text.saveLabel(),
      filters: { [text.webPages()]: ['html', 'htm'] },
      ...withDefault(defaultTarget(document.uri)),
    }));
    if (!target) return undefined;
    if (target.toString() === document.uri.toString()) {
      void vscode.window.showErrorMessage(text.overStrategy());
      return undefined;
    }

    const plan = renderPlan(analysis.analyze(document).result);
    // A part that failed says so in the page; the rest of the plan is still worth saving.
    for (const { part, error } of plan.errors) log.error(`Export: the part '${part}' of the plan failed`, error);
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(planDocument(plan)));
    } catch (error) {
      log.error(`Export: writing ${target.toString()}`, error);
      void vscode.window.showErrorMessage(text.notSaved(fileName(target), whyNotWritten(error, text)));
      return undefined;
    }
    void offerToOpen(target, log, text);
    return target;
  } catch (error) {
    log.error('Export', error);
    void vscode.window.showErrorMessage(text.failed());
    return undefined;
  }
}

/** Beside the strategy, named after it: `nush-coffee.smm.yaml` → `nush-coffee.html`. */
function defaultTarget(source: vscode.Uri): vscode.Uri | undefined {
  const name = `${fileName(source).replace(/(?:\.smm)?\.ya?ml$/i, '') || 'plan'}.html`;
  if (source.scheme !== 'untitled') return source.with({ path: source.path.replace(/[^/]*$/, name) });
  // An unsaved strategy has no folder of its own.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, name);
}

function withDefault(uri: vscode.Uri | undefined): { defaultUri?: vscode.Uri } {
  return uri ? { defaultUri: uri } : {};
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The reason in plain words; the error itself goes to the log. */
function whyNotWritten(error: unknown, text: ExportText): string {
  switch (error instanceof vscode.FileSystemError ? error.code : undefined) {
    case 'NoPermissions':
      return text.noPermission();
    case 'FileNotFound':
    case 'FileNotADirectory':
      return text.noFolder();
    case 'FileIsADirectory':
      return text.isFolder();
    case 'Unavailable':
      return text.unavailable();
    default:
      return text.unknownReason();
  }
}

/**
 * Says where the page went, with one action: a page on this computer opens in the default
 * browser; elsewhere (a remote or web workspace, where the browser cannot reach that disk) it is
 * shown in the Explorer, if it is in the workspace.
 */
async function offerToOpen(target: vscode.Uri, log: Log, text: ExportText): Promise<void> {
  try {
    const local = target.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
    const action = local ? text.openInBrowser() : vscode.workspace.getWorkspaceFolder(target) ? text.showInExplorer() : undefined;
    const choice = await vscode.window.showInformationMessage(text.exported(fileName(target)), ...(action ? [action] : []));
    if (choice === undefined) return;
    if (local) await vscode.env.openExternal(target);
    else await vscode.commands.executeCommand('revealInExplorer', target);
  } catch (error) {
    log.error('Export: opening the page', error);
  }
}
