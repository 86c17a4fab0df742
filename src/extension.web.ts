import type * as vscode from 'vscode';
import { activateExtension, type SmmExtensionApi } from './host/activate';

/**
 * The web extension host's entry (vscode.dev): the same extension, checking every strategy on
 * the host's thread, as a web worker cannot start the checker thread's Node worker.
 */
export function activate(context: vscode.ExtensionContext): SmmExtensionApi {
  return activateExtension(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
