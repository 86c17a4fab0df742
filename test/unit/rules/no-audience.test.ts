import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'no-audience';

describe(`rule ${RULE}`, () => {
  it('fires at the end of the file, blaming no line, when audiences are missing, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'goals:', '  - id: reach'));
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.range, [2, 13, 2, 13]);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.data, { section: 'audiences' });
    assert.equal(problems[0]!.message, "No target audience. Define who you will work with, so you can 'hit the target'.");
  });

  it('fires on the audiences key when the section is empty or blank', () => {
    for (const audiences of ['audiences: []', 'audiences:', 'audiences:\n  -', 'audiences: ""', 'audiences: {}', 'audiences: [{}]', 'audiences:\n  - id:']) {
      const problems = checkRule(RULE, joinLines('version: 1', audiences));
      assert.equal(problems.length, 1, audiences);
      assert.equal(problems[0]!.text, 'audiences', audiences);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 9], audiences);
      assert.deepEqual(problems[0]!.data, { section: 'audiences' }, audiences);
    }
  });

  it('does not fire when an audience exists, in block or flow style, in any script', () => {
    assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: students', '    name: University students')), []);
    assert.deepEqual(checkRule(RULE, 'audiences: [{ id: ուսանողներ, name: Ուսանողներ 🎓 }]'), []);
  });

  it('does not throw on an empty file or a list at the root', () => {
    // Both have no root mapping; the span is still placed on real text (or at 0).
    assert.equal(checkRule(RULE, '').length, 1);
    assert.equal(checkRule(RULE, '- a list').length, 1);
  });

  it('speaks Armenian and Russian', () => {
    assert.equal(checkRule(RULE, 'version: 1', { locale: 'hy' })[0]!.message, 'Թիրախային լսարան չկա։ Սահմանեք, թե ում հետ եք աշխատելու, որպեսզի «հարվածեք հենց թիրախին»։');
    assert.equal(checkRule(RULE, 'version: 1', { locale: 'ru' })[0]!.message, 'Нет целевой аудитории. Определите, с кем вы будете работать, чтобы «попасть точно в цель».');
  });
});
