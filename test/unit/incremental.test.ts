import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Linter } from '../../src/core/lint';
import { IncrementalParser, planPieces } from '../../src/core/syntax/incremental';
import { parseYaml, type ParsedYaml } from '../../src/core/syntax/parse';
import { applyEdits, exampleTexts, joinLines, plainTree } from './helpers';

const examples = exampleTexts();

/** Everything a consumer can observe of a parse: the tree (plain data), and the findings. */
function observe(parsed: ParsedYaml) {
  return { root: plainTree(parsed.root), findings: parsed.findings.map((f) => [f.code, f.start, f.end, f.severity]), usable: parsed.usable };
}

describe('IncrementalParser', () => {
  it('splits sections and list items, and declines files it cannot split safely', () => {
    const text = joinLines('# c', 'version: 1', 'goals:', '  - id: a', '  # note', '  - id: b', 'brand: { name: X }', '');
    const plan = planPieces(text)!;
    assert.deepEqual(plan.map((s) => [text.slice(s.head.start, s.items?.at(-1)!.end ?? s.head.end), s.items?.map((i) => text.slice(i.start, i.end))]), [
      ['# c\nversion: 1\n', undefined],
      ['goals:\n  - id: a\n  # note\n  - id: b\n', ['  - id: a\n  # note\n', '  - id: b\n']],
      ['brand: { name: X }\n', undefined],
    ]);
    for (const declined of ['- a\n- b\n', 'a: &x 1\nb: *x\n', 'a: 1\n---\nb: 2\n', '%YAML 1.2\n---\na: 1\n', 'a: "x\ny"\n', '"a": 1\n']) {
      assert.equal(planPieces(declined), undefined, declined);
    }
  });

  it('gives exactly what a whole-file parse gives, on the examples', () => {
    for (const text of examples) assert.deepEqual(observe(new IncrementalParser().parse(text)), observe(parseYaml(text)));
  });

  it('ends collections where their content ends, whatever follows them', () => {
    for (const text of [
      // A comment left of a list's items, with more items after it.
      joinLines('goals:', '  - id: a', '    kpis:', '#      - { metric: likes }', '  - id: b', '    title: B', 'brand: { name: X }', ''),
      // The last section's value is a plain scalar.
      joinLines('goals:', '  - id: a', '  - id: b', 'note: see above.', ''),
      // A comment at the items' own indentation where an item started.
      joinLines('channels:', '  - id: a', '    network: vk', '  #- id: b', '    owner: c', '  - id: d', ''),
    ]) {
      assert.ok(planPieces(text), 'the incremental parser splits it');
      assert.deepEqual(observe(new IncrementalParser().parse(text)), observe(parseYaml(text)), text);
    }
  });

  it('gives what a whole-file parse gives after random edits whenever the YAML is valid, reusing pieces between runs', function () {
    this.timeout(60_000);
    const parser = new IncrementalParser();
    fc.assert(fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.constantFrom('x', '\n', '\n  - id: n\n', ':', '  ', '\n- ', '#', 'é🎓', '\r\n', 'key: v\n', '[', '\n\n') }), { minLength: 1, maxLength: 4 }),
      (example, edits) => {
        const text = applyEdits(example, edits);
        const whole = parseYaml(text);
        const incremental = parser.parse(text);
        // Broken YAML is recovered differently in and out of context; only the verdict must agree
        // there (the tree then serves completion, which tolerates either shape).
        assert.equal(incremental.usable, whole.usable);
        if (whole.usable) assert.deepEqual(observe(incremental), observe(whole));
      },
    ), { numRuns: 500 });
  });

  it('gives what a whole-file parse gives while typing, one small edit after another', function () {
    this.timeout(120_000);
    fc.assert(fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.constantFrom('x', ' ', '\n', '\n    ', '#', '- ', ': ', 'é', '🎓', '&a ', '*a', '"', '\r\n', '') }), { minLength: 1, maxLength: 12 }),
      (example, edits) => {
        const parser = new IncrementalParser();
        let text = example;
        parser.parse(text);
        for (const edit of edits) {
          text = applyEdits(text, [edit]);
          const whole = parseYaml(text);
          const incremental = parser.parse(text);
          assert.equal(incremental.usable, whole.usable);
          if (whole.usable) assert.deepEqual(observe(incremental), observe(whole));
        }
      },
    ), { numRuns: 60 });
  });

  it('reparses only the item a keystroke falls in, and keeps every other piece', () => {
    const parser = new IncrementalParser();
    const text = examples.find((t) => t.includes('nush'))!;
    const before = parser.parse(text);
    const at = text.indexOf('title:', text.indexOf('goals:')) + 8;
    const after = parser.parse(`${text.slice(0, at)}x${text.slice(at)}`);
    const originsOf = (p: ParsedYaml) => [...p.origins!.values()];
    const [was, now] = [originsOf(before), originsOf(after)];
    assert.equal(was.length, now.length);
    const changed = now.filter((node, i) => node !== was[i]);
    assert.equal(changed.length, 1, 'one item parsed again');
  });

  it('parses a text ahead in slices, and the parse that follows is the whole-file parse, reusing every piece', () => {
    fc.assert(fc.property(fc.constantFrom(...examples), fc.integer({ min: 1, max: 7 }), (text, slice) => {
      const parser = new IncrementalParser();
      let asked = 0;
      let slices = 0;
      for (;;) {
        slices++;
        let left = slice;
        if (parser.prepare(text, () => (asked++, left-- > 0))) break;
      }
      assert.ok(slices > 1, 'a slice parses only what its budget allows');
      // Prepared: every piece is parsed, so no more time is asked for, and the parse that follows
      // only places the pieces.
      const before = asked;
      assert.equal(parser.prepare(text, () => (asked++, true)), true);
      assert.equal(asked, before);
      const prepared = parser.parse(text);
      assert.deepEqual(observe(prepared), observe(parseYaml(text)));
    }), { numRuns: 20 });
  });

  it('prepares nothing for a text it reads whole, and parses it as before', () => {
    const text = joinLines('base: &b { network: instagram }', 'channels:', '  - *b', '');
    const parser = new IncrementalParser();
    assert.equal(parser.prepare(text, () => assert.fail('asked for time')), true);
    assert.deepEqual(observe(parser.parse(text)), observe(parseYaml(text)));
  });

  it('lints what a prepared linter parsed as a fresh linter does', () => {
    for (const text of examples) {
      const linter = new Linter();
      while (!linter.prepare(text, (() => { let n = 3; return () => n-- > 0; })()));
      assert.deepEqual(linter.lint(text).problems, new Linter().lint(text).problems);
    }
  });

  it('never changes a document it handed out, whatever is parsed after it', () => {
    const linter = new Linter();
    const [first] = examples;
    const earlier = linter.parse(first!);
    const snapshot = plainTree(earlier.parsed.root);
    // Frozen, a write anywhere in the earlier tree throws instead of passing unnoticed.
    deepFreeze(earlier.parsed.root);
    const edits = fc.sample(fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.constantFrom('x', '\n', '\n  - id: n\n', '  ', 'é🎓', 'key: v\n') }), { numRuns: 200, seed: 7 });
    let text = first!;
    for (const edit of edits) {
      text = applyEdits(text, [edit]);
      linter.lint(text);
    }
    // Reverting to the first text reuses its cached pieces: they must still be the same values.
    linter.lint(first!);
    assert.deepEqual(plainTree(earlier.parsed.root), snapshot);
  });
});

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
