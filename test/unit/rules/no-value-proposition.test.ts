import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'no-value-proposition';

describe(`rule ${RULE}`, () => {
  it('fires at the end of the file, blaming no line, when the value section is missing, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'brand:', '  name: Nush'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.range, [2, 12, 2, 12]);
    assert.deepEqual(problems[0]!.data, { section: 'value' });
    assert.equal(problems[0]!.message, 'No value stated (value.proposition): what is the value of the material you will offer, and what values should potential customers take away?');
  });

  it('fires on the value key when the section is empty', () => {
    for (const value of ['value:', 'value: {}', 'value: { messages: [] }']) {
      const problems = checkRule(RULE, joinLines('version: 1', value));
      assert.equal(problems.length, 1, value);
      assert.equal(problems[0]!.text, 'value', value);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 5], value);
      assert.deepEqual(problems[0]!.data, { section: 'value' }, value);
    }
  });

  it('fires on the value key, without a skeleton, when other value fields are filled', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'value:', '  unique_content: 60-second bean of the week'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'value');
    assert.deepEqual(problems[0]!.range, [1, 0, 1, 5]);
    assert.equal(problems[0]!.data, undefined);
  });

  it('fires on an empty proposition key', () => {
    for (const proposition of ['proposition:', 'proposition: ""', "proposition: '   '", 'proposition: []', 'proposition: {}']) {
      const problems = checkRule(RULE, joinLines('value:', '  unique_content: videos', `  ${proposition}`));
      assert.equal(problems.length, 1, proposition);
      assert.equal(problems[0]!.text, 'proposition', proposition);
      assert.deepEqual(problems[0]!.range, [2, 2, 2, 13], proposition);
      assert.equal(problems[0]!.data, undefined, proposition);
    }
    const flow = checkRule(RULE, 'value: { proposition: }');
    assert.equal(flow[0]!.text, 'proposition');
    assert.deepEqual(flow[0]!.range, [0, 9, 0, 20]);
  });

  it('does not fire when a proposition is stated, whatever the script', () => {
    assert.deepEqual(checkRule(RULE, joinLines('value:', '  proposition: We teach our neighbours to taste good coffee')), []);
    assert.deepEqual(checkRule(RULE, 'value: { proposition: "Սովորեցնում ենք համտեսել լավ սուրճ ☕" }'), []);
    assert.deepEqual(checkRule(RULE, joinLines('value:', '  proposition: |', '    Учим соседей пробовать хороший кофе')), []);
  });

  it('survives wrong types', () => {
    // A string where a mapping is expected has no proposition; the schema reports the shape.
    const problems = checkRule(RULE, 'value: We teach coffee');
    assert.equal(problems[0]!.text, 'value');
    assert.equal(problems[0]!.data, undefined);
    assert.equal(checkRule(RULE, 'value: [a, b]')[0]!.text, 'value');
    // A number is the wrong type but an answer; the schema says so.
    assert.deepEqual(checkRule(RULE, 'value: { proposition: 42 }'), []);
    assert.equal(checkRule(RULE, '- value').length, 1);
    assert.equal(checkRule(RULE, '').length, 1);
  });

  it('speaks Armenian and Russian', () => {
    assert.equal(checkRule(RULE, 'version: 1', { locale: 'hy' })[0]!.message, 'Արժեքը նշված չէ (value.proposition)․ ո՞րն է ձեր մատուցվող նյութի արժեքը, և ի՞նչ արժեքներ եք ուզում փոխանցել պոտենցիալ հաճախորդներին։');
    assert.match(checkRule(RULE, 'version: 1', { locale: 'ru' })[0]!.message, /^Ценность не указана \(value\.proposition\): в чём ценность материала/);
  });
});
