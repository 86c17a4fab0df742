import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Locale } from '../../../src/core/i18n/locale';
import { applyTextEdits, CHANGE_RULE_SEVERITY_COMMAND, codeActionPlan, fixAll, fixesFor, quickFixMenu, safeFixes, SHOW_RULE_DOCS_COMMAND, type Fix } from '../../../src/core/language/fixes';
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

/** The quick-fix menu asked for on one problem (as the Problems pane asks): its fixes, then the actions on its rule. */
function menuOf(doc: StrategyDocument, problem: Problem, locale: Locale): Fix[] {
  return quickFixMenu(doc, [problem], problem, locale).map((entry) => entry.fix);
}

/** The fixes of one problem by title, and the text after applying the one titled `title`. */
function fixes(marked: string, rule: string, data?: ProblemData, locale: Locale = 'en'): { source: string; list: Fix[]; result: (title: string | RegExp) => string; fix: (title: string | RegExp) => Fix } {
  const { source, doc, problem } = at(marked, rule, data);
  const list = menuOf(doc, problem, locale);
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
  return { doc: result.document, problem, list: menuOf(result.document, problem, 'en') };
}

/**
 * Applying `fix` removes `problem` and raises nothing new: every problem after it was there
 * before (same rule and message), and there are fewer problems.
 */
