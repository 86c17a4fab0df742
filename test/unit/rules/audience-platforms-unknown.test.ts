import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'audience-platforms-unknown';

describe(`rule ${RULE}`, () => {
  it('points at the id when platforms is missing', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - id: young-professionals', '    name: Young professionals'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'young-professionals');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 27]);
    assert.equal(problems[0]!.message, "Audience 'young-professionals': which social networks does it use? List them under platforms.");
  });

  it('points at the platforms key when the list is empty or blank', () => {
    for (const platforms of ['platforms:', 'platforms: []', 'platforms: [""]', 'platforms:\n      -']) {
      const problems = checkRule(RULE, joinLines('audiences:', '  - id: students', `    ${platforms}`));
      assert.equal(problems.length, 1, platforms);
      assert.equal(problems[0]!.text, 'platforms', platforms);
      assert.deepEqual(problems[0]!.range, [2, 4, 2, 13], platforms);
    }
  });

  it('does not fire when platforms are listed, in any style', () => {
    for (const platforms of ['[instagram, telegram]', 'twitter', '\n      - facebook']) {
      assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: students', `    platforms: ${platforms}`)), [], platforms);
    }
  });

  it('survives wrong types and broken items', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - true', '  - name: No id', '  - id: ok', '    platforms: [vk]'));
    assert.deepEqual(problems.map((p) => p.text), ['name']);
    assert.match(problems[0]!.message, /^Audience '\?'/);
  });

  it('speaks Armenian and Russian, with Unicode ids', () => {
    const source = 'audiences: [{ id: "ծնողներ 👶" }]';
    const [hy] = checkRule(RULE, source, { locale: 'hy' });
    assert.equal(hy!.text, '"ծնողներ 👶"');
    assert.equal(hy!.message, "Լսարան 'ծնողներ 👶'․ ո՞ր սոցիալական ցանցերից է այն օգտվում։ Նշեք դրանք platforms դաշտում։");
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "Аудитория 'ծնողներ 👶': какими соцсетями она пользуется? Перечислите их в поле platforms.");
  });
});
