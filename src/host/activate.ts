import * as vscode from 'vscode';
import { StrategyAnalysis } from './analysis';
import { registerCodeActions } from './codeActionProvider';
import { changeRuleSeverity, type SeverityTarget } from './commands/changeRuleSeverity';
import { exportPlan, type ExportOptions } from './commands/exportPlan';
import { lintWorkspace } from './commands/lintWorkspace';
import { newStrategy, type NewStrategyArgs } from './commands/newStrategy';
import { WalkthroughCommands } from './commands/walkthrough';
import { registerCompletion } from './completionProvider';
import { DiagnosticsManager } from './diagnostics';
import { registerHover } from './hoverProvider';
import { LanguageStatus } from './languageStatus';
import { Log } from './log';
import { registerNavigation } from './navigationProviders';
import type { SpawnChecker } from './offThread';
import { registerPreviewCommands } from './preview/commands';
import { PreviewManager } from './preview/previewManager';
import { WorkspaceLinter } from './workspaceLint';

/**
 * Constructs and registers everything, for either extension host. Activation is implicit (the
 * contributed language and commands): it happens when the first strategy file opens or a command
 * runs. `spawnChecker` starts the thread that checks large strategies (a Node host has one).
 */
export function activateExtension(context: vscode.ExtensionContext, spawnChecker?: SpawnChecker): SmmExtensionApi {
  const log = new Log();
  const analysis = new StrategyAnalysis(log, spawnChecker);
  const diagnostics = new DiagnosticsManager(analysis, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'), log);
  const workspaceLinter = new WorkspaceLinter(analysis, diagnostics, log);
  const previews = new PreviewManager(analysis, log, context.extensionUri);
  context.subscriptions.push(
    log,
    analysis,
    diagnostics,
    workspaceLinter,
    new LanguageStatus(diagnostics),
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
  return {
    cachedDocuments: () => analysis.cachedDocuments(),
    parsedHere: (uri) => analysis.parsedHere(uri),
    lastCheck: (uri) => analysis.lastCheck(uri),
    checksOffThread: !!spawnChecker,
  };
}

/**
 * What `activate` returns (`vscode.extensions.getExtension(…).exports`): facts for the
 * integration tests, such as what stays in memory. Nothing in it changes the extension's state.
 */
export interface SmmExtensionApi {
  /** URIs of the documents whose parse and linter are kept: the open strategy documents. */
  cachedDocuments(): string[];
  /** Whether the host's thread holds a parse of the document: a large one is parsed only on the checker thread. */
  parsedHere(uri: string): boolean;
  /** How the last check of a document went: its version, time, and whether it ran on the checker thread. */
  lastCheck(uri: string): Promise<{ version: number; ms: number; offThread: boolean } | undefined>;
  /** Whether this host checks large strategies on a thread of their own (the Node host does). */
  readonly checksOffThread: boolean;
}
