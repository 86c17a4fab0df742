import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'goal-not-time-bound';

describe(`rule ${RULE}`, () => {
  it('reports a goal with no deadline when the strategy has no period, offering a period skeleton', () => {
    const problems = checkRule(RULE, joinLines('goals:', '  - id: reach', '    type: awareness'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'reach');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 13]);
    assert.equal(problems[0]!.message, "Goal 'reach' has no deadline, and the strategy has no period end. Add deadline: YYYY-MM-DD to the goal, or period.end to the strategy.");
    assert.deepEqual(problems[0]!.data, { section: 'period' });
  });

  it('points at a blank deadline key, and offers no skeleton when period is already written', () => {
    const problems = checkRule(RULE, joinLines('period:', '  start: 2025-03-01', 'goals:', '  - id: reach', '    deadline:'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'deadline');
    assert.deepEqual(problems[0]!.range, [4, 4, 4, 12]);
    assert.equal(problems[0]!.data, undefined);
  });

  it('accepts a goal deadline, a KPI by, or a period end as the deadline', () => {
    assert.deepEqual(checkRule(RULE, joinLines('goals:', '  - { id: a, deadline: 2025-06-30 }', '  - { id: b, kpis: [{ metric: reach }, { metric: impressions, by: 2025-05-01 }] }')), []);
    assert.deepEqual(checkRule(RULE, joinLines('period: { start: 2025-03-01, end: 2025-08-31 }', 'goals:', '  - id: a')), []);
  });

  it('reports a goal deadline after the period end on the deadline, with the period end related', () => {
    const problems = checkRule(RULE, joinLines(
      'period: { start: 2025-03-01, end: 2025-08-31 }',
      'goals:',
      '  - id: reach',
      '    deadline: 2025-09-30',
      '  - id: sales',
      '    deadline: 2025-08-31',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '2025-09-30');
    assert.deepEqual(problems[0]!.range, [3, 14, 3, 24]);
    assert.equal(problems[0]!.message, "Goal 'reach' deadline 2025-09-30 is after the strategy period ends (2025-08-31).");
    assert.deepEqual(problems[0]!.related, [{ text: '2025-08-31', message: 'The strategy period ends here.' }]);
  });

  it('reports a KPI by after the period end on that by', () => {
    const problems = checkRule(RULE, joinLines(
      'period: { end: 2025-08-31 }',
      'goals:',
      '  - id: reach',
      '    deadline: 2025-08-01',
      '    kpis:',
      '      - { metric: reach, target: 1, by: 2025-07-01 }',
      '      - { metric: impressions, target: 1, by: "2026-01-15" }',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [['"2026-01-15"', [6, 46, 6, 58]]]);
    assert.equal(problems[0]!.message, "Goal 'reach': the KPI deadline (by) 2026-01-15 is after the strategy period ends (2025-08-31).");
  });

  it('compares only real dates', () => {
    for (const [end, deadline] of [['2025-08-31', '2025-09-31'], ['2025-08-31', 'next autumn'], ['end of summer', '2025-09-30'], ['2025-02-30', '2025-09-30']]) {
      const source = joinLines(`period: { end: ${end} }`, 'goals:', `  - { id: a, deadline: ${deadline} }`);
      assert.deepEqual(checkRule(RULE, source), [], `${end} / ${deadline}`);
    }
  });

  it('tolerates wrong types without throwing', () => {
    const problems = checkRule(RULE, joinLines(
      'period: [2025-03-01, 2025-08-31]',
      'goals:',
      '  - { id: a, deadline: [2025-06-30] }',
      '  - { id: b, kpis: { by: 2025-06-30 } }',
      '  - { id: c, deadline: 20250630 }',
      '  - text only',
      '  - [1, 2]',
    ));
    // A list or a number is still "something written" as a deadline (the schema reports its type);
    // `kpis` as a mapping has no KPI items, so goal b has no deadline.
    assert.deepEqual(problems.map((p) => p.text), ['b']);
    assert.equal(problems[0]!.data, undefined);
    for (const source of ['goals: reach', 'goals:', 'period: soon', '']) assert.deepEqual(checkRule(RULE, source), [], source);
  });

  it('names goals by title when they have no id, in any script', () => {
    const [problem] = checkRule(RULE, joinLines('goals:', '  - title: Ճանաչելիություն ☕'), { locale: 'hy' });
    assert.equal(problem!.text, 'title');
    assert.equal(problem!.message, "'Ճանաչելիություն ☕' նպատակը վերջնաժամկետ չունի, և ռազմավարության ժամանակահատվածն ավարտ չունի։ Նպատակին ավելացրեք deadline: YYYY-MM-DD, կամ ռազմավարությանը՝ period.end։");
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('period: { end: 2025-08-31 }', 'goals: [{ id: a, deadline: 2025-09-01 }]');
    assert.equal(checkRule(RULE, source, { locale: 'hy' })[0]!.message, "'a' նպատակի վերջնաժամկետը՝ 2025-09-01, ռազմավարության ժամանակահատվածի ավարտից (2025-08-31) հետո է։");
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "Срок цели 'a' (2025-09-01) позже окончания периода стратегии (2025-08-31).");
    assert.match(checkRule(RULE, 'goals: [{ id: a }]', { locale: 'ru' })[0]!.message, /^У цели 'a' нет срока/);
  });
});
