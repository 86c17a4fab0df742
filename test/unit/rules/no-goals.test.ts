import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

describe('rule no-goals', () => {
  it('fires at the end of the file, blaming no line, when goals are missing, with the section to insert', () => {
    const problems = checkRule('no-goals', joinLines('version: 1', 'brand:', '  name: Nush'));
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.range, [2, 12, 2, 12]);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.data, { section: 'goals' });
    assert.match(problems[0]!.message, /^No goals\./);
  });

  it('fires on the goals key when the list is empty or blank', () => {
    for (const goals of ['goals: []', 'goals:', 'goals:\n  -']) {
      const problems = checkRule('no-goals', joinLines('version: 1', goals));
      assert.equal(problems.length, 1, goals);
      assert.equal(problems[0]!.text, 'goals');
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 5]);
    }
  });

  it('does not fire when a goal exists', () => {
    assert.deepEqual(checkRule('no-goals', joinLines('goals:', '  - id: reach', '    type: awareness')), []);
  });

  it('speaks Armenian and Russian', () => {
    assert.match(checkRule('no-goals', 'version: 1', { locale: 'hy' })[0]!.message, /^Նպատակներ չկան/);
    assert.match(checkRule('no-goals', 'version: 1', { locale: 'ru' })[0]!.message, /^Нет целей/);
  });
});
