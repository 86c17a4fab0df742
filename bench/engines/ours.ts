// Our core, driven the way the extension host drives it: one `Linter` per open document, the
// whole text after each edit, and completion on the linter's parse of the current text.
import { completionsAt } from '../../src/core/language/completion';
import { Linter } from '../../src/core/lint';
import { applyChange, type CreateEngine, type Engine, type Session } from './engine';
import { renderPreview } from './render';

export const createEngine: CreateEngine = async (): Promise<Engine> => {
  const render = renderPreview;
  return {
    name: 'ours',
    open(text): Session {
      const linter = new Linter();
      let current = text;
      return {
        edit(change) {
          current = applyChange(current, change);
        },
        async diagnostics() {
          const { problems } = linter.lint(current);
          return { count: problems.length, list: () => problems.map((p) => ({ line: p.range.start.line, code: p.rule, message: p.message })) };
        },
        async complete(offset) {
          return completionsAt(linter.parse(current), offset).map((c) => c.label);
        },
        ...(render ? { render: async () => void render(linter.parse(current)) } : {}),
      };
    },
  };
};
