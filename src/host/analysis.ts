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
 * The single place open strategy documents are linted. Results are cached per document version,
 * so the diagnostics, completion, hover, code actions and symbols of one keystroke share one parse.
 * Each open document keeps its own `Linter`, whose item cache makes re-linting after an edit
 * cheap; both are dropped when the document closes. Files that are not open are none of its
 * business: what they need is linted once and thrown away (see `DiagnosticsManager.publishFile`).
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
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.#forget(d.uri)));
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
    const linter = this.#linter(document);
    const started = performance.now();
    const result = linter.lint(document.getText(), lintConfigFor(document));
    const analysis: Analysis = { uri: document.uri, version: document.version, result, ms: performance.now() - started };
    // A document closed while a provider still held it would never be forgotten: keep nothing.
    if (!document.isClosed) this.#latest.set(key, analysis);
    return analysis;
  }

  /**
   * The parsed document as it is now, without running the checks: cheap enough for completion,
   * symbols and navigation on every keystroke, even in a huge file whose lint is debounced.
   */
  parsed(document: vscode.TextDocument): { readonly doc: StrategyDocument; readonly locale: Locale } {
    const cached = this.#latest.get(document.uri.toString());
    if (cached && cached.version === document.version) return { doc: cached.result.document, locale: cached.result.locale };
    const doc = this.#linter(document).parse(document.getText());
    return { doc, locale: messageLocale(doc, lintConfigFor(document)) };
  }

  /** The documents whose parse and linter are held in memory: the open ones that were analysed. */
  cachedDocuments(): string[] {
    return [...new Set([...this.#linters.keys(), ...this.#latest.keys()])];
  }

  #linter(document: vscode.TextDocument): Linter {
    if (document.isClosed) return new Linter();
    const key = document.uri.toString();
    let linter = this.#linters.get(key);
    if (!linter) this.#linters.set(key, (linter = new Linter()));
    return linter;
  }

  #forget(uri: vscode.Uri): void {
    this.#linters.delete(uri.toString());
    this.#latest.delete(uri.toString());
  }
}
