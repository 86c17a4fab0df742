import * as vscode from 'vscode';
import { activateExtension, type SmmExtensionApi } from './host/activate';
import { nodeCheckerThreads } from './host/nodeChecker';

/** The Node extension host's entry (VS Code desktop, code-server): large strategies are checked on a thread of their own. */
export function activate(context: vscode.ExtensionContext): SmmExtensionApi {
  return activateExtension(context, nodeCheckerThreads(vscode.Uri.joinPath(context.extensionUri, 'dist', 'checker.js').fsPath));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
