import * as vscode from 'vscode';
import type { PreviewManager } from './previewManager';

/**
 * The preview's commands. From the explorer's context menu, "Open Preview" gets every selected
 * file and opens each one; from an editor title, the editor's file; from the palette, nothing
 * (the active editor's file).
 */
export function registerPreviewCommands(previews: PreviewManager): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('smm.showPreview', (uri?: vscode.Uri, selected?: vscode.Uri[]) => {
      for (const each of Array.isArray(selected) && selected.length > 0 ? selected : [uri]) previews.show(each, false);
    }),
    vscode.commands.registerCommand('smm.showPreviewToSide', (uri?: vscode.Uri) => previews.show(uri, true)),
    vscode.commands.registerCommand('smm.togglePreviewLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('smm.showSource', () => previews.showSource()),
  );
}
