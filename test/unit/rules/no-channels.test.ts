import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'no-channels';

describe(`rule ${RULE}`, () => {
  it('fires at the end of the file, blaming no line, when channels are missing, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'goals:', '  - id: reach'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.range, [2, 13, 2, 13]);
    assert.deepEqual(problems[0]!.data, { section: 'channels' });
    assert.equal(problems[0]!.message, 'No social networks chosen (channels). Decide which networks you will work on, by where your target audience is.');
  });

  it('fires on the channels key when the list is empty or blank', () => {
    for (const channels of ['channels: []', 'channels:', 'channels:\n  -', 'channels: {}', 'channels: [{}]']) {
      const problems = checkRule(RULE, joinLines('version: 1', channels));
      assert.equal(problems.length, 1, channels);
      assert.equal(problems[0]!.text, 'channels', channels);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 8], channels);
      assert.deepEqual(problems[0]!.data, { section: 'channels' }, channels);
    }
  });

  it('does not fire when a channel exists, in block or flow style', () => {
    assert.deepEqual(checkRule(RULE, joinLines('channels:', '  - id: ig-main', '    network: instagram')), []);
    assert.deepEqual(checkRule(RULE, 'channels: [{ id: tg, network: telegram, name: "Նուշ ☕" }]'), []);
  });

  it('survives a file that is not a mapping', () => {
    assert.equal(checkRule(RULE, '- channels').length, 1);
    assert.deepEqual(checkRule(RULE, '')[0]!.range, [0, 0, 0, 0]);
  });

  it('speaks Armenian and Russian', () => {
    assert.match(checkRule(RULE, 'version: 1', { locale: 'hy' })[0]!.message, /^Սոցիալական ցանցեր ընտրված չեն \(channels\)։/);
    assert.match(checkRule(RULE, 'version: 1', { locale: 'ru' })[0]!.message, /^Соцсети не выбраны \(channels\)\./);
  });
});
