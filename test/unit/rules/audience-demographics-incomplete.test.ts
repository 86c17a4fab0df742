import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'audience-demographics-incomplete';

describe(`rule ${RULE}`, () => {
  it('lists the missing attributes on the demographics key', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - id: students',
      '    demographics:',
      '      gender: [any]',
      '      age: { min: 18, max: 24 }',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'demographics');
    assert.deepEqual(problems[0]!.range, [2, 4, 2, 16]);
    assert.equal(problems[0]!.message, "Audience 'students': socio-demographic data missing: marital_status, occupation (write 'any' if it does not matter).");
    assert.deepEqual(problems[0]!.data, { addAny: ['marital_status', 'occupation'] });
  });

  it('points at the id when demographics is absent, and treats empty lists as missing', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - id: parents', '    name: Young parents', '  - id: other', '    demographics: { gender: [], age: {}, marital_status: [any], occupation: [any] }'));
    assert.deepEqual(problems.map((p) => p.text), ['parents', 'demographics']);
    assert.match(problems[1]!.message, /missing: gender, age/);
  });

  it("accepts 'any' as an answer", () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'audiences:',
      '  - id: all',
      '    demographics: { gender: [any], age: { min: 13, max: 120 }, marital_status: [any], occupation: [any] }',
    )), []);
  });

  it('handles Unicode ids and text in every locale', () => {
    const [problem] = checkRule(RULE, joinLines('audiences:', '  - id: ուսանողներ 🎓', '    name: Ուսանողներ'), { locale: 'hy' });
    assert.equal(problem!.text, 'ուսանողներ 🎓');
    assert.deepEqual(problem!.range, [1, 8, 1, 21]);
    assert.match(problem!.message, /^Լսարան 'ուսանողներ 🎓'/);
  });
});
