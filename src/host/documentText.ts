import type * as vscode from 'vscode';

const texts = new WeakMap<vscode.TextDocument, { readonly version: number; readonly text: string }>();

/**
 * The document's text, made once per version. Each `getText()` joins the lines into a new string:
 * in a 2 MB strategy that is megabytes per call, several calls per keystroke, all left to the
 * garbage collector, whose pauses stall the extension host.
 */
export function textOf(document: vscode.TextDocument): string {
  const known = texts.get(document);
  if (known?.version === document.version) return known.text;
  const text = document.getText();
  texts.set(document, { version: document.version, text });
  return text;
}

/** The length of the document's text in UTF-16 code units, without making the text. */
export function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
