import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Locale } from '../../../src/core/i18n/locale';
import { applyTextEdits, fixAll, fixesFor, safeFixes, SHOW_RULE_DOCS_COMMAND, type Fix } from '../../../src/core/language/fixes';
import { detectStyle } from '../../../src/core/language/skeletons';
import { liveDates } from '../../../src/core/language/snippets';
import { lintStrategy } from '../../../src/core/lint';
import { StrategyDocument } from '../../../src/core/model/document';
import { SECTION_KEYS } from '../../../src/core/model/sections';
import type { Problem, ProblemData } from '../../../src/core/problem';
import { joinLines } from '../helpers';

/**
 * A problem of `rule` on the text between `«` and `»` in `marked` (the markers are removed);
 * returns the clean source too. Problems are built by hand so these tests check the fixes, not
 * the rules that report them.
 */
function at(marked: string, rule: string, data?: ProblemData): { source: string; doc: StrategyDocument; problem: Problem } {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  assert.ok(start >= 0 && end >= start, 'mark the problem with «…»');
  const source = marked.replace('«', '').replace('»', '');
  const doc = new StrategyDocument(source);
  const problem: Problem = {
    rule, severity: 'warning', message: rule, start, end, range: doc.lines.rangeOf(start, end), ...(data ? { data } : {}),
  };
  return { source, doc, problem };
}

/** The fixes of one problem by title, and the text after applying the one titled `title`. */
function fixes(marked: string, rule: string, data?: ProblemData, locale: Locale = 'en'): { source: string; list: Fix[]; result: (title: string | RegExp) => string; fix: (title: string | RegExp) => Fix } {
  const { source, doc, problem } = at(marked, rule, data);
  const list = fixesFor(doc, problem, locale);
  const fix = (title: string | RegExp) => {
    const found = list.find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
    assert.ok(found, `no fix ${String(title)} among: ${list.map((f) => f.title).join(' | ')}`);
    return found;
  };
  return { source, list, fix, result: (title) => applyTextEdits(source, fix(title).edits) };
}

/** Lints `source` and returns the fixes of its first problem of `rule`. */
function lintFixes(source: string, rule: string): { doc: StrategyDocument; problem: Problem; list: Fix[] } {
  const result = lintStrategy(source);
  const problem = result.problems.find((p) => p.rule === rule);
  assert.ok(problem, `no ${rule} problem among ${result.problems.map((p) => p.rule).join(', ')}`);
  return { doc: result.document, problem, list: fixesFor(result.document, problem, 'en') };
}

