import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'audience-psychographics-missing';

describe(`rule ${RULE}`, () => {
  it('points at the id when the audience has no psychographics', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - id: parents', '    name: Young parents'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'parents');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 15]);
    assert.equal(problems[0]!.message, "Audience 'parents': no psychographics (lifestyle, values, preferences, hobbies).");
  });

  it('points at the psychographics key when it is written but empty', () => {
    for (const value of ['', ' {}', ' { lifestyle: [], values: [""], preferences: , hobbies: [] }', '\n      hobbies:']) {
      const problems = checkRule(RULE, joinLines('audiences:', '  - id: parents', `    psychographics:${value}`));
      assert.equal(problems.length, 1, value);
      assert.equal(problems[0]!.text, 'psychographics', value);
      assert.deepEqual(problems[0]!.range, [2, 4, 2, 18], value);
    }
  });

  it('is satisfied by any one of lifestyle, values, preferences or hobbies', () => {
    for (const key of ['lifestyle', 'values', 'preferences', 'hobbies']) {
      assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: parents', `    psychographics: { ${key}: [something] }`)), [], key);
    }
    assert.deepEqual(checkRule(RULE, joinLines(
      'audiences:',
      '  - id: parents',
      '    psychographics:',
      '      hobbies:',
      '        - ֆոտոլուսանկարչություն 📷',
    )), []);
  });

  it('survives wrong types and broken items', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - 7',
      '  - id: [a, b]',
      '    psychographics: [sporty]',
      '  - psychographics: active',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range[0]]), [['psychographics', 3], ['psychographics', 4]]);
    assert.deepEqual(checkRule(RULE, 'audiences: {}'), []);
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('audiences:', '  - id: parents');
    assert.equal(checkRule(RULE, source, { locale: 'hy' })[0]!.message, "Լսարան 'parents'․ հոգեբանական տվյալները նշված չեն (կենսակերպ, արժեքներ, նախասիրություններ, հոբբիներ)։");
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "Аудитория 'parents': не указана психография (образ жизни, ценности, предпочтения, хобби).");
  });
});
