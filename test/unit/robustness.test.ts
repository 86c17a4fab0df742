import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, exampleTexts } from './helpers';
import { applyTextEdits, fixAll } from '../../src/core/language/fixes';
import { Linter, lintStrategy } from '../../src/core/lint';
import type { LintResult } from '../../src/core/lint';

const examples = exampleTexts();

/** A low surrogate right after a high one: an offset there would cut a character in half. */
function splitsPair(text: string, at: number): boolean {
  return /[\uDC00-\uDFFF]/.test(text[at] ?? '') && /[\uD800-\uDBFF]/.test(text[at - 1] ?? '');
}

/** Every problem must lie inside the text and carry a consistent range, whatever the input. */
function assertSane(text: string, result: LintResult): void {
  assert.deepEqual(result.ruleErrors, []);
  for (const p of result.problems) {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.rule} ${p.start}-${p.end} of ${text.length}`);
    assert.ok(!splitsPair(text, p.start) && !splitsPair(text, p.end), `${p.rule} ${p.start}-${p.end} splits a character`);
    assert.ok(p.range.start.line >= 0 && p.range.start.character >= 0);
    assert.equal(typeof p.message, 'string');
    // A placeholder left unfilled; braces quoted from the file itself are the user's text.
    const unfilled = (p.message.match(/\{\w+\}/g) ?? []).filter((placeholder) => !text.includes(placeholder));
    assert.ok(p.message.length > 0 && unfilled.length === 0, `unfilled placeholder: ${p.message}`);
    assert.doesNotMatch(p.message, /call stack|RangeError|TypeError|\[object /, 'a developer message reached the user');
  }
}

/** YAML-ish fragments, so random text often parses and reaches the schema and the rules. */
const fragment = fc.constantFrom(
  'goals:', 'audiences:', 'channels:', '  - id: a', '  - id: a', '    network: instagram', '    audiences: [a, b]', '    goals: [g]',
  '  -', '- x', ': ', 'brand: { name: X }', 'version: 1', 'phase: execution', '    primary: true', '    type: awareness',
  '  demographics: { gender: [] }', 'value:', '  proposition: ""', '&a [1, *a]', '*x', '"', "'", '[', '{', '}', '\t', '#',
  'Ն', '🎓', 'ё', '\r', '  ', '    kpis:', '      - { metric: reach, target: 5 }', 'period: { start: 2025-05-01, end: 2025-01-01 }',
  // Anchors, aliases and merge keys, directives and document markers.
  'base: &base { network: instagram }', '    <<: *base', '  - *base', '    audiences: &aud [a]', '    audiences: *aud', '*undefined', '&a &b x',
  '%YAML 1.1', '%YAML 1.2', '%TAG ! tag:x,2000:', '---', '...', '!!str 5', '!!binary x',
  // Suppressions, real and inside prose.
  '# smm-disable', '# smm-disable-next-line no-goals', '# smm-disable audience-* -- later', '  why: |', '    # smm-disable', '  note: "a', '  # smm-disable b"',
  // Line break styles, a byte order mark, emoji and nesting.
  '\r\n', '\uFEFF', '👩‍👩‍👧 🇦🇲', 'title: 🎓🎓🎓', '[[[[[[[[[[', ']]]]]]]]]]', '{a: {b: {c: {d: ',
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

  it('gives the same problems incrementally as fresh, through anchors, directives and suppressions', () => {
    const linter = new Linter();
    fc.assert(fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(fragment, fragment.map((f) => `\n${f}\n`)) }), { minLength: 1, maxLength: 6 }),
      (example, edits) => {
        // Typing: every intermediate text is linted by the same linter, as the editor does.
        let text = example;
        for (const edit of edits) {
          text = applyEdits(text, [edit]);
          assert.deepEqual(linter.lint(text).problems, lintStrategy(text).problems);
        }
      },
    ), { numRuns: 150 });
  });

  it('gives the same problems incrementally as fresh while typing, where the last findings are moved', () => {
    // A character or two typed or deleted at a time, a line break now and then: the edits after
    // which document rules' findings are taken from the last run when the fields they read did not change.
    const keystroke = fc.record({
      line: fc.nat(),
      column: fc.nat({ max: 30 }),
      typed: fc.oneof(fc.constantFrom('', 'a', 'x', '-', '1', ' ', ':', 'instagram', 'goal-', '\n', '\n    ', '\n      - '), fc.string({ maxLength: 2 })),
      deletes: fc.nat({ max: 2 }),
    });
    fc.assert(fc.property(fc.constantFrom(...examples), fc.array(keystroke, { minLength: 1, maxLength: 25 }), (example, keys) => {
      const linter = new Linter();
      let text = example;
      linter.lint(text);
      for (const key of keys) {
        const lines = text.split('\n');
        const line = key.line % lines.length;
        const at = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + Math.min(key.column, lines[line]!.length);
        const end = Math.min(at + key.deletes, at + lines[line]!.length - Math.min(key.column, lines[line]!.length));
        text = text.slice(0, at) + key.typed + text.slice(end);
        assert.deepEqual(linter.lint(text).problems, lintStrategy(text).problems);
      }
    }), { numRuns: 200 });
  });

  it('fix all never raises a count and never breaks the parse', () => {
    fc.assert(fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom('instagarm', 'Goal A', 'goal_a', 'brand_awareness', '  - x', 'twitter', 'reach-', '') }), { minLength: 1, maxLength: 5 }),
      (example, edits) => {
        const text = applyEdits(example, edits);
        const before = lintStrategy(text);
        const { edits: fixes } = fixAll(before.document, before.problems);
        if (fixes.length === 0) return;
        const after = lintStrategy(applyTextEdits(text, fixes)).problems;
        assert.ok(after.length < before.problems.length, `${before.problems.length} → ${after.length}`);
        for (const severity of ['error', 'warning', 'info'] as const) {
          assert.ok(after.filter((p) => p.severity === severity).length <= before.problems.filter((p) => p.severity === severity).length, severity);
        }
        assert.ok(after.filter((p) => p.rule === 'syntax').length <= before.problems.filter((p) => p.rule === 'syntax').length);
      },
    ), { numRuns: 150 });
  });

  it('reports hundreds of thousands of problems without overflowing', () => {
    const text = `goals:\n${'  - id: g\n'.repeat(50_000)}`;
    const result = lintStrategy(text);
    assertSane(text, result);
    assert.ok(result.problems.length > 125_000, `${result.problems.length} problems`);
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