describe('quick fixes', () => {
  describe('replacing a value', () => {
    it('replaces a mistyped enum value with the nearest one, safe and preferred', () => {
      const source = joinLines('version: 1', 'channels:', '  - id: ig', '    network: instagarm  # main', '');
      const { doc, problem, list } = lintFixes(source, 'schema/enum');
      const fix = list[0]!;
      assert.equal(fix.title, "Change 'instagarm' to 'instagram'");
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.equal(fix.safe, true);
      assert.equal(problem.data?.replacement, 'instagram');
      assert.equal(applyTextEdits(doc.text, fix.edits), joinLines('version: 1', 'channels:', '  - id: ig', '    network: instagram  # main', ''));
    });

    it('keeps double and single quotes, and works inside flow lists', () => {
      const quoted = fixes(joinLines('channels:', '  - network: «"instagarm"»'), 'schema/enum', { replacement: 'instagram', path: ['channels', 0, 'network'] });
      assert.equal(quoted.result(/Change/), joinLines('channels:', '  - network: "instagram"'));
      const single = fixes(joinLines('channels:', "  - network: «'instagarm'»"), 'schema/enum', { replacement: 'instagram', path: ['channels', 0, 'network'] });
      assert.equal(single.result(/Change/), joinLines('channels:', "  - network: 'instagram'"));
      const flow = fixes(joinLines('audiences:', '  - platforms: [tiktok, «instagarm», x]'), 'schema/enum', { replacement: 'instagram', path: ['audiences', 0, 'platforms', 1] });
      assert.equal(flow.result(/Change/), joinLines('audiences:', '  - platforms: [tiktok, instagram, x]'));
    });

    it('treats an alias as the unique nearest value (twitter → x)', () => {
      const { fix, result } = fixes(joinLines('channels:', '  - network: «twitter»'), 'network-renamed', { replacement: 'x', path: ['channels', 0, 'network'] });
      assert.equal(fix(/Change/).safe, true);
      assert.equal(result("Change 'twitter' to 'x'"), joinLines('channels:', '  - network: x'));
    });

    it('does not call an ambiguous replacement safe or preferred', () => {
      // `xk` is one edit from both `x` and `vk`.
      const { source, doc, problem, list } = (() => {
        const r = lintFixes(joinLines('channels:', '  - id: a', '    network: xk'), 'schema/enum');
        return { source: r.doc.text, ...r };
      })();
      assert.equal(problem.data?.replacement, 'x');
      const fix = list[0]!;
      assert.equal(fix.title, "Change 'xk' to 'x'");
      assert.equal(fix.safe, false);
      assert.equal(fix.isPreferred, false);
      assert.deepEqual(fixAll(doc, [problem]).edits, []);
      assert.equal(applyTextEdits(source, fix.edits), joinLines('channels:', '  - id: a', '    network: x'));
    });

    it('renames a mistyped key, unless the right key is already there', () => {
      const { doc, problem, list } = lintFixes(joinLines('version: 1', 'brand:', '  name: Nush', '  websit: https://nush.am'), 'schema/additionalProperties');
      assert.equal(problem.data?.replacement, 'website');
      assert.equal(list[0]!.title, "Change 'websit' to 'website'");
      assert.equal(list[0]!.safe, true);
      assert.equal(applyTextEdits(doc.text, list[0]!.edits), joinLines('version: 1', 'brand:', '  name: Nush', '  website: https://nush.am'));

      const clash = fixes(joinLines('brand:', '  website: a', '  «websit»: b'), 'schema/additionalProperties', { replacement: 'website', path: ['brand', 'websit'] });
      assert.ok(!clash.list.some((f) => f.title.startsWith('Change')));
    });

    it('turns a non-kebab id into kebab case, safe unless it collides with another id', () => {
      const { doc, problem, list } = lintFixes(joinLines('audiences:', '  - id: Young Parents', '    name: Parents'), 'schema/pattern');
      assert.equal(list[0]!.title, "Change 'Young Parents' to 'young-parents'");
      assert.equal(list[0]!.safe, true);
      assert.deepEqual(fixAll(doc, [problem]).edits, [{ start: 19, end: 32, newText: 'young-parents' }]);

      const clash = fixes(joinLines('audiences:', '  - id: young-parents', '  - id: «Young Parents»'), 'schema/pattern', { replacement: 'young-parents', path: ['audiences', 1, 'id'] });
      assert.equal(clash.fix(/Change/).safe, false);
    });
  });

  describe('inserting a section skeleton', () => {
    // Skeletons date their deadlines and reviews from today.
    const { soon, horizon } = liveDates(new Date());

    const base = ['# yaml-language-server: $schema=https://smm-strategy.dev/schemas/smm.schema.json', 'version: 1', 'brand:', '  name: Nush', ''];

    it('inserts after the nearest preceding section of the seed order, with tab stops', () => {
      const source = joinLines(...base, 'audiences:', '  - id: students', '    name: Students', '', 'channels: []', '');
      const { list } = fixes(source.replace('version', '«version»'), 'no-value-proposition', { section: 'value' });
      const fix = list[0]!;
      assert.equal(fix.title, "Add the 'value' section");
      assert.equal(fix.isPreferred, true);
      assert.equal(fix.safe, false);
      assert.equal(fix.edits.length, 1);
      const edit = fix.edits[0]!;
      assert.equal(edit.snippet, joinLines('', 'value:', '  proposition: ${1:What the audience gets from our content}', '  unique_content: ${2:What only we can show}', '  messages: [${3:Key message}]', ''));
      assert.equal(applyTextEdits(source, fix.edits), joinLines(
        ...base, 'audiences:', '  - id: students', '    name: Students', '',
        'value:', '  proposition: What the audience gets from our content', '  unique_content: What only we can show', '  messages: [Key message]', '',
        'channels: []', '',
      ));
      // Whole lines: the snippet starts at a line start, so editors need not re-indent it.
      assert.equal(source[edit.start - 1], '\n');
    });

    it('appends at the end when no earlier section exists, and skips indented comments of the last one', () => {
      const source = joinLines('reporting:', '  cadence: monthly', '  # owner: later', '# the end');
      const result = fixes(source.replace('reporting', '«reporting»'), 'no-goals', { section: 'team' }).result(/Add the 'team'/);
      assert.equal(result, joinLines('reporting:', '  cadence: monthly', '  # owner: later', 'team:', '  - id: member-id', '    name: Name (position)', '    roles: [owner]', '# the end'));
    });

    it('follows the file: 4-space indentation, dashes flush with their key', () => {
      const source = joinLines('brand:', '    name: Nush', 'audiences:', '- id: a', '  name: A', '  demographics:', '      gender: [any]', '');
      const style = detectStyle(new StrategyDocument(source));
      assert.deepEqual(style, { indent: 4, indentSequences: false, eol: '\n', blankLineBetweenSections: false });
      const result = fixes(source.replace('brand', '«brand»'), 'no-goals', { section: 'goals' }).result(/Add the 'goals'/);
      assert.equal(result, joinLines(
        'brand:', '    name: Nush',
        'goals:', '- id: goal-id', '  type: awareness', '  primary: true', '  title: What we want to achieve', '  why: Which business problem it solves', `  deadline: ${horizon}`,
        '  kpis:', '  - metric: reach', '    baseline: 0', '    target: 1000', '    unit: count', '    per: month',
        'audiences:', '- id: a', '  name: A', '  demographics:', '      gender: [any]', '',
      ));
    });

    it('fills an existing blank key, keeping its comment', () => {
      const goal = ['  - id: goal-id', '    type: awareness', '    primary: true', '    title: What we want to achieve', '    why: Which business problem it solves', `    deadline: ${horizon}`, '    kpis:', '      - metric: reach', '        baseline: 0', '        target: 1000', '        unit: count', '        per: month'];
      const cases: [string, string][] = [
        ['goals:', 'goals:'],
        ['goals: []', 'goals:'],
        ['goals: ""', 'goals:'],
        ['goals:  # why we do this', 'goals:  # why we do this'],
        ['goals: [] # why we do this', 'goals: # why we do this'],
        ['goals:\n  -', 'goals:'],
      ];
      for (const [blank, key] of cases) {
        const { fix, result } = fixes(joinLines('version: 1', blank.replace('goals', '«goals»'), 'audiences: []'), 'no-goals', { section: 'goals' });
        assert.equal(fix(/Fill in/).title, "Fill in the 'goals' section");
        assert.equal(result(/Fill in/), joinLines('version: 1', key, ...goal, 'audiences: []'), blank);
      }
      const value = fixes(joinLines('«value»: {}', 'channels: []'), 'no-value-proposition', { section: 'value' });
      assert.equal(value.result(/Fill in/), joinLines('value:', '  proposition: What the audience gets from our content', '  unique_content: What only we can show', '  messages: [Key message]', 'channels: []'));
    });

    it('adds an item to a list section that has items, and the missing keys to a mapping', () => {
      const list = fixes(joinLines('«competitors»:', '  - id: a', '    name: A', 'channels: []'), 'no-competitor-monitoring', { section: 'competitors' });
      assert.equal(list.fix(/Add an item/).title, "Add an item to 'competitors'");
      assert.ok(list.result(/Add an item/).startsWith(joinLines('competitors:', '  - id: a', '    name: A', '  - id: competitor-id', '    name: Competitor name')));
      const map = fixes(joinLines('«budget»:', '  currency: AMD', '  # total: later', 'team: []'), 'no-budget', { section: 'budget' });
      assert.equal(map.fix(/^Add/).title, "Add 'per', 'total', 'items' to 'budget'");
      assert.equal(map.result(/^Add/), joinLines('budget:', '  currency: AMD', '  # total: later', '  per: month', '  total: 100000', '  items:', '    - category: ads', '      amount: 50000', '      note: What it is for', 'team: []'));
    });

    it('keeps a last line without a line break, and CRLF line breaks', () => {
      const source = 'version: 1\r\nbrand:\r\n  name: Nush';
      const { fix } = fixes(source.replace('version', '«version»'), 'no-goals', { section: 'reporting' });
      const edit = fix(/Add the 'reporting'/).edits[0]!;
      assert.equal(edit.start, source.indexOf('  name'));
      assert.ok(edit.snippet!.startsWith('  name: Nush\r\nreporting:\r\n  cadence: ${1|weekly,monthly,quarterly|}\r\n'));
      assert.equal(applyTextEdits(source, [edit]), `version: 1\r\nbrand:\r\n  name: Nush\r\nreporting:\r\n  cadence: weekly\r\n  strategy_review: monthly\r\n  owner: member-id\r\n  tools: [Instagram Insights]\r\n  next_review: ${soon}`);
    });

    it("writes the skeleton in the file's language", () => {
      const ru = fixes(joinLines('locale: ru', '«value»: {}'), 'no-value-proposition', { section: 'value' }, 'ru');
      assert.equal(ru.fix(/value/).title, "Заполнить раздел 'value'");
      assert.equal(ru.result(/value/), joinLines('locale: ru', 'value:', '  proposition: Что аудитория получает от нашего контента', '  unique_content: Что можем показать только мы', '  messages: [Главная мысль]'));
      const hy = fixes(joinLines('locale: hy', '«goals»: []'), 'no-goals', { section: 'goals' }, 'hy');
      assert.match(hy.result(/goals/), /\n {4}title: Ինչի՞ն ենք ուզում հասնել\n {4}why: Բիզնեսի ո՞ր խնդիրն է լուծում\n/);
    });

    it('separates sections with blank lines when the file does', () => {
      const source = joinLines('version: 1', '', 'brand:', '  name: Nush', '# channels next', 'channels: []');
      const result = fixes(source.replace('version', '«version»'), 'no-value-proposition', { section: 'value' }).result(/Add the 'value'/);
      assert.equal(result, joinLines('version: 1', '', 'brand:', '  name: Nush', '', 'value:', '  proposition: What the audience gets from our content', '  unique_content: What only we can show', '  messages: [Key message]', '', '# channels next', 'channels: []'));
    });
  });

  describe('creating a missing referenced item', () => {
    it('appends the item to its section with the required keys as tab stops', () => {
      const source = joinLines('audiences:', '  - id: students', '    name: Students', '', 'channels:', '  - id: ig', '    audiences: [students, «young-parents»]', '');
      const { list, fix, result } = fixes(source, 'unresolved-reference', { missingId: { id: 'young-parents', section: 'audiences' } });
      assert.equal(list[0]!.title, "Create 'young-parents' in 'audiences'");
      assert.equal(list[0]!.isPreferred, true);
      assert.equal(list[0]!.safe, false);
      assert.equal(fix(/Create/).edits[0]!.snippet, joinLines('  - id: young-parents', '    name: ${1:Young parents}', ''));
      assert.equal(result(/Create/), joinLines('audiences:', '  - id: students', '    name: Students', '  - id: young-parents', '    name: Young parents', '', 'channels:', '  - id: ig', '    audiences: [students, young-parents]', ''));
    });

    it('creates the section when it is absent, offering the likely enum value first', () => {
      const source = joinLines('version: 1', 'goals:', '  - id: reach', 'content_pillars:', '  - id: tips', '    channels: [«instagram-main»]', '');
      const { fix, result } = fixes(source, 'unresolved-reference', { missingId: { id: 'instagram-main', section: 'channels' } });
      assert.equal(fix(/Create/).edits[0]!.snippet, joinLines('channels:', '  - id: instagram-main', '    network: ${1|instagram,facebook,threads,tiktok,youtube,linkedin,x,twitter,telegram,vk,odnoklassniki,pinterest,snapchat,whatsapp,reddit,bluesky,google_business_profile,blog,other|}', ''));
      assert.equal(result(/Create/), joinLines('version: 1', 'goals:', '  - id: reach', 'channels:', '  - id: instagram-main', '    network: instagram', 'content_pillars:', '  - id: tips', '    channels: [instagram-main]', ''));
    });

    it('offers a typo replacement first when the rule found a near id', () => {
      const source = joinLines('audiences:', '  - id: students', 'channels:', '  - id: ig', '    audiences: [«studnets»]');
      const { list } = fixes(source, 'unresolved-reference', { replacement: 'students', missingId: { id: 'studnets', section: 'audiences' } });
      assert.deepEqual(list.slice(0, 2).map((f) => [f.title, f.isPreferred, f.safe]), [
        ["Change 'studnets' to 'students'", true, true],
        ["Create 'studnets' in 'audiences'", false, false],
      ]);
    });

    it('writes a plain edit when the item has no blanks to fill (team members need only an id)', () => {
      const { fix, result } = fixes(joinLines('team:', '  - id: ani', 'reporting:', '  owner: «aram»'), 'unresolved-reference', { missingId: { id: 'aram', section: 'team' } });
      assert.equal(fix(/Create/).edits[0]!.snippet, undefined);
      assert.equal(result(/Create/), joinLines('team:', '  - id: ani', '  - id: aram', 'reporting:', '  owner: aram'));
    });
  });

  describe("adding 'any' for unstated audience attributes", () => {
    const data = { addAny: ['gender', 'marital_status', 'occupation'] };

    it('adds absent keys to a block demographics mapping and fills blank ones', () => {
      const source = joinLines('audiences:', '  - id: a', '    «demographics»:', '      gender:', '      age: { min: 18, max: 30 }  # adults', '    needs: [coffee]');
      const { fix, result } = fixes(source, 'audience-demographics-incomplete', data);
      assert.equal(fix(/any/).title, "Set 'gender', 'marital_status', 'occupation' to 'any'");
      assert.equal(fix(/any/).safe, true);
      assert.equal(fix(/any/).isPreferred, true);
      assert.equal(result(/any/), joinLines('audiences:', '  - id: a', '    demographics:', '      gender: [any]', '      age: { min: 18, max: 30 }  # adults', '      marital_status: [any]', '      occupation: [any]', '    needs: [coffee]'));
    });

    it('fills empty lists and blank dashes', () => {
      const source = joinLines('audiences:', '  - id: a', '    «demographics»:', '      gender: []', '      marital_status:', '        -', '      occupation: [""]');
      assert.equal(fixes(source, 'audience-demographics-incomplete', data).result(/any/), joinLines('audiences:', '  - id: a', '    demographics:', '      gender: [any]', '      marital_status:', '        - any', '      occupation: [any]'));
    });

    it('writes into a flow demographics mapping', () => {
      const flow = fixes(joinLines('audiences:', '  - id: a', '    «demographics»: { gender: [female], age: { min: 18 } }'), 'audience-demographics-incomplete', { addAny: ['marital_status', 'occupation'] });
      assert.equal(flow.result(/any/), joinLines('audiences:', '  - id: a', '    demographics: { gender: [female], age: { min: 18 }, marital_status: [any], occupation: [any] }'));
      const empty = fixes(joinLines('audiences:', '  - id: a', '    «demographics»: {}'), 'audience-demographics-incomplete', { addAny: ['gender'] });
      assert.equal(empty.result(/any/), joinLines('audiences:', '  - id: a', '    demographics: {gender: [any]}'));
    });

    it('creates demographics after the keys the schema lists before it', () => {
      const source = joinLines('audiences:', '  - id: «a»', '    name: A  # main', '    needs: [coffee]', '  - id: b');
      assert.equal(fixes(source, 'audience-demographics-incomplete', data).result(/any/), joinLines(
        'audiences:', '  - id: a', '    name: A  # main', '    demographics:', '      gender: [any]', '      marital_status: [any]', '      occupation: [any]', '    needs: [coffee]', '  - id: b',
      ));
      const flowItem = fixes(joinLines('audiences:', '  - { id: «a», name: A }'), 'audience-demographics-incomplete', { addAny: ['gender'] });
      assert.equal(flowItem.result(/any/), joinLines('audiences:', '  - { id: a, name: A, demographics: { gender: [any] } }'));
      const blank = fixes(joinLines('audiences:', '  - id: a', '    «demographics»:', '    name: A'), 'audience-demographics-incomplete', { addAny: ['gender'] });
      assert.equal(blank.result(/any/), joinLines('audiences:', '  - id: a', '    demographics:', '      gender: [any]', '    name: A'));
    });
  });

  describe('suppressing a rule', () => {
    it('disables the rule for the next line, with the line’s indentation', () => {
      const source = joinLines('channels:', '  - id: ig', '    network: «instagarm»');
      const { fix, result, list } = fixes(source, 'schema/enum', { replacement: 'instagram' });
      assert.equal(fix(/this line/).title, "Disable 'schema/enum' for this line");
      assert.equal(fix(/this line/).safe, false);
      assert.equal(result(/this line/), joinLines('channels:', '  - id: ig', '    # smm-disable-next-line schema/enum', '    network: instagarm'));
      assert.deepEqual(list.map((f) => f.isPreferred), [true, false, false, false]);
    });

    it('adds the rule to a suppression comment already above the line (before a reason)', () => {
      const source = joinLines('goals:', '  # smm-disable-next-line goal-without-why -- draft', '  - id: «reach»');
      assert.equal(fixes(source, 'goal-not-measurable').result(/this line/), joinLines('goals:', '  # smm-disable-next-line goal-without-why, goal-not-measurable -- draft', '  - id: reach'));
    });

    it('puts the file-wide comment below the leading comments, or extends an existing one', () => {
      const source = joinLines('# yaml-language-server: $schema=x', '# Nush coffee', 'version: 1', 'brand:', '  name: «Nush»');
      assert.equal(fixes(source, 'no-budget').result(/whole file/), joinLines('# yaml-language-server: $schema=x', '# Nush coffee', '# smm-disable no-budget', 'version: 1', 'brand:', '  name: Nush'));
      const existing = joinLines('# smm-disable no-goals', 'version: «1»');
      assert.equal(fixes(existing, 'no-budget').result("Disable 'no-budget' for the whole file"), joinLines('# smm-disable no-goals, no-budget', 'version: 1'));
    });

    it('offers only the file-wide suppression for a missing section (reported on the first key)', () => {
      const { list } = fixes(joinLines('«version»: 1', 'brand:', '  name: Nush'), 'no-goals', { section: 'goals' });
      assert.deepEqual(list.map((f) => f.title), ["Add the 'goals' section", "Disable 'no-goals' for the whole file", "Show documentation for 'no-goals'"]);
      const blank = fixes(joinLines('version: 1', '«goals»: []'), 'no-goals', { section: 'goals' });
      assert.ok(blank.list.some((f) => f.title === "Disable 'no-goals' for this line"));
    });

    it('offers no line suppression inside a multi-line string, and none at all for syntax errors', () => {
      const inString = fixes(joinLines('value:', '  proposition: |', '    first', '    «second»'), 'some-rule');
      assert.ok(!inString.list.some((f) => /this line/.test(f.title)));
      const syntax = fixes(joinLines('goals: [«a»'), 'syntax');
      assert.deepEqual(syntax.list.map((f) => f.title), ["Show documentation for 'syntax'"]);
    });
  });

  it('always offers the rule documentation, as a command', () => {
    const { list } = fixes('version: «1»', 'no-goals', undefined, 'ru');
    const docs = list.at(-1)!;
    assert.equal(docs.title, "Показать описание правила 'no-goals'");
    assert.deepEqual(docs.edits, []);
    assert.deepEqual(docs.command, { id: SHOW_RULE_DOCS_COMMAND, arguments: ['no-goals'] });
  });

  it('titles fixes in the file language', () => {
    const hy = fixes(joinLines('channels:', '  - network: «instagarm»'), 'schema/enum', { replacement: 'instagram' }, 'hy');
    assert.deepEqual(hy.list.map((f) => f.title), [
      "Փոխարինել 'instagarm'-ը 'instagram'-ով",
      "Անջատել 'schema/enum' կանոնը այս տողի համար",
      "Անջատել 'schema/enum' կանոնը ամբողջ ֆայլի համար",
      "Ցույց տալ 'schema/enum' կանոնի նկարագրությունը",
    ]);
    const ru = fixes('«version»: 1', 'no-goals', { section: 'goals' }, 'ru');
    assert.equal(ru.list[0]!.title, "Добавить раздел 'goals'");
  });

  describe('fix all', () => {
    it('applies only safe fixes: replacements and any, not skeletons or suppressions', () => {
      const source = joinLines(
        'version: 1', 'brand:', '  name: Nush', 'audiences:', '  - id: students', '    name: Students',
        '    demographics:', '      age: { min: 18, max: 24 }', '    platforms: [instagarm, tiktok]', '',
      );
      const result = lintStrategy(source);
      assert.ok(result.problems.some((p) => p.data?.section));
      const out = applyTextEdits(source, fixAll(result.document, result.problems).edits);
      assert.equal(out, joinLines(
        'version: 1', 'brand:', '  name: Nush', 'audiences:', '  - id: students', '    name: Students',
        '    demographics:', '      age: { min: 18, max: 24 }', '      gender: [any]', '      marital_status: [any]', '      occupation: [any]', '    platforms: [instagram, tiktok]', '',
      ));
    });

    it('drops a fix that overlaps one already taken, and applies a shared edit once', () => {
      const doc = new StrategyDocument('channels:\n  - network: Instagarm');
      const problem = (rule: string, replacement: string): Problem => ({
        rule, severity: 'error', message: '', start: 23, end: 32, range: doc.lines.rangeOf(23, 32), data: { replacement, path: ['channels', 0, 'network'] },
      });
      assert.deepEqual(safeFixes(doc, [problem('schema/enum', 'instagram'), problem('schema/enum', 'instagram')]), [
        { edits: [{ start: 23, end: 32, newText: 'instagram' }], problems: [problem('schema/enum', 'instagram'), problem('schema/enum', 'instagram')] },
      ]);
      // Both safe on their own, but on the same text: the first problem's fix wins.
      assert.deepEqual(safeFixes(doc, [problem('schema/pattern', 'instagarm'), problem('schema/enum', 'instagram')]), [
        { edits: [{ start: 23, end: 32, newText: 'instagarm' }], problems: [problem('schema/pattern', 'instagarm')] },
      ]);
    });

    it('keeps only fixes that go together: never swaps an id and the reference meant to match it', () => {
      const source = joinLines(
        'goals:', '  - id: goal_a', '    type: awareness', 'channels:', '  - id: ig', '    network: instagram', '    goals: [goal-a]', '',
      );
      const result = lintStrategy(source);
      const rules = result.problems.map((p) => p.rule);
      assert.ok(rules.includes('schema/pattern') && rules.includes('unresolved-reference'), rules.join());
      // Judged alone, each fix is safe: the definition becomes goal-a, the reference goal_a.
      assert.equal(safeFixes(result.document, result.problems).length, 2);
      const { edits, fixed } = fixAll(result.document, result.problems);
      const out = applyTextEdits(source, edits);
      assert.match(out, /id: goal-a\n[\s\S]*goals: \[goal-a\]/);
      assert.deepEqual(fixed.map((p) => p.rule), ['schema/pattern']);
      const after = lintStrategy(out).problems;
      assert.ok(!after.some((p) => p.rule === 'unresolved-reference'));
      assert.ok(after.length < result.problems.length);
    });
  });
});

