import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'invalid-range';

describe(`rule ${RULE}`, () => {
  it('reports a period that ends before it starts on the end date', () => {
    const problems = checkRule(RULE, joinLines(
      'period:',
      '  start: 2025-08-31',
      '  end: 2025-03-01',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, '2025-03-01');
    assert.deepEqual(problems[0]!.range, [2, 7, 2, 17]);
    assert.equal(problems[0]!.message, 'period.end (2025-03-01) is before period.start (2025-08-31).');
    assert.deepEqual(problems[0]!.related, [{ text: '2025-08-31', message: 'The period starts here.' }]);
  });

  it('works in flow style and with quoted dates', () => {
    const problems = checkRule(RULE, 'period: { start: "2025-03-02", end: \'2025-03-01\' }');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, "'2025-03-01'");
    assert.deepEqual(problems[0]!.range, [0, 36, 0, 48]);
  });

  it('accepts a forward period, a one-day period and a half-written one', () => {
    for (const period of [
      'period: { start: 2025-03-01, end: 2025-08-31 }',
      'period: { start: 2025-03-01, end: 2025-03-01 }',
      'period: { start: 2025-03-01 }',
      'period: { end: 2025-03-01 }',
      'period: { start: 2025-03-01, end: }',
      'period:',
      'period: []',
      'period: soon',
    ]) {
      assert.deepEqual(checkRule(RULE, period), [], period);
    }
  });

  it('compares only real dates (malformed ones are the schema’s finding)', () => {
    for (const period of [
      'period: { start: 2025-08-31, end: 2025-02-30 }',
      'period: { start: 2025-08-31, end: 2025-3-1 }',
      'period: { start: next year, end: 2025-03-01 }',
      'period: { start: 20250831, end: 20250301 }',
      'period: { start: 2025-08-31, end: [2025-03-01] }',
    ]) {
      assert.deepEqual(checkRule(RULE, period), [], period);
    }
  });

  it('reports an age range whose min is above its max on max, with min related', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - id: students',
      '    demographics:',
      '      age:',
      '        min: 35',
      '        max: 18',
      '  - id: parents',
      '    demographics: { age: { min: 25, max: 40 } }',
      '  - id: pros',
      '    demographics: { age: { min: 40, max: 25 } }',
    ));
    assert.equal(problems.length, 2);
    assert.equal(problems[0]!.text, '18');
    assert.deepEqual(problems[0]!.range, [5, 13, 5, 15]);
    assert.equal(problems[0]!.message, "Audience 'students': age.min (35) is greater than age.max (18).");
    assert.deepEqual(problems[0]!.related, [{ text: '35', message: 'The lower age limit is here.' }]);
    assert.equal(problems[1]!.text, '25');
    assert.deepEqual(problems[1]!.range, [9, 41, 9, 43]);
  });

  it('accepts equal ages and ignores missing, non-numeric and broken ages without throwing', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - { id: a, demographics: { age: { min: 30, max: 30 } } }',
      '  - { id: b, demographics: { age: { min: 30 } } }',
      '  - { id: c, demographics: { age: { min: "40", max: "20" } } }',
      '  - { id: d, demographics: { age: 18-24 } }',
      '  - { id: e, demographics: [age] }',
      '  - { id: f, demographics: }',
      '  - just text',
      '  - { id: g, demographics: { age: { min: 40, max: } } }',
    ));
    assert.deepEqual(problems, []);
    assert.deepEqual(checkRule(RULE, 'audiences: students'), []);
  });

  it('names an audience without an id, and one with an Armenian id', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - demographics: { age: { min: 40, max: 20 } }',
      '  - id: ծնողներ 👶',
      '    demographics: { age: { min: 40, max: 20 } }',
    ), { locale: 'hy' });
    assert.equal(problems[0]!.message, "Լսարան '?'․ age.min-ը (40) մեծ է age.max-ից (20)։");
    assert.equal(problems[1]!.message, "Լսարան 'ծնողներ 👶'․ age.min-ը (40) մեծ է age.max-ից (20)։");
  });

  it('speaks Armenian and Russian', () => {
    const source = 'period: { start: 2025-08-31, end: 2025-03-01 }';
    assert.equal(checkRule(RULE, source, { locale: 'hy' })[0]!.message, 'period.end-ը (2025-03-01) period.start-ից (2025-08-31) առաջ է։');
    const [ru] = checkRule(RULE, source, { locale: 'ru' });
    assert.equal(ru!.message, 'period.end (2025-03-01) раньше, чем period.start (2025-08-31).');
    assert.equal(ru!.related?.[0]?.message, 'Период начинается здесь.');
  });
});
