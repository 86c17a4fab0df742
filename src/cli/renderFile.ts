import type { LintConfig } from '../core/config';
import { lintStrategy, type LintResult } from '../core/lint';
import { planDocument, renderPlan, type RenderedPlan } from '../core/render';
import type { RenderFormat } from './args';
import type { TargetFile } from './files';
import { readTextFile } from './readFile';

export interface RenderedFile {
  /** The page (`html`) or the markdown file, ready to print or write. */
  readonly text: string;
  readonly result: LintResult;
  readonly plan: RenderedPlan;
}

/**
 * Reads, lints and renders one strategy as a plan: a standalone HTML page, or markdown. Throws
 * `CliError` when the file cannot be read or is not a regular file; a file that is not valid YAML
 * still gives a plan, which shows its problems.
 */
export function renderFile(file: TargetFile, config: LintConfig, format: RenderFormat): RenderedFile {
  const result = lintStrategy(readTextFile(file.absolute, file.display), config);
  const plan = renderPlan(result);
  return { text: format === 'html' ? planDocument(plan) : plan.markdown, result, plan };
}
