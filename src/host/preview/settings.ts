import * as vscode from 'vscode';
import type { PreviewSettings } from '../../protocol';

/** The `smm.preview.*` settings for one document (they are resource-scoped, like the markdown preview's). */
export function previewSettings(uri: vscode.Uri): PreviewSettings {
  const settings = vscode.workspace.getConfiguration('smm.preview', uri);
  return {
    scrollPreviewWithEditor: settings.get<boolean>('scrollPreviewWithEditor', true),
    scrollEditorWithPreview: settings.get<boolean>('scrollEditorWithPreview', true),
    doubleClickToSwitchToEditor: settings.get<boolean>('doubleClickToSwitchToEditor', true),
  };
}
