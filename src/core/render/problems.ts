import type { LintResult } from '../lint';
import { isSectionKey, type SectionKey } from '../model/sections';
import type { Problem, Severity } from '../problem';
import { keyText } from '../syntax/ast';

/** A problem with its index in `LintResult.problems`: the index is what `data-problem` carries. */
export interface IndexedProblem {
  readonly index: number;
  readonly problem: Problem;
}

/** Where a problem's badge goes: a top-level section, or `overview` for the file as a whole. */
export type ProblemPlace = SectionKey | 'overview';

/** The sections shown in the plan's header rather than under a heading of their own. */
const OVERVIEW: ReadonlySet<string> = new Set<SectionKey>(['version', 'locale', 'phase', 'brand', 'period']);

/**
 * The file's problems by the section they are about: the section a "missing section" problem
 * names (`data.section`), else the top-level section whose text contains the problem, else the
 * file as a whole. In file order within each section.
 */
export function problemsBySection(result: LintResult): ReadonlyMap<ProblemPlace, readonly IndexedProblem[]> {
  const pairs = result.document.root?.pairs ?? [];
  const out = new Map<ProblemPlace, IndexedProblem[]>();
  result.problems.forEach((problem, index) => {
    const place = placeOf(problem, pairs);
    let list = out.get(place);
    if (!list) out.set(place, (list = []));
    list.push({ index, problem });
  });
  return out;
}

function placeOf(problem: Problem, pairs: NonNullable<LintResult['document']['root']>['pairs']): ProblemPlace {
  const named = problem.data?.section;
  if (named !== undefined && isSectionKey(named)) return OVERVIEW.has(named) ? 'overview' : named;
  // The section a problem is in is the last one that starts at or before it: a block value's
  // span may run up to the next key, so spans alone would put a problem on that key in the
  // section before it.
  for (let i = pairs.length - 1; i >= 0; i--) {
    const pair = pairs[i]!;
    if (pair.key.start > problem.start) continue;
    const key = keyText(pair.key);
    return isSectionKey(key) && !OVERVIEW.has(key) ? key : 'overview';
  }
  return 'overview';
}

/** Counts by severity, most serious first, each with the first problem of that severity. */
export function badges(list: readonly IndexedProblem[]): { severity: Severity; count: number; first: IndexedProblem }[] {
  const order: Severity[] = ['error', 'warning', 'info'];
  return order.flatMap((severity) => {
    const of = list.filter((p) => p.problem.severity === severity);
    return of[0] ? [{ severity, count: of.length, first: of[0] }] : [];
  });
}
