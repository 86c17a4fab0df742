import * as vscode from 'vscode';
import { SELECTOR, lintConfigFor } from './config';
import type { DiagnosticsManager } from './diagnostics';
import { Disposable } from './dispose';

/** Lint time above which the status item mentions it, so slowness is visible, not mysterious. */
const SLOW_MS = 50;

/**
 * The language status item of a strategy file: "✓ No problems" or "2 errors, 3 warnings", and
 * the lint time when it is slow. It reads the published diagnostics of the active editor, so it
 * is right from the first file on (whatever was published before it existed) and whatever
 * changed them (typing, settings, a file closed).
 */
export class LanguageStatus extends Disposable {
  readonly #item = this.register(vscode.languages.createLanguageStatusItem('smm.status', SELECTOR));
  readonly #lintTimes = new Map<string, number>();

  constructor(private readonly diagnostics: DiagnosticsManager) {
    super();
    this.#item.name = 'SMM Strategy';
    this.#item.detail = 'SMM strategy checks';
    this.#item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.register(diagnostics.onDidPublish((analysis) => {
      this.#lintTimes.set(analysis.uri.toString(), analysis.ms);
      this.#refresh();
    }));
    this.register(vscode.languages.onDidChangeDiagnostics(() => this.#refresh()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.#refresh()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('smm')) this.#refresh();
    }));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.#lintTimes.delete(d.uri.toString())));
    this.#refresh();
  }

  #refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    if (!lintConfigFor(document).enabled) {
      this.#item.text = '$(circle-slash) Checks off';
      this.#item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const shown = this.diagnostics.collection.get(document.uri) ?? [];
    const count = (severity: vscode.DiagnosticSeverity) => shown.filter((d) => d.severity === severity).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    const infos = count(vscode.DiagnosticSeverity.Information);
    const parts = [
      errors ? `${errors} error${errors === 1 ? '' : 's'}` : '',
      warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
      infos ? `${infos} info` : '',
    ].filter(Boolean);
    const icon = errors ? '$(error)' : warnings ? '$(warning)' : infos ? '$(info)' : '$(check)';
    const ms = this.#lintTimes.get(document.uri.toString());
    const slow = ms !== undefined && ms >= SLOW_MS ? ` (${Math.round(ms)} ms)` : '';
    this.#item.text = `${icon} ${parts.length ? parts.join(', ') : 'No problems'}${slow}`;
    this.#item.severity = errors ? vscode.LanguageStatusSeverity.Error : warnings ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }
}
