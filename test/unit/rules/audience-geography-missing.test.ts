import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'audience-geography-missing';

describe(`rule ${RULE}`, () => {
  it('points at the id when the audience has no geography', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - id: students', '    name: University students'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'students');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 16]);
    assert.equal(problems[0]!.message, "Audience 'students': no geography (country, city or region).");
    assert.deepEqual(problems[0]!.data, { addKeys: ['geography'] });
  });

  it('points at the geography key when it is written but empty', () => {
    for (const geography of ['geography:', 'geography: {}', 'geography: { countries: [], cities: [""], regions: }', 'geography:\n      countries:']) {
      const problems = checkRule(RULE, joinLines('audiences:', '  - id: students', `    ${geography}`));
      assert.equal(problems.length, 1, geography);
      assert.equal(problems[0]!.text, 'geography', geography);
      assert.deepEqual(problems[0]!.range, [2, 4, 2, 13], geography);
    }
  });

  it('is satisfied by any one of countries, cities or regions', () => {
    for (const geography of ['{ countries: [AM] }', '{ cities: [Yerevan] }', '{ regions: [Kentron] }', '{ countries: AM }']) {
      assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: students', `    geography: ${geography}`)), [], geography);
    }
    assert.deepEqual(checkRule(RULE, joinLines(
      'audiences:',
      '  - id: students',
      '    geography:',
      '      cities:',
      '        - Գյումրի',
    )), []);
  });

  it('does not count other keys (a singular `country` is not `countries`)', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - id: students', '    geography: { country: AM }'));
    assert.deepEqual(problems.map((p) => p.text), ['geography']);
  });

  it('survives wrong types and broken items', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - just a string',
      '  - id: 42',
      '    geography: Yerevan',
      '  - geography: [AM]',
      '  - {}',
    ));
    // A number id is shown as '?'; a scalar or list geography has none of the three lists; an
    // empty mapping is an audience with nothing in it, underlined as a whole.
    assert.deepEqual(problems.map((p) => [p.text, p.message]), [
      ['geography', "Audience '?': no geography (country, city or region)."],
      ['geography', "Audience '?': no geography (country, city or region)."],
      ['{}', "Audience '?': no geography (country, city or region)."],
    ]);
    assert.deepEqual(checkRule(RULE, 'audiences: students'), []);
    assert.deepEqual(checkRule(RULE, 'audiences:'), []);
  });

  it('reports each audience of a flow-style list on its own id', () => {
    const problems = checkRule(RULE, 'audiences: [{ id: a, geography: { cities: [Yerevan] } }, { id: b }]');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'b');
    assert.deepEqual(problems[0]!.range, [0, 63, 0, 64]);
  });

  it('speaks Armenian and Russian, with Unicode ids', () => {
    const source = joinLines('audiences:', '  - id: ուսանողներ 🎓');
    const [hy] = checkRule(RULE, source, { locale: 'hy' });
    assert.equal(hy!.message, "Լսարան 'ուսանողներ 🎓'․ աշխարհագրությունը նշված չէ (երկիր, քաղաք կամ մարզ)։");
    assert.deepEqual(hy!.range, [1, 8, 1, 21]);
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "Аудитория 'ուսանողներ 🎓': не указана география (страна, город или регион).");
  });
});
