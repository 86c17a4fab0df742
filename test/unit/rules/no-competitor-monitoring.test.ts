import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'no-competitor-monitoring';

describe(`rule ${RULE}`, () => {
  it('fires at the end of the file, blaming no line, when competitors are missing, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'brand: { name: Nush }'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.range, [1, 21, 1, 21]);
    assert.deepEqual(problems[0]!.data, { section: 'competitors' });
    assert.equal(problems[0]!.message, 'No competitor monitoring: which networks are your competitors on, where are the most users and the most activity?');
  });

  it('fires on the competitors key when the list is empty', () => {
    for (const competitors of ['competitors:', 'competitors: []', 'competitors:\n  -']) {
      const problems = checkRule(RULE, joinLines('version: 1', competitors));
      assert.equal(problems.length, 1, competitors);
      assert.equal(problems[0]!.text, 'competitors', competitors);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 11], competitors);
      assert.deepEqual(problems[0]!.data, { section: 'competitors' }, competitors);
    }
  });

  it('fires on the competitors key, without a skeleton, when no competitor has a presence', () => {
    const problems = checkRule(RULE, joinLines(
      'version: 1',
      'competitors:',
      '  - id: chain-abovyan',
      '    name: Chain café on Abovyan Street',
      '  - id: roaster',
      '    presence: []',
      '  - id: empty-entries',
      '    presence: [{}, "", null]',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'competitors');
    assert.deepEqual(problems[0]!.range, [1, 0, 1, 11]);
    assert.equal(problems[0]!.data, undefined);
  });

  it('does not fire when one competitor has a presence entry', () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'competitors:',
      '  - id: a',
      '  - id: b',
      '    presence:',
      '      - { network: instagram, followers: 18500 }',
    )), []);
    assert.deepEqual(checkRule(RULE, 'competitors: [{ id: "մրցակից 🏆", presence: [{ network: telegram }] }]'), []);
  });

  it('counts a presence of the wrong shape that still names a network', () => {
    // The schema reports the shape; the monitoring itself was done.
    assert.deepEqual(checkRule(RULE, 'competitors: [{ id: a, presence: [instagram] }]'), []);
    assert.deepEqual(checkRule(RULE, 'competitors: [{ id: a, presence: instagram }]'), []);
    assert.deepEqual(checkRule(RULE, 'competitors: [{ id: a, presence: { network: vk } }]'), []);
    assert.equal(checkRule(RULE, 'competitors: [{ id: a, presence: [42, [x]] }]').length, 1);
    assert.equal(checkRule(RULE, 'competitors: [chain, roaster]').length, 1);
    assert.equal(checkRule(RULE, 'competitors: chain').length, 1);
  });

  it('speaks Armenian and Russian', () => {
    assert.equal(checkRule(RULE, 'version: 1', { locale: 'hy' })[0]!.message, 'Մրցակիցների մոնիտորինգ չկա․ ո՞ր սոցիալական ցանցերում են ձեր մրցակիցները, որտե՞ղ է օգտվողների ամենամեծ քանակը և ամենաշատ ակտիվությունը։');
    assert.equal(checkRule(RULE, 'version: 1', { locale: 'ru' })[0]!.message, 'Нет мониторинга конкурентов: в каких соцсетях присутствуют ваши конкуренты, где больше всего пользователей и активности?');
  });
});
