import * as vscode from 'vscode';
import type { StrategyAnalysis } from '../analysis';
import { isStrategyDocument } from '../config';
import { Disposable } from '../dispose';
import { l10n, uiLocale } from '../l10n';

/**
 * The buttons of the Get Started walkthrough that show completion and quick fixes. Clicked in the
 * walkthrough, VS Code's own commands would act on no editor: the walkthrough has the focus. So
 * these bring back the strategy last worked on, put the cursor where the step is about (inside
 * `audiences: []`, on `value`), and then run the real command.
 */
export class WalkthroughCommands extends Disposable {
  /** The strategy document of the last active strategy editor. */
  #last: vscode.TextDocument | undefined;

  constructor(private readonly analysis: StrategyAnalysis) {
    super();
    this.#remember(vscode.window.activeTextEditor);
    this.register(vscode.window.onDidChangeActiveTextEditor((editor) => this.#remember(editor)));
    this.register(vscode.commands.registerCommand('smm.walkthrough.suggest', (section?: unknown) => this.suggest(section)));
    this.register(vscode.commands.registerCommand('smm.walkthrough.quickFix', (section?: unknown) => this.quickFix(section)));
  }

  /** Opens the suggestions inside the empty brackets of `section` (or at the cursor when there are none). */
  async suggest(section: unknown): Promise<vscode.Position | undefined> {
    const editor = await this.#editor();
    if (!editor) return undefined;
    const at = placeOf(editor.document, section, /^([\w-]+):[ \t]*[[{][ \t]*[\]}]/, (m) => m[0].length - 1);
    if (at) editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    return editor.selection.active;
  }

  /** Opens the quick fixes on the key of `section` (or at the first problem of the file). */
  async quickFix(section: unknown): Promise<vscode.Position | undefined> {
    const editor = await this.#editor();
    if (!editor) return undefined;
    const first = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'smm')?.range.start;
    const at = placeOf(editor.document, section, /^([\w-]+):/, () => 1) ?? first;
    if (at) editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.quickFix');
    return editor.selection.active;
  }

  #remember(editor: vscode.TextEditor | undefined): void {
    if (editor && isStrategyDocument(editor.document)) this.#last = editor.document;
  }

  /** The strategy to act on, shown and focused; without one, a note that points to New Strategy. */
  async #editor(): Promise<vscode.TextEditor | undefined> {
    const document = this.#last && !this.#last.isClosed ? this.#last : vscode.workspace.textDocuments.find(isStrategyDocument);
    if (document) return vscode.window.showTextDocument(document);
    const ui = l10n(uiLocale(this.analysis));
    const create = ui.t('New Strategy');
    void vscode.window.showInformationMessage(ui.t('Open a strategy first, or create one.'), create).then((choice) => {
      if (choice === create) void vscode.commands.executeCommand('smm.newStrategy');
    });
    return undefined;
  }
}

/**
 * Where a top-level `section:` line matching `line` is: its line, at the column `column` gives.
 * Undefined when `section` names no such line.
 */
function placeOf(document: vscode.TextDocument, section: unknown, line: RegExp, column: (match: RegExpExecArray) => number): vscode.Position | undefined {
  if (typeof section !== 'string') return undefined;
  for (let i = 0; i < document.lineCount; i++) {
    const match = line.exec(document.lineAt(i).text);
    if (match?.[1] === section) return new vscode.Position(i, column(match));
  }
  return undefined;
}
