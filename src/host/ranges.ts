import * as vscode from 'vscode';
import type { Range } from '../core/problem';

/** A span of the core (UTF-16 offsets) as a range in `document`. */
export function spanToRange(document: vscode.TextDocument, span: { readonly start: number; readonly end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** A line/character range of the core as a VS Code range. */
export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
