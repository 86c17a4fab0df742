import * as vscode from 'vscode';
import { newStrategyText } from '../../core/language/snippets';
import type { StrategyAnalysis } from '../analysis';
import { LANGUAGE_ID } from '../config';
import { uiLocale } from '../l10n';

/**
 * "SMM: New Strategy": an untitled strategy from the template, in the language of the editor's
 * texts. Nothing touches the disk until the user saves, so it is as undoable as any new editor.
 */
export async function newStrategy(analysis: StrategyAnalysis): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: newStrategyText(uiLocale(analysis), 'My brand', new Date()) });
  return vscode.window.showTextDocument(document);
}
