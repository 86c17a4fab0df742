import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'customer-care-without-sla';

const CARE_GOAL = joinLines(
  'goals:',
  '  - id: reach',
  '    type: awareness',
  '  - id: fast-replies',
  '    type: customer_care',
);

describe(`rule ${RULE}`, () => {
  it('fires on the goal type when there is no community section, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', CARE_GOAL));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'customer_care');
    assert.deepEqual(problems[0]!.range, [5, 10, 5, 23]);
    assert.deepEqual(problems[0]!.data, { section: 'community' });
    assert.equal(problems[0]!.related, undefined);
    assert.equal(
      problems[0]!.message,
      "Goal 'fast-replies' is about customer care, but there is no target response time: set community.response_time_hours (most customers expect a reply within 24 hours).",
    );
  });

  it('fires on the community key when it is blank, pointing back at the goal', () => {
    for (const community of ['community:', 'community: {}', 'community: { moderation: {} }']) {
      const problems = checkRule(RULE, joinLines(CARE_GOAL, community));
      assert.equal(problems.length, 1, community);
      assert.equal(problems[0]!.text, 'community', community);
      assert.deepEqual(problems[0]!.range, [5, 0, 5, 9], community);
      assert.deepEqual(problems[0]!.data, { section: 'community' }, community);
      assert.deepEqual(problems[0]!.related, [{ text: 'customer_care', message: "The customer-care goal 'fast-replies'." }], community);
    }
  });

  it('fires on the community key when the section has other things but no response time', () => {
    const problems = checkRule(RULE, joinLines(
      CARE_GOAL,
      'community:',
      '  service_hours: "09:00-22:00"',
      '  escalation:',
      '    - { level: 1, trigger: complaint, owner: ani, respond_within_hours: 2 }',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'community');
    assert.deepEqual(problems[0]!.range, [5, 0, 5, 9]);
    assert.equal(problems[0]!.data, undefined);
    assert.deepEqual(problems[0]!.related?.map((r) => r.text), ['customer_care']);
  });

  it('fires on response_time_hours when it has no value', () => {
    for (const hours of ['  response_time_hours:', '  response_time_hours: ""', '  response_time_hours: []']) {
      const problems = checkRule(RULE, joinLines(CARE_GOAL, 'community:', hours, '  service_hours: all day'));
      assert.equal(problems.length, 1, hours);
      assert.equal(problems[0]!.text, 'response_time_hours', hours);
      assert.deepEqual(problems[0]!.range, [6, 2, 6, 21], hours);
    }
  });

  it('does not fire when a response time is set, or when there is no customer-care goal', () => {
    assert.deepEqual(checkRule(RULE, joinLines(CARE_GOAL, 'community:', '  response_time_hours: 2')), []);
    assert.deepEqual(checkRule(RULE, joinLines(CARE_GOAL, 'community: { response_time_hours: 0.5 }')), []);
    assert.deepEqual(checkRule(RULE, joinLines('goals:', '  - id: reach', '    type: awareness')), []);
    assert.deepEqual(checkRule(RULE, 'version: 1'), []);
  });

  it('leaves values and sections of the wrong shape to the schema', () => {
    for (const community of ['community: { response_time_hours: "2h" }', 'community: { response_time_hours: 0 }', 'community: 2', 'community: [response_time_hours]']) {
      assert.deepEqual(checkRule(RULE, joinLines(CARE_GOAL, community)), [], community);
    }
  });

  it('reports once, on the first of several customer-care goals', () => {
    const problems = checkRule(RULE, joinLines(CARE_GOAL, '  - id: reviews', '    type: customer_care'));
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.range, [4, 10, 4, 23]);
  });

  it('reads flow-style goals and ignores types of the wrong shape', () => {
    const [problem] = checkRule(RULE, 'goals: [{ id: care, type: customer_care }]');
    assert.equal(problem!.text, 'customer_care');
    assert.deepEqual(problem!.range, [0, 26, 0, 39]);
    for (const source of ['goals: [{ type: [customer_care] }]', 'goals: customer_care', 'goals: { type: customer_care }', 'goals: [customer_care]', '']) {
      assert.deepEqual(checkRule(RULE, source), [], source);
    }
  });

  it('shows "?" for a goal without an id', () => {
    assert.match(checkRule(RULE, 'goals: [{ type: customer_care }]')[0]!.message, /^Goal '\?' is about customer care/);
  });

  it('speaks Armenian, with Armenian ids and emoji', () => {
    const [problem] = checkRule(RULE, joinLines('goals:', '  - id: արագ-պատասխաններ 💬', '    type: customer_care', 'community:', '  moderation: {}'), { locale: 'hy' });
    assert.equal(
      problem!.message,
      "'արագ-պատասխաններ 💬' նպատակը հաճախորդների սպասարկման մասին է, բայց արձագանքման նպատակային ժամանակ նշված չէ․ լրացրեք community.response_time_hours (հաճախորդների մեծ մասը պատասխան է սպասում 24 ժամվա ընթացքում)։",
    );
    assert.deepEqual(problem!.related, [{ text: 'customer_care', message: "Հաճախորդների սպասարկման 'արագ-պատասխաններ 💬' նպատակը։" }]);
  });

  it('speaks Russian', () => {
    const [problem] = checkRule(RULE, CARE_GOAL, { locale: 'ru' });
    assert.equal(
      problem!.message,
      "Цель 'fast-replies' касается поддержки клиентов, но целевое время ответа не задано: укажите community.response_time_hours (большинство клиентов ждут ответа в течение 24 часов).",
    );
  });
});
