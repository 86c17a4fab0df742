import * as vscode from 'vscode';
import { countOf, SEVERITY_COUNTS } from '../core/i18n/counts';
import type { Locale } from '../core/i18n/locale';
import type { Severity } from '../core/problem';
import { SELECTOR, lintConfigFor } from './config';
import type { DiagnosticsManager } from './diagnostics';
import { Disposable } from './dispose';
import { l10n, settingLocale } from './l10n';

/** Lint time above which the status item mentions it, so slowness is visible, not mysterious. */
const SLOW_MS = 50;

/**
 * The language status item of a strategy file: "✓ No problems" or "2 errors, 3 warnings", and
 * the lint time when it is slow, in the file's language. It reads the published diagnostics of
 * the active editor, so it is right from the first file on (whatever was published before it
 * existed) and whatever changed them (typing, settings, a file closed).
 */
export class LanguageStatus extends Disposable {
  readonly #item = this.register(vscode.languages.createLanguageStatusItem('smm.status', SELECTOR));
  /** The lint time and language of each open strategy's last check. */
  readonly #checks = new Map<string, { ms: number; locale: Locale; counts: Readonly<Record<Severity, number>> }>();

  constructor(private readonly diagnostics: DiagnosticsManager) {
    super();
    this.#item.name = 'SMM Strategy';
    this.register(diagnostics.onDidPublish((checked) => {
      this.#checks.set(checked.uri.toString(), { ms: checked.ms, locale: checked.locale, counts: checked.counts });
      this.#refresh();
    }));
    this.register(vscode.languages.onDidChangeDiagnostics(() => this.#refresh()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.#refresh()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('smm')) this.#refresh();
    }));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.#checks.delete(d.uri.toString())));
    this.#refresh();
  }

  #refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    const checked = this.#checks.get(document.uri.toString());
    // Until its first check, the language of the editor's texts; never a parse of its own here,
    // which for a large strategy would hold up the host.
    const ui = l10n(checked?.locale ?? settingLocale());
    this.#item.detail = ui.t('SMM strategy checks');
    this.#item.command = { title: ui.t('Show Problems'), command: 'workbench.actions.view.problems' };
    if (!lintConfigFor(document).enabled) {
      this.#item.text = `$(circle-slash) ${ui.t('Checks off')}`;
      this.#item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const shown = this.diagnostics.collection.get(document.uri) ?? [];
    const count = (severity: vscode.DiagnosticSeverity) => shown.filter((d) => d.severity === severity).length;
    // The check's own counts: the Problems pane lists only the first thousand of a large file.
    const counts: Readonly<Record<Severity, number>> = shown.length > 0 && checked ? checked.counts : {
      error: count(vscode.DiagnosticSeverity.Error),
      warning: count(vscode.DiagnosticSeverity.Warning),
      info: count(vscode.DiagnosticSeverity.Information),
    };
    const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => countOf(SEVERITY_COUNTS[s], ui.locale, counts[s]));
    const icon = counts.error ? '$(error)' : counts.warning ? '$(warning)' : counts.info ? '$(info)' : '$(check)';
    const ms = checked?.ms;
    const slow = ms !== undefined && ms >= SLOW_MS ? ` (${ui.t('{0} ms', Math.round(ms))})` : '';
    this.#item.text = `${icon} ${parts.length ? parts.join(', ') : ui.t('No problems')}${slow}`;
    this.#item.severity = counts.error ? vscode.LanguageStatusSeverity.Error : counts.warning ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }
}
