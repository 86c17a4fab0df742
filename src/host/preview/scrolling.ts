import * as vscode from 'vscode';
import { isStrategyDocument } from '../config';
import { Disposable } from '../dispose';

/** How often an editor's scrolling reaches the previews, at most. */
const THROTTLE_MS = 50;

/**
 * The source line at the top of `editor`, fractional: how far into that line the view starts,
 * as VS Code's markdown preview measures it. `undefined` for an editor that shows nothing.
 */
export function topVisibleLine(editor: vscode.TextEditor): number | undefined {
  const first = editor.visibleRanges[0]?.start;
  if (!first) return undefined;
  const text = editor.document.lineAt(first.line).text;
  return first.line + first.character / (text.length + 2);
}

/** Scrolls `editor` so that the (fractional) source `line` is at its top. */
export function scrollEditorToLine(editor: vscode.TextEditor, line: number): void {
  const last = editor.document.lineCount - 1;
  const whole = Math.min(Math.max(0, Math.floor(line)), last);
  const start = Math.floor((line - whole) * editor.document.lineAt(whole).text.length);
  const end = whole < last ? new vscode.Position(whole + 1, 0) : editor.document.lineAt(whole).range.end;
  editor.revealRange(new vscode.Range(new vscode.Position(whole, Math.max(0, start)), end), vscode.TextEditorRevealType.AtTop);
}

/**
 * The top line of every strategy editor as it scrolls, throttled per document (a scroll fires
 * many events a second; the previews need the last position, not each step).
 */
export class TopmostLineMonitor extends Disposable {
  readonly #pending = new Map<string, { editor: vscode.TextEditor; timer: ReturnType<typeof setTimeout> }>();
  readonly #onDidChange = this.register(new vscode.EventEmitter<{ readonly editor: vscode.TextEditor; readonly line: number }>());
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.#changed(e.textEditor)));
    this.register({ dispose: () => this.#pending.forEach((p) => clearTimeout(p.timer)) });
  }

  #changed(editor: vscode.TextEditor): void {
    if (!isStrategyDocument(editor.document)) return;
    const key = editor.document.uri.toString();
    const pending = this.#pending.get(key);
    if (pending) {
      pending.editor = editor;
      return;
    }
    const entry = {
      editor,
      timer: setTimeout(() => {
        this.#pending.delete(key);
        const line = topVisibleLine(entry.editor);
        if (line !== undefined) this.#onDidChange.fire({ editor: entry.editor, line });
      }, THROTTLE_MS),
    };
    this.#pending.set(key, entry);
  }
}
