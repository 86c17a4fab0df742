import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'goal-without-why';

describe(`rule ${RULE}`, () => {
  it('reports a goal without why on its id', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: local-awareness',
      '    type: awareness',
      '    title: Become known near the university',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'local-awareness');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 23]);
    assert.equal(problems[0]!.message, "Goal 'local-awareness' does not say which business problem it solves (why).");
    assert.equal(problems[0]!.data, undefined);
  });

  it('reports on the why key when it is written but blank', () => {
    for (const why of ['why:', 'why: ""', "why: '   '", 'why: []', 'why: {}', 'why: [""]']) {
      const problems = checkRule(RULE, joinLines('goals:', '  - id: reach', `    ${why}`));
      assert.equal(problems.length, 1, why);
      assert.equal(problems[0]!.text, 'why', why);
      assert.deepEqual(problems[0]!.range, [2, 4, 2, 7], why);
    }
  });

  it('does not fire when the goal says why', () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'goals:',
      '  - id: reach',
      '    why: Weekday afternoons run at 40% of seating',
      '  - { id: sales, why: Ապրանքները չեն վաճառվում 📉 }',
      '  - id: care',
      '    why: |',
      '      Unanswered messages',
      '      are lost visits',
    )), []);
  });

  it('works in flow style, names goals without an id by title, and skips non-map items', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - { id: reach, type: awareness }',
      '  - { title: Սովորել ավելին 🎓 }',
      '  - just a string',
      '  - [a, list]',
      '  - {}',
    ));
    // An empty goal `{}` has no why either; it is underlined whole, being one short line.
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [['reach', [1, 10, 1, 15]], ['title', [2, 6, 2, 11]], ['{}', [5, 4, 5, 6]]]);
    assert.match(problems[1]!.message, /^Goal 'Սովորել ավելին 🎓'/);
  });

  it('does not throw on a goals section of the wrong type', () => {
    for (const source of ['goals: reach', 'goals:', 'goals: { id: reach }', '']) assert.deepEqual(checkRule(RULE, source), [], source);
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('goals:', '  - id: reach');
    assert.equal(checkRule(RULE, source, { locale: 'hy' })[0]!.message, "'reach' նպատակը չի նշում, թե բիզնեսի որ խնդիրն է լուծում (why)։");
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "Для цели 'reach' не сказано, какую задачу бизнеса она решает (why).");
  });
});
