import * as vscode from 'vscode';
import { newStrategyText } from '../../core/language/snippets';
import { LANGUAGE_ID, uiLocale } from '../config';

/**
 * "SMM: New Strategy": an untitled strategy from the template, in the user's language. Nothing
 * touches the disk until the user saves, so it is as undoable as any new editor.
 */
export async function newStrategy(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: newStrategyText(uiLocale(), 'My brand', new Date()) });
  return vscode.window.showTextDocument(document);
}
