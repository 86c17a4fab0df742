import * as vscode from 'vscode';
import type { Problem, Severity } from '../core/problem';
import type { Analysis, StrategyAnalysis } from './analysis';
import { isStrategyDocument, lintConfigFor } from './config';
import { Disposable } from './dispose';
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
 * (debounced only for large files), cleared on close. Results whose document moved on while
 * they waited are dropped.
 */
export class DiagnosticsManager extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('smm'));
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #onDidPublish = this.register(new vscode.EventEmitter<Analysis>());
  /** Fires after a document's problems were published (the status item listens). */
  readonly onDidPublish = this.#onDidPublish.event;

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

  /** Publishes problems for a file that is not open (workspace-wide linting). */
  publishText(uri: vscode.Uri, text: string): void {
    if (!lintConfigFor(uri).enabled) return void this.collection.delete(uri);
    this.#publish(this.analysis.analyzeText(uri, text, -1));
  }

  #schedule(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.#timers.get(key));
    if (document.getText().length < LARGE_FILE_CHARS) return this.#lintNow(document);
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
      this.#publish(this.analysis.analyze(document));
    });
  }

  #publish(analysis: Analysis): void {
    const { result, uri } = analysis;
    for (const e of result.ruleErrors) this.log.error(`rule ${e.rule} failed on ${uri.toString()}`, e.error);
    this.collection.set(uri, result.problems.map((p) => this.#toDiagnostic(uri, p)));
    this.#onDidPublish.fire(analysis);
  }

  #closed(document: vscode.TextDocument): void {
    clearTimeout(this.#timers.get(document.uri.toString()));
    this.#timers.delete(document.uri.toString());
    // With workspace linting on, the file's problems stay: they describe the file on disk.
    if (!vscode.workspace.getConfiguration('smm').get<boolean>('lintWorkspace', false)) this.collection.delete(document.uri);
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
    return vscode.Uri.joinPath(this.docsBase, `${page}.md`);
  }
}
