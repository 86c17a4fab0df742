import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { documentSymbols, MAX_SYMBOLS, SECTION_LABELS, type StrategySymbol } from '../../../src/core/language/symbols';
import { StrategyDocument } from '../../../src/core/model/document';
import { SECTION_KEYS } from '../../../src/core/model/sections';
import { joinLines } from '../helpers';

/** A symbol with its spans shown as the source text they cover, so expectations read like YAML. */
interface Shown {
  name: string;
  detail: string;
  kind: string;
  text: string;
  selection: string;
  children?: Shown[];
}

function show(source: string, symbols: readonly StrategySymbol[]): Shown[] {
  return symbols.map((s) => ({
    name: s.name,
    detail: s.detail,
    kind: s.kind,
    text: source.slice(s.start, s.end),
    selection: source.slice(s.selectionStart, s.selectionEnd),
    ...(s.children.length > 0 ? { children: show(source, s.children) } : {}),
  }));
}

function symbolsOf(source: string, locale: 'en' | 'hy' | 'ru' = 'en'): Shown[] {
  return show(source, documentSymbols(new StrategyDocument(source), locale));
}

/** Every symbol (depth-first) must keep VS Code's invariants, or the outline throws. */
function assertWellFormed(source: string, symbols: readonly StrategySymbol[]): void {
  for (const s of symbols) {
    assert.ok(s.name.length > 0, 'empty name');
    assert.ok(0 <= s.start && s.start <= s.selectionStart && s.selectionStart <= s.selectionEnd && s.selectionEnd <= s.end && s.end <= source.length,
      `${s.name}: ${s.start} ${s.selectionStart} ${s.selectionEnd} ${s.end} of ${source.length}`);
    assertWellFormed(source, s.children);
  }
}

