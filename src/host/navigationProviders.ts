import * as vscode from 'vscode';
import type { OutlineSymbol } from '../core/language/symbols';
import type { StrategyAnalysis } from './analysis';
import { SELECTOR } from './config';
import { l10n, settingLocale } from './l10n';
import type { Log } from './log';
import { spanToRange, toRange } from './ranges';

/**
 * Outline / breadcrumbs, go to definition, find references and rename (F2) for strategy files.
 * Every provider asks the analysis about the current version (answered from the parse shared with
 * the linter, on the checker thread for a large file) and converts the core's offsets here.
 * Errors are logged, never thrown into the extension host, except the rename refusals, which
 * VS Code shows to the user as the reason.
 */
export function registerNavigation(analysis: StrategyAnalysis, log: Log): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new SymbolProvider(analysis, log), { label: 'SMM' }),
    vscode.languages.registerDefinitionProvider(SELECTOR, new DefinitionProvider(analysis, log)),
    vscode.languages.registerReferenceProvider(SELECTOR, new ReferenceProvider(analysis, log)),
    vscode.languages.registerRenameProvider(SELECTOR, new RenameProvider(analysis, log)),
  );
}

class SymbolProvider implements vscode.DocumentSymbolProvider {
  /**
   * The outline of each document's last version asked for, made or being made: the outline view,
   * breadcrumbs and sticky scroll ask for the same version, and share it.
   */
  readonly #outlines = new WeakMap<vscode.TextDocument, { readonly version: number; readonly symbols: Promise<vscode.DocumentSymbol[]> }>();

  constructor(private readonly analysis: StrategyAnalysis, private readonly log: Log) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    return this.log.guardAsync('document symbols', [], async () => {
      const { version } = document;
      let known = this.#outlines.get(document);
      if (known?.version !== version) {
        // Not cancelled with this caller's token: another caller of the same version may wait for it.
        const made = { version, symbols: this.analysis.ask(document, { about: 'outline' }).then(({ answer }) => answer.map(toDocumentSymbol)) };
        // A failure is not kept: the next caller tries again.
        made.symbols.catch(() => this.#outlines.get(document) === made && this.#outlines.delete(document));
        this.#outlines.set(document, (known = made));
      }
      const symbols = await known.symbols;
      return token.isCancellationRequested || document.version !== version ? [] : symbols;
    });
  }
}

class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly analysis: StrategyAnalysis, private readonly log: Log) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.LocationLink[]> {
    return this.log.guardAsync('definition', [], async () => {
      const { version } = document;
      const { answer } = await this.analysis.ask(document, { about: 'definitions', offset: document.offsetAt(position) });
      if (token.isCancellationRequested || document.version !== version) return [];
      // Links rather than locations: the peek view then shows the whole item, not just its id.
      return answer.map((d) => ({
        originSelectionRange: spanToRange(document, d.origin),
        targetUri: document.uri,
        targetRange: spanToRange(document, d.item),
        targetSelectionRange: spanToRange(document, d.target),
      }));
    });
  }
}

class ReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly analysis: StrategyAnalysis, private readonly log: Log) {}

  provideReferences(
    document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    return this.log.guardAsync('references', [], async () => {
      const { version } = document;
      const { answer } = await this.analysis.ask(document, { about: 'references', offset: document.offsetAt(position), includeDeclaration: context.includeDeclaration });
      if (token.isCancellationRequested || document.version !== version) return [];
      return answer.map((span) => new vscode.Location(document.uri, spanToRange(document, span)));
    });
  }
}

/** What the guarded body of a rename step yields: a value, or the reason to show the user. */
type Outcome<T> = { value: T } | { refusal: string } | undefined;

class RenameProvider implements vscode.RenameProvider {
  constructor(private readonly analysis: StrategyAnalysis, private readonly log: Log) {}

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const outcome = await this.log.guardAsync<Outcome<{ range: vscode.Range; placeholder: string }>>('prepare rename', undefined, async () => {
      const { answer } = await this.analysis.ask(document, { about: 'prepareRename', offset: document.offsetAt(position) });
      if (!answer.ok) return { refusal: answer.message };
      return { value: { range: spanToRange(document, answer.value.span), placeholder: answer.value.placeholder } };
    });
    return settle(outcome);
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const outcome = await this.log.guardAsync<Outcome<vscode.WorkspaceEdit>>('rename', undefined, async () => {
      const { version } = document;
      // Checked again here, not only in prepareRename: API callers (and other UIs) skip that step.
      const { answer, locale } = await this.analysis.ask(document, { about: 'rename', offset: document.offsetAt(position), newName });
      if (!answer.ok) return { refusal: answer.message };
      // Offsets of a text that has moved on would land in the wrong places.
      if (document.version !== version) return { refusal: l10n(locale).t('The file changed while the rename was prepared; try again.') };
      const edit = new vscode.WorkspaceEdit();
      for (const e of answer.value) edit.replace(document.uri, spanToRange(document, e), e.newText);
      return { value: edit };
    });
    return settle(outcome);
  }
}

/**
 * Unwraps a rename outcome. A refusal is thrown on purpose: VS Code shows the thrown message as
 * the reason the rename cannot happen. It is the one kind of throw these providers let out; an
 * internal failure was already logged by the guard and becomes a generic refusal, in the
 * language of the settings (the file's could not be read).
 */
function settle<T>(outcome: Outcome<T>): T {
  if (outcome && 'value' in outcome) return outcome.value;
  throw new Error(outcome ? outcome.refusal : l10n(settingLocale()).t('The rename failed; see the SMM output channel for details.'));
}

function toDocumentSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  // A partial tree may hold an empty span; DocumentSymbol needs a name, which the core guarantees.
  const symbol = new vscode.DocumentSymbol(s.name, s.detail, vscode.SymbolKind[s.kind], toRange(s.range), toRange(s.selectionRange));
  symbol.children = s.children.map(toDocumentSymbol);
  return symbol;
}
