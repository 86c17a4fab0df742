import * as vscode from 'vscode';
import { CHANGE_RULE_SEVERITY_COMMAND, FIX_ALL_TITLE, type Fix, type FixEdit } from '../core/language/fixes';
import type { Locale } from '../core/i18n/locale';
import type { Problem } from '../core/problem';
import type { StrategyAnalysis } from './analysis';
import type { SeverityTarget } from './commands/changeRuleSeverity';
import { SELECTOR } from './config';
import type { DiagnosticsManager } from './diagnostics';
import type { Log } from './log';
import { spanToRange } from './ranges';

/** `source.fixAll.smm`: what `editor.codeActionsOnSave` and "Fix All" ask for. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('smm');

/**
 * Quick fixes for the extension's diagnostics, one "fix all" action that applies every safe fix
 * of the file, and the actions on the rule under the cursor. The core computes the menu (on the
 * checker thread for a large file); this only maps diagnostics back to problems and fixes to
 * workspace edits.
 * Nothing is written to disk: each action is one edit of the open document, undone with one Undo.
 */
export function registerCodeActions(analysis: StrategyAnalysis, log: Log, diagnostics: DiagnosticsManager): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(SELECTOR, new StrategyCodeActions(analysis, log, diagnostics), {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  });
}

/**
 * "Fix all", offered cheaply and computed when chosen: checking that the fixes go together means
 * linting the fixed text, too much for every move of the cursor.
 */
class FixAllAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly document: vscode.TextDocument,
    readonly version: number,
    readonly problems: readonly Problem[],
  ) {
    super(title, kind);
  }
}

class StrategyCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  constructor(
    private readonly analysis: StrategyAnalysis,
    private readonly log: Log,
    private readonly diagnostics: DiagnosticsManager,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    return this.log.guardAsync(`code actions ${document.uri.toString()}`, [], async () => {
      const only = context.only;
      const wantsQuickFixes = !only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only);
      const wantsFixAll = !!only && (only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only));
      const ours = context.diagnostics.filter((d) => d.source === 'smm');
      if (!wantsFixAll && (!wantsQuickFixes || ours.length === 0)) return [];

      const { version } = document;
      const { problems, locale } = await this.analysis.check(document);
      if (token.isCancellationRequested || document.version !== version) return [];
      const byRange = indexProblems(problems);
      // Each problem once, with the first of its diagnostics here.
      const diagnosticOf = new Map<Problem, vscode.Diagnostic>();
      if (wantsQuickFixes) {
        for (const diagnostic of ours) {
          const problem = problemOf(byRange, diagnostic);
          if (problem && !diagnosticOf.has(problem)) diagnosticOf.set(problem, diagnostic);
        }
      }
      // Only what the Problems pane shows is fixed by "fix all": a rule turned off in the settings,
      // or a file with validation disabled, keeps its text.
      const shown = (this.diagnostics.collection.get(document.uri) ?? []).flatMap((d) => (d.source === 'smm' ? problemOf(byRange, d) ?? [] : []));
      const asked = [...diagnosticOf.keys()];
      const span = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
      const { answer: plan } = await this.analysis.ask(document, { about: 'fixes', problems: asked, span, shown, fixAll: wantsFixAll });
      if (token.isCancellationRequested || document.version !== version) return [];
      const fixes: vscode.CodeAction[] = [];
      const ruleActions: vscode.CodeAction[] = [];
      for (const { fix, problem } of plan.menu) {
        // Actions on the rule carry no diagnostic: the editor lists them after the fixes.
        if (problem === undefined) ruleActions.push(this.#toAction(document, fix, locale));
        else fixes.push(this.#toAction(document, fix, locale, diagnosticOf.get(asked[problem]!)));
      }
      const actions = fixes;
      // Among quick fixes, "fix all" is only worth a line when it does more than the fix at hand.
      if (wantsFixAll ? plan.fixable > 0 : plan.fixable > 1) {
        const kind = wantsFixAll ? FIX_ALL_KIND : vscode.CodeActionKind.QuickFix;
        actions.push(new FixAllAction(FIX_ALL_TITLE[locale], kind, document, version, shown));
      }
      return actions.concat(ruleActions);
    });
  }

  #toAction(document: vscode.TextDocument, fix: Fix, locale: Locale, diagnostic?: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    if (diagnostic) action.diagnostics = [diagnostic];
    action.isPreferred = fix.isPreferred;
    if (fix.edits.length > 0) {
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, fix.edits.map((e) => toEdit(document, e)));
      action.edit = edit;
    }
    if (fix.command) {
      // Changing a rule's severity writes the settings of the file's folder, and asks in its language.
      const target: SeverityTarget = { uri: document.uri, locale };
      const args = fix.command.id === CHANGE_RULE_SEVERITY_COMMAND ? [...fix.command.arguments, target] : [...fix.command.arguments];
      action.command = { command: fix.command.id, title: fix.title, arguments: args };
    }
    return action;
  }

  resolveCodeAction(action: vscode.CodeAction, token: vscode.CancellationToken): Promise<vscode.CodeAction> {
    if (!(action instanceof FixAllAction)) return Promise.resolve(action);
    const { document, version } = action;
    return this.log.guardAsync(`fix all ${document.uri.toString()}`, action, async () => {
      // The text moved on since the action was offered: its problems' offsets no longer hold.
      if (document.version !== version || token.isCancellationRequested) return action;
      const { answer: edits } = await this.analysis.ask(document, { about: 'fixAll', problems: action.problems });
      if (document.version !== version || token.isCancellationRequested) return action;
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, edits.map((e) => toEdit(document, e)));
      action.edit = edit;
      return action;
    });
  }
}

type ProblemIndex = ReadonlyMap<string, readonly Problem[]>;

function rangeKey(rule: string, start: { line: number; character: number }, end: { line: number; character: number }): string {
  return `${rule}@${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Problems by rule and range, so matching every diagnostic of a large file stays linear. */
function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const index = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = rangeKey(p.rule, p.range.start, p.range.end);
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  }
  return index;
}

/**
 * The problem a diagnostic was made from: same rule and same range (and the same message when
 * two problems of one rule share a range). A diagnostic of an older version of the text finds
 * nothing, or a problem of the current text at the same place, which is what the fix must edit.
 */
function problemOf(index: ProblemIndex, diagnostic: vscode.Diagnostic): Problem | undefined {
  const code = diagnostic.code;
  const rule = typeof code === 'object' ? String(code.value) : code === undefined ? '' : String(code);
  const candidates = index.get(rangeKey(rule, diagnostic.range.start, diagnostic.range.end)) ?? [];
  return candidates.find((p) => p.message === diagnostic.message) ?? candidates[0];
}

/**
 * A core edit as a VS Code edit. Snippet edits become `SnippetTextEdit`s (API since 1.86), which
 * VS Code runs as a snippet in the active editor and as plain text elsewhere. The core starts
 * them at a line start, so the editor's re-indentation of snippet lines changes nothing; newer
 * versions are also told to keep the whitespace as it is.
 */
function toEdit(document: vscode.TextDocument, edit: FixEdit): vscode.TextEdit | vscode.SnippetTextEdit {
  const range = spanToRange(document, edit);
  if (edit.snippet === undefined || typeof vscode.SnippetTextEdit !== 'function') return new vscode.TextEdit(range, edit.newText);
  const snippet = new vscode.SnippetTextEdit(range, new vscode.SnippetString(edit.snippet));
  (snippet as { keepWhitespace?: boolean }).keepWhitespace = true;
  return snippet;
}
