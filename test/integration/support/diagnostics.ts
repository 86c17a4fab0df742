// Diagnostics helpers: wait for the extension's problems on a document, and read their rule ids.
import * as vscode from 'vscode';
import { DEFAULT_TIMEOUT_MS, waitForEvent } from './wait';

/** The `source` every diagnostic of this extension carries. */
export const SMM_SOURCE = 'smm';

/** The rule id of a diagnostic: its `code`, either a plain value or `{ value, target }`. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) {
    return undefined;
  }
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Only this extension's diagnostics for `uri` (other extensions may publish problems too). */
export function smmDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SMM_SOURCE);
}

/** A compact, readable form for assertion messages: `rule@line:col message`. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) {
    return '(no diagnostics)';
  }
  return diagnostics
    .map((d) => `${ruleOf(d) ?? '?'}@${d.range.start.line + 1}:${d.range.start.character + 1} [${d.source ?? ''}] ${d.message}`)
    .join('\n  ');
}

/**
 * Waits until the smm diagnostics of `uri` satisfy `predicate`, re-checking on every
 * `languages.onDidChangeDiagnostics` that concerns `uri`, and returns them.
 *
 * Validation is debounced by the extension, so the first publication may come a few hundred ms
 * after a document opens or changes: always wait, never read `getDiagnostics` right away.
 *
 * @example
 *   const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'no-goals'));
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    (e?: vscode.DiagnosticChangeEvent) => {
      if (e && !e.uris.some((u) => u.toString() === key)) {
        return undefined;
      }
      const current = smmDiagnostics(uri);
      return predicate(current) ? current : undefined;
    },
    timeoutMs,
    () => `smm diagnostics on ${uri.path.split('/').pop()} to match; current:\n  ${describeDiagnostics(smmDiagnostics(uri))}`,
  );
}

/** Waits until `uri` has at least one smm diagnostic with rule id `rule`, and returns those. */
export async function waitForRule(uri: vscode.Uri, rule: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  const all = await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === rule), timeoutMs);
  return all.filter((d) => ruleOf(d) === rule);
}
