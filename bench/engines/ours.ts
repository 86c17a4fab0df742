// Our core, driven the way the extension host drives it: one `Linter` per open document, the
// whole text after each edit, completion on the linter's parse of the current text, and one
// `PlanRenderer` per previewed document rendering the analysis the diagnostics came from.
import { completionsAt } from '../../src/core/language/completion';
import { Linter, type LintResult } from '../../src/core/lint';
import { PlanRenderer } from '../../src/core/render';
import { applyChange, type CreateEngine, type Session } from './engine';

export const createEngine: CreateEngine = async () => ({
  name: 'ours',
  open(text): Session {
    const linter = new Linter();
    const renderer = new PlanRenderer();
    let current = text;
    let analysis: LintResult | undefined;
    return {
      edit(change) {
        current = applyChange(current, change);
        analysis = undefined;
      },
      async diagnostics() {
        analysis = linter.lint(current);
        const { problems } = analysis;
        return { count: problems.length, list: () => problems.map((p) => ({ line: p.range.start.line, code: p.rule, message: p.message })) };
      },
      async complete(offset) {
        return completionsAt(linter.parse(current), offset).map((c) => c.label);
      },
      async render() {
        renderer.render(analysis ?? linter.lint(current));
      },
    };
  },
});