function assertNoNewProblems(source: string, fix: Fix, problem: Problem): void {
  const key = (p: Problem) => `${p.rule}: ${p.message}`;
  const before = lintStrategy(source).problems;
  const after = lintStrategy(applyTextEdits(source, fix.edits)).problems;
  const old = new Set(before.map(key));
  assert.deepEqual(after.filter((p) => !old.has(key(p))).map(key), [], `"${fix.title}" raises new problems`);
  assert.ok(!after.some((p) => key(p) === key(problem)), `"${fix.title}" leaves its problem`);
  assert.ok(after.length < before.length);
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
      assert.ok(!clash.list.some((f) => f.title.startsWith("Change 'websit'")));
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

    it('inserts after the nearest preceding section in the article\'s order, with tab stops', () => {
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
    it('appends an audience that answers every audience question, with the referring channel\'s network', () => {
      const source = joinLines('audiences:', '  - id: students', '    name: Students', '', 'channels:', '  - id: ig', '    network: instagram', '    audiences: [students, «young-parents»]', '');
      const { list, fix, result } = fixes(source, 'unresolved-reference', { missingId: { id: 'young-parents', section: 'audiences' } });
      assert.equal(list[0]!.title, "Create 'young-parents' in 'audiences'");
      assert.equal(list[0]!.isPreferred, true);
      assert.equal(list[0]!.safe, false);
      assert.equal(fix(/Create/).edits[0]!.snippet, joinLines(
        '  - id: young-parents', '    name: ${1:Young parents}', '    demographics:', '      gender: [any]', '      age:', '        min: ${2:18}', '        max: ${3:65}',
        '      marital_status: [any]', '      occupation: [any]', '    geography:', '      countries: [${4:AM}]', '    psychographics:', '      lifestyle: [${5:how they live}]',
        '    needs: [${6:what they need from us}]', '    platforms: [instagram]', '    evidence: [${7|competitor_monitoring,poll,analytics,interviews,sales_data,assumption|}]', '',
      ));
      assert.match(result(/Create/), /\n {2}- id: young-parents\n {4}name: Young parents\n[\s\S]*\n {4}platforms: \[instagram\]\n {4}evidence: \[competitor_monitoring\]\n\nchannels:/);
    });

    it('creates the section when it is absent, offering the likely enum value first', () => {
      const source = joinLines('version: 1', 'goals:', '  - id: reach', 'content_pillars:', '  - id: tips', '    channels: [«instagram-main»]', '');
      const { fix, result } = fixes(source, 'unresolved-reference', { missingId: { id: 'instagram-main', section: 'channels' } });
      assert.equal(fix(/Create/).edits[0]!.snippet, joinLines(
        'channels:', '  - id: instagram-main',
        '    network: ${1|instagram,facebook,threads,tiktok,youtube,linkedin,x,twitter,telegram,vk,odnoklassniki,pinterest,snapchat,whatsapp,reddit,bluesky,google_business_profile,blog,other|}',
        '    goals: [reach]', '    frequency:', '      count: ${2:3}', '      per: week', '',
      ));
      assert.equal(result(/Create/), joinLines(
        'version: 1', 'goals:', '  - id: reach', 'channels:', '  - id: instagram-main', '    network: instagram', '    goals: [reach]', '    frequency:', '      count: 3', '      per: week',
        'content_pillars:', '  - id: tips', '    channels: [instagram-main]', '',
      ));
    });

    it('offers a typo replacement first when the rule found a near id', () => {
      const source = joinLines('audiences:', '  - id: students', 'channels:', '  - id: ig', '    audiences: [«studnets»]');
      const { list } = fixes(source, 'unresolved-reference', { replacement: 'students', missingId: { id: 'studnets', section: 'audiences' } });
      assert.deepEqual(list.slice(0, 2).map((f) => [f.title, f.isPreferred, f.safe]), [
        ["Change 'studnets' to 'students'", true, true],
        ["Create 'studnets' in 'audiences'", false, false],
      ]);
    });

    it('names a team member after the id, for the user to complete', () => {
      const { fix, result } = fixes(joinLines('team:', '  - id: ani', 'reporting:', '  owner: «aram»'), 'unresolved-reference', { missingId: { id: 'aram', section: 'team' } });
      assert.equal(fix(/Create/).edits[0]!.snippet, joinLines('  - id: aram', '    name: ${1:Aram}', ''));
      assert.equal(result(/Create/), joinLines('team:', '  - id: ani', '  - id: aram', '    name: Aram', 'reporting:', '  owner: aram'));
    });

    it('writes a goal in the file\'s language, which raises no problem of its own', () => {
      const source = joinLines(
        'version: 1', 'locale: ru', 'brand: { name: Глина }', 'period: { start: 2025-03-01, end: 2025-08-31 }', 'goals:', '  - id: sales', '    type: sales', '    primary: true',
        '    title: Продажи', '    why: Пустые будни', '    kpis: [{ metric: orders, target: 50 }]', 'channels:', '  - id: vk', '    network: vk', '    goals: [sales, workshop-signups]', '',
      );
      const before = lintStrategy(source);
      const problem = before.problems.find((p) => p.rule === 'unresolved-reference')!;
      const fix = fixesFor(before.document, problem, before.locale).find((f) => /Создать/.test(f.title))!;
      assert.equal(fix.title, "Создать 'workshop-signups' в разделе 'goals'");
      assert.equal(fix.edits[0]!.snippet, joinLines(
        '  - id: workshop-signups', '    type: ${1|awareness,engagement,traffic,leads,sales,customer_care,community,loyalty|}', '    title: ${2:Чего мы хотим достичь}',
        '    why: ${3:Какую задачу бизнеса решает}', '    kpis:', '      - metric: ${4|reach,impressions,followers,follower_growth_rate,video_views,profile_visits,mentions,share_of_voice|}',
        '        target: ${5:1000}', '        per: month', '',
      ));
      assertNoNewProblems(source, fix, problem);
    });

    it('creates goals, audiences and channels that raise no new problems, in Armenian', () => {
      const source = readFileSync(join(__dirname, '../../../examples/kumayri-bakery.hy.smm.yaml'), 'utf8');
      for (const [id, list] of [['new-goal', '    goals: ['], ['new-audience', '    audiences: ['], ['new-channel', ' channels: [']] as const) {
        const text = source.replace(list, `${list}${id}, `);
        const before = lintStrategy(text);
        const problem = before.problems.find((p) => p.rule === 'unresolved-reference' && p.data?.missingId?.id === id);
        assert.ok(problem, `no unresolved reference to ${id}`);
        const fix = fixesFor(before.document, problem, before.locale).find((f) => f.title.startsWith(`Ստեղծել '${id}'`));
        assert.ok(fix, `no fix creating ${id}`);
        assertNoNewProblems(text, fix, problem);
      }
    });
  });

  describe('the common mistakes', () => {
    /** Lints `source`, applies the fix titled `title` of its first `rule` problem, and re-lints. */
    function fixFirst(source: string, rule: string, title: string | RegExp, locale?: Locale): { fix: Fix; problem: Problem; after: string } {
      const result = lintStrategy(source);
      const problem = result.problems.find((p) => p.rule === rule);
      assert.ok(problem, `no ${rule} among ${result.problems.map((p) => p.rule).join(', ')}`);
      const list = fixesFor(result.document, problem, locale ?? result.locale);
      const fix = list.find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
      assert.ok(fix, `no fix ${String(title)} among ${list.map((f) => f.title).join(' | ')}`);
      return { fix, problem, after: applyTextEdits(source, fix.edits) };
    }

    it('an enum value written as several words becomes the value it contains', () => {
      const source = joinLines('version: 1', 'goals:', '  - id: reach', '    type: brand_awareness', '    title: Be known', '');
      const { fix, problem } = fixFirst(source, 'schema/enum', "Change 'brand_awareness' to 'awareness'");
      assert.equal(problem.message, "'brand_awareness' is not a known value for 'type'. Did you mean 'awareness'?");
      assert.deepEqual(fix.edits, [{ start: source.indexOf('brand_awareness'), end: source.indexOf('brand_awareness') + 15, newText: 'awareness' }]);
      assert.equal(fix.safe, true);
      assertNoNewProblems(source, fix, problem);
      const spaced = joinLines('version: 1', 'channels:', '  - id: ig', '    network: Insta gram', '');
      const insta = fixFirst(spaced, 'schema/enum', "Change 'Insta gram' to 'instagram'");
      assert.equal(applyTextEdits(spaced, insta.fix.edits), spaced.replace('Insta gram', 'instagram'));
      assertNoNewProblems(spaced, insta.fix, insta.problem);
    });

    it('a duplicate id is renamed to the first free numbered id', () => {
      const goal = (id: string, type: string, metric: string) => `  - { id: ${id}, type: ${type}, title: T, why: W, kpis: [{ metric: ${metric}, target: 5 }] }`;
      const source = joinLines('period: { start: 2025-01-01, end: 2025-12-31 }', 'goals:', goal('reach', 'awareness', 'reach'), goal('reach-2', 'sales', 'orders'), goal('reach', 'leads', 'leads'), '');
      const { fix, problem, after } = fixFirst(source, 'duplicate-id', "Change 'reach' to 'reach-3'");
      assert.deepEqual(fix.edits, [{ start: source.lastIndexOf('reach'), end: source.lastIndexOf('reach') + 5, newText: 'reach-3' }]);
      assert.equal(fix.safe, false, 'references may mean either item: the user decides');
      assert.ok(!lintStrategy(after).problems.some((p) => p.rule === 'duplicate-id'));
      assertNoNewProblems(source, fix, problem);
    });

    it('with two primary goals, makes this one the primary goal and unmarks the other', () => {
      const source = joinLines('goals:', '  - id: a', '    type: awareness', '    primary: true', '  - id: b', '    type: sales', '    primary: true', '');
      const { fix, problem, after } = fixFirst(source, 'primary-goal-count', "Make 'b' the primary goal");
      assert.deepEqual(fix.edits, [{ start: source.indexOf('true'), end: source.indexOf('true') + 4, newText: 'false' }]);
      assert.equal(after, source.replace('true', 'false'));
      assertNoNewProblems(source, fix, problem);
    });

    it('with no primary goal, offers each goal, adding primary: true after its id', () => {
      const source = joinLines('goals:', '  - id: a', '    type: awareness', '  - { id: b, type: sales }', '');
      const result = lintStrategy(source);
      const problem = result.problems.find((p) => p.rule === 'primary-goal-count')!;
      const titles = fixesFor(result.document, problem, 'ru').map((f) => f.title).filter((t) => t.startsWith('Сделать'));
      assert.deepEqual(titles, ["Сделать 'a' основной целью", "Сделать 'b' основной целью"]);
      const block = fixFirst(source, 'primary-goal-count', "Make 'a' the primary goal");
      assert.equal(block.after, joinLines('goals:', '  - id: a', '    primary: true', '    type: awareness', '  - { id: b, type: sales }', ''));
      assertNoNewProblems(source, block.fix, block.problem);
      const flow = fixFirst(source, 'primary-goal-count', "Make 'b' the primary goal");
      assert.equal(flow.after, joinLines('goals:', '  - id: a', '    type: awareness', '  - { id: b, primary: true, type: sales }', ''));
    });

    it('missing demographics are added, any where it is honest and the age as a range to fill in', () => {
      const source = joinLines('version: 1', 'audiences:', '  - id: students', '    name: Students', '    demographics:', '      gender: [female]', '    needs: [coffee]', '');
      const { fix, problem, after } = fixFirst(source, 'audience-demographics-incomplete', "Add 'age', 'marital_status', 'occupation'");
      assert.equal(fix.safe, false);
      assert.equal(fix.isPreferred, true);
      const at = source.indexOf('      gender');
      assert.deepEqual(fix.edits, [{
        start: at,
        end: source.indexOf('\n    needs'),
        newText: joinLines('      gender: [female]', '      age: { min: 18, max: 65 }', '      marital_status: [any]', '      occupation: [any]'),
        snippet: joinLines('      gender: [female]', '      age: { min: ${1:18}, max: ${2:65} }', '      marital_status: [any]', '      occupation: [any]'),
      }]);
      assert.ok(!lintStrategy(after).problems.some((p) => p.rule === 'audience-demographics-incomplete'));
      assertNoNewProblems(source, fix, problem);
      // "Fix all" still writes only the honest part.
      const lint = lintStrategy(source);
      assert.deepEqual(safeFixes(lint.document, lint.problems).flatMap((g) => g.edits.map((e) => e.newText)), ['\n      marital_status: [any]\n      occupation: [any]']);
    });

    it('a missing geography, psychographics, needs or platforms is added with placeholders, in the file\'s language', () => {
      const source = joinLines(
        'version: 1', 'locale: ru', 'brand: { name: Глина, location: { country: RU, city: Казань } }', 'audiences:', '  - id: couples', '    name: Пары',
        '    demographics: { gender: [any], age: { min: 25, max: 40 }, marital_status: [married], occupation: [any] }', '',
      );
      const geography = fixFirst(source, 'audience-geography-missing', "Добавить 'geography'");
      // The line the geography goes after is rewritten as it was ("}" escaped in the snippet).
      assert.equal(geography.fix.edits[0]!.snippet, joinLines('    demographics: { gender: [any], age: { min: 25, max: 40 \\}, marital_status: [married], occupation: [any] \\}', '    geography:', '      countries: [${1:RU}]', '      cities: [${2:Казань}]'));
      assertNoNewProblems(source, geography.fix, geography.problem);
      const psychographics = fixFirst(source, 'audience-psychographics-missing', "Добавить 'psychographics'");
      assert.match(psychographics.after, /\n {4}psychographics:\n {6}lifestyle: \[как они живут\]\n/);
      assertNoNewProblems(source, psychographics.fix, psychographics.problem);
      const needs = fixFirst(source, 'audience-needs-missing', "Добавить 'needs'");
      assert.match(needs.after, /\n {4}needs: \[что им нужно от нас\]\n/);
      assertNoNewProblems(source, needs.fix, needs.problem);
      const platforms = fixFirst(source, 'audience-platforms-unknown', "Добавить 'platforms'");
      assert.match(platforms.fix.edits[0]!.snippet!, /\n {4}platforms: \[\$\{1\|facebook,instagram,/);
      assertNoNewProblems(source, platforms.fix, platforms.problem);
    });

    it('fills a blank dimension in place', () => {
      const source = joinLines('version: 1', 'audiences:', '  - id: a', '    needs: []', '    geography:', '      countries: []', '    platforms:', '');
      assert.match(fixFirst(source, 'audience-needs-missing', "Add 'needs'").after, /needs: \[what they need from us\]\n/);
      assert.match(fixFirst(source, 'audience-geography-missing', "Add 'geography'").after, /geography:\n {6}countries: \[AM\]\n/);
      assert.match(fixFirst(source, 'audience-platforms-unknown', "Add 'platforms'").after, /platforms: \[facebook\]\n$/);
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
      assert.deepEqual(list.map((f) => f.isPreferred), [true, false, false, false, false]);
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

    it('offers only the file-wide suppression for a problem about the whole file (reported at its end)', () => {
      const { list } = fixes(joinLines('version: 1', 'brand:', '  name: Nush', '«»'), 'no-goals', { section: 'goals' });
      assert.deepEqual(list.map((f) => f.title), [
        "Add the 'goals' section", "Disable 'no-goals' for the whole file", "Change how 'no-goals' is reported…", "Show documentation for 'no-goals'",
      ]);
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

  it('always offers the rule documentation and a change of how the rule is reported, as commands', () => {
    const { list } = fixes('version: «1»', 'no-goals', undefined, 'ru');
    const [severity, docs] = list.slice(-2);
    assert.equal(severity!.title, "Изменить, как отмечать проблемы правила 'no-goals'…");
    assert.deepEqual(severity!.command, { id: CHANGE_RULE_SEVERITY_COMMAND, arguments: [['no-goals']] });
    assert.equal(docs!.title, "Показать описание правила 'no-goals'");
    assert.deepEqual(docs!.edits, []);
    assert.deepEqual(docs!.command, { id: SHOW_RULE_DOCS_COMMAND, arguments: ['no-goals'] });
  });

  it('titles fixes in the file language', () => {
    const hy = fixes(joinLines('channels:', '  - network: «instagarm»'), 'schema/enum', { replacement: 'instagram' }, 'hy');
    assert.deepEqual(hy.list.map((f) => f.title), [
      "Փոխարինել 'instagarm'-ը 'instagram'-ով",
      "Անջատել 'schema/enum' կանոնը այս տողի համար",
      "Անջատել 'schema/enum' կանոնը ամբողջ ֆայլի համար",
      "Փոխել, թե ինչպես նշել 'schema/enum' կանոնի խնդիրները…",
      "Ցույց տալ 'schema/enum' կանոնի նկարագրությունը",
    ]);
    const ru = fixes('«version»: 1', 'no-goals', { section: 'goals' }, 'ru');
    assert.equal(ru.list[0]!.title, "Добавить раздел 'goals'");
  });

  describe('the quick-fix menu', () => {
    it('in a bare file, offers each missing section once, then the actions on one rule: one documentation link', () => {
      const source = joinLines('version: 1', 'locale: en', 'brand:', '  name: Nush Coffee', '');
      const result = lintStrategy(source);
      const fileLevel = result.problems.filter((p) => p.start === source.length && p.end === source.length);
      // Every problem about the whole file sits at its end, none on `version:`.
      assert.ok(fileLevel.length >= 8, fileLevel.map((p) => p.rule).join());
      assert.ok(!result.problems.some((p) => p.range.start.line === 0));
      const end = { start: source.length, end: source.length };
      const menu = quickFixMenu(result.document, fileLevel, end, 'en');
      const titles = menu.map((e) => e.fix.title);
      assert.equal(titles.filter((t) => t.startsWith('Show documentation')).length, 1, titles.join(' | '));
      assert.equal(titles.filter((t) => t.startsWith('Disable')).length, 1, titles.join(' | '));
      // The most serious problem is the one the rule actions are about, and they come last.
      assert.deepEqual(titles.slice(-3), ["Disable 'no-goals' for the whole file", 'Change how a rule here is reported…', "Show documentation for 'no-goals'"]);
      assert.deepEqual(menu.slice(-3).map((e) => e.problem), [undefined, undefined, undefined]);
      // That one entry lets the user pick any of the rules at the end of the file, no-goals first.
      const [rules] = menu.at(-2)!.fix.command!.arguments as [string[]];
      assert.equal(rules[0], 'no-goals');
      assert.deepEqual([...rules].sort(), [...new Set(fileLevel.map((p) => p.rule))].sort());
      assert.ok(menu.slice(0, -3).every((e) => e.problem && e.fix.edits.length > 0));
      assert.ok(titles.length <= fileLevel.length + 3, `${titles.length} entries`);
    });

    it('offers the rule actions of the problem asked about, and each identical fix once', () => {
      const source = joinLines('version: 1', 'channels:', '  - id: ig', '    network: instagarm', '');
      const result = lintStrategy(source);
      const enumProblem = result.problems.find((p) => p.rule === 'schema/enum')!;
      // The same fix for a second problem, asked about on its own (narrower) range.
      const twin: Problem = { ...enumProblem, rule: 'network-typo', start: enumProblem.start + 1, range: result.document.lines.rangeOf(enumProblem.start + 1, enumProblem.end) };
      const menu = quickFixMenu(result.document, [enumProblem, twin], twin, 'en').map((e) => e.fix.title);
      assert.deepEqual(menu, [
        "Change 'instagarm' to 'instagram'",
        "Disable 'network-typo' for this line", "Disable 'network-typo' for the whole file", 'Change how a rule here is reported…', "Show documentation for 'network-typo'",
      ]);
    });
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
      for (const fix of menuOf(before.document, problem, before.locale)) {
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

describe('codeActionPlan', () => {
  const text = joinLines('version: 1', 'brand: { name: B }', 'goals:', '  - id: g', '    type: awarenes', '  - id: h', '    type: engagment');
  const { document, problems, locale } = lintStrategy(text);
  const typos = problems.filter((p) => p.data?.replacement !== undefined);

  it('is the quick-fix menu, naming each fixed problem by its place among those asked about', () => {
    const asked = [problems.find((p) => p.rule === 'goal-without-why')!, typos[0]!];
    const span = { start: typos[0]!.start, end: typos[0]!.start };
    const plan = codeActionPlan(document, asked, span, problems, { locale, fixAll: false });
    const menu = quickFixMenu(document, asked, span, locale);
    assert.deepEqual(plan.menu.map((e) => e.fix), menu.map((e) => e.fix));
    assert.deepEqual(plan.menu.map((e) => (e.problem === undefined ? undefined : asked[e.problem])), menu.map((e) => e.problem));
    // Plain data, as it crosses to the checker thread and back.
    assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan);
  });

  it('counts what "fix all" would fix when asked, or when the menu holds a safe fix, and only then', () => {
    assert.equal(typos.length, 2);
    const safe = codeActionPlan(document, [typos[0]!], typos[0]!, problems, { locale, fixAll: false });
    assert.equal(safe.fixable, safeFixes(document, problems, locale).reduce((n, g) => n + g.problems.length, 0));
    assert.ok(safe.fixable >= 2);
    const why = problems.find((p) => p.rule === 'goal-without-why')!;
    assert.equal(codeActionPlan(document, [why], why, problems, { locale, fixAll: false }).fixable, 0);
    assert.equal(codeActionPlan(document, [], { start: 0, end: 0 }, problems, { locale, fixAll: true }).fixable, safe.fixable);
  });
});
