import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'no-reporting-cadence';

describe(`rule ${RULE}`, () => {
  it('fires at the end of the file, blaming no line, when the section is missing, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'brand: { name: Nush Coffee }'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.range, [1, 28, 1, 28]);
    assert.deepEqual(problems[0]!.data, { section: 'reporting' });
    assert.equal(problems[0]!.message, 'No reporting cadence: how often will you report results? Set reporting.cadence to weekly, monthly or quarterly.');
  });

  it('fires on the key when the section is blank, with the section to insert', () => {
    for (const reporting of ['reporting:', 'reporting: {}', 'reporting: { cadence: }']) {
      const problems = checkRule(RULE, joinLines('version: 1', reporting));
      assert.equal(problems.length, 1, reporting);
      assert.equal(problems[0]!.text, 'reporting', reporting);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 9], reporting);
      assert.deepEqual(problems[0]!.data, { section: 'reporting' }, reporting);
    }
  });

  it('fires on the reporting key when the section has other things but no cadence', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'reporting:', '  owner: ani', '  strategy_review: quarterly'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'reporting');
    assert.deepEqual(problems[0]!.range, [1, 0, 1, 9]);
    assert.equal(problems[0]!.data, undefined);
  });

  it('fires on the cadence key when it has no value', () => {
    for (const cadence of ['  cadence:', '  cadence: ""', '  cadence: []']) {
      const problems = checkRule(RULE, joinLines('reporting:', '  owner: ani', cadence));
      assert.equal(problems.length, 1, cadence);
      assert.equal(problems[0]!.text, 'cadence', cadence);
      assert.deepEqual(problems[0]!.range, [2, 2, 2, 9], cadence);
    }
  });

  it('does not fire when a cadence is set, in block or flow style', () => {
    assert.deepEqual(checkRule(RULE, joinLines('reporting:', '  cadence: monthly', '  owner: ani')), []);
    assert.deepEqual(checkRule(RULE, 'reporting: { cadence: weekly, tools: [Instagram Insights 📊] }'), []);
  });

  it('leaves values and sections of the wrong shape to the schema', () => {
    for (const reporting of ['reporting: { cadence: biweekly }', 'reporting: { cadence: 7 }', 'reporting: monthly', 'reporting: [monthly]']) {
      assert.deepEqual(checkRule(RULE, reporting), [], reporting);
    }
  });

  it('never throws when the root is not a mapping', () => {
    assert.deepEqual(checkRule(RULE, '').map((p) => p.range), [[0, 0, 0, 0]]);
    assert.equal(checkRule(RULE, '42').length, 1);
  });

  it('speaks Armenian and Russian', () => {
    assert.equal(
      checkRule(RULE, 'reporting: { owner: ani }', { locale: 'hy' })[0]!.message,
      'Հաշվետվությունների պարբերականությունը նշված չէ․ որքա՞ն հաճախ եք ամփոփելու արդյունքները։ reporting.cadence-ում գրեք weekly, monthly կամ quarterly։',
    );
    assert.equal(
      checkRule(RULE, 'version: 1', { locale: 'ru' })[0]!.message,
      'Не указана периодичность отчётов: как часто вы будете подводить итоги? Укажите в reporting.cadence weekly, monthly или quarterly.',
    );
  });
});
