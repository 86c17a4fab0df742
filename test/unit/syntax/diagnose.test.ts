import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDocument, type ErrorCode } from 'yaml';
import { LOCALES } from '../../../src/core/i18n/locale';
import { diagnose } from '../../../src/core/syntax/diagnose';
import { parseYaml, type SyntaxFinding } from '../../../src/core/syntax/parse';
import { SYNTAX_FALLBACK, SYNTAX_MESSAGES } from '../../../src/core/syntax/messages';
import { applyEdits, exampleTexts, joinLines, lintProblems, type RuleProblem } from '../helpers';

const syntax = (source: string, locale?: 'en' | 'hy' | 'ru'): RuleProblem[] => lintProblems(source, { rule: 'syntax', ...(locale ? { locale } : {}) });

/** The example strategy with one line replaced (1-based, as an editor shows it). */
function nushWith(line: number, replace: (text: string) => string): string {
  const nush = exampleTexts().find((text) => text.includes('name: Nush Coffee'));
  const lines = nush!.split('\n');
  assert.ok(lines[line - 1] !== undefined, `no line ${line}`);
  lines[line - 1] = replace(lines[line - 1]!);
  return lines.join('\n');
}

describe('syntax problems at their cause', () => {
  describe('an unclosed quote, bracket or brace is reported where it opens', () => {
    it('a list missing its ] is reported on its own line, not as bad indentation of the next', () => {
      const source = joinLines('brand:', '  name: Nush Coffee', '  languages: [hy, en, ru', '  description: Coffee', '');
      assert.deepEqual(syntax(source), [{ message: 'This list is never closed: add ] after its last item.', text: '[hy, en, ru', range: [2, 13, 2, 24] }]);
    });

    it('a { missing its } is reported at the {', () => {
      const source = joinLines('period: { start: 2025-03-01, end: 2025-08-31', 'goals: []', '');
      assert.deepEqual(syntax(source), [{ message: 'This { is never closed: add } after its last value.', text: '{ start: 2025-03-01, end: 2025-08-31', range: [0, 8, 0, 44] }]);
    });

    it('a missing closing quote is reported at the opening quote, not where the parser gives up lines later', () => {
      const source = joinLines(
        'community:', '  service_hours: "09:00-22:00 Asia/Yerevan', '  moderation:', '    published_guidelines: true', '    hide: [spam]',
        'budget:', '  currency: AMD', '  total: 5', 'reporting:', '  cadence: monthly', '',
      );
      // The parser itself stops only at the end of the file.
      const [raw] = parseDocument(source).errors;
      assert.equal(raw?.linePos?.[0].line, 11);
      assert.deepEqual(syntax(source), [{ message: 'This quote " is never closed: add the closing " where the text ends.', text: '"09:00-22:00 Asia/Yerevan', range: [1, 17, 1, 42] }]);
    });

    it('a single quote, and a quote that swallows the } of its flow map, give one problem each at the quote', () => {
      assert.deepEqual(syntax(joinLines('brand:', "  name: 'Nush Coffee", '  description: Coffee', '')).map((p) => [p.text, p.message]), [
        ["'Nush Coffee", "This quote ' is never closed: add the closing ' where the text ends."],
      ]);
      const flow = joinLines('calendar:', '  entries:', '    - { date: 2025-03-03, title: "Bean of the week, status: approved }', '    - { date: 2025-03-04 }', '');
      assert.deepEqual(syntax(flow).map((p) => [p.text, p.range]), [['"Bean of the week, status: approved }', [2, 33, 2, 70]]]);
    });
  });

  describe('a missing character says which', () => {
    it('title:Fill says a space is missing after the colon', () => {
      const source = joinLines('goals:', '  - id: weekday-visits', '    type: sales', '    title:Fill weekday afternoons', '    why: Quiet afternoons', '');
      assert.deepEqual(syntax(source), [{
        message: "Put a space after the colon ('title: …'): without it this line is not a key with a value.",
        text: 'title:',
        range: [3, 4, 3, 10],
      }]);
    });

    it('the same on the last line of an item and at the top level', () => {
      assert.deepEqual(syntax(joinLines('goals:', '  - id: a', '    title:Fill', '  - id: b', '')).map((p) => p.text), ['title:']);
      assert.deepEqual(syntax(joinLines('version:1', 'locale: en', '')).map((p) => p.text), ['version:']);
    });

    it('a dash without a space, a line without a colon, and a value with ": " in it', () => {
      assert.deepEqual(syntax(joinLines('goals:', '  -id: a', '  - id: b', '')), [{
        message: "Put a space after the dash ('- …'): without it this line is not an item of the list.", text: '-id: a', range: [1, 2, 1, 8],
      }]);
      assert.deepEqual(syntax(joinLines('brand:', '  name: X', '  description shop', '  industry: food', '')), [{
        message: "This line has no colon, so it is not read as 'key: value'. Is the colon after 'description' missing?", text: 'description shop', range: [2, 2, 2, 18],
      }]);
      assert.deepEqual(syntax(joinLines('brand:', '  name: Nush: coffee', '')), [{
        message: "The value of 'name' contains a colon and a space, which start a new key: put the whole value in quotes.", text: 'Nush: coffee', range: [1, 8, 1, 20],
      }]);
    });
  });

  describe('indentation', () => {
    it('one line indented by 2 instead of 4 is one problem on that line, not 12 in pairs', () => {
      const source = nushWith(27, (line) => line.replace(/^ {4}/, '  '));
      assert.equal(parseDocument(source).errors.length, 12);
      assert.deepEqual(syntax(source), [{
        message: 'This line is indented by 2 spaces where its block uses 4: line it up with the other lines of the block.',
        text: 'type: sales',
        range: [26, 2, 26, 13],
      }]);
    });

    it('a line indented too little after a nested block is measured against its own block', () => {
      const source = joinLines('audiences:', '  - id: a', '    demographics:', '      gender: [any]', '   geography: x', '    name: n', '');
      assert.deepEqual(syntax(source).map((p) => [p.text, p.message]), [
        ['geography: x', 'This line is indented by 3 spaces where its block uses 4: line it up with the other lines of the block.'],
      ]);
    });

    it('a line indented under a key that already has its value says so, on that line', () => {
      const source = joinLines('goals:', '  - id: weekday-visits', '      type: sales', '    title: Fill weekday afternoons', '');
      assert.deepEqual(syntax(source), [{
        message: "This line is indented deeper than 'id' above it, but 'id' already has its value: line it up with 'id'.",
        text: 'type: sales',
        range: [2, 6, 2, 17],
      }]);
    });
  });

  describe('indented lines that belong to no key', () => {
    it('a deleted goals: header leaves a list that says which header is missing, not "something is not closed"', () => {
      const source = nushWith(16, () => '');
      assert.deepEqual(syntax(source), [{
        message: "This list belongs to no key. Is the 'goals:' line above it missing?",
        text: '- id: local-awareness',
        range: [16, 2, 16, 23],
      }]);
    });

    it('a deleted brand: header names brand, for the block of keys it leaves', () => {
      const source = nushWith(7, () => '');
      assert.deepEqual(syntax(source).map((p) => [p.text, p.message]), [
        ['name: Nush Coffee', "These indented lines belong to no key. Is the 'brand:' line above them missing?"],
      ]);
    });

    it('lines that fit no section, or lie inside a section, still say they belong to no key, naming no section', () => {
      const inside = joinLines('brand:', '  name: X', '', '    description: foo', '');
      assert.deepEqual(syntax(inside).map((p) => p.text), ['description: foo']);
      assert.doesNotMatch(syntax(inside)[0]!.message, /'brand:'/);
      assert.deepEqual(syntax(joinLines('version: 1', '  locale: en', '  colour: red', '')).map((p) => [p.text, p.message]), [[
        'locale: en',
        'These indented lines belong to no key: the line above them already has its value. Is a key line (ending with a colon) missing above them, or are they indented too far?',
      ]]);
    });

    it('a list among the keys of a section is a list without its header', () => {
      const source = joinLines('brand:', '  name: X', '  - id: a', '    type: awareness', '    title: t', '');
      assert.deepEqual(syntax(source).map((p) => [p.text, p.message]), [['- id: a', "This list belongs to no key. Is the 'goals:' line above it missing?"]]);
    });
  });

  it('separate mistakes are each reported once', () => {
    const source = joinLines('brand:', '  name: "X', 'goals:', '  - id: a', '    title:T', '  - id: b', '    why: a: b', '');
    assert.deepEqual(syntax(source).map((p) => p.range[0]), [1, 4, 6]);
  });

  it('speaks the file\'s language', () => {
    const source = joinLines('brand:', '  languages: [hy, en', '  name: X', '');
    assert.deepEqual(syntax(source, 'hy').map((p) => p.message), ['Այս ցուցակը չի փակվում․ ավելացրեք ] վերջին տարրից հետո։']);
    assert.deepEqual(syntax(joinLines('version:1', 'locale: ru', ''), 'ru').map((p) => p.message), [
      "Поставьте пробел после двоеточия ('version: …'): без него эта строка не читается как ключ со значением.",
    ]);
  });

  it('never throws, and never reports more problems than the parser found errors, after random edits of the examples', function () {
    this.timeout(60_000);
    const examples = exampleTexts();
    fc.assert(fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.constantFrom('x', '\n', '\r\n', ':', '  ', '- ', '- #', '"', "'", '[', '{', '#', 'a: b', '\n  - id: n\n') }), { minLength: 1, maxLength: 4 }),
      (example, edits) => {
        const text = applyEdits(example, edits);
        const errors = parseDocument(text, { uniqueKeys: true, strict: true }).errors;
        const raw: SyntaxFinding[] = errors.map((e) => ({ code: e.code, start: Math.min(e.pos[0], text.length), end: Math.min(e.pos[1], text.length), severity: 'error', detail: e.message }));
        // Called directly: parseYaml falls back to the parser's findings should this throw.
        const findings = diagnose(text, raw);
        assert.ok(findings.length <= Math.max(raw.length, 1), `${findings.length} problems for ${raw.length} parser errors`);
        assert.equal(findings.length > 0, raw.length > 0);
        for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
      },
    ), { numRuns: 500 });
  });

  it('stays fast on a file with thousands of mistakes', () => {
    const text = `goals:\n${'  - id: a\n   type: b\n'.repeat(5000)}`;
    const started = performance.now();
    const findings = parseYaml(text).findings;
    assert.equal(findings.length, 5000);
    // The parser alone takes most of this; tracing every error back once per line would take minutes.
    assert.ok(performance.now() - started < 10_000);
  });

  it('has a plain message in every language for every code of the yaml library, and no parser English as fallback', () => {
    // A Record over the library's own type: a code added by an upgrade fails the type check here.
    const codes: Record<ErrorCode, true> = {
      ALIAS_PROPS: true, BAD_ALIAS: true, BAD_DIRECTIVE: true, BAD_DQ_ESCAPE: true, BAD_INDENT: true, BAD_PROP_ORDER: true,
      BAD_SCALAR_START: true, BLOCK_AS_IMPLICIT_KEY: true, BLOCK_IN_FLOW: true, DUPLICATE_KEY: true, IMPOSSIBLE: true,
      KEY_OVER_1024_CHARS: true, MISSING_CHAR: true, MULTILINE_IMPLICIT_KEY: true, MULTIPLE_ANCHORS: true, MULTIPLE_DOCS: true,
      MULTIPLE_TAGS: true, NON_STRING_KEY: true, RESOURCE_EXHAUSTION: true, TAB_AS_INDENT: true, TAG_RESOLVE_FAILED: true,
      UNEXPECTED_TOKEN: true, BAD_COLLECTION_TYPE: true,
    };
    for (const code of Object.keys(codes)) {
      for (const locale of LOCALES) assert.ok(SYNTAX_MESSAGES[code]?.[locale], `${code} in ${locale}`);
    }
    for (const locale of LOCALES) assert.doesNotMatch(SYNTAX_FALLBACK[locale], /\{detail\}/);
  });
});
