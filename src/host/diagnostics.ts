import * as vscode from 'vscode';
import type { Problem, Severity } from '../core/problem';
import { mostSevere } from '../core/mostSevere';
import { SHOWN_PROBLEMS, type Checked, type StrategyAnalysis } from './analysis';
import { isStrategyDocument, lintConfigFor } from './config';
import { Disposable } from './dispose';
import { lengthOf } from './documentText';
import { l10n } from './l10n';
import type { Log } from './log';
import { toRange } from './ranges';

/** Files above this size are linted after a pause in typing instead of on every keystroke. */
const LARGE_FILE_CHARS = 200_000;
const LARGE_FILE_DELAY_MS = 300;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Publishes lint problems to the Problems pane: at once when a strategy opens, on every change
 * (debounced only for large files), again when a setting changes, cleared on close. Results whose
 * document moved on while they waited are dropped. Files that are not open are published on
 * request (workspace-wide linting), and only their problems are kept.
 */
export class DiagnosticsManager extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('smm'));
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #docs = new Map<string, vscode.Uri>();
  readonly #onDidPublish = this.register(new vscode.EventEmitter<Checked>());
  /** Fires after an open document's problems were published (the status item listens). */
  readonly onDidPublish = this.#onDidPublish.event;
  readonly #onDidClose = this.register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires after a strategy document closed and its problems were cleared. */
  readonly onDidClose = this.#onDidClose.event;

  constructor(
    private readonly analysis: StrategyAnalysis,
    private readonly docsBase: vscode.Uri,
    private readonly log: Log,
  ) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.#lintNow(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.#schedule(e.document)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.#closed(d)));
    // After the analysis dropped its results of the old settings, not on the raw settings event.
    this.register(analysis.onDidChangeSettings(() => this.relintOpenDocuments()));
    this.register({ dispose: () => this.#timers.forEach((t) => clearTimeout(t)) });
    this.relintOpenDocuments();
  }

  relintOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) this.#lintNow(document);
  }

  /**
   * Publishes the problems of a file that is not open (workspace-wide linting). Its linter and
   * parse are thrown away: only the diagnostics stay, a few hundred bytes instead of hundreds of
   * kilobytes per file.
   */
  async publishFile(uri: vscode.Uri, text: string, stillWanted: () => boolean = () => true): Promise<void> {
    const { enabled, ...config } = lintConfigFor(uri);
    if (!enabled) return void this.collection.delete(uri);
    const result = await this.analysis.checkFile(uri, text, config);
    // Opened while it was checked (the editor's text is the truth now), or no longer asked for.
    if (!stillWanted() || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    this.#publish(uri, result);
  }

  /** Replaces the problems of a file with one note saying why it was not checked. */
  publishNotChecked(uri: vscode.Uri, message: string): void {
    const note = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Information);
    note.source = 'smm';
    this.collection.set(uri, [note]);
  }

  /** Removes the problems of a file that is not open (deleted, renamed, or no longer checked). */
  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  #schedule(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.#timers.get(key));
    if (lengthOf(document) < LARGE_FILE_CHARS) return this.#lintNow(document);
    const version = document.version;
    this.#timers.set(key, setTimeout(() => {
      this.#timers.delete(key);
      // Another change may have arrived while this one waited; its own timer will run.
      if (document.version === version && !document.isClosed) this.#lintNow(document);
    }, LARGE_FILE_DELAY_MS));
  }

  #lintNow(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    this.log.guard(`lint ${document.uri.toString()}`, undefined, () => {
      if (!lintConfigFor(document).enabled) return void this.collection.delete(document.uri);
      const { version } = document;
      this.analysis.check(document).then((checked) => {
        // The text moved on, or the editor closed, while it was checked: a later check publishes.
        if (document.isClosed || document.version !== version || !lintConfigFor(document).enabled) return;
        this.#publish(document.uri, checked);
        this.#onDidPublish.fire(checked);
      }, (error: unknown) => this.log.error(`lint ${document.uri.toString()}`, error));
    });
  }

  #publish(uri: vscode.Uri, result: Pick<Checked, 'problems' | 'counts' | 'ruleErrors' | 'locale'>): void {
    for (const e of result.ruleErrors) this.log.error(`rule ${e.rule} failed on ${uri.toString()}`, e.error);
    // VS Code lists no more than SHOWN_PROBLEMS of a file: making the rest would only hold up the host.
    const shown = mostSevere(result.problems, SHOWN_PROBLEMS);
    const diagnostics = shown.map((p) => this.#toDiagnostic(uri, p));
    const last = shown.at(-1);
    const { error, warning, info } = result.counts;
    if (last && error + warning + info > shown.length) {
      const note = new vscode.Diagnostic(toRange(last.range), l10n(result.locale).t('{0} more problems of this file are not listed: the first {1} are, the most serious first.', error + warning + info - shown.length, shown.length), vscode.DiagnosticSeverity.Information);
      note.source = 'smm';
      diagnostics.push(note);
    }
    this.collection.set(uri, diagnostics);
  }

  #closed(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    clearTimeout(this.#timers.get(document.uri.toString()));
    this.#timers.delete(document.uri.toString());
    // The problems described the editor's text, which may never have been saved. Workspace-wide
    // linting, when on, checks the file on disk again (it listens to onDidClose).
    this.collection.delete(document.uri);
    this.#onDidClose.fire(document);
  }

  #toDiagnostic(uri: vscode.Uri, p: Problem): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(p.range), p.message, SEVERITY[p.severity]);
    diagnostic.source = 'smm';
    diagnostic.code = { value: p.rule, target: this.docsUri(p.rule) };
    if (p.related) {
      diagnostic.relatedInformation = p.related.map((r) =>
        new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
    }
    return diagnostic;
  }

  /** The docs page of a rule; `schema/…` and `syntax` share one page each. */
  docsUri(rule: string): vscode.Uri {
    const page = rule.startsWith('schema') ? 'schema' : rule;
    let uri = this.#docs.get(page);
    if (!uri) this.#docs.set(page, (uri = vscode.Uri.joinPath(this.docsBase, `${page}.md`)));
    return uri;
  }
}
