import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'no-content-pillars';

describe(`rule ${RULE}`, () => {
  it('fires at the end of the file, blaming no line, when the section is missing, with the section to insert', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'brand: { name: Nush Coffee }', 'channels: [{ id: ig }]'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '');
    assert.deepEqual(problems[0]!.range, [2, 22, 2, 22]);
    assert.deepEqual(problems[0]!.data, { section: 'content_pillars' });
    assert.equal(problems[0]!.message, 'No content pillars: name the 3–5 themes you will post about (content_pillars).');
  });

  it('fires on the key when the section is empty or blank', () => {
    for (const pillars of ['content_pillars: []', 'content_pillars:', 'content_pillars:\n  -', 'content_pillars: [{}]', 'content_pillars: ""']) {
      const problems = checkRule(RULE, joinLines('version: 1', pillars));
      assert.equal(problems.length, 1, pillars);
      assert.equal(problems[0]!.text, 'content_pillars', pillars);
      assert.deepEqual(problems[0]!.range, [1, 0, 1, 15], pillars);
      assert.deepEqual(problems[0]!.data, { section: 'content_pillars' }, pillars);
    }
  });

  it('does not fire when a pillar exists, in block or flow style', () => {
    assert.deepEqual(checkRule(RULE, joinLines('content_pillars:', '  - id: coffee-craft', '    name: Coffee craft')), []);
    assert.deepEqual(checkRule(RULE, 'content_pillars: [{ id: offers, name: Offers and specials 🎁 }]'), []);
  });

  it('leaves pillars of the wrong shape to the schema', () => {
    for (const pillars of ['content_pillars: [Coffee craft, People]', 'content_pillars: Coffee', 'content_pillars: { id: x }']) {
      assert.deepEqual(checkRule(RULE, joinLines('version: 1', pillars)), [], pillars);
    }
  });

  it('sits at the end of the file when the root is not a mapping, without throwing', () => {
    assert.deepEqual(checkRule(RULE, '').map((p) => p.range), [[0, 0, 0, 0]]);
    assert.deepEqual(checkRule(RULE, '- a').map((p) => p.range), [[0, 3, 0, 3]]);
  });

  it('speaks Armenian and Russian', () => {
    assert.match(checkRule(RULE, 'version: 1', { locale: 'hy' })[0]!.message, /^Բովանդակային ուղղություններ չկան․ նշեք այն 3–5 թեմաները/);
    assert.match(checkRule(RULE, 'version: 1', { locale: 'ru' })[0]!.message, /^Нет контентных рубрик: назовите 3–5 тем/);
  });
});
