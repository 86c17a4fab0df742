import type { Problem, Severity } from './problem';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The `limit` problems an editor shows of a file that has more: errors first, then warnings, then
 * information, each in text order (as VS Code picks the markers it keeps), returned in text order.
 * A list within the limit is returned as it is.
 */
export function mostSevere(problems: readonly Problem[], limit: number): readonly Problem[] {
  if (problems.length <= limit) return problems;
  const kept: Problem[] = [];
  for (const severity of ORDER) {
    for (const p of problems) {
      if (kept.length === limit) break;
      if (p.severity === severity) kept.push(p);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** How many problems there are of each severity. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}
