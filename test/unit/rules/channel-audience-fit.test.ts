import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';

const RULE = 'channel-audience-fit';

const AUDIENCES = [
  'audiences:',
  '  - id: students',
  '    platforms: [instagram, telegram]',
  '  - id: professionals',
  '    platforms: [linkedin, x]',
  '  - id: parents',
  '    name: No platforms known yet',
];

describe(`rule ${RULE}`, () => {
  it("fires on the channel's network when none of its audiences uses it, pointing at their platforms", () => {
    const problems = checkRule(RULE, joinLines(...AUDIENCES, 'channels:', '  - id: fb-page', '    network: facebook', '    audiences: [students, professionals]'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'facebook');
    assert.deepEqual(problems[0]!.range, [9, 13, 9, 21]);
    assert.equal(problems[0]!.message, "Channel 'fb-page' is on facebook, but none of its audiences uses it. Choose networks your audience uses, not those where you are registered.");
    assert.deepEqual(problems[0]!.related, [
      { text: 'platforms', message: "Audience 'students' uses: instagram, telegram." },
      { text: 'platforms', message: "Audience 'professionals' uses: linkedin, x." },
    ]);
  });

  it('does not fire when one linked audience uses the network', () => {
    assert.deepEqual(checkRule(RULE, joinLines(...AUDIENCES, 'channels:', '  - id: ig', '    network: instagram', '    audiences: [professionals, students]')), []);
  });

  it('treats twitter and x as the same network, and ignores case', () => {
    assert.deepEqual(checkRule(RULE, joinLines(...AUDIENCES, 'channels:', '  - { id: tw, network: twitter, audiences: [professionals] }')), []);
    assert.deepEqual(checkRule(RULE, joinLines(
      'audiences: [{ id: a, platforms: [twitter] }]',
      'channels: [{ id: b, network: X, audiences: [a] }, { id: c, network: Instagram, audiences: a }]',
    )).map((p) => p.text), ['Instagram']);
  });

  it('is silent when no linked audience lists platforms, or an id does not resolve', () => {
    const source = joinLines(...AUDIENCES, 'channels:',
      '  - { id: ok, network: vk, audiences: [parents] }',
      '  - { id: unknown, network: vk, audiences: [nobody] }',
      '  - { id: mixed, network: instagram, audiences: [nobody, parents, students] }',
      '  - { id: no-network, audiences: [students] }',
      '  - { id: number-network, network: 5, audiences: [students] }',
    );
    assert.deepEqual(checkRule(RULE, source), []);
    // Audiences with no platforms are no evidence either way; the one that lists them decides.
    const problems = checkRule(RULE, joinLines(...AUDIENCES, 'channels:', '  - { id: yt, network: youtube, audiences: [parents, students, nobody] }'));
    assert.deepEqual(problems.map((p) => p.text), ['youtube']);
    assert.deepEqual(problems[0]!.related?.map((r) => r.message), ["Audience 'students' uses: instagram, telegram."]);
  });

  it('names a channel without audiences on its id, or on an empty audiences key', () => {
    const problems = checkRule(RULE, joinLines(...AUDIENCES, 'channels:',
      '  - id: ig-main',
      '    network: instagram',
      '  - id: tg',
      '    network: telegram',
      '    audiences: []',
      '  - network: facebook',
      '    audiences:',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [
      ['ig-main', [8, 8, 8, 15]],
      ['audiences', [12, 4, 12, 13]],
      ['audiences', [14, 4, 14, 13]],
    ]);
    assert.equal(problems[0]!.message, "Channel 'ig-main' is not linked to any audience (audiences).");
    assert.equal(problems[2]!.message, "Channel '?' is not linked to any audience (audiences).");
  });

  it('survives wrong types and broken items', () => {
    const source = joinLines(
      'audiences:',
      '  - plain string',
      '  - { id: a, platforms: { instagram: true } }',
      '  - { id: b, platforms: instagram }',
      '  - { id: 3, platforms: [facebook] }',
      'channels:',
      '  - 42',
      '  - { id: c1, network: [instagram], audiences: [a] }',
      '  - { id: c2, network: facebook, audiences: { a: 1 } }',
      '  - { id: c3, network: facebook, audiences: [a, 3] }',
      '  - { id: c4, network: facebook, audiences: b }',
    );
    const problems = checkRule(RULE, source);
    // Only c4 is judged: `audiences: b` is a one-item list and b lists instagram.
    assert.deepEqual(problems.map((p) => p.text), ['facebook']);
    assert.deepEqual(problems[0]!.range, [10, 23, 10, 31]);
    assert.deepEqual(checkRule(RULE, 'channels: nothing'), []);
    assert.deepEqual(checkRule(RULE, 'audiences: [x]'), []);
  });

  it('handles Unicode ids and speaks Armenian and Russian', () => {
    const source = joinLines(
      'audiences: [{ id: "ուսանողներ 🎓", platforms: [instagram] }]',
      'channels: [{ id: "ֆեյսբուք", network: facebook, audiences: ["ուսանողներ 🎓"] }, { id: "канал" }]',
    );
    const hy = checkRule(RULE, source, { locale: 'hy' });
    assert.deepEqual(hy.map((p) => p.text), ['facebook', '"канал"']);
    assert.equal(hy[0]!.message, "Ալիք 'ֆեյսբուք'․ facebook ցանցից նրա լսարաններից ոչ մեկը չի օգտվում։ Ընտրեք այն սոցիալական ցանցերը, որոնցից օգտվում է ձեր լսարանը, և ոչ թե նրանք, որտեղ դուք գրանցված եք։");
    assert.deepEqual(hy[0]!.related, [{ text: 'platforms', message: "Լսարան 'ուսանողներ 🎓'․ օգտվում է՝ instagram։" }]);
    assert.equal(hy[1]!.message, "Ալիք 'канал'․ կապված չէ որևէ լսարանի հետ (audiences)։");
    const ru = checkRule(RULE, source, { locale: 'ru' });
    assert.match(ru[0]!.message, /^Канал 'ֆեյսբուք' ведётся в facebook, но ни одна из его аудиторий этой соцсетью не пользуется\./);
    assert.equal(ru[1]!.message, "Канал 'канал' не связан ни с одной аудиторией (audiences).");
  });
});
