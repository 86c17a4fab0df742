import * as vscode from 'vscode';
import {
  findDefinitions, findReferences, prepareRename, renameEdits,
} from '../core/language/navigation';
import { documentSymbols, type StrategySymbol } from '../core/language/symbols';
import type { StrategyAnalysis } from './analysis';
import { pickLocale, type Locale } from '../core/i18n/locale';
import { SELECTOR } from './config';
import { l10n } from './l10n';
import type { Log } from './log';
import type { LineIndex } from '../core/text/lineIndex';
import { spanToRange, toRange } from './ranges';

/**
 * Outline / breadcrumbs, go to definition, find references and rename (F2) for strategy files.
 * Every provider reads the parsed document of the current version (shared with the linter: no
 * parse of its own, and no checks run for it) and converts the core's offsets here. Errors are logged, never thrown into the extension host,
 * except the rename refusals, which VS Code shows to the user as the reason.
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
  /** The outline of each document's last version asked for: the outline, breadcrumbs and sticky scroll share it. */
  readonly #outlines = new WeakMap<vscode.TextDocument, { readonly version: number; readonly symbols: vscode.DocumentSymbol[] }>();

  constructor(private readonly analysis: StrategyAnalysis, private readonly log: Log) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    return this.log.guardAsync('document symbols', [], async () => {
      const { version } = document;
      const known = this.#outlines.get(document);
      if (known?.version === version) return known.symbols;
      // Asked as a document opens (outline, breadcrumbs): a large one is parsed in slices.
      const { doc, locale } = await this.analysis.parsedSoon(document, token);
      if (token.isCancellationRequested || document.version !== version) return [];
      const symbols = documentSymbols(doc, locale).map((s) => toDocumentSymbol(doc.lines, s));
      this.#outlines.set(document, { version, symbols });
      return symbols;
    });
  }
}

class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly analysis: StrategyAnalysis, private readonly log: Log) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.LocationLink[] {
    return this.log.guard('definition', [], () => {
      if (token.isCancellationRequested) return [];
      const { doc } = this.analysis.parsed(document);
      // Links rather than locations: the peek view then shows the whole item, not just its id.
      return findDefinitions(doc, document.offsetAt(position)).map((d) => ({
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
  ): vscode.Location[] {
    return this.log.guard('references', [], () => {
      if (token.isCancellationRequested) return [];
      const { doc } = this.analysis.parsed(document);
      return findReferences(doc, document.offsetAt(position), context.includeDeclaration)
        .map((span) => new vscode.Location(document.uri, spanToRange(document, span)));
    });
  }
}

/** What the guarded body of a rename step yields: a value, or the reason to show the user. */
type Outcome<T> = { value: T } | { refusal: string } | undefined;

class RenameProvider implements vscode.RenameProvider {
  constructor(private readonly analysis: StrategyAnalysis, private readonly log: Log) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const outcome = this.log.guard<Outcome<{ range: vscode.Range; placeholder: string }>>('prepare rename', undefined, () => {
      const { doc, locale } = this.analysis.parsed(document);
      const answer = prepareRename(doc, document.offsetAt(position), locale);
      if (!answer.ok) return { refusal: answer.message };
      return { value: { range: spanToRange(document, answer.value.span), placeholder: answer.value.placeholder } };
    });
    return settle(outcome, () => this.#locale(document));
  }

  /** The file's language, for a refusal; the display language when even that fails. */
  #locale(document: vscode.TextDocument): Locale {
    return this.log.guard('rename locale', pickLocale(vscode.env.language), () => this.analysis.parsed(document).locale);
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const outcome = this.log.guard<Outcome<vscode.WorkspaceEdit>>('rename', undefined, () => {
      const { doc, locale } = this.analysis.parsed(document);
      // Checked again here, not only in prepareRename: API callers (and other UIs) skip that step.
      const answer = renameEdits(doc, document.offsetAt(position), newName, locale);
      if (!answer.ok) return { refusal: answer.message };
      const edit = new vscode.WorkspaceEdit();
      for (const e of answer.value) edit.replace(document.uri, spanToRange(document, e), e.newText);
      return { value: edit };
    });
    return settle(outcome, () => this.#locale(document));
  }
}

/**
 * Unwraps a rename outcome. A refusal is thrown on purpose: VS Code shows the thrown message as
 * the reason the rename cannot happen. It is the one kind of throw these providers let out; an
 * internal failure was already logged by the guard and becomes a generic refusal.
 */
function settle<T>(outcome: Outcome<T>, locale: () => Locale): T {
  if (outcome && 'value' in outcome) return outcome.value;
  throw new Error(outcome ? outcome.refusal : l10n(locale()).t('The rename failed; see the SMM output channel for details.'));
}

/** Positions come from the parsed text's own line index, which agrees with the editor's. */
function toDocumentSymbol(lines: LineIndex, s: StrategySymbol): vscode.DocumentSymbol {
  // A partial tree may hold an empty span; DocumentSymbol needs a name, which the core guarantees.
  const symbol = new vscode.DocumentSymbol(
    s.name, s.detail, vscode.SymbolKind[s.kind],
    toRange(lines.rangeOf(s.start, s.end)), toRange(lines.rangeOf(s.selectionStart, s.selectionEnd)),
  );
  symbol.children = s.children.map((c) => toDocumentSymbol(lines, c));
  return symbol;
}
