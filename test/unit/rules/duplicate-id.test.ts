import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'duplicate-id';

describe(`rule ${RULE}`, () => {
  it('reports the second definition on its id, with the first one related', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: reach',
      '    type: awareness',
      '  - id: reach',
      '    type: sales',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'reach');
    assert.deepEqual(problems[0]!.range, [3, 8, 3, 13]);
    assert.equal(problems[0]!.message, "Duplicate id 'reach' in goals: it is already used on line 2. Ids must be unique within a section, because other items refer to them.");
    assert.deepEqual(problems[0]!.related, [{ text: 'reach', message: "The id 'reach' is first defined here." }]);
    // The fix renames the copy to the first numbered id nobody uses.
    assert.deepEqual(problems[0]!.data, { replacement: 'reach-2' });
  });

  it('reports every later copy, each pointing at the first', () => {
    const problems = checkRule(RULE, joinLines(
      'team:',
      '  - { id: ani, name: Ani }',
      '  - { id: ani, name: Ani B }',
      '  - { id: ani, name: Ani C }',
    ));
    assert.deepEqual(problems.map((p) => p.range), [[2, 10, 2, 13], [3, 10, 3, 13]]);
    assert.deepEqual(problems.map((p) => p.data?.replacement), ['ani-2', 'ani-3']);
    for (const p of problems) {
      assert.match(p.message, /in team: it is already used on line 2\./);
      assert.equal(p.related?.length, 1);
    }
  });

  it('checks every id section, and the same id in two different sections is fine', () => {
    const source = joinLines(
      'goals: [{ id: students }]',
      'audiences: [{ id: students }, { id: students }]',
      'competitors: [{ id: cafe }, { id: cafe }]',
      'channels: [{ id: ig }, { id: ig }]',
      'content_pillars: [{ id: offers }, { id: offers }]',
      'team: [{ id: students }]',
    );
    const problems = checkRule(RULE, source);
    assert.deepEqual(problems.map((p) => [p.text, p.range[0]]), [['students', 1], ['cafe', 2], ['ig', 3], ['offers', 4]]);
    assert.match(problems[1]!.message, /in competitors:/);
    assert.match(problems[3]!.message, /in content_pillars:/);
  });

  it('does not fire on unique ids', () => {
    assert.deepEqual(checkRule(RULE, joinLines('goals:', '  - id: reach', '  - id: sales', 'channels:', '  - id: reach')), []);
  });

  it('ignores missing, empty, non-string ids and broken items without throwing', () => {
    const source = joinLines(
      'goals:',
      '  - id:',
      '  - id:',
      '  - id: 7',
      '  - id: 7',
      '  - just text',
      '  - [a, list]',
      '  - title: no id',
      'audiences: students',
      'channels:',
      'team: {}',
    );
    assert.deepEqual(checkRule(RULE, source), []);
    assert.deepEqual(checkRule(RULE, ''), []);
    assert.deepEqual(checkRule(RULE, '- a list at the root'), []);
  });

  it('compares ids exactly (case and Unicode included)', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - id: Students',
      '  - id: students',
      '  - id: ուսանողներ 🎓',
      '  - id: ուսանողներ 🎓',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'ուսանողներ 🎓');
    // The emoji is two UTF-16 units, so the span ends at 8 + 11 + 2.
    assert.deepEqual(problems[0]!.range, [4, 8, 4, 21]);
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('channels:', '  - id: ig', '  - id: ig');
    const [hy] = checkRule(RULE, source, { locale: 'hy' });
    assert.equal(hy!.message, "Կրկնվող id 'ig' channels բաժնում․ այն արդեն օգտագործված է տող 2-ում։ Id-ները բաժնի ներսում պետք է եզակի լինեն, քանի որ մյուս տարրերը հղվում են դրանց։");
    assert.equal(hy!.related?.[0]?.message, "'ig' id-ն առաջին անգամ սահմանված է այստեղ։");
    const [ru] = checkRule(RULE, source, { locale: 'ru' });
    assert.match(ru!.message, /^Повторяющийся id 'ig' в разделе channels: он уже используется в строке 2\./);
  });
});
