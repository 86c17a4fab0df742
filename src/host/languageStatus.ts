import * as vscode from 'vscode';
import type { Analysis } from './analysis';
import { SELECTOR } from './config';
import type { DiagnosticsManager } from './diagnostics';
import { Disposable } from './dispose';

/** Lint time above which the status item mentions it, so slowness is visible, not mysterious. */
const SLOW_MS = 50;

/** The language status item of a strategy file: "✓ No problems" or "2 errors, 3 warnings". */
export class LanguageStatus extends Disposable {
  readonly #item = this.register(vscode.languages.createLanguageStatusItem('smm.status', SELECTOR));

  constructor(diagnostics: DiagnosticsManager) {
    super();
    this.#item.name = 'SMM Strategy';
    this.#item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.register(diagnostics.onDidPublish((analysis) => this.#update(analysis)));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.#refreshFromActive(diagnostics)));
  }

  #refreshFromActive(diagnostics: DiagnosticsManager): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri) return;
    const count = (severity: vscode.DiagnosticSeverity) => diagnostics.collection.get(uri)?.filter((d) => d.severity === severity).length ?? 0;
    this.#show(count(vscode.DiagnosticSeverity.Error), count(vscode.DiagnosticSeverity.Warning), count(vscode.DiagnosticSeverity.Information));
  }

  #update(analysis: Analysis): void {
    if (vscode.window.activeTextEditor?.document.uri.toString() !== analysis.uri.toString()) return;
    const count = (severity: string) => analysis.result.problems.filter((p) => p.severity === severity).length;
    this.#show(count('error'), count('warning'), count('info'), analysis.ms);
  }

  #show(errors: number, warnings: number, infos: number, ms?: number): void {
    const parts = [
      errors ? `${errors} error${errors === 1 ? '' : 's'}` : '',
      warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
      infos ? `${infos} info` : '',
    ].filter(Boolean);
    const slow = ms !== undefined && ms >= SLOW_MS ? ` (${Math.round(ms)} ms)` : '';
    this.#item.text = (parts.length ? `$(warning) ${parts.join(', ')}` : '$(check) No problems') + slow;
    this.#item.detail = 'SMM strategy checks';
    this.#item.severity = errors ? vscode.LanguageStatusSeverity.Error : warnings ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }
}
