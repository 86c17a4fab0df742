import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStrategy } from '../../../src/core/lint';
import { PRE_START_RULES } from '../../../src/core/rules/execution-before-answers';
import { renderPlan } from '../../../src/core/render';
import { SUMMARY_CHECKLIST } from '../../../src/core/render/sections/readiness';
import { TEXT } from '../../../src/core/render/labels';
import { joinLines } from '../helpers';
import { elements, type Element } from './html';

const example = (name: string) => readFileSync(join(__dirname, '../../../examples', name), 'utf8');

/** The plan's parts in the article's order (DOMAIN.md §7). */
const ORDER = [
  'overview', 'goals', 'audiences', 'value', 'channels', 'competitors', 'research', 'matrix',
  'content', 'content_pillars', 'calendar', 'rhythm', 'voice', 'community', 'money', 'budget', 'reporting', 'team', 'readiness',
];

function render(source: string) {
  const result = lintStrategy(source);
  const plan = renderPlan(result);
  assert.deepEqual(plan.errors, []);
  return { result, plan, els: elements(plan.html) };
}

/** The 0-based line of the first line of `source` containing `needle`. */
function lineOf(source: string, needle: string): number {
  const line = source.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `no line with ${needle}`);
  return line;
}

function section(els: readonly Element[], name: string): Element {
  const found = els.find((e) => e.attrs['data-section'] === name);
  assert.ok(found, `no section ${name}`);
  return found;
}

