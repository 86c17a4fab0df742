import * as vscode from 'vscode';
import { activateExtension, type SmmExtensionApi } from './host/activate';
import { webCheckerThreads } from './host/webChecker';

/**
 * The web extension host's entry (vscode.dev): the same extension, large strategies checked on a
 * web worker of their own (a nested worker of the host's), where the browser allows one.
 */
export function activate(context: vscode.ExtensionContext): SmmExtensionApi {
  return activateExtension(context, webCheckerThreads(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'checker.js').toString(true)));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
