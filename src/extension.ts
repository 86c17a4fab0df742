import * as vscode from 'vscode';
import { StrategyAnalysis } from './host/analysis';
import { registerCodeActions } from './host/codeActionProvider';
import { changeRuleSeverity, type SeverityTarget } from './host/commands/changeRuleSeverity';
import { exportPlan, type ExportOptions } from './host/commands/exportPlan';
import { lintWorkspace } from './host/commands/lintWorkspace';
import { newStrategy, type NewStrategyArgs } from './host/commands/newStrategy';
import { WalkthroughCommands } from './host/commands/walkthrough';
import { registerCompletion } from './host/completionProvider';
import { DiagnosticsManager } from './host/diagnostics';
import { registerHover } from './host/hoverProvider';
import { LanguageStatus } from './host/languageStatus';
import { Log } from './host/log';
import { registerNavigation } from './host/navigationProviders';
import { registerPreviewCommands } from './host/preview/commands';
import { PreviewManager } from './host/preview/previewManager';
import { WorkspaceLinter } from './host/workspaceLint';

/**
 * Activation is implicit (the contributed language and commands): it happens when the first
 * strategy file opens or a command runs. This only constructs and registers.
 */
export function activate(context: vscode.ExtensionContext): SmmExtensionApi {
  const log = new Log();
  const analysis = new StrategyAnalysis();
  const diagnostics = new DiagnosticsManager(analysis, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'), log);
  const workspaceLinter = new WorkspaceLinter(analysis, diagnostics, log);
  const previews = new PreviewManager(analysis, log, context.extensionUri);
  context.subscriptions.push(
    log,
    analysis,
    diagnostics,
    workspaceLinter,
    new LanguageStatus(diagnostics, analysis),
    new WalkthroughCommands(analysis),
    previews,
    registerPreviewCommands(previews),
    registerCodeActions(analysis, log, diagnostics),
    registerNavigation(analysis, log),
    registerCompletion(analysis, log),
    registerHover(analysis, log, diagnostics),
    vscode.commands.registerCommand('smm.newStrategy', (args?: NewStrategyArgs) => newStrategy(analysis, args)),
    vscode.commands.registerCommand('smm.lintWorkspace', () => lintWorkspace(workspaceLinter, analysis)),
    vscode.commands.registerCommand('smm.exportHtml', (arg?: vscode.Uri | ExportOptions) => exportPlan(analysis, log, arg)),
    vscode.commands.registerCommand('smm.showRuleDocs', (rule: string) =>
      vscode.commands.executeCommand('markdown.showPreview', diagnostics.docsUri(rule))),
    vscode.commands.registerCommand('smm.changeRuleSeverity', (rules: string | string[], target?: SeverityTarget) => changeRuleSeverity(analysis, rules, target)),
  );
  log.info('SMM Strategy activated');
  return { cachedDocuments: () => analysis.cachedDocuments() };
}

/**
 * What `activate` returns (`vscode.extensions.getExtension(…).exports`): facts for the
 * integration tests, such as what stays in memory. Nothing in it changes the extension's state.
 */
export interface SmmExtensionApi {
  /** URIs of the documents whose parse and linter are kept: the open strategy documents. */
  cachedDocuments(): string[];
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
