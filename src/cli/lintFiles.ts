import * as fs from 'node:fs';
import type { LintConfig } from '../core/config';
import { Linter } from '../core/lint';
import { RULES } from '../core/rules';
import type { Rule } from '../core/rules/rule';
import { CliError, describeIoError } from './errors';
import { cliText } from './messages';
import type { TargetFile } from './files';
import type { FileReport } from './report';

/** A rule that threw on a file: reported on stderr, never fatal. */
export interface RuleFailure {
  readonly file: string;
  readonly rule: string;
  readonly error: unknown;
}

/**
 * Decodes file bytes the way VS Code opens them, so problem positions agree with the editor:
 * - invalid UTF-8 becomes U+FFFD (the core turns that into a `syntax` warning at the spot)
 *   rather than failing the whole run;
 * - a leading byte order mark is dropped: VS Code keeps it out of the document text, so the
 *   first key of a BOM file is at column 1 there. (Were it kept, the core would count it as a
 *   character and every column of line 1 would be one too far right.)
 * - CRLF is kept: the core's line index treats `\r\n` as one break, as VS Code does.
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

export function readTarget(file: TargetFile): string {
  try {
    return decodeText(fs.readFileSync(file.absolute));
  } catch (error) {
    throw new CliError(cliText('cannotRead', { path: file.display, reason: describeIoError(error) }), 'io');
  }
}

/** Reads and lints every file, in order. Throws `CliError` when a file cannot be read. */
export function lintFiles(
  files: readonly TargetFile[],
  config: LintConfig,
  rules: readonly Rule[] = RULES,
): { reports: FileReport[]; ruleFailures: RuleFailure[] } {
  const reports: FileReport[] = [];
  const ruleFailures: RuleFailure[] = [];
  for (const file of files) {
    const text = readTarget(file);
    // A fresh linter per file: its item cache only pays off across edits of one document.
    const result = new Linter(rules).lint(text, config);
    reports.push({ file: file.display, absolute: file.absolute, problems: result.problems });
    for (const { rule, error } of result.ruleErrors) ruleFailures.push({ file: file.display, rule, error });
  }
  return { reports, ruleFailures };
}
