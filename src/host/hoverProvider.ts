import * as vscode from 'vscode';
import { renderHover } from '../core/language/hover';
import type { StrategyAnalysis } from './analysis';
import { SELECTOR } from './config';
import type { DiagnosticsManager } from './diagnostics';
import type { Log } from './log';

/** The only command a hover may run: opening a rule's documentation. */
const DOCS_COMMAND = 'smm.showRuleDocs';

/**
 * Hover for strategy files: the schema's documentation of keys and values, an enum value's
 * description, an id's target, and the explanation of any rule whose problem is under the cursor,
 * in the file's message locale, with a link to the rule's docs.
 */
export function registerHover(analysis: StrategyAnalysis, log: Log, diagnostics: DiagnosticsManager): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SELECTOR, {
    provideHover(document, position, token) {
      return log.guardAsync(`hover ${document.uri.toString()}`, undefined, async () => {
        const { version } = document;
        const { answer: info, locale } = await analysis.ask(document, { about: 'hover', offset: document.offsetAt(position) });
        if (!info || token.isCancellationRequested || document.version !== version) return undefined;
        const markdown = new vscode.MarkdownString(renderHover(info, locale, (rule) => docsLink(diagnostics, rule)));
        // Strategy text in the hover is escaped by the core; this keeps links to our one command.
        markdown.isTrusted = { enabledCommands: [DOCS_COMMAND] };
        markdown.supportHtml = false;
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(info.start), document.positionAt(info.end)));
      });
    },
  });
}

/** A `command:` link that opens the rule's page; the page's path is the link title. */
function docsLink(diagnostics: DiagnosticsManager, rule: string): string {
  const args = encodeURIComponent(JSON.stringify([rule]));
  const page = diagnostics.docsUri(rule).path.split('/').pop() ?? rule;
  return `command:${DOCS_COMMAND}?${args} "${page.replace(/["\\]/g, '')}"`;
}
