import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'primary-goal-count';

describe(`rule ${RULE}`, () => {
  it('reports on the goals key when no goal is primary', () => {
    const problems = checkRule(RULE, joinLines(
      'version: 1',
      'goals:',
      '  - id: reach',
      '    primary: false',
      '  - id: sales',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'goals');
    assert.deepEqual(problems[0]!.range, [1, 0, 1, 5]);
    assert.equal(problems[0]!.message, "No goal is marked primary: true (found 0). Mark exactly one: the company's primary goal.");
    // Either goal can be made the primary one.
    assert.deepEqual(problems[0]!.data, { primaryGoals: [0, 1] });
    assert.equal(problems[0]!.related, undefined);
  });

  it('reports each extra primary: true on its value, with the first one related', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: reach',
      '    primary: true',
      '  - id: sales',
      '    primary: true',
      '  - { id: care, primary: true }',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [['true', [4, 13, 4, 17]], ['true', [5, 25, 5, 29]]]);
    assert.equal(problems[0]!.message, "Mark exactly one goal as primary: true (found 3); 'reach' is already primary.");
    assert.deepEqual(problems[0]!.related, [{ text: 'true', message: 'The first goal marked primary.' }]);
    assert.deepEqual(problems[1]!.data, { replacement: 'false', primaryGoals: [2] });
  });

  it('does not fire with exactly one primary goal', () => {
    assert.deepEqual(checkRule(RULE, joinLines('goals:', '  - { id: reach, primary: true }', '  - { id: sales, primary: false }', '  - { id: care }')), []);
  });

  it('leaves a missing or empty goals section to no-goals', () => {
    for (const source of ['version: 1', 'goals:', 'goals: []', 'goals: reach', 'goals: [reach, sales]', 'goals: { id: reach }', '']) {
      assert.deepEqual(checkRule(RULE, source), [], source);
    }
  });

  it('counts only a real boolean true (yes, "true" and 1 are not booleans in YAML 1.2)', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - { id: a, primary: yes }',
      '  - { id: b, primary: "true" }',
      '  - { id: c, primary: 1 }',
      '  - { id: d, primary: }',
      '  - { id: e, primary: [true] }',
    ));
    assert.deepEqual(problems.map((p) => p.text), ['goals']);
  });

  it('names the first primary goal by id, else title, in any script', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - { title: Ճանաչելիություն ☕, primary: true }',
      '  - { id: sales, primary: true }',
    ), { locale: 'hy' });
    assert.equal(problems[0]!.message, "Միայն մեկ նպատակ նշեք որպես primary: true (գտնվել է 2)․ արդեն առաջնային է 'Ճանաչելիություն ☕' նպատակը։");
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('goals:', '  - id: reach');
    assert.equal(checkRule(RULE, source, { locale: 'hy' })[0]!.message, 'Ոչ մի նպատակ նշված չէ որպես primary: true (գտնվել է 0)։ Նշեք ճիշտ մեկը՝ ընկերության առաջնային նպատակը։');
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, 'Ни одна цель не отмечена как primary: true (найдено 0). Отметьте ровно одну — основную цель компании.');
    const many = joinLines('goals:', '  - { id: a, primary: true }', '  - { id: b, primary: true }');
    assert.equal(checkRule(RULE, many, { locale: 'ru' })[0]!.message, "Отметьте как primary: true ровно одну цель (найдено 2); 'a' уже основная.");
  });
});
