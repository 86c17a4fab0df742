import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'competitor-activity-missing';

describe(`rule ${RULE}`, () => {
  it('fires on the network of an entry with neither user count nor activity', () => {
    const problems = checkRule(RULE, joinLines(
      'competitors:',
      '  - id: chain-abovyan',
      '    presence:',
      '      - network: instagram',
      '        handle: "@chain"',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'instagram');
    assert.deepEqual(problems[0]!.range, [3, 17, 3, 26]);
    assert.equal(problems[0]!.message, "Competitor 'chain-abovyan' on instagram: record the number of users (followers) and the activity: likes, comments or discussions (avg_likes, avg_comments, discussions).");
  });

  it('says which half is missing', () => {
    const problems = checkRule(RULE, joinLines(
      'competitors:',
      '  - id: roaster',
      '    presence:',
      '      - { network: instagram, followers: 7400 }',
      '      - { network: facebook, avg_comments: 3 }',
      '      - { network: telegram, followers: 1900, discussions: low }',
      '      - { network: x, followers: 0, avg_likes: 0 }',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.message]), [
      ['instagram', "Competitor 'roaster' on instagram: record the activity: likes, comments or discussions (avg_likes, avg_comments, discussions)."],
      ['facebook', "Competitor 'roaster' on facebook: record the number of users (followers)."],
    ]);
  });

  it('does not fire when every entry has a user count and some activity', () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'competitors:',
      '  - id: chain',
      '    presence:',
      '      - { network: instagram, followers: 18500, avg_likes: 210, avg_comments: 14, discussions: medium }',
      '      - { network: facebook, followers: 9200, discussions: none }',
      '  - id: no-presence',
      '    name: Not monitored yet',
    )), []);
  });

  it('falls back to the network key or the first key when the network is missing', () => {
    const problems = checkRule(RULE, joinLines(
      'competitors:',
      '  - id: c',
      '    presence:',
      '      - network:',
      '        followers: 10',
      '      - handle: "@c"',
      '      - {}',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [
      ['network', [3, 8, 3, 15]],
      ['handle', [5, 8, 5, 14]],
      ['{}', [6, 8, 6, 10]],
    ]);
    assert.equal(problems[0]!.message, "Competitor 'c' on ?: record the activity: likes, comments or discussions (avg_likes, avg_comments, discussions).");
  });

  it('treats a bare network name as an entry with nothing recorded', () => {
    const problems = checkRule(RULE, 'competitors: [{ id: c, presence: [instagram, 42, "", [x], { network: vk, followers: 1, avg_likes: 1 }] }]');
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [['instagram', [0, 34, 0, 43]]]);
    assert.match(problems[0]!.message, /^Competitor 'c' on instagram: record the number of users/);
    // A single mapping instead of a list is one entry.
    assert.deepEqual(checkRule(RULE, 'competitors: [{ id: c, presence: { network: vk } }]').map((p) => p.text), ['vk']);
  });

  it('survives wrong types', () => {
    assert.deepEqual(checkRule(RULE, 'competitors: [chain, { id: c, presence: 5 }, { id: d, presence: }]'), []);
    assert.deepEqual(checkRule(RULE, 'competitors: chain'), []);
    // followers as text is the wrong type, but recorded; the schema reports the type.
    assert.deepEqual(checkRule(RULE, 'competitors: [{ id: c, presence: [{ network: tiktok, followers: "18.5k", avg_likes: "~200" }] }]'), []);
  });

  it('handles Unicode ids and speaks Armenian and Russian', () => {
    const source = joinLines('competitors:', '  - id: "Սրճարան 🏆"', '    presence: [{ network: telegram }]');
    const [hy] = checkRule(RULE, source, { locale: 'hy' });
    assert.equal(hy!.message, "Մրցակից 'Սրճարան 🏆', telegram․ նշեք օգտվողների քանակը (followers) և ակտիվությունը՝ հավանումներ, մեկնաբանություններ կամ քննարկումներ (avg_likes, avg_comments, discussions)։");
    assert.deepEqual(hy!.range, [2, 26, 2, 34]);
    const [ru] = checkRule(RULE, source, { locale: 'ru' });
    assert.equal(ru!.message, "Конкурент 'Սրճարան 🏆' в telegram: укажите число пользователей (followers) и активность — лайки, комментарии или обсуждения (avg_likes, avg_comments, discussions).");
  });
});
