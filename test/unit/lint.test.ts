import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, lintStrategy } from '../../src/core/lint';
import { text } from '../../src/core/model/read';
import { defineDocumentRule, type DocumentRule } from '../../src/core/rules/rule';
import { parseInstancePath } from '../../src/core/schema/validate';
import { child } from '../../src/core/syntax/ast';
import type { Problem } from '../../src/core/problem';
import { joinLines } from './helpers';

const EXAMPLES = join(__dirname, '../../examples');

/** A compact view of a problem: rule, the underlined text and its [line, char, line, char]. */
function view(text: string, p: Problem) {
  return { rule: p.rule, text: text.slice(p.start, p.end), range: [p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character] };
}

function only(text: string, rule: string) {
  return lintStrategy(text).problems.filter((p) => p.rule === rule).map((p) => view(text, p));
}

describe('lintStrategy', () => {
  describe('syntax', () => {
    it('reports a duplicate key on the second key and still lints nothing else', () => {
      const text = joinLines('version: 1', 'brand: { name: A }', 'version: 1');
      const problems = lintStrategy(text).problems;
      assert.deepEqual(problems.map((p) => view(text, p)), [{ rule: 'syntax', text: 'version', range: [2, 0, 2, 7] }]);
      assert.match(problems[0]!.message, /appears twice/);
    });

    it('marks every later copy of a key, quoted or not, in nested maps and flow maps alike', () => {
      const text = joinLines('brand: { name: A, "name": B }', 'notes:', '  a: 1', "  'a': 2", '  b: 3', '  a: 4');
      assert.deepEqual(only(text, 'syntax').map((p) => [p.text, p.range]), [['"name"', [0, 18, 0, 24]], ["'a'", [3, 2, 3, 5]], ['a', [5, 2, 5, 3]]]);
    });

    it('finds duplicates among 20,000 anchored keys in one pass, not by comparing every pair', () => {
      // The yaml library compares each key with all before it: this mapping took minutes.
      const lines = ['version: 1', 'notes:'];
      for (let i = 0; i < 20_000; i++) lines.push(`  k${i}: &a${i} v${i}`, `  r${i}: *a${i}`);
      lines.push('  k7: again');
      const text = joinLines(...lines);
      assert.deepEqual(only(text, 'syntax').map((p) => p.range[0]), [lines.length - 1]);
    });

    it('reports a tab used as indentation', () => {
      const text = joinLines('brand:', '\tname: A');
      const problems = lintStrategy(text).problems.filter((p) => p.rule === 'syntax');
      assert.ok(problems.length >= 1);
      assert.equal(problems[0]!.range.start.line, 1);
      assert.match(problems.map((p) => p.message).join('\n'), /tab/i);
    });

    it('refuses binary junk with one clear problem at the first control character', () => {
      const text = 'version: 1\nbr\u0000\u0001and';
      const problems = lintStrategy(text).problems;
      assert.equal(problems.length, 1);
      assert.deepEqual(view(text, problems[0]!), { rule: 'syntax', text: '\u0000', range: [1, 2, 1, 3] });
      assert.match(problems[0]!.message, /does not look like text/);
    });

    it('warns about replacement characters left by a wrong decoding', () => {
      const text = joinLines('version: 1', 'brand: { name: "Caf\uFFFD" }');
      const warning = lintStrategy(text).problems.find((p) => p.rule === 'syntax');
      assert.equal(warning?.severity, 'warning');
      assert.equal(warning?.range.start.line, 1);
    });

    it('stops an alias bomb quickly with a problem on the first expanded alias', () => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) {
        const prev = String.fromCharCode(96 + i);
        const cur = String.fromCharCode(97 + i);
        lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      const text = lines.join('\n');
      const started = Date.now();
      const problems = lintStrategy(text).problems;
      assert.ok(Date.now() - started < 5000, 'bounded');
      const bomb = problems.find((p) => p.message.includes('alias'));
      assert.ok(bomb, JSON.stringify(problems.map((p) => p.message)));
      assert.equal(bomb.rule, 'syntax');
    });

    it('says a file holds one document when there is a second one', () => {
      const text = joinLines('version: 1', '---', 'version: 1');
      assert.match(lintStrategy(text).problems[0]!.message, /one document/);
    });
  });

  describe('shape of the file', () => {
    it('gives an empty file, or one with only comments, one problem at the start', () => {
      for (const text of ['', '# just a comment\n# and another\n', '\n\n']) {
        const problems = lintStrategy(text).problems;
        assert.equal(problems.length, 1, JSON.stringify(text));
        assert.equal(problems[0]!.rule, 'schema/type');
        assert.deepEqual(problems[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        assert.match(problems[0]!.message, /empty/);
      }
    });

    it('explains that a list or a scalar at the root is not a strategy', () => {
      for (const text of ['- goals\n- audiences\n', 'just some text\n', '42']) {
        const problems = lintStrategy(text).problems;
        assert.equal(problems.length, 1, text);
        assert.equal(problems[0]!.range.start.line, 0);
        assert.match(problems[0]!.message, /set of sections/);
      }
    });
  });

  describe('schema problems point at the exact key or value', () => {
    it('an unknown key, with the closest known key suggested', () => {
      const text = joinLines('version: 1', 'brand:', '  name: Nush', 'channels:', '  - id: ig', '    netwrok: instagram');
      const [problem] = lintStrategy(text).problems.filter((p) => p.rule === 'schema/additionalProperties');
      assert.deepEqual(view(text, problem!), { rule: 'schema/additionalProperties', text: 'netwrok', range: [5, 4, 5, 11] });
      assert.match(problem!.message, /Did you mean 'network'\?/);
      assert.equal(problem!.data?.replacement, 'network');
    });

    it('a mistyped enum value, with the nearest valid value as the fix', () => {
      const text = joinLines('version: 1', 'brand: { name: Nush }', 'channels:', '  - { id: ig, network: instagarm }');
      const [problem] = lintStrategy(text).problems.filter((p) => p.rule === 'schema/enum');
      assert.deepEqual(view(text, problem!), { rule: 'schema/enum', text: 'instagarm', range: [3, 23, 3, 32] });
      assert.equal(problem!.message, "'instagarm' is not a known value for 'network'. Did you mean 'instagram'?");
      assert.equal(problem!.data?.replacement, 'instagram');
    });

    it('a missing required key, on the key that owns the mapping', () => {
      const text = joinLines('version: 1', 'brand:', '  description: no name');
      assert.deepEqual(only(text, 'schema/required'), [{ rule: 'schema/required', text: 'brand', range: [1, 0, 1, 5] }]);
      assert.equal(lintStrategy(text).problems.find((p) => p.rule === 'schema/required')!.message, "'brand' needs 'name'.");
    });

    it('a missing required key of a list item, on the first line of the item', () => {
      const text = joinLines('version: 1', 'brand: { name: A }', 'goals:', '  - title: Grow', '    why: because');
      const problems = only(text, 'schema/required');
      assert.ok(problems.length >= 1);
      for (const p of problems) assert.deepEqual(p.range, [3, 4, 3, 15]);
    });

    it('a missing root key, at the end of the file (not on an unrelated key)', () => {
      const text = joinLines('# comment', 'brand: { name: A }');
      assert.deepEqual(only(text, 'schema/required'), [{ rule: 'schema/required', text: '', range: [1, 18, 1, 18] }]);
    });

    it('keys with / and ~ in them', () => {
      const text = joinLines('version: 1', 'brand:', '  name: A', '  a/b~c: 1');
      assert.deepEqual(only(text, 'schema/additionalProperties'), [{ rule: 'schema/additionalProperties', text: 'a/b~c', range: [3, 2, 3, 7] }]);
      assert.deepEqual(parseInstancePath('/a~1b~0c/0/x~01'), ['a/b~c', 0, 'x~1']);
      assert.deepEqual(parseInstancePath(''), []);
    });

    it('Armenian and emoji text before the problem on the same line (UTF-16 columns)', () => {
      const text = joinLines('version: 1', 'brand: { name: "Նուշ 🎓", netwrk: x }');
      assert.deepEqual(only(text, 'schema/additionalProperties'), [{ rule: 'schema/additionalProperties', text: 'netwrk', range: [1, 26, 1, 32] }]);
    });

    it('CRLF line breaks and a byte order mark keep positions right', () => {
      const text = '\uFEFFversion: 1\r\nbrand:\r\n  name: A\r\n  netwrok: b\r\n';
      assert.deepEqual(only(text, 'schema/additionalProperties'), [{ rule: 'schema/additionalProperties', text: 'netwrok', range: [3, 2, 3, 9] }]);
    });

    it('10 levels of nesting give a problem at the outermost unknown key, not a crash', () => {
      let nested = 'x';
      for (let i = 9; i >= 0; i--) nested = `{ k${i}: ${nested} }`;
      const text = joinLines('version: 1', `brand: { name: A, extra: ${nested} }`);
      assert.deepEqual(only(text, 'schema/additionalProperties').map((p) => p.text), ['extra']);
    });

    it('collapses anyOf noise into the one useful message', () => {
      const text = joinLines('version: 1', 'brand: { name: A }', 'goals:', '  - id: g', '    type: awareness', '    title: T', '    kpis:', '      - { metric: reech, target: 5 }');
      const problems = lintStrategy(text).problems.filter((p) => p.rule.startsWith('schema'));
      assert.deepEqual(problems.map((p) => [p.rule, p.message]), [['schema/enum', "'reech' is not a known value for 'metric'. Did you mean 'reach'?"]]);
    });
  });

  describe('configuration and locale', () => {
    const text = joinLines('version: 1', 'locale: hy', 'brand: { name: A }');

    it("speaks the file's language, unless the caller overrides it", () => {
      assert.match(lintStrategy(text).problems.find((p) => p.rule === 'no-goals')!.message, /^Նպատակներ չկան/);
      assert.match(lintStrategy(text, { locale: 'ru' }).problems.find((p) => p.rule === 'no-goals')!.message, /^Нет целей/);
      const noLocale = joinLines('version: 1', 'brand: { name: A }');
      assert.match(lintStrategy(noLocale, { fallbackLocale: 'ru' }).problems.find((p) => p.rule === 'no-goals')!.message, /^Нет целей/);
    });

    it('applies severity overrides and suppression comments', () => {
      const result = lintStrategy(text, { rules: [{ rule: 'no-*', severity: 'info' }, { rule: 'no-budget', severity: 'off' }] });
      assert.equal(result.problems.find((p) => p.rule === 'no-goals')!.severity, 'info');
      assert.equal(result.problems.find((p) => p.rule === 'no-budget'), undefined);
      const suppressed = lintStrategy(`# smm-disable no-goals\n${text}`);
      assert.equal(suppressed.problems.find((p) => p.rule === 'no-goals'), undefined);
      assert.ok(suppressed.problems.some((p) => p.rule === 'no-audience'));
    });
  });

  describe('examples', () => {
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.smm.yaml') && f !== 'mistakes.smm.yaml')) {
      it(`${file} passes every check`, () => {
        const result = lintStrategy(readFileSync(join(EXAMPLES, file), 'utf8'));
        assert.deepEqual(result.problems.map((p) => `${p.range.start.line + 1}: ${p.rule} ${p.message}`), []);
        assert.deepEqual(result.ruleErrors, []);
      });
    }

    it('mistakes.smm.yaml trips the rules its comments name', () => {
      const text = readFileSync(join(EXAMPLES, 'mistakes.smm.yaml'), 'utf8');
      const fired = new Set(lintStrategy(text).problems.map((p) => p.rule));
      const promised = new Set([...text.matchAll(/MISTAKE → ([a-z]+(?:-[a-z]+)+)/g)].map((m) => m[1]!));
      for (const m of text.matchAll(/SCHEMA MISTAKE \((\w+)\)/g)) promised.add(`schema/${m[1]}`);
      assert.ok(promised.size >= 20, `found ${[...promised].join(', ')}`);
      for (const rule of promised) assert.ok(fired.has(rule), `${rule} should fire`);
    });
  });

  describe('incremental re-linting', () => {
    it('gives the same problems as a fresh lint after edits inside and between items', () => {
      const base = readFileSync(join(EXAMPLES, 'mistakes.smm.yaml'), 'utf8');
      const linter = new Linter();
      linter.lint(base);
      const edits = [
        base.replace('id:', 'id: x'),
        base.replace(/\n/, '\n# a new comment line\n'),
        base.replace('audiences:', 'audiences:\n  - id: fresh\n    name: New'),
        base,
      ];
      for (const text of edits) assert.deepEqual(linter.lint(text).problems, lintStrategy(text).problems);
    });
  });
});

