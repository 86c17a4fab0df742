import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'pillar-without-goal';

describe(`rule ${RULE}`, () => {
  it('fires on the goals key when the list is empty', () => {
    const problems = checkRule(RULE, joinLines(
      'content_pillars:',
      '  - id: coffee-craft',
      '    name: Coffee craft',
      '    goals: []',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'goals');
    assert.deepEqual(problems[0]!.range, [3, 4, 3, 9]);
    assert.equal(problems[0]!.message, "Content pillar 'coffee-craft' serves no goal. Add the goals it works for (goals).");
    assert.equal(problems[0]!.data, undefined);
  });

  it('fires on the id when goals is absent', () => {
    const problems = checkRule(RULE, joinLines('content_pillars:', '  - id: people', '    kind: behind_the_scenes'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'people');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 14]);
  });

  it('treats a key with no value and a list of blanks as empty', () => {
    for (const goals of ['    goals:', '    goals:\n      -', '    goals: [ "  " ]', '    goals: {}']) {
      const problems = checkRule(RULE, joinLines('content_pillars:', '  - id: offers', '    name: Offers', goals));
      assert.equal(problems.length, 1, goals);
      assert.equal(problems[0]!.text, 'goals', goals);
      assert.deepEqual(problems[0]!.range, [3, 4, 3, 9], goals);
    }
  });

  it('does not fire when the pillar names a goal, as a list or a lone id', () => {
    for (const goals of ['goals: [local-awareness]', 'goals: local-awareness', 'goals:\n      - local-awareness']) {
      assert.deepEqual(checkRule(RULE, joinLines('content_pillars:', '  - id: study-spot', `    ${goals}`)), [], goals);
    }
  });

  it('works on flow-style pillars like the example file', () => {
    const problems = checkRule(RULE, joinLines(
      'content_pillars:',
      '  - { id: coffee-craft, name: Coffee craft, kind: educational, share: 35, goals: [local-awareness] }',
      '  - { id: people, name: People behind the bar, kind: behind_the_scenes, share: 20, goals: [] }',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'goals');
    assert.deepEqual(problems[0]!.range, [2, 83, 2, 88]);
  });

  it('names the pillar by its name when it has no id, and never throws on wrong types', () => {
    const problems = checkRule(RULE, joinLines('content_pillars:', '  - name: Նոր սուրճ ☕', '  - Coffee', '  - 7', '  - [x]', '  - id: 12'));
    assert.deepEqual(problems.map((p) => [p.text, p.message.split(' serves')[0]]), [
      ['name', "Content pillar 'Նոր սուրճ ☕'"],
      ['12', "Content pillar '12'"],
    ]);
    for (const source of ['content_pillars: coffee', 'content_pillars: { id: x }', 'content_pillars:', 'content_pillars: []', '']) {
      assert.deepEqual(checkRule(RULE, source), [], source);
    }
  });

  it('speaks Armenian, with Armenian ids', () => {
    const [problem] = checkRule(RULE, joinLines('content_pillars:', '  - id: սուրճի-արվեստ', '    goals:'), { locale: 'hy' });
    assert.equal(problem!.text, 'goals');
    assert.deepEqual(problem!.range, [2, 4, 2, 9]);
    assert.equal(problem!.message, "'սուրճի-արվեստ' բովանդակային ուղղությունը ոչ մի նպատակի չի ծառայում։ Նշեք այն նպատակները, որոնց համար այն աշխատում է (goals)։");
  });

  it('speaks Russian', () => {
    const [problem] = checkRule(RULE, joinLines('content_pillars:', '  - id: offers'), { locale: 'ru' });
    assert.equal(problem!.message, "Рубрика 'offers' не служит ни одной цели. Укажите цели, на которые она работает (goals).");
  });
});
