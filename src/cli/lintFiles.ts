import type { LintConfig } from '../core/config';
import { Linter } from '../core/lint';
import { RULES } from '../core/rules';
import type { Rule } from '../core/rules/rule';
import type { TargetFile } from './files';
import { readTextFile } from './readFile';
import type { FileReport } from './report';

/** A rule that threw on a file: reported on stderr, never fatal. */
export interface RuleFailure {
  readonly file: string;
  readonly rule: string;
  readonly error: unknown;
}

/** Reads and lints every file, in order. Throws `CliError` when a file cannot be read or is not a regular file. */
export function lintFiles(
  files: readonly TargetFile[],
  config: LintConfig,
  rules: readonly Rule[] = RULES,
): { reports: FileReport[]; ruleFailures: RuleFailure[] } {
  const reports: FileReport[] = [];
  const ruleFailures: RuleFailure[] = [];
  for (const file of files) {
    const text = readTextFile(file.absolute, file.display);
    // A fresh linter per file: its item cache only pays off across edits of one document.
    const result = new Linter(rules).lint(text, config);
    reports.push({ file: file.display, absolute: file.absolute, problems: result.problems });
    for (const { rule, error } of result.ruleErrors) ruleFailures.push({ file: file.display, rule, error });
  }
  return { reports, ruleFailures };
}
