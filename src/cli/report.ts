import type { Problem, Severity } from '../core/problem';

/** The lint result of one file, as the formatters see it. */
export interface FileReport {
  /** The path shown to users: relative to the working directory with `/`, or absolute. */
  readonly file: string;
  readonly absolute: string;
  /** In source order. */
  readonly problems: readonly Problem[];
}

export type SeverityCounts = { readonly [S in Severity]: number };

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const p of r.problems) counts[p.severity]++;
  return counts;
}

/**
 * The exit code of a lint run, per the contract: 1 when any error-severity problem is found or
 * the warnings exceed `maxWarnings` (infos never count), else 0. Computed on every problem,
 * before `--quiet` hides any.
 */
export function lintExitCode(counts: SeverityCounts, maxWarnings: number | undefined): 0 | 1 {
  if (counts.error > 0) return 1;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) return 1;
  return 0;
}

/** `--quiet`: the same reports with errors only. */
export function onlyErrors(reports: readonly FileReport[]): FileReport[] {
  return reports.map((r) => ({ ...r, problems: r.problems.filter((p) => p.severity === 'error') }));
}
