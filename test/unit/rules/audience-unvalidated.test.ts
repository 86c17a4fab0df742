import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'audience-unvalidated';

describe(`rule ${RULE}`, () => {
  it('fires on the evidence key of an audience resting on assumptions, when there are no polls', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - id: students',
      '    evidence: [assumption]',
      '  - id: professionals',
      '    evidence: [analytics, assumption]',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'evidence');
    assert.deepEqual(problems[0]!.range, [2, 4, 2, 12]);
    assert.equal(problems[0]!.message, "Audience 'students' rests on assumptions only: run a poll (research.polls) or record what it is based on (evidence).");
  });

  it('fires on the id when evidence is missing, and on an empty evidence key', () => {
    const problems = checkRule(RULE, joinLines(
      'research:',
      '  polls: []',
      '  content_ideas: [bean of the week]',
      'audiences:',
      '  - id: students',
      '  - id: parents',
      '    evidence:',
      '  - { id: pensioners, evidence: assumption }',
      '  - { id: tourists, evidence: [Assumption, assumption] }',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [
      ['students', [4, 8, 4, 16]],
      ['evidence', [6, 4, 6, 12]],
      ['evidence', [7, 22, 7, 30]],
      ['evidence', [8, 20, 8, 28]],
    ]);
  });

  it('does not fire once a poll is recorded', () => {
    const source = joinLines(
      'research:',
      '  polls:',
      '    - network: instagram',
      '      question: Would a quiet café for studying interest you?',
      'audiences:',
      '  - id: students',
      '    evidence: [assumption]',
    );
    assert.deepEqual(checkRule(RULE, source), []);
    assert.deepEqual(checkRule(RULE, joinLines('research: { polls: ["Հարցում Instagram-ում 📊"] }', 'audiences: [{ id: a }]')), []);
  });

  it('does not fire when the audience has other evidence', () => {
    for (const evidence of ['[poll]', 'competitor_monitoring', '[interviews, assumption]', '[sales_data]']) {
      assert.deepEqual(checkRule(RULE, joinLines('audiences:', '  - id: students', `    evidence: ${evidence}`)), [], evidence);
    }
  });

  it('survives wrong types', () => {
    const problems = checkRule(RULE, joinLines(
      'research: polls',
      'audiences:',
      '  - just text',
      '  - { id: 5, evidence: { poll: yes } }',
      '  - { id: b, evidence: [[poll]] }',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.message.slice(0, 13)]), [['evidence', "Audience '?' "], ['evidence', "Audience 'b' "]]);
    assert.deepEqual(checkRule(RULE, 'audiences: nobody'), []);
    assert.deepEqual(checkRule(RULE, 'research: { polls: [] }'), []);
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('audiences:', '  - id: ուսանողներ');
    assert.equal(checkRule(RULE, source, { locale: 'hy' })[0]!.message, "'ուսանողներ' լսարանը հիմնված է միայն ենթադրությունների վրա․ կատարեք հարցում (research.polls) կամ նշեք, թե ինչի վրա է այն հիմնված (evidence)։");
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "Аудитория 'ուսանողներ' основана только на предположениях: проведите опрос (research.polls) или укажите, на чём она основана (evidence).");
  });
});
