import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Linter, lintStrategy } from '../../../src/core/lint';
import { PlanRenderer, renderPlan } from '../../../src/core/render';
import type { RenderedPlan } from '../../../src/core/render';
import { applyEdits, exampleTexts } from '../helpers';
import { elements } from './html';

const examples = exampleTexts();

/** Wrong types where the plan reads values: lists as text, text as lists, numbers as ids, nulls. */
const fragment = fc.constantFrom(
  '    goals: g', '    audiences: 5', '  - id: 7', '  - ~', '  - [a, b]', '    title: [x, y]', '    kpis: { metric: reach }',
  '    frequency: 3', '    frequency: { count: "4", per: year }', '    network: 42', 'budget: [1, 2]', 'period: 2025',
  'team: ~', 'value: [a]', '    demographics: text', '    age: { min: x, max: null }', '    primary: "yes"',
  '      - { metric: custom:, target: -1e999 }', '    url: javascript:alert(1)', 'locale: hy', 'locale: ru', '"', '[', ': ',
);

/** Every number the plan points at is real: source lines inside the file, problem indexes inside the list. */
function assertSane(text: string, problems: number, plan: RenderedPlan): void {
  assert.deepEqual(plan.errors, []);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const e of elements(plan.html)) {
    const line = e.attrs['data-line'];
    if (line !== undefined) assert.ok(Number(line) >= 0 && Number(line) < lines, `data-line ${line} of ${lines}`);
    const problem = e.attrs['data-problem'];
    if (problem !== undefined) assert.ok(Number(problem) >= 0 && Number(problem) < problems, `data-problem ${problem} of ${problems}`);
  }
}

describe('renderPlan robustness (property-based)', function () {
  this.timeout(240_000);

  it('renders mutated examples without throwing, and a reused renderer gives what a fresh one does', () => {
    const linter = new Linter();
    const renderer = new PlanRenderer();
    fc.assert(fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(fc.string({ maxLength: 12 }), fragment.map((f) => `\n${f}\n`)) }), { minLength: 1, maxLength: 5 }),
      (example, edits) => {
        const text = applyEdits(example, edits);
        const result = lintStrategy(text);
        const fresh = renderPlan(result);
        assertSane(text, result.problems.length, fresh);
        assert.equal(renderer.render(linter.lint(text)).html, fresh.html);
      },
    ), { numRuns: 150 });
  });

  it('renders arbitrary text without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const result = lintStrategy(text);
      assertSane(text, result.problems.length, renderPlan(result));
    }), { numRuns: 200 });
  });
});