describe('language/symbols', () => {
  it('lists top-level sections with their localized label and id items named by id and title', () => {
    const source = joinLines(
      'version: 1',
      'goals:',
      '  - id: local-awareness',
      '    type: awareness',
      '    title: Become known',
      '  - id: "visits"',
      '    title: More visits',
      'audiences:',
      '  - { id: students, name: University students }',
    );
    assert.deepEqual(symbolsOf(source), [
      { name: 'version', detail: 'Format version', kind: 'Property', text: 'version: 1', selection: 'version' },
      {
        name: 'goals', detail: 'Goals', kind: 'Module',
        text: 'goals:\n  - id: local-awareness\n    type: awareness\n    title: Become known\n  - id: "visits"\n    title: More visits',
        selection: 'goals',
        children: [
          {
            name: 'local-awareness — Become known', detail: 'awareness', kind: 'Event',
            text: 'id: local-awareness\n    type: awareness\n    title: Become known',
            selection: 'local-awareness',
          },
          { name: 'visits — More visits', detail: '', kind: 'Event', text: 'id: "visits"\n    title: More visits', selection: '"visits"' },
        ],
      },
      {
        name: 'audiences', detail: 'Target audiences', kind: 'Module',
        text: 'audiences:\n  - { id: students, name: University students }',
        selection: 'audiences',
        children: [
          { name: 'students — University students', detail: '', kind: 'Class', text: '{ id: students, name: University students }', selection: 'students' },
        ],
      },
    ]);
  });

  it('gives exact offsets for the full and the selection range', () => {
    const source = joinLines(
      'team:',
      '  - { id: ani, name: Ani }',
    );
    const [team] = documentSymbols(new StrategyDocument(source), 'en');
    assert.ok(team);
    assert.deepEqual([team.start, team.end, team.selectionStart, team.selectionEnd], [0, 32, 0, 4]);
    const [ani] = team.children;
    assert.ok(ani);
    assert.deepEqual([ani.name, ani.start, ani.end, ani.selectionStart, ani.selectionEnd], ['ani — Ani', 10, 32, 16, 19]);
  });

  it('shows the section label in the locale asked for', () => {
    const source = joinLines('goals: []', 'content_pillars: []', 'team: []');
    assert.deepEqual(symbolsOf(source, 'hy').map((s) => s.detail), ['Նպատակներ', 'Բովանդակային ուղղություններ', 'Թիմ']);
    assert.deepEqual(symbolsOf(source, 'ru').map((s) => s.detail), ['Цели', 'Контентные рубрики', 'Команда']);
    assert.deepEqual(symbolsOf(source, 'en').map((s) => s.detail), ['Goals', 'Content pillars', 'Team']);
  });

  it('has a label for every section in every locale', () => {
    for (const key of SECTION_KEYS) {
      for (const locale of ['en', 'hy', 'ru'] as const) assert.ok(SECTION_LABELS[key][locale].length > 0, `${key} ${locale}`);
    }
  });

  it('names items without an id by their name, and items with neither by position', () => {
    const source = joinLines(
      'channels:',
      '  - network: instagram',
      '    name: Main account',
      '  - network: telegram',
    );
    assert.deepEqual(symbolsOf(source)[0]?.children, [
      { name: 'Main account', detail: 'instagram', kind: 'Interface', text: 'network: instagram\n    name: Main account', selection: 'network' },
      { name: '#2', detail: 'telegram', kind: 'Interface', text: 'network: telegram', selection: 'network' },
    ]);
  });

  it('lists KPIs under their goal and presence entries under their competitor', () => {
    const source = joinLines(
      'goals:',
      '  - id: reach-more',
      '    title: Reach',
      '    kpis:',
      '      - { metric: reach, baseline: 100, target: 500, unit: count, per: month, channel: ig }',
      '      - { target: 5 }',
      'competitors:',
      '  - id: rival',
      '    name: Rival',
      '    kind: direct',
      '    presence:',
      '      - { network: instagram, handle: "@rival", followers: 1200 }',
    );
    const [goals, competitors] = symbolsOf(source);
    assert.deepEqual(goals?.children?.[0]?.children, [
      {
        name: 'reach', detail: '100 → 500 · count/month · ig', kind: 'Number',
        text: '{ metric: reach, baseline: 100, target: 500, unit: count, per: month, channel: ig }', selection: 'metric',
      },
      { name: '#2', detail: '→ 5', kind: 'Number', text: '{ target: 5 }', selection: 'target' },
    ]);
    assert.deepEqual(competitors?.children?.[0]?.children, [
      { name: 'instagram', detail: '@rival · 1200', kind: 'Field', text: '{ network: instagram, handle: "@rival", followers: 1200 }', selection: 'network' },
    ]);
    assert.equal(competitors?.children?.[0]?.detail, 'direct');
  });

  it('lists calendar, budget, research and escalation entries inside their section', () => {
    const source = joinLines(
      'calendar:',
      '  key_dates:',
      '    - { date: 2025-03-08, name: Women\'s Day, pillar: offers }',
      '  entries:',
      '    - { date: 2025-03-03, time: "12:00", channel: ig, title: Bean of the week, status: draft }',
      'budget:',
      '  items:',
      '    - { category: ads, amount: 1000, channel: ig, note: boost }',
      'research:',
      '  polls:',
      '    - { network: telegram, question: Would you come? }',
      'community:',
      '  escalation:',
      '    - { level: 1, trigger: complaint, owner: ani }',
    );
    const names = (s: Shown | undefined): unknown => s && { name: s.name, detail: s.detail, kind: s.kind, children: s.children?.map(names) };
    assert.deepEqual(symbolsOf(source).map((s) => s.children?.map(names)), [
      [
        { name: 'key_dates', detail: '', kind: 'Array', children: [{ name: "2025-03-08 Women's Day", detail: 'offers', kind: 'Event', children: undefined }] },
        { name: 'entries', detail: '', kind: 'Array', children: [{ name: '2025-03-03 12:00 Bean of the week', detail: 'ig · draft', kind: 'Event', children: undefined }] },
      ],
      [{ name: 'items', detail: '', kind: 'Array', children: [{ name: 'ads boost', detail: '1000 · ig', kind: 'Field', children: undefined }] }],
      [{ name: 'polls', detail: '', kind: 'Array', children: [{ name: 'Would you come?', detail: 'telegram', kind: 'Object', children: undefined }] }],
      [{ name: 'escalation', detail: '', kind: 'Array', children: [{ name: '1: complaint', detail: 'ani', kind: 'Field', children: undefined }] }],
    ]);
  });

  it('cuts long titles at a word and keeps them on one line', () => {
    const long = 'Become the known study-friendly café for students around YSU and keep them coming back every week';
    const source = joinLines('goals:', '  - id: g', `    title: ${long}`, '  - id: h', '    title: |', '      two', '      lines');
    const [goals] = symbolsOf(source);
    assert.deepEqual(goals?.children?.map((c) => c.name), [
      'g — Become the known study-friendly café for students around YSU and keep them…',
      'h — two lines',
    ]);
  });

  it('lists unknown keys and skips keys still being typed', () => {
    const source = joinLines('brand:', '  name: X', 'colour: blue', ': orphan');
    assert.deepEqual(symbolsOf(source).map((s) => [s.name, s.detail, s.kind]), [
      ['brand', 'Brand', 'Module'],
      ['colour', '', 'Property'],
    ]);
  });

  it('answers on an empty file, a list at the root and an empty section', () => {
    assert.deepEqual(symbolsOf(''), []);
    assert.deepEqual(symbolsOf('- a\n- b\n'), []);
    assert.deepEqual(symbolsOf('goals:\n'), [{ name: 'goals', detail: 'Goals', kind: 'Module', text: 'goals:', selection: 'goals' }]);
  });

  it('still lists what was parsed in broken YAML', () => {
    const source = joinLines(
      'goals:',
      '  - id: first',
      '    title: [unclosed',
      '  - id: second',
      'audiences:',
      '  - id: students',
      '    name: "open',
    );
    const symbols = documentSymbols(new StrategyDocument(source), 'en');
    assertWellFormed(source, symbols);
    assert.deepEqual(symbols.map((s) => s.name), ['goals', 'audiences']);
    assert.ok(symbols[0]?.children.some((c) => c.name.startsWith('first')));
  });

  it('keeps the outline well-formed whatever the input', () => {
    const fragment = fc.constantFrom(
      'goals:', 'audiences:', 'channels:', 'calendar:', '  entries:', '  - id: a', '  - id: ""', '    title: T', '  - { id: b, name: B }',
      '    kpis:', '      - { metric: reach }', '  -', '- x', ': ', '&a { id: z }', '  - *a', '*x', '"', '[', '{', '\t', '#', 'Ն', '🎓', '\r',
    );
    fc.assert(fc.property(fc.array(fragment, { maxLength: 30 }), (lines) => {
      const text = lines.join('\n');
      for (const locale of ['en', 'hy', 'ru'] as const) assertWellFormed(text, documentSymbols(new StrategyDocument(text), locale));
    }), { numRuns: 500 });
  });

  it('outlines the example strategy', () => {
    const source = readFileSync(join(__dirname, '../../../examples/nush-coffee.en.smm.yaml'), 'utf8');
    const symbols = documentSymbols(new StrategyDocument(source), 'en');
    assertWellFormed(source, symbols);
    const goals = symbols.find((s) => s.name === 'goals');
    assert.deepEqual(goals?.children.map((c) => c.name), [
      'local-awareness — Become the known study-friendly café for students around YSU',
      'weekday-visits — Fill weekday afternoons with the student offer',
      'fast-replies — Answer every message and review within 2 hours during opening hours',
    ]);
    assert.deepEqual(symbols.find((s) => s.name === 'team')?.children.map((c) => [c.name, c.detail]), [
      ['mariam — Mariam (owner)', 'owner, approver'],
      ['ani — Ani (social media manager)', 'manager, community_manager, analyst'],
      ['tigran — Tigran (barista and video)', 'creator'],
    ]);
  });

  it('outlines a 50,000-line file with at most MAX_SYMBOLS symbols, every section first, in linear time', function () {
    this.timeout(60_000);
    const lines = ['version: 1', 'goals:'];
    for (let i = 0; lines.length < 50_000; i++) {
      lines.push(`  - id: goal-${i}`, `    title: Goal number ${i}`, '    kpis:', `      - { metric: reach, target: ${i} }`);
    }
    lines.push('channels:', '  - id: ig', '    network: instagram');
    const doc = new StrategyDocument(lines.join('\n'));
    const started = performance.now();
    const symbols = documentSymbols(doc, 'en');
    const ms = performance.now() - started;
    const count = (ss: readonly StrategySymbol[]): number => ss.reduce((n, s) => n + 1 + count(s.children), 0);
    assert.equal(count(symbols), MAX_SYMBOLS);
    assert.deepEqual(symbols.map((s) => s.name), ['version', 'goals', 'channels']);
    // Breadth first, each section its share: the long list of goals leaves the channel its place.
    assert.deepEqual(symbols[2]?.children.map((c) => c.name), ['ig']);
    assert.equal(symbols[1]?.children[0]?.name, 'goal-0 — Goal number 0');
    assert.equal(symbols[1]?.children.length, Math.ceil((MAX_SYMBOLS - 3) / 2));
    // The parse is the analysis' cost; the outline itself is a single walk (generous for slow CI).
    assert.ok(ms < 1_000, `documentSymbols took ${ms.toFixed(0)} ms`);
  });
});
