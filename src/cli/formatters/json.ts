import type { Range, Severity } from '../../core/problem';
import type { FileReport } from '../report';
import { escapeJsonForTerminal } from '../terminal';

/** One element of `--format json`: the documented shape (README, Command line) that CI scripts read; change it only with them. */
export interface JsonFileResult {
  readonly file: string;
  readonly problems: readonly JsonProblem[];
}

export interface JsonProblem {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** 0-based line and UTF-16 character, as in LSP. */
  readonly range: Range;
}

/**
 * The contract's array, one entry per linted file (files without problems too, with `[]`). Only
 * the contract's keys are copied: offsets and quick-fix data stay internal, so they can change
 * without breaking scripts that read this output.
 */
export function toJsonResults(reports: readonly FileReport[]): JsonFileResult[] {
  return reports.map((r) => ({
    file: r.file,
    problems: r.problems.map((p) => ({
      rule: p.rule,
      severity: p.severity,
      message: p.message,
      range: {
        start: { line: p.range.start.line, character: p.range.start.character },
        end: { line: p.range.end.line, character: p.range.end.character },
      },
    })),
  }));
}

export function formatJson(reports: readonly FileReport[]): string {
  return escapeJsonForTerminal(JSON.stringify(toJsonResults(reports), null, 2)) + '\n';
}