describe('quick fixes on real files', () => {
  const example = (name: string) => readFileSync(join(__dirname, '../../../examples', name), 'utf8');
  /** The text without one top-level section (its key line and everything indented below it). */
  const without = (text: string, key: string) => text.replace(new RegExp(`^${key}:.*\\n(?:(?:[ \\t].*|)\\n)*`, 'm'), '');

  /** Applies every edit fix of every problem, one at a time, and checks what comes out. */
  function checkEveryFix(name: string, text: string, options: { suppressions?: boolean } = {}): number {
    const before = lintStrategy(text);
    assert.ok(before.document.parsed.usable, `${name} must parse`);
    let checked = 0;
    for (const problem of before.problems) {
      for (const fix of fixesFor(before.document, problem, before.locale)) {
        if (fix.edits.length === 0 || (!options.suppressions && /Disable/.test(fix.title))) continue;
        checked++;
        const after = lintStrategy(applyTextEdits(text, fix.edits));
        const what = `${name}: "${fix.title}" for ${problem.rule}`;
        assert.ok(after.document.parsed.usable, `${what} leaves YAML that does not parse`);
        const count = (r: typeof before) => r.problems.filter((p) => p.rule === problem.rule).length;
        assert.ok(count(after) < count(before), `${what} does not remove the problem`);
        const broken = after.problems.filter((p) => p.rule.startsWith('schema') && !before.problems.some((q) => q.rule === p.rule));
        assert.deepEqual(broken.map((p) => p.message), [], `${what} writes something the schema rejects`);
      }
    }
    return checked;
  }

  it('every fix of the mistakes example parses, removes its problem and breaks no schema rule', () => {
    assert.ok(checkEveryFix('mistakes.smm.yaml', example('mistakes.smm.yaml'), { suppressions: true }) > 40);
  });

  it('section skeletons fit any file: each section removed, 2 or 4 spaces, CRLF without a final line break', function () {
    this.timeout(60_000);
    const text = example('nush-coffee.en.smm.yaml');
    let checked = 0;
    for (const key of SECTION_KEYS) {
      const gone = without(text, key);
      if (gone === text) continue;
      checked += checkEveryFix(`without ${key}`, gone);
      checked += checkEveryFix(`without ${key}, 4 spaces, flush dashes`, stringify(parse(gone), { indent: 4, indentSeq: false }));
      checked += checkEveryFix(`without ${key}, CRLF`, gone.trimEnd().replace(/\n/g, '\r\n'));
      checked += checkEveryFix(`${key} blank`, `${gone.trimEnd()}\n${key}:  # to do\n`);
    }
    assert.ok(checked > 30, `only ${checked} fixes checked`);
  });
});
