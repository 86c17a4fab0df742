import * as vscode from 'vscode';
import { Linter, messageLocale, type LintResult } from '../core/lint';
import type { Locale } from '../core/i18n/locale';
import type { StrategyDocument } from '../core/model/document';
import { lintConfigFor } from './config';
import { Disposable } from './dispose';

export interface Analysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly result: LintResult;
  /** Wall time of the lint in milliseconds, for the language status item. */
  readonly ms: number;
}

/**
 * The single place strategy documents are linted. Results are cached per document version, so the
 * diagnostics, completion, hover, code actions and symbols of one keystroke share one parse.
 * Each document keeps its own `Linter`, whose item cache makes re-linting after an edit cheap.
 */
export class StrategyAnalysis extends Disposable {
  readonly #linters = new Map<string, Linter>();
  readonly #latest = new Map<string, Analysis>();
  readonly #onDidChangeSettings = this.register(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /**
   * A `smm.` setting changed, and the results linted under the old settings are gone: what a
   * listener asks for now is linted under the new ones. Re-lint on this event, never on
   * `onDidChangeConfiguration` itself, whose listeners run in the order they were added.
   */
  readonly onDidChangeSettings = this.#onDidChangeSettings.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('smm')) return;
      this.#latest.clear();
      this.#onDidChangeSettings.fire(e);
    }));
  }

  /** The analysis of the document as it is now (cached when its version has not moved). */
  analyze(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.#latest.get(key);
    if (cached && cached.version === document.version) return cached;
    return this.analyzeText(document.uri, document.getText(), document.version);
  }

  /**
   * The parsed document as it is now, without running the checks: cheap enough for completion,
   * symbols and navigation on every keystroke, even in a huge file whose lint is debounced.
   */
  parsed(document: vscode.TextDocument): { readonly doc: StrategyDocument; readonly locale: Locale } {
    const cached = this.#latest.get(document.uri.toString());
    if (cached && cached.version === document.version) return { doc: cached.result.document, locale: cached.result.locale };
    const doc = this.#linter(document.uri).parse(document.getText());
    return { doc, locale: messageLocale(doc, lintConfigFor(document)) };
  }

  /** Lints text that may not be open in an editor (workspace-wide linting reads it from disk). */
  analyzeText(uri: vscode.Uri, text: string, version: number): Analysis {
    const key = uri.toString();
    const linter = this.#linter(uri);
    const started = performance.now();
    const result = linter.lint(text, lintConfigFor(uri));
    const analysis: Analysis = { uri, version, result, ms: performance.now() - started };
    this.#latest.set(key, analysis);
    return analysis;
  }

  #linter(uri: vscode.Uri): Linter {
    const key = uri.toString();
    let linter = this.#linters.get(key);
    if (!linter) this.#linters.set(key, (linter = new Linter()));
    return linter;
  }

  /** The last analysis, whatever its version (for cheap UI such as the status item). */
  peek(uri: vscode.Uri): Analysis | undefined {
    return this.#latest.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.#linters.delete(uri.toString());
    this.#latest.delete(uri.toString());
  }
}
