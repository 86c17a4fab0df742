import * as vscode from 'vscode';
import { newStrategyTemplate } from '../../core/templates';
import { LANGUAGE_ID, uiLocale } from '../config';

/**
 * "SMM: New Strategy": an untitled strategy from the template, in the user's language. Nothing
 * touches the disk until the user saves, so it is as undoable as any new editor.
 */
export async function newStrategy(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: newStrategyTemplate(uiLocale()) });
  return vscode.window.showTextDocument(document);
}
