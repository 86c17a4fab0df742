import { strict as assert } from 'node:assert';
import { Alias } from 'yaml';
import { lintStrategy } from '../../src/core/lint';
import { child, nodeAt } from '../../src/core/syntax/ast';
import { LIMITS, parseYaml } from '../../src/core/syntax/parse';
import { joinLines } from './helpers';

describe('parseYaml', () => {
  describe('anchors and aliases', () => {
    it('resolves every alias by one lookup, sharing the anchor\'s tree instead of searching the document', () => {
      // The yaml library's own resolution walks the whole document for each alias: with hundreds
      // of aliases in a long file, each keystroke cost seconds.
      const original = Alias.prototype.resolve;
      Alias.prototype.resolve = () => {
        throw new Error('searched the document for an anchor');
      };
      try {
        const lines = ['base: &base { network: instagram, status: active }', 'channels:'];
        for (let i = 0; i < 300; i++) lines.push(`  - id: c${i}`, `    settings: *base`);
        const parsed = parseYaml(joinLines(...lines));
        assert.deepEqual(parsed.findings, []);
        const base = child(parsed.root, 'base');
        for (const i of [0, 150, 299]) assert.equal(nodeAt(parsed.root, ['channels', i, 'settings']), base);
      } finally {
        Alias.prototype.resolve = original;
      }
    });

    it('takes the latest anchor of a name before the alias, as YAML does', () => {
      const parsed = parseYaml(joinLines('a: &x one', 'b: *x', 'c: &x two', 'd: *x'));
      assert.deepEqual(['b', 'd'].map((k) => (child(parsed.root, k) as { value: unknown }).value), ['one', 'two']);
    });

    it('ends an alias that refers to its own anchor instead of looping', () => {
      const parsed = parseYaml('a: &x [1, *x]\n');
      assert.equal(parsed.root?.kind, 'map');
      assert.ok(parsed.findings.length <= 1);
    });

    it('stops an alias bomb with one problem, counting what the aliases stand for', () => {
      const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
      const parsed = parseYaml(joinLines(...lines));
      assert.deepEqual(parsed.findings.map((f) => f.code), ['ALIAS_EXPANSION']);
      assert.equal(parsed.usable, false);
    });

    it('counts an alias\'s depth, so aliases cannot nest beyond the limit either', () => {
      const lines = [`l0: &l0 ${'['.repeat(60)}x${']'.repeat(60)}`];
      for (let i = 1; i <= 4; i++) lines.push(`l${i}: &l${i} ${'['.repeat(60)}*l${i - 1}${']'.repeat(60)}`);
      const parsed = parseYaml(joinLines(...lines));
      assert.deepEqual(parsed.findings.map((f) => f.code), ['TOO_DEEP']);
      assert.ok(LIMITS.depth < 5 * 60);
    });
  });

  describe('absurd nesting', () => {
    for (const [name, text] of [
      ['flow', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['block', `${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`],
    ] as const) {
      it(`reports ${name} nesting once, in plain words`, () => {
        const problems = lintStrategy(text).problems;
        assert.equal(problems.length, 1, JSON.stringify(problems.map((p) => p.message)));
        assert.equal(problems[0]!.rule, 'syntax');
        assert.match(problems[0]!.message, /nesting here is too deep/);
        assert.doesNotMatch(problems[0]!.message, /stack|RangeError|Maximum/i);
      });
    }
  });
});
