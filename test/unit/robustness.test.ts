import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, exampleTexts } from './helpers';
import { Linter, lintStrategy } from '../../src/core/lint';
import type { LintResult } from '../../src/core/lint';

const examples = exampleTexts();

/** Every problem must lie inside the text and carry a consistent range, whatever the input. */
function assertSane(text: string, result: LintResult): void {
  assert.deepEqual(result.ruleErrors, []);
  for (const p of result.problems) {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.rule} ${p.start}-${p.end} of ${text.length}`);
    assert.ok(p.range.start.line >= 0 && p.range.start.character >= 0);
    assert.equal(typeof p.message, 'string');
    assert.ok(p.message.length > 0 && !/\{\w+\}/.test(p.message), `unfilled placeholder: ${p.message}`);
  }
}

/** YAML-ish fragments, so random text often parses and reaches the schema and the rules. */
const fragment = fc.constantFrom(
  'goals:', 'audiences:', 'channels:', '  - id: a', '  - id: a', '    network: instagram', '    audiences: [a, b]', '    goals: [g]',
  '  -', '- x', ': ', 'brand: { name: X }', 'version: 1', 'phase: execution', '    primary: true', '    type: awareness',
  '  demographics: { gender: [] }', 'value:', '  proposition: ""', '&a [1, *a]', '*x', '"', "'", '[', '{', '}', '\t', '#',
  'Ն', '🎓', 'ё', '\r', '  ', '    kpis:', '      - { metric: reach, target: 5 }', 'period: { start: 2025-05-01, end: 2025-01-01 }',
);

describe('robustness (property-based)', function () {
  this.timeout(120_000);

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertSane(text, lintStrategy(text))), { numRuns: 400 });
  });

  it('never throws on YAML-like lines', () => {
    fc.assert(fc.property(fc.array(fragment, { maxLength: 40 }), (lines) => {
      const text = lines.join('\n');
      assertSane(text, lintStrategy(text));
    }), { numRuns: 600 });
  });

  it('never throws on mutated examples, and incremental results equal fresh ones', () => {
    const linter = new Linter();
    fc.assert(fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(fc.string({ maxLength: 12 }), fragment) }), { minLength: 1, maxLength: 5 }),
      (example, edits) => {
        const text = applyEdits(example, edits);
        const fresh = lintStrategy(text);
        assertSane(text, fresh);
        assert.deepEqual(linter.lint(text).problems, fresh.problems);
      },
    ), { numRuns: 300 });
  });

  it('lints a 5 MB file without crashing', () => {
    const example = examples[0]!;
    const body = example.slice(example.indexOf('goals:'));
    const items = body.split('\n').filter((l) => l.startsWith('  ')).join('\n');
    let text = `version: 1\nbrand: { name: Big }\nnotes:\n`;
    while (text.length < 5_000_000) text += `${items.replace(/^/gm, '  ')}\n`;
    const result = lintStrategy(text);
    assertSane(text, result);
  });
});
