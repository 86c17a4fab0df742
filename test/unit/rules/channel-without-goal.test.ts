import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'channel-without-goal';

describe(`rule ${RULE}`, () => {
  it('fires on the goals key when the list is empty', () => {
    const problems = checkRule(RULE, joinLines(
      'channels:',
      '  - id: ig-main',
      '    network: instagram',
      '    goals: []',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'goals');
    assert.deepEqual(problems[0]!.range, [3, 4, 3, 9]);
    assert.equal(problems[0]!.message, "Channel 'ig-main' serves no goal. Add the goals it works for (goals).");
    assert.equal(problems[0]!.data, undefined);
  });

  it('fires on the id when goals is absent', () => {
    const problems = checkRule(RULE, joinLines('channels:', '  - id: tg-channel', '    network: telegram'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'tg-channel');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 18]);
  });

  it('treats a key with no value and a list of blanks as empty', () => {
    for (const goals of ['    goals:', '    goals:\n      -', '    goals: [""]', '    goals: [{}]']) {
      const problems = checkRule(RULE, joinLines('channels:', '  - id: fb', '    network: facebook', goals));
      assert.equal(problems.length, 1, goals);
      assert.equal(problems[0]!.text, 'goals', goals);
      assert.deepEqual(problems[0]!.range, [3, 4, 3, 9], goals);
    }
  });

  it('does not fire when the channel names a goal, as a list or a lone id', () => {
    for (const goals of ['goals: [reach]', 'goals: reach', 'goals:\n      - reach\n      - sales']) {
      assert.deepEqual(checkRule(RULE, joinLines('channels:', '  - id: ig', '    network: instagram', `    ${goals}`)), [], goals);
    }
  });

  it('leaves checking the ids themselves to unresolved-reference', () => {
    // `any` is no goal id, but the channel does claim to serve something: that is another rule's message.
    assert.deepEqual(checkRule(RULE, joinLines('channels:', '  - id: ig', '    goals: [any]')), []);
  });

  it('skips retired channels but not paused, planned or active ones', () => {
    const problems = checkRule(RULE, joinLines(
      'channels:',
      '  - { id: old, network: vk, status: retired }',
      '  - { id: rest, network: facebook, status: paused }',
      '  - { id: next, network: tiktok, status: planned }',
      '  - { id: now, network: instagram, status: active }',
    ));
    assert.deepEqual(problems.map((p) => p.text), ['rest', 'next', 'now']);
    assert.deepEqual(problems[0]!.range, [2, 10, 2, 14]);
  });

  it('works on flow-style items and skips items that are not mappings', () => {
    const problems = checkRule(RULE, 'channels: [instagram, { id: fb, network: facebook, goals: [] }, 42, [x]]');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'goals');
    assert.deepEqual(problems[0]!.range, [0, 51, 0, 56]);
  });

  it('never throws on sections of the wrong type', () => {
    for (const source of ['channels: instagram', 'channels: { id: ig }', 'channels:', 'channels: []', '- a', '']) {
      assert.deepEqual(checkRule(RULE, source), [], source);
    }
  });

  it('names the channel by its network when it has no id, and shows a number id as it is', () => {
    const problems = checkRule(RULE, joinLines('channels:', '  - network: instagram', '    status: active', '  - id: 5', '  - status: planned'));
    assert.deepEqual(problems.map((p) => [p.text, p.message.split(' serves')[0]]), [
      ['network', "Channel 'instagram'"],
      ['5', "Channel '5'"],
      ['status', "Channel '?'"],
    ]);
    assert.deepEqual(problems[0]!.range, [1, 4, 1, 11]);
  });

  it('handles Armenian ids and emoji', () => {
    const [problem] = checkRule(RULE, joinLines('channels:', '  - id: ինստագրամ 📸', '    network: instagram'), { locale: 'hy' });
    assert.equal(problem!.text, 'ինստագրամ 📸');
    assert.deepEqual(problem!.range, [1, 8, 1, 20]);
    assert.equal(problem!.message, "'ինստագրամ 📸' ալիքը ոչ մի նպատակի չի ծառայում։ Նշեք այն նպատակները, որոնց համար այն աշխատում է (goals)։");
  });

  it('speaks Russian', () => {
    const [problem] = checkRule(RULE, joinLines('channels:', '  - id: tg', '    goals: []'), { locale: 'ru' });
    assert.equal(problem!.message, "Канал 'tg' не служит ни одной цели. Укажите цели, на которые он работает (goals).");
  });
});
