import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'channel-without-frequency';

describe(`rule ${RULE}`, () => {
  it('fires on the id of a channel with no frequency and no status (planned by default)', () => {
    const problems = checkRule(RULE, joinLines('channels:', '  - id: ig-main', '    network: instagram'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'ig-main');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 15]);
    assert.equal(problems[0]!.message, "Channel 'ig-main' has no posting frequency, e.g. frequency: { count: 3, per: week }.");
    assert.equal(problems[0]!.data, undefined);
  });

  it('fires on the frequency key when it has no count', () => {
    for (const frequency of ['frequency:', 'frequency: {}', 'frequency: { per: week }', 'frequency: { count: , per: week }', 'frequency:\n      per: week', 'frequency: []']) {
      const problems = checkRule(RULE, joinLines('channels:', '  - id: fb', '    status: active', `    ${frequency}`));
      assert.equal(problems.length, 1, frequency);
      assert.equal(problems[0]!.text, 'frequency', frequency);
      assert.deepEqual(problems[0]!.range, [3, 4, 3, 13], frequency);
    }
  });

  it('does not fire when a count is stated, in flow or block style', () => {
    for (const frequency of ['frequency: { count: 3, per: week }', 'frequency:\n      count: 1\n      per: day', 'frequency: { count: 2 }']) {
      assert.deepEqual(checkRule(RULE, joinLines('channels:', '  - id: ig', `    ${frequency}`)), [], frequency);
    }
  });

  it('leaves a frequency of the wrong shape to the schema', () => {
    for (const frequency of ['frequency: daily', 'frequency: 3', 'frequency: { count: "3", per: week }', 'frequency: { count: 0, per: week }', 'frequency: [3, week]']) {
      assert.deepEqual(checkRule(RULE, joinLines('channels:', '  - id: ig', `    ${frequency}`)), [], frequency);
    }
  });

  it('fires for planned and active channels, not for paused or retired ones', () => {
    const problems = checkRule(RULE, joinLines(
      'channels:',
      '  - { id: a, network: instagram, status: active }',
      '  - { id: b, network: telegram, status: planned }',
      '  - { id: c, network: facebook, status: paused }',
      '  - { id: d, network: vk, status: retired }',
      '  - { id: e, network: tiktok, status: }',
    ));
    assert.deepEqual(problems.map((p) => p.text), ['a', 'b', 'e']);
    assert.deepEqual(problems[1]!.range, [2, 10, 2, 11]);
  });

  it('treats an unknown status as publishing, so fixing the typo brings no surprise', () => {
    const problems = checkRule(RULE, joinLines('channels:', '  - id: ig', '    status: actve', '  - id: fb', '    status: [paused]'));
    assert.deepEqual(problems.map((p) => p.text), ['ig', 'fb']);
  });

  it('skips items that are not mappings and never throws on wrong types', () => {
    assert.deepEqual(checkRule(RULE, 'channels: [instagram, 42, [x], null]'), []);
    for (const source of ['channels: instagram', 'channels: { id: ig }', 'channels:', '']) {
      assert.deepEqual(checkRule(RULE, source), [], source);
    }
    const [problem] = checkRule(RULE, 'channels: [instagram, { network: telegram }]');
    assert.equal(problem!.text, 'network');
    assert.deepEqual(problem!.range, [0, 24, 0, 31]);
    assert.match(problem!.message, /^Channel 'telegram'/);
  });

  it('handles Armenian ids and emoji, in Armenian', () => {
    const [problem] = checkRule(RULE, joinLines('channels:', '  - id: տելեգրամ ✈️', '    network: telegram'), { locale: 'hy' });
    assert.equal(problem!.text, 'տելեգրամ ✈️');
    assert.deepEqual(problem!.range, [1, 8, 1, 19]); // ✈️ is two UTF-16 units (U+2708 U+FE0F)
    assert.equal(problem!.message, "'տելեգրամ ✈️' ալիքի համար նշված չէ հրապարակումների հաճախականությունը, օրինակ՝ frequency: { count: 3, per: week }։");
  });

  it('speaks Russian', () => {
    const [problem] = checkRule(RULE, joinLines('channels:', '  - id: vk-page', '    frequency: { per: week }'), { locale: 'ru' });
    assert.equal(problem!.message, "Для канала 'vk-page' не указана частота публикаций, например: frequency: { count: 3, per: week }.");
  });
});
