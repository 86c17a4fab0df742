import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'unresolved-reference';

describe(`rule ${RULE}`, () => {
  it('reports an unknown audience on the reference, with the id to create', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - id: students',
      'channels:',
      '  - id: ig',
      '    audiences: [students, parents]',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'parents');
    assert.deepEqual(problems[0]!.range, [4, 26, 4, 33]);
    assert.equal(problems[0]!.message, "There is no audience with the id 'parents'. Fix the spelling, or add this audience to audiences.");
    assert.deepEqual(problems[0]!.data, { missingId: { id: 'parents', section: 'audiences' } });
  });

  it('suggests the nearest defined id for a typo', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: local-awareness',
      'channels:',
      '  - id: ig-main',
      '    goals:',
      '      - local-awarness',
      'budget:',
      '  items:',
      '    - { category: ads, amount: 100, channel: IG-Main }',
    ));
    assert.deepEqual(problems.map((p) => p.text), ['local-awarness', 'IG-Main']);
    assert.deepEqual(problems[0]!.range, [5, 8, 5, 22]);
    assert.equal(problems[0]!.message, "There is no goal with the id 'local-awarness'. Did you mean 'local-awareness'?");
    assert.deepEqual(problems[0]!.data, { missingId: { id: 'local-awarness', section: 'goals' }, replacement: 'local-awareness' });
    assert.equal(problems[1]!.message, "There is no channel with the id 'IG-Main'. Did you mean 'ig-main'?");
    assert.deepEqual(problems[1]!.data, { missingId: { id: 'IG-Main', section: 'channels' }, replacement: 'ig-main' });
  });

  it('names each kind of item in plain words', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: reach',
      '    audiences: [nobody]',
      '    kpis: [{ metric: reach, channel: nowhere }]',
      'content_pillars:',
      '  - { id: craft, goals: [reach] }',
      'calendar:',
      '  entries:',
      '    - { date: 2025-03-03, channel: nowhere, pillar: tips, owner: ghost }',
      'reporting: { owner: boss }',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.message.replace(/ Fix the spelling.*$/, '')]), [
      ['nobody', "There is no audience with the id 'nobody'."],
      ['nowhere', "There is no channel with the id 'nowhere'."],
      ['nowhere', "There is no channel with the id 'nowhere'."],
      ['tips', "There is no content pillar with the id 'tips'."],
      ['ghost', "There is no team member with the id 'ghost'."],
      ['boss', "There is no team member with the id 'boss'."],
    ]);
  });

  it('reports owners even when there is no team section at all', () => {
    const problems = checkRule(RULE, joinLines(
      'channels:',
      '  - id: ig',
      '    owner: ani',
      'community:',
      '  crisis: { contact: mariam }',
      '  escalation:',
      '    - { level: 1, owner: ani }',
    ));
    assert.deepEqual(problems.map((p) => p.text), ['ani', 'mariam', 'ani']);
    assert.deepEqual(problems[1]!.range, [4, 21, 4, 27]);
    assert.deepEqual(problems.map((p) => p.data?.missingId?.section), ['team', 'team', 'team']);
    assert.equal(problems[0]!.data?.replacement, undefined);
  });

  it('does not fire when every reference resolves', () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'goals: [{ id: reach, audiences: [students], kpis: [{ metric: reach, channel: ig }] }]',
      'audiences: [{ id: students }]',
      'channels: [{ id: ig, audiences: [students], goals: [reach], owner: ani }]',
      'content_pillars: [{ id: craft, goals: [reach], audiences: [students], channels: [ig] }]',
      'calendar: { key_dates: [{ date: 2025-03-08, pillar: craft }], entries: [{ date: 2025-03-03, channel: ig, pillar: craft, owner: ani }] }',
      'budget: { currency: AMD, items: [{ category: ads, amount: 1, channel: ig }] }',
      'community: { crisis: { contact: ani }, escalation: [{ level: 1, owner: ani }] }',
      'reporting: { owner: ani }',
      'team: [{ id: ani, name: Ani }]',
    )), []);
  });

  it('handles a lone id where a list is expected, and ignores empty and non-string values', () => {
    const problems = checkRule(RULE, joinLines(
      'channels:',
      '  - id: ig',
      '    audiences: students',
      '    goals: []',
      '    owner:',
      '  - id: fb',
      '    goals: [7, true, null, ""]',
      '    audiences: { a: b }',
      '  - plain text',
      'reporting: weekly',
      'calendar: [1, 2]',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [['students', [2, 15, 2, 23]]]);
  });

  it('handles Unicode ids (Armenian text, emoji)', () => {
    const problems = checkRule(RULE, joinLines(
      'audiences:',
      '  - id: ուսանողներ',
      'channels:',
      '  - id: ig',
      '    audiences: [Ուսանողներ, 🎓]',
    ));
    // A capitalised Armenian id is the same id written differently: the fix lowercases it.
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [
      ['Ուսանողներ', [4, 16, 4, 26]],
      ['🎓', [4, 28, 4, 30]],
    ]);
    assert.equal(problems[0]!.data?.replacement, 'ուսանողներ');
    assert.equal(problems[1]!.data?.replacement, undefined);
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('goals: [{ id: reach }]', 'channels:', '  - { id: ig, goals: [reech, sales] }');
    const hy = checkRule(RULE, source, { locale: 'hy' });
    assert.equal(hy[0]!.message, "'reech' id-ով նպատակ չկա։ Գուցե նկատի ունեի՞ք 'reach'։");
    assert.equal(hy[1]!.message, "'sales' id-ով նպատակ չկա։ Ուղղեք գրությունը կամ ավելացրեք այդ նպատակը goals բաժնում։");
    const ru = checkRule(RULE, source, { locale: 'ru' });
    assert.equal(ru[0]!.message, "Цели с id 'reech' нет. Возможно, вы имели в виду 'reach'?");
    assert.equal(ru[1]!.message, "Цели с id 'sales' нет. Исправьте написание или добавьте эту цель в goals.");
    const member = checkRule(RULE, 'reporting: { owner: ani }', { locale: 'ru' });
    assert.match(member[0]!.message, /^Участника команды с id 'ani' нет\./);
  });
});
