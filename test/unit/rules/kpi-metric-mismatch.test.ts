import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';
import { METRICS_BY_GOAL_TYPE } from '../../../src/core/rules/kpi-metric-mismatch';

const RULE = 'kpi-metric-mismatch';

describe(`rule ${RULE}`, () => {
  it('reports a metric of another funnel stage on the metric, with the metrics that fit', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - id: weekday-visits',
      '    type: sales',
      '    kpis:',
      '      - metric: likes',
      '        target: 500',
      '      - metric: promo_redemptions',
    ));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'likes');
    assert.deepEqual(problems[0]!.range, [4, 16, 4, 21]);
    assert.equal(problems[0]!.message, "'likes' does not measure a sales goal; metrics that do: conversions, conversion_rate, revenue, orders, promo_redemptions, cost_per_conversion, roas.");
    assert.equal(problems[0]!.data, undefined);
  });

  it('reports every mismatching KPI, in flow style too', () => {
    const problems = checkRule(RULE, joinLines(
      'goals:',
      '  - { id: care, type: customer_care, kpis: [{ metric: reach }, { metric: csat }, { metric: "followers" }] }',
    ));
    assert.deepEqual(problems.map((p) => [p.text, p.range]), [['reach', [1, 54, 1, 59]], ['"followers"', [1, 91, 1, 102]]]);
    assert.match(problems[0]!.message, /a customer_care goal; metrics that do: first_response_time, /);
  });

  it('accepts every catalogue metric for its goal type', () => {
    for (const [type, metrics] of Object.entries(METRICS_BY_GOAL_TYPE)) {
      const kpis = metrics.map((m) => `{ metric: ${m} }`).join(', ');
      assert.deepEqual(checkRule(RULE, `goals: [{ id: g, type: ${type}, kpis: [${kpis}] }]`), [], type);
    }
  });

  it('keeps the catalogue of DOMAIN.md §3.11', () => {
    assert.deepEqual(Object.keys(METRICS_BY_GOAL_TYPE), ['awareness', 'engagement', 'traffic', 'leads', 'sales', 'customer_care', 'community', 'loyalty']);
    assert.deepEqual(METRICS_BY_GOAL_TYPE.awareness, ['reach', 'impressions', 'followers', 'follower_growth_rate', 'video_views', 'profile_visits', 'mentions', 'share_of_voice']);
    assert.deepEqual(METRICS_BY_GOAL_TYPE.loyalty, ['repeat_customers', 'nps', 'reviews', 'ugc_posts', 'sentiment', 'csat']);
  });

  it('skips custom metrics, unknown metrics and unknown or missing goal types', () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'goals:',
      '  - { id: a, type: sales, kpis: [{ metric: "custom:table_bookings" }, { metric: custom:likes }] }',
      '  - { id: b, type: sales, kpis: [{ metric: reech }, { metric: Likes }] }',
      '  - { id: c, type: fame, kpis: [{ metric: likes }] }',
      '  - { id: d, type: constructor, kpis: [{ metric: likes }] }',
      '  - { id: e, kpis: [{ metric: likes }] }',
      '  - { id: f, type: [sales], kpis: [{ metric: likes }] }',
    )), []);
  });

  it('tolerates broken KPIs and goals without throwing', () => {
    assert.deepEqual(checkRule(RULE, joinLines(
      'goals:',
      '  - { id: a, type: sales, kpis: likes }',
      '  - { id: b, type: sales, kpis: [likes, 7, [reach]] }',
      '  - { id: c, type: sales, kpis: [{ metric: }, { metric: 7 }, { metric: [likes] }, { target: 5 }] }',
      '  - { id: d, type: sales, kpis: { metric: likes } }',
      '  - text only',
    )), []);
    for (const source of ['goals: reach', 'goals:', '']) assert.deepEqual(checkRule(RULE, source), [], source);
  });

  it('speaks Armenian and Russian', () => {
    const source = joinLines('goals:', '  - { id: ճանաչում, type: traffic, kpis: [{ metric: likes }] }');
    const [hy] = checkRule(RULE, source, { locale: 'hy' });
    assert.equal(hy!.message, "'likes' ցուցանիշը չի չափում traffic տեսակի նպատակ․ այն չափող ցուցանիշներն են՝ link_clicks, ctr, referral_sessions, profile_visits։");
    assert.deepEqual(hy!.range, [1, 52, 1, 57]);
    assert.equal(checkRule(RULE, source, { locale: 'ru' })[0]!.message, "'likes' не измеряет цель типа traffic; подходящие метрики: link_clicks, ctr, referral_sessions, profile_visits.");
  });
});
