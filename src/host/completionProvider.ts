import * as vscode from 'vscode';
import type { CompletionEntry, CompletionKind } from '../core/language/completion';
import type { StrategyAnalysis } from './analysis';
import { SELECTOR } from './config';
import type { Log } from './log';
import { spanToRange } from './ranges';

const KIND: Record<CompletionKind, vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  enum: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
};

/**
 * Space opens the list after `key: `, `- ` and `, `; `[` and `,` inside flow lists. Typing letters
 * opens it anyway (quick suggestions), so no other characters are needed.
 */
const TRIGGERS = [' ', '[', ','];

/**
 * Completion for strategy files: keys, enum values, ids and block snippets from the core
 * (`completionsAt`), explained and written in the file's language, on the parsed document of the
 * current version (a large one's on the checker thread): no checks run per keystroke. Where nothing fits, the list is empty (the
 * language's settings keep VS Code's word suggestions from filling it).
 */
export function registerCompletion(analysis: StrategyAnalysis, log: Log): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(SELECTOR, {
    provideCompletionItems(document, position, token, context) {
      return log.guardAsync(`completion ${document.uri.toString()}`, undefined, async () => {
        if (token.isCancellationRequested) return undefined;
        // A space typed while indenting a line is not a request for suggestions.
        if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && context.triggerCharacter === ' '
          && document.lineAt(position.line).text.slice(0, position.character).trim() === '') {
          return undefined;
        }
        const { version } = document;
        const { answer: entries } = await analysis.ask(document, { about: 'completion', offset: document.offsetAt(position) });
        if (token.isCancellationRequested || document.version !== version) return undefined;
        return entries.map((entry) => toItem(document, position, entry));
      });
    },
  }, ...TRIGGERS);
}

function toItem(document: vscode.TextDocument, position: vscode.Position, entry: CompletionEntry): vscode.CompletionItem {
  const item = new vscode.CompletionItem(entry.label, KIND[entry.kind]);
  if (entry.detail) item.detail = entry.detail;
  if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
  item.insertText = entry.snippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
  // The core writes multi-line text with its full indentation; VS Code must not re-indent it.
  if (entry.insertText.includes('\n')) item.keepWhitespace = true;
  item.sortText = entry.sortText;
  if (entry.filterText) item.filterText = entry.filterText;
  const start = document.positionAt(entry.start);
  const end = document.positionAt(entry.end);
  // VS Code needs a single-line range around the cursor; anything else falls back to its own word.
  if (start.line === position.line && end.line === position.line && start.isBeforeOrEqual(position) && end.isAfterOrEqual(position)) {
    item.range = { inserting: new vscode.Range(start, position), replacing: new vscode.Range(start, end) };
  }
  if (entry.additionalEdits) {
    item.additionalTextEdits = entry.additionalEdits.map((e) => new vscode.TextEdit(spanToRange(document, e), e.newText));
  }
  if (entry.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
  return item;
}
