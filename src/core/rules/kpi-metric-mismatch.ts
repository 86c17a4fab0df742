import { child } from '../syntax/ast';
import { maps, text } from '../model/read';
import { defineItemRule } from './rule';

/**
 * The KPI catalogue of DOMAIN.md §3.11: which metrics measure each goal type, following the funnel
 * awareness → engagement → conversion → loyalty (Sprout Social Metrics Map, Khoros, Hootsuite).
 * The order within a row is the order of the suggestion in the message.
 */
export const METRICS_BY_GOAL_TYPE: Readonly<Record<string, readonly string[]>> = {
  awareness: ['reach', 'impressions', 'followers', 'follower_growth_rate', 'video_views', 'profile_visits', 'mentions', 'share_of_voice'],
  engagement: ['engagement_rate', 'likes', 'comments', 'shares', 'saves', 'replies', 'mentions', 'video_views'],
  traffic: ['link_clicks', 'ctr', 'referral_sessions', 'profile_visits'],
  leads: ['leads', 'dm_inquiries', 'form_submissions', 'sign_ups', 'cost_per_lead', 'conversion_rate', 'link_clicks'],
  sales: ['conversions', 'conversion_rate', 'revenue', 'orders', 'promo_redemptions', 'cost_per_conversion', 'roas'],
  customer_care: ['first_response_time', 'avg_response_time', 'response_rate', 'resolution_rate', 'csat', 'sentiment'],
  community: ['active_members', 'ugc_posts', 'comments', 'replies', 'engagement_rate', 'mentions'],
  loyalty: ['repeat_customers', 'nps', 'reviews', 'ugc_posts', 'sentiment', 'csat'],
};

/** Every metric of the catalogue: a metric outside it is a typo the schema already reports. */
const KNOWN_METRICS: ReadonlySet<string> = new Set(Object.values(METRICS_BY_GOAL_TYPE).flat());

export const kpiMetricMismatch = defineItemRule({
  id: 'kpi-metric-mismatch',
  severity: 'warning',
  seed: false,
  scope: { section: 'goals' },
  description: {
    en: "Each KPI's metric measures its goal's type (reach for awareness, response time for customer care…); custom: metrics are not checked.",
    hy: 'Յուրաքանչյուր KPI-ի ցուցանիշը չափում է իր նպատակի տեսակը (reach՝ իրազեկության համար, արձագանքման ժամանակ՝ հաճախորդների սպասարկման համար…)․ custom: ցուցանիշները չեն ստուգվում։',
    ru: 'Метрика каждого KPI измеряет тип своей цели (reach — для узнаваемости, время ответа — для клиентской поддержки…); метрики custom: не проверяются.',
  },
  rationale: {
    en: 'Metrics follow the customer journey: awareness, engagement, conversion, loyalty (Sprout Social Metrics Map, Khoros, Hootsuite). A metric from another stage says nothing about the goal; Hootsuite warns that "vanity metrics like retweets and likes" are hard to tie to real value and advises targets such as leads, web referrals and conversion rate.',
    hy: 'Ցուցանիշները հետևում են հաճախորդի ճանապարհին՝ իրազեկություն, ներգրավվածություն, փոխակերպում, հավատարմություն (Sprout Social Metrics Map, Khoros, Hootsuite)։ Մեկ այլ փուլի ցուցանիշը նպատակի մասին ոչինչ չի ասում․ Hootsuite-ը զգուշացնում է, որ «ունայնության ցուցանիշների» (վերահրապարակումներ, հավանումներ) իրական արժեքը դժվար է ապացուցել, և խորհուրդ է տալիս թիրախներ, ինչպիսիք են պոտենցիալ հաճախորդները, կայքի անցումները և փոխակերպման տոկոսը։',
    ru: 'Метрики следуют пути клиента: узнаваемость, вовлечённость, конверсия, лояльность (Sprout Social Metrics Map, Khoros, Hootsuite). Метрика другого этапа ничего не говорит о цели; Hootsuite предупреждает, что реальную ценность «метрик тщеславия» — ретвитов и лайков — трудно доказать, и советует цели вроде лидов, переходов на сайт и коэффициента конверсии.',
  },
  messages: {
    mismatch: {
      en: "'{metric}' does not measure a {type} goal; metrics that do: {list}.",
      hy: "'{metric}' ցուցանիշը չի չափում {type} տեսակի նպատակ․ այն չափող ցուցանիշներն են՝ {list}։",
      ru: "'{metric}' не измеряет цель типа {type}; подходящие метрики: {list}.",
    },
  },
  check(goal, report) {
    const type = text(goal, 'type');
    // An unknown or missing type is the schema's finding; there is nothing to compare against.
    const recommended = type !== undefined && Object.hasOwn(METRICS_BY_GOAL_TYPE, type) ? METRICS_BY_GOAL_TYPE[type] : undefined;
    if (!type || !recommended) return;
    for (const kpi of maps(goal, 'kpis')) {
      const metric = child(kpi, 'metric');
      if (metric?.kind !== 'scalar' || typeof metric.value !== 'string') continue;
      const name = metric.value;
      // `custom:` metrics are the user's own and cannot be judged; typos are the schema's finding.
      if (name.startsWith('custom:') || !KNOWN_METRICS.has(name) || recommended.includes(name)) continue;
      report({ messageId: 'mismatch', args: { metric: name, type, list: recommended }, node: metric });
    }
  },
});
