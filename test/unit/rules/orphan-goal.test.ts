import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'orphan-goal';

const GOALS = joinLines(
  'goals:',
  '  - id: local-awareness',
  '    type: awareness',
  '  - id: weekday-visits',
  '    type: sales',
  '  - id: fast-replies',
  '    type: customer_care',
);

describe(`rule ${RULE}`, () => {
  it('fires on the id of a goal that no channel and no pillar names', () => {
    const problems = checkRule(RULE, joinLines(
      GOALS,
      'channels:',
      '  - id: ig-main',
      '    goals: [local-awareness]',
      'content_pillars:',
      '  - id: offers',
      '    goals: weekday-visits',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'fast-replies');
    assert.deepEqual(problems[0]!.range, [5, 8, 5, 20]);
    assert.equal(problems[0]!.message, "Goal 'fast-replies' is served by no channel and no content pillar. Add it to the goals of a channel or pillar that works for it.");
    assert.equal(problems[0]!.data, undefined);
    assert.equal(problems[0]!.related, undefined);
  });

  it('does not fire when every goal is served, by channels or pillars alone', () => {
    assert.deepEqual(checkRule(RULE, joinLines(GOALS, 'channels:', '  - { id: ig, goals: [local-awareness, weekday-visits, fast-replies] }')), []);
    assert.deepEqual(checkRule(RULE, joinLines(
      GOALS,
      'content_pillars:',
      '  - id: a',
      '    goals:',
      '      - local-awareness',
      '      - weekday-visits',
      '  - { id: b, goals: fast-replies }',
    )), []);
  });

  it('reports every orphan, in order, when channels serve nothing', () => {
    const problems = checkRule(RULE, joinLines(GOALS, 'channels:', '  - id: ig', '    goals: []'));
    assert.deepEqual(problems.map((p) => p.text), ['local-awareness', 'weekday-visits', 'fast-replies']);
  });

  it('stays silent when there are no channels and no pillars at all (no-channels says it)', () => {
    for (const rest of ['', 'channels: []', 'channels:\ncontent_pillars:', 'channels: [instagram]']) {
      assert.deepEqual(checkRule(RULE, joinLines(GOALS, rest)), [], rest);
    }
  });

  it('reports a duplicated id once, at its first definition', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: reach',
      '  - id: reach',
      'channels:',
      '  - { id: ig, goals: [] }',
    ));
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 13]);
  });

  it('counts only references from channels and pillars, matched exactly', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: reach',
      '    kpis: [{ metric: reach, target: 5, channel: ig }]',
      'channels:',
      '  - { id: ig, goals: [Reach, " reach"] }',
      'calendar:',
      '  entries: [{ date: 2025-03-01, channel: ig, pillar: reach }]',
    ));
    assert.deepEqual(problems.map((p) => p.text), ['reach']);
  });

  it('skips goals without a usable id and never throws on wrong types', () => {
    assert.deepEqual(checkRule(RULE, joinLines('goals:', '  - type: awareness', '  - id: 7', '  - id:', '  - reach', 'channels:', '  - { id: ig }')), []);
    const cases: [string, string[]][] = [
      ['goals: reach\nchannels: [{ id: ig }]', []],
      ['goals: { id: a }\nchannels: [{ id: ig }]', []],
      ['goals:\nchannels:', []],
      ['', []],
      ['goals: [{ id: a }]\nchannels: [{ id: ig, goals: { a: 1 } }]', ['a']],
      ['goals: [{ id: [a] }, { id: { x: 1 } }]\ncontent_pillars: [{ id: p }]', []],
    ];
    for (const [source, expected] of cases) assert.deepEqual(checkRule(RULE, source).map((p) => p.text), expected, source);
  });

  it('works in flow style', () => {
    const problems = checkRule(RULE, 'goals: [{ id: a }, { id: b }]\nchannels: [{ id: ig, goals: [a] }]');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'b');
    assert.deepEqual(problems[0]!.range, [0, 25, 0, 26]);
  });

  it('speaks Armenian, with Armenian ids and emoji', () => {
    const [problem] = checkRule(RULE, joinLines('goals:', '  - id: ճանաչելիություն 🚀', 'content_pillars:', '  - { id: p, goals: [] }'), { locale: 'hy' });
    assert.equal(problem!.text, 'ճանաչելիություն 🚀');
    assert.deepEqual(problem!.range, [1, 8, 1, 26]);
    assert.equal(problem!.message, "'ճանաչելիություն 🚀' նպատակին չի ծառայում ոչ մի ալիք և ոչ մի բովանդակային ուղղություն։ Ավելացրեք այն դրա համար աշխատող ալիքի կամ ուղղության goals ցուցակում։");
  });

  it('speaks Russian', () => {
    const [problem] = checkRule(RULE, joinLines('goals:', '  - id: sales', 'channels:', '  - id: ig'), { locale: 'ru' });
    assert.equal(problem!.message, "Цели 'sales' не служит ни один канал и ни одна контентная рубрика. Добавьте её в goals канала или рубрики, которые на неё работают.");
  });
});