describe('execution-before-answers and configuration', () => {
  it('does not count a pre-start rule the user switched off', () => {
    const text = joinLines(
      'version: 1', 'phase: execution', 'brand: { name: A }',
      'goals:', '  - { id: g, type: awareness, title: T, primary: true, why: W, deadline: 2025-01-01, kpis: [{ metric: reach, target: 5 }] }',
    );
    const rules = (config?: Parameters<typeof lintStrategy>[1]) => lintStrategy(text, config).problems.map((p) => p.rule);
    assert.ok(rules().includes('execution-before-answers'));
    const off = ['no-audience', 'no-value-proposition', 'no-channels'].map((rule) => ({ rule, severity: 'off' as const }));
    assert.ok(!rules({ rules: off }).includes('execution-before-answers'));
  });
});

describe('empty values', () => {
  it('say the value is missing instead of quoting null', () => {
    const text = joinLines('version: 1', 'brand: { name: A }', 'channels:', '  - id: ig', '    network:', 'goals:', '  - id: g', '    type: awareness', '    title:');
    const problems = lintStrategy(text).problems.filter((p) => p.rule.startsWith('schema'));
    assert.deepEqual(problems.map((p) => [p.rule, p.message, p.range.start.line]), [
      ['schema/enum', "'network' has no value yet. Allowed: facebook, instagram, threads, tiktok, youtube, linkedin, x, twitter, telegram, vk, odnoklassniki, pinterest and 7 more.", 4],
      ['schema/type', "'title' has no value yet.", 8],
    ]);
  });
});

