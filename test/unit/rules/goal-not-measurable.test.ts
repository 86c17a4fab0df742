import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'goal-not-measurable';

describe(`rule ${RULE}`, () => {
  it('reports a goal without KPIs on its id', () => {
    const problems = checkRule(RULE, joinLines('goals:', '  - id: reach', '    type: awareness'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'reach');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 13]);
    assert.equal(problems[0]!.message, "Goal 'reach' has no KPI with a numeric target (for example metric: reach, target: 60000).");
  });

  it('reports on the kpis key when no KPI has a numeric target', () => {
    for (const kpis of [
      'kpis:',
      'kpis: []',
      'kpis: [{ metric: reach }]',
      'kpis: [{ metric: reach, target: "60000" }]',
      'kpis: [{ metric: reach, target: a lot }]',
      'kpis: [{ metric: reach, target: }]',
      'kpis: [{ metric: reach, target: [1] }]',
      'kpis: [reach, 60000]',
      'kpis: reach',
      'kpis: { metric: reach, target: 60000 }',
    ]) {
      const problems = checkRule(RULE, joinLines('goals:', '  - id: reach', `    ${kpis}`));
      assert.equal(problems.length, 1, kpis);
      assert.equal(problems[0]!.text, 'kpis', kpis);
      assert.deepEqual(problems[0]!.range, [2, 4, 2, 8], kpis);
    }
  });

  it('does not fire when one KPI has a numeric target (0, negative and decimal included)', () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'goals:',
      '  - id: reach',
      '    kpis:',
      '      - { metric: impressions }',
      '      - metric: reach',
      '        target: 60000',
      '  - { id: care, kpis: [{ metric: first_response_time, target: 0.5 }] }',
      '  - { id: complaints, kpis: [{ metric: custom:complaints, target: 0 }] }',
      '  - { id: churn, kpis: [{ metric: custom:churn, target: -5 }] }',
    )), []);
  });

  it('names goals without an id by title, handles Unicode, and skips non-map items', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - title: Ճանաչելիություն ☕',
      '  - text only',
      '  - [1, 2]',
    ), { locale: 'hy' });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'title');
    assert.deepEqual(problems[0]!.range, [1, 4, 1, 9]);
    assert.equal(problems[0]!.message, "'Ճանաչելիություն ☕' նպատակը չունի թվային թիրախով հիմնական ցուցանիշ (KPI) (օրինակ՝ metric: reach, target: 60000)։");
  });

  it('does not throw on a goals section of the wrong type', () => {
    for (const source of ['goals: reach', 'goals:', 'goals: { id: reach }', '']) assert.deepEqual(checkRule(RULE, source), [], source);
  });

  it('speaks Russian', () => {
    assert.equal(
      checkRule(RULE, 'goals: [{ id: reach }]', { locale: 'ru' })[0]!.message,
      "У цели 'reach' нет KPI с числовым целевым значением (например, metric: reach, target: 60000).",
    );
  });
});
