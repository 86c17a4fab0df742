import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'no-budget';

describe(`rule ${RULE}`, () => {
  it('fires at the end of the file, blaming no line, when the section is missing, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'brand: { name: Nush Coffee }'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.range, [1, 28, 1, 28]);
    assert.deepEqual(problems[0]!.data, { section: 'budget' });
    assert.equal(problems[0]!.message, 'No budget: how much time and money will this take? Give a total or items by category.');
  });

  it('fires on the key when the section is blank, with the section to insert', () => {
    for (const budget of ['budget:', 'budget: {}', 'budget: { total: , items: [] }']) {
      const problems = checkRule(RULE, joinLines('version: 1', budget));
      assert.equal(problems.length, 1, budget);
      assert.equal(problems[0]!.text, 'budget', budget);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 6], budget);
      assert.deepEqual(problems[0]!.data, { section: 'budget' }, budget);
    }
  });

  it('fires on the key when the budget has neither a total nor items', () => {
    for (const rest of ['  per: month', '  items: []', '  items:\n    - {}', '  total:', '  total: ""']) {
      const problems = checkRule(RULE, joinLines('version: 1', 'budget:', '  currency: AMD', rest));
      assert.equal(problems.length, 1, rest);
      assert.equal(problems[0]!.text, 'budget', rest);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 6], rest);
      // The section is there: inserting a skeleton would duplicate it.
      assert.equal(problems[0]!.data, undefined, rest);
    }
  });

  it('does not fire with a total, with items, or with both', () => {
    for (const budget of [
      'budget: { currency: AMD, total: 300000 }',
      'budget: { currency: AMD, total: 0 }',
      'budget:\n  currency: AMD\n  items:\n    - { category: ads, amount: 120000, note: "boost 🎯 videos" }',
      'budget: { currency: AMD, per: month, total: 300000, items: [{ category: tools, amount: 15000 }] }',
    ]) {
      assert.deepEqual(checkRule(RULE, budget), [], budget);
    }
  });

  it('leaves values and sections of the wrong shape to the schema', () => {
    for (const budget of ['budget: 300000', 'budget: [ads, content]', 'budget: { total: "300 000 AMD" }', 'budget: { items: ads }', 'budget: { items: [ads] }']) {
      assert.deepEqual(checkRule(RULE, budget), [], budget);
    }
  });

  it('never throws when the root is not a mapping', () => {
    assert.deepEqual(checkRule(RULE, '').map((p) => p.data), [{ section: 'budget' }]);
    assert.equal(checkRule(RULE, '- budget').length, 1);
  });

  it('speaks Armenian and Russian', () => {
    assert.equal(
      checkRule(RULE, 'budget: { currency: AMD }', { locale: 'hy' })[0]!.message,
      'Բյուջե չկա․ որքա՞ն ժամանակ և գումար կպահանջի սա։ Նշեք ընդհանուր գումարը (total) կամ ծախսերն ըստ կատեգորիաների (items)։',
    );
    assert.equal(
      checkRule(RULE, 'version: 1', { locale: 'ru' })[0]!.message,
      'Нет бюджета: сколько времени и денег это потребует? Укажите общую сумму (total) или статьи расходов по категориям (items).',
    );
  });
});