describe('renderPlan', () => {
  for (const file of ['nush-coffee.en.smm.yaml', 'kumayri-bakery.hy.smm.yaml', 'glina-studio.ru.smm.yaml', 'mistakes.smm.yaml']) {
    it(`shows the sections of ${file} in the article's order, every block with a source line`, () => {
      const source = example(file);
      const { plan, els } = render(source);
      assert.deepEqual(els.filter((e) => e.attrs['data-section']).map((e) => e.attrs['data-section']), ORDER);
      const lines = source.split('\n').length;
      const blocks = els.filter((e) => ['h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'tr', 'blockquote'].includes(e.tag));
      for (const e of blocks) {
        const line = Number(e.attrs['data-line']);
        assert.ok(Number.isInteger(line) && line >= 0 && line < lines, `${e.tag} "${e.text.slice(0, 40)}" has data-line ${e.attrs['data-line']}`);
      }
      assert.ok(plan.markdown.length > 0 && plan.title.length > 0);
    });
  }

  it('stamps each block with the line of the YAML node it shows', () => {
    const source = example('nush-coffee.en.smm.yaml');
    const { els } = render(source);
    const at = (tag: string, text: string) => {
      const e = els.find((x) => x.tag === tag && x.text.startsWith(text));
      assert.ok(e, `no ${tag} with ${text}`);
      return Number(e.attrs['data-line']);
    };
    assert.equal(at('h3', 'Fill weekday afternoons'), lineOf(source, 'id: weekday-visits'));
    assert.equal(at('li', 'Why: Afternoon revenue pays'), lineOf(source, 'why: Afternoon revenue pays'));
    assert.equal(at('tr', 'Offers redeemed'), lineOf(source, 'metric: promo_redemptions'));
    assert.equal(at('h3', 'Young professionals'), lineOf(source, 'id: young-professionals'));
    assert.equal(at('li', 'Countries: Armenia'), lineOf(source, 'countries: [AM]'));
    assert.equal(at('h3', 'Telegram · @nushcoffee'), lineOf(source, 'id: tg-channel'));
    assert.equal(at('tr', 'Specialty roaster in Kentron (Role model) Telegram'), lineOf(source, '{ network: telegram, followers: 1900'));
    assert.equal(Number(section(els, 'goals').attrs['data-line']), lineOf(source, 'goals:'));
    assert.equal(at('tr', 'Mariam (owner)'), lineOf(source, '{ id: mariam'));
  });

  it('marks the primary goal', () => {
    const { els } = render(example('nush-coffee.en.smm.yaml'));
    const primary = els.filter((e) => e.tag === 'h3' && e.attrs.class?.includes('smm-primary'));
    assert.deepEqual(primary.map((e) => e.text), ['★ Become the known study-friendly café for students around YSU · Primary goal']);
  });

  it('shows KPIs as baseline → target with units, and the publishing rhythm over the period', () => {
    const { els, plan } = render(example('nush-coffee.en.smm.yaml'));
    // Columns no KPI of the goal fills (By, Channel) are left out.
    assert.ok(plan.markdown.includes('| Metric | Baseline → Target | Per | Source |\n| --- | --- | --- | --- |\n| Offers redeemed | 0 → 400 | Per month | POS promo-code report |'));
    assert.ok(els.some((e) => e.tag === 'tr' && e.text.includes('Reach') && e.text.includes('15,000 → 60,000') && e.text.includes('Per month')));
    assert.ok(els.some((e) => e.tag === 'tr' && e.text.includes('Time to first reply') && e.text.includes('9 h → 2 h')));
    const rhythm = els.filter((e) => e.tag === 'tr' && e.text.startsWith('Instagram · @nush.coffee 4 posts a week'));
    // 4 a week from 2025-03-01 to 2025-08-31 (184 days): 4 / 7 × 184 ≈ 105.
    assert.equal(rhythm.length, 1);
    assert.ok(rhythm[0]!.text.endsWith('4 105'), rhythm[0]!.text);
  });

  describe('the goal × channel × audience matrix', () => {
    const source = joinLines(
      'version: 1',
      'brand: { name: Test }',
      'goals:',
      '  - { id: reach, title: Reach people, audiences: [students] }',
      '  - { id: sell, title: Sell more }',
      '  - { id: forgotten, title: Nobody works on this }',
      'audiences:',
      '  - { id: students, name: Students }',
      '  - { id: parents, name: Parents }',
      '  - { id: lonely, name: Nobody reaches them }',
      'channels:',
      '  - { id: ig, network: instagram, audiences: [students, parents], goals: [reach, sell] }',
      '  - { id: fb, network: facebook, audiences: [parents], goals: [sell] }',
    );

    it('names, for each goal and channel, the audiences served', () => {
      const { els } = render(source);
      const goals = els.find((e) => e.tag === 'table' && e.attrs.class?.includes('smm-matrix-goals'));
      assert.ok(goals);
      const rows = els.filter((e) => e.tag === 'tr' && (e.text.startsWith('Reach people') || e.text.startsWith('Sell more')));
      // The goal names its own audience, so Instagram serves it for students only.
      assert.equal(rows[0]!.text, 'Reach people Students —');
      assert.equal(rows[1]!.text, 'Sell more Students, Parents Parents');
    });

    it('highlights a goal no channel serves and an audience no channel reaches', () => {
      const { els } = render(source);
      const gaps = els.filter((e) => e.tag === 'tr' && e.attrs.class === 'smm-gap' && e.text.includes('⚠'));
      assert.deepEqual(gaps.map((e) => e.text.split(' — ')[0]), ['Nobody works on this', 'Nobody reaches them']);
      assert.ok(gaps[0]!.text.includes('no channel serves this goal'));
      assert.ok(gaps[1]!.text.includes('no channel reaches this audience'));
      assert.equal(Number(gaps[1]!.attrs['data-line']), lineOf(source, 'id: lonely'));
      const covered = els.filter((e) => e.tag === 'tr' && e.attrs.class === 'smm-covered').map((e) => e.text.split(' ')[0]);
      assert.deepEqual(covered, ['Reach', 'Sell', 'Students', 'Parents']);
    });

    it('lists what serves each row instead of a table once there are too many channels to read across', () => {
      const channels = Array.from({ length: 12 }, (_, i) => `  - { id: ch${i}, network: telegram, handle: "@c${i}", audiences: [students], goals: [${i === 0 ? 'reach' : 'sell'}] }`);
      const wide = joinLines('version: 1', 'brand: { name: Test }', 'goals:', '  - { id: reach, title: Reach people }', '  - { id: sell, title: Sell more }', '  - { id: forgotten, title: Nobody works on this }',
        'audiences:', '  - { id: students, name: Students }', '  - { id: lonely, name: Nobody reaches them }', 'channels:', ...channels);
      const { els } = render(wide);
      assert.ok(!els.some((e) => e.tag === 'table' && e.attrs.class?.includes('smm-matrix')), 'no matrix table');
      const rows = els.filter((e) => e.tag === 'li' && (e.attrs.class === 'smm-covered' || e.attrs.class === 'smm-gap'));
      assert.equal(rows.find((e) => e.text.startsWith('Reach people'))!.text, 'Reach people: Telegram · @c0 (Students)');
      assert.equal(rows.filter((e) => e.attrs.class === 'smm-gap').map((e) => e.text.split(' — ')[0]).join(' | '), 'Nobody works on this | Nobody reaches them');
      assert.ok(rows.find((e) => e.text.startsWith('Students'))!.text.includes('Telegram · @c11'));
    });
  });

  describe('the "Let\'s sum up" card', () => {
    const checks = (els: readonly Element[]) => els.filter((e) => e.tag === 'li' && e.attrs.class?.startsWith('smm-check'));

    it('checks exactly the pre-start questions the execution rule waits for', () => {
      assert.deepEqual(SUMMARY_CHECKLIST.flatMap((q) => q.rules).sort(), [...PRE_START_RULES].sort());
    });

    it('shows every item answered for a complete strategy', () => {
      const { els } = render(example('nush-coffee.en.smm.yaml'));
      assert.deepEqual(checks(els).map((e) => e.attrs.class), Array(4).fill('smm-check smm-answered'));
      assert.ok(checks(els)[0]!.text.includes('3 goals; primary: Become the known'));
      const verdict = els.find((e) => e.attrs.class?.includes('smm-verdict'));
      assert.equal(verdict?.text, TEXT.verdictReady.en);
      assert.ok(section(els, 'readiness').tag === 'blockquote');
    });

    it('shows items open on a partial file, each linking to the problem that says why', () => {
      const source = joinLines(
        'version: 1',
        'brand: { name: Half }',
        'goals:',
        '  - { id: g, type: awareness, primary: true, title: Be known, why: Nobody knows us, kpis: [{ metric: reach, target: 5 }] }',
      );
      const { result, els } = render(source);
      const items = checks(els);
      assert.deepEqual(items.map((e) => e.attrs.class!.split(' ')[1]), ['smm-answered', 'smm-open', 'smm-open', 'smm-open']);
      for (const [i, rule] of [[1, 'no-audience'], [2, 'no-channels'], [3, 'no-value-proposition']] as const) {
        const index = Number(items[i]!.attrs['data-problem']);
        assert.equal(result.problems[index]?.rule, rule);
      }
    });

    it('shows every item open on an empty file, and unchecked on unreadable YAML', () => {
      assert.deepEqual(checks(render('').els).map((e) => e.attrs.class), Array(4).fill('smm-check smm-open'));
      const broken = render('version: 1\ngoals: [\n');
      assert.deepEqual(checks(broken.els).map((e) => e.attrs.class), Array(4).fill('smm-check smm-unchecked'));
      const index = Number(checks(broken.els)[0]!.attrs['data-problem']);
      assert.equal(broken.result.problems[index]?.rule, 'syntax');
    });
  });

  it('puts a badge per severity on each section, counting its real problems and linking to them', () => {
    const { result, plan } = render(example('mistakes.smm.yaml'));
    // The summary card repeats some problems; the badges are everything before it.
    const els = elements(plan.html.slice(0, plan.html.indexOf('<blockquote')));
    const badges = els.filter((e) => e.attrs.class?.startsWith('smm-badge'));
    const listed = els.filter((e) => e.tag === 'li' && e.attrs.class?.startsWith('smm-problem'));
    assert.deepEqual(listed.map((e) => Number(e.attrs['data-problem'])).sort((a, b) => a - b), result.problems.map((_, i) => i));
    for (const e of listed) {
      const problem = result.problems[Number(e.attrs['data-problem'])]!;
      assert.equal(e.text, `Line ${problem.range.start.line + 1}: ${problem.message}`);
      assert.ok(e.attrs.class!.includes(`smm-${problem.severity}`));
    }
    const total = badges.reduce((n, b) => n + Number(/\d+/.exec(b.text)![0]), 0);
    assert.equal(total, result.problems.length);
    const goals = badges.find((b) => b.text.startsWith('⚠ 5 warnings'));
    assert.ok(goals, badges.map((b) => b.text.slice(0, 20)).join(' | '));
    assert.equal(result.problems[Number(goals.attrs['data-problem'])]?.rule, 'goal-not-time-bound');
  });

  it('keeps a section\'s badges and its facts in lists of their own', () => {
    const { plan } = render(example('mistakes.smm.yaml'));
    // "Caring for the community" has one warning and one fact, in two lists written one after the other.
    const community = plan.html.slice(plan.html.indexOf('data-section="community"'), plan.html.indexOf('data-section="money"'));
    const lists = [...community.matchAll(/<ul data-line="\d+" class="([^"]+)">\n<li([^>]*)>(<strong>|\n<p)/g)].map((m) => [m[1], m[2]!.includes('smm-badge'), m[3]]);
    assert.deepEqual(lists, [['smm-problems', true, '<strong>'], ['smm-facts', false, '<strong>']]);
    assert.ok(plan.markdown.includes('- **⚠ 1 warning**\n  - Line 116: Goal \'reviews\' is about customer care'), 'the badge list');
    assert.ok(plan.markdown.includes('\n\n* **Service hours:** 11:00-20:00 Asia/Yerevan\n'), 'the facts, with another bullet');
  });

  it('files each problem under the section whose text it is in', () => {
    const source = joinLines(
      'version: 1',
      'brand: { name: X }',
      'goals:',
      '  - { id: a, type: awareness, title: A, why: W, primary: true, kpis: [{ metric: reach, target: 1 }] }',
      'notes: an unknown section',
      'reporting:',
      '  owner: nobody',
    );
    const { result, els } = render(source);
    const under = (index: number) => {
      const e = els.find((x) => x.attrs.class?.startsWith('smm-problem') && x.attrs['data-problem'] === String(index));
      return e ? els.slice(0, els.indexOf(e)).reverse().find((x) => x.attrs['data-section'])?.attrs['data-section'] : undefined;
    };
    const unknown = result.problems.findIndex((p) => p.rule === 'schema/additionalProperties');
    const owner = result.problems.findIndex((p) => p.rule === 'unresolved-reference');
    assert.ok(unknown >= 0 && owner >= 0, result.problems.map((p) => p.rule).join());
    assert.equal(under(unknown), 'overview');
    assert.equal(under(owner), 'reporting');
  });

  it('writes headings, labels and values in Armenian and Russian', () => {
    const hy = render(example('kumayri-bakery.hy.smm.yaml')).els;
    assert.equal(section(hy, 'goals').text, TEXT.heading.goals.hy);
    assert.equal(section(hy, 'readiness').text.startsWith(TEXT.heading.readiness.hy), true);
    assert.ok(hy.some((e) => e.tag === 'li' && e.text.startsWith('Նպատակի տեսակ: Ապրանքանիշի իրազեկություն')), 'goal type in Armenian');
    assert.ok(hy.some((e) => e.text.includes('շաբաթական 5 հրապարակում')));
    const ru = render(example('glina-studio.ru.smm.yaml')).els;
    assert.equal(section(ru, 'audiences').text, TEXT.heading.audiences.ru);
    assert.ok(ru.some((e) => e.tag === 'li' && e.text.startsWith('Тип цели: Лиды')), 'goal type in Russian');
    assert.ok(ru.some((e) => /\d+ публикаци/.test(e.text)));
  });

  it('counts with the language\'s plural rules', () => {
    const ru = renderPlan(lintStrategy(example('mistakes.smm.yaml'), { locale: 'ru' }));
    const badges = elements(ru.html).filter((e) => e.attrs.class?.startsWith('smm-badge')).map((e) => e.text.split(' ').slice(0, 3).join(' '));
    assert.ok(badges.includes('⚠ 5 предупреждений'), badges.join(' | '));
    assert.ok(badges.includes('✖ 1 ошибка'), badges.join(' | '));
    assert.ok(badges.includes('ℹ 2 совета'), badges.join(' | '));
  });

  it('renders what it can of a file with wrong types everywhere, and never throws', () => {
    const source = joinLines(
      'version: "1"',
      'brand: [not, a, map]',
      'period: { start: 2025-02-30, end: yesterday }',
      'goals:',
      '  - id: 5',
      '    title: [a, list]',
      '    primary: "yes"',
      '    kpis: { metric: reach }',
      '  - null',
      '  - just text',
      '  - { id: ok, title: Real goal, kpis: [{ metric: custom:visits, baseline: "10", target: ~ }, 7] }',
      'audiences: students',
      'channels:',
      '  - { id: ig, network: 42, audiences: students, goals: ok, frequency: { count: -1, per: fortnight } }',
      '  - { id: ig, network: instagram, frequency: 3 }',
      'budget: { currency: 123, total: lots, items: [{ amount: "5" }, { amount: 10, category: [] }] }',
      'team: { id: me }',
      'content_pillars: [[nested]]',
    );
    const { plan, els } = render(source);
    assert.ok(els.some((e) => e.tag === 'h3' && e.text === 'Real goal'));
    assert.ok(els.some((e) => e.tag === 'tr' && e.text.startsWith('visits 10 → ?')));
    assert.ok(plan.markdown.includes('Not written yet'));
  });
});
