import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'audience-needs-missing';

describe(`rule ${RULE}`, () => {
  it('points at the id when neither needs nor expectations are written', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - id: students', '    platforms: [instagram]'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'students');
    assert.deepEqual(problems[0]!.range, [1, 8, 1, 16]);
    assert.equal(problems[0]!.message, "Audience 'students': no needs (requests) or expectations.");
  });

  it('points at an empty needs key, else an empty expectations key', () => {
    let problems = checkRule(RULE, joinLines('audiences:', '  - id: students', '    expectations: []', '    needs:'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'needs');
    assert.deepEqual(problems[0]!.range, [3, 4, 3, 9]);
    problems = checkRule(RULE, joinLines('audiences:', '  - id: students', '    expectations: [" ", ""]'));
    assert.equal(problems[0]!.text, 'expectations');
    assert.deepEqual(problems[0]!.range, [2, 4, 2, 16]);
  });

  it('is satisfied by needs alone or expectations alone', () => {
    assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: students', '    needs: [a place to study]', '    expectations: []')), []);
    assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: students', '    expectations:', '      - զեղչ ուսանողների համար 🎓')), []);
    // A lone string is the wrong shape but still an answer; the schema reports the shape.
    assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: students', '    needs: cheap coffee')), []);
  });

  it('survives wrong types and broken items', () => {
    const problems = checkRule(RULE, joinLines('audiences:', '  - null', '  - needs: {}', '  - [id, x]'));
    assert.deepEqual(problems.map((p) => p.text), ['needs']);
    assert.equal(problems[0]!.message, "Audience '?': no needs (requests) or expectations.");
  });

  it('works in flow style', () => {
    const problems = checkRule(RULE, 'audiences: [{ id: a, needs: [] }]');
    assert.equal(problems[0]!.text, 'needs');
    assert.deepEqual(problems[0]!.range, [0, 21, 0, 26]);
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('audiences:', '  - id: students');
    assert.equal(checkRule(RULE, source, { locale: 'hy' })[0]!.message, "Լսարան 'students'․ նշված չեն կարիքները (հարցումները) կամ սպասումները։");
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "Аудитория 'students': не указаны потребности (запросы) или ожидания.");
  });
});