describe('Linter (incremental)', () => {
  it('re-checks unchanged items when an anchor they use changes', () => {
    const before = joinLines('audiences:', '  - id: a', '    platforms: &p []', '  - id: b', '    platforms: *p', '');
    const after = before.replace('&p []', '&p [instagram]');
    for (const [first, second] of [[before, after], [after, before]] as const) {
      const linter = new Linter();
      linter.lint(first);
      assert.deepEqual(linter.lint(second).problems, lintStrategy(second).problems);
    }
  });

  it('moves the last findings of a document rule after a keystroke that leaves what it reads as it was', () => {
    let runs = 0;
    const rule = readingRule('test-ids', { goals: ['id'] }, ({ doc }, report) => {
      runs++;
      for (const goal of doc.items('goals')) report({ messageId: 'id', args: { id: text(goal, 'id') ?? '' }, node: child(goal, 'id') });
    });
    const linter = new Linter([rule]);
    const base = joinLines('goals:', '  - id: a', '    title: First', '  - id: b', '    title: Second', '');
    const ids = (t: string) => linter.lint(t).problems.filter((p) => p.rule === 'test-ids').map((p) => [p.message, p.start]);
    const at = (t: string, id: string) => t.indexOf(`id: ${id}\n`) + 4;
    assert.deepEqual(ids(base), [['id a', at(base, 'a')], ['id b', at(base, 'b')]]);
    // Typing in the first goal's title: the rule does not run, its findings after the edit move.
    const titled = base.replace('First', 'First!');
    assert.deepEqual(ids(titled), [['id a', at(titled, 'a')], ['id b', at(titled, 'b')]]);
    assert.equal(runs, 1);
    // Typing in an id: it runs.
    const renamed = titled.replace('id: a', 'id: ab');
    assert.deepEqual(ids(renamed), [['id ab', at(renamed, 'ab')], ['id b', at(renamed, 'b')]]);
    assert.equal(runs, 2);
    // A new line in a title moves lines: the findings move, unless the rule's messages name lines.
    const broken = renamed.replace('First!', 'First\n      !');
    assert.deepEqual(ids(broken), [['id ab', at(broken, 'ab')], ['id b', at(broken, 'b')]]);
    assert.equal(runs, 2);
    const naming = new Linter([{ ...rule, namesLines: true }]);
    naming.lint(renamed);
    naming.lint(broken);
    assert.equal(runs, 4);
  });

  it('compares only what a path in `reads` reaches: a KPI added without a channel leaves kpis.*.channel as it was', () => {
    let runs = 0;
    const rule = readingRule('test-channels', { goals: ['kpis.*.channel'] }, () => {
      runs++;
    });
    const linter = new Linter([rule]);
    const base = joinLines('goals:', '  - id: a', '    kpis:', '      - { metric: reach, channel: ig }', '  - id: b', '');
    linter.lint(base);
    const added = base.replace('channel: ig }', 'channel: ig }\n      - { metric: likes }');
    linter.lint(added);
    assert.equal(runs, 1);
    linter.lint(added.replace('channel: ig', 'channel: fb'));
    assert.equal(runs, 2);
    linter.lint(added.replace('channel: ig', 'channel: fb').replace('{ metric: likes }', '{ metric: likes, channel: ig }'));
    assert.equal(runs, 3);
  });
});

/** A document rule for tests, with one message `id {id}`, that declares what it reads. */
function readingRule(id: string, reads: DocumentRule['reads'], check: DocumentRule<'id'>['check']): DocumentRule<'id'> {
  const none = { en: '', hy: '', ru: '' };
  return defineDocumentRule({ id, severity: 'info', seed: false, scope: 'document', description: none, rationale: none, messages: { id: { en: 'id {id}', hy: 'id {id}', ru: 'id {id}' } }, reads, check });
}
