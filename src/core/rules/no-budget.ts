import { requireSection } from './section';
import { filled } from '../model/read';
import { defineDocumentRule } from './rule';

export const noBudget = defineDocumentRule({
  id: 'no-budget',
  severity: 'warning',
  seed: false,
  scope: 'document',
  description: {
    en: 'The strategy has a budget: a total, items by category, or both.',
    hy: 'Ռազմավարությունն ունի բյուջե՝ ընդհանուր գումար, ծախսեր ըստ կատեգորիաների կամ երկուսը միասին։',
    ru: 'В стратегии есть бюджет: общая сумма, статьи расходов по категориям или и то, и другое.',
  },
  rationale: {
    en: 'The article closes: "So as not to waste a lot of time and money when working on social networks…" you must think first. A budget is where you decide that time and money: ad spend, content production, tools and people (themarketingjuice), budgeted apart for paid and organic work. Benchmarks put social at roughly 13–22% of a marketing budget (ellipsismarketing, CMO Survey).',
    hy: 'Հոդվածն ամփոփում է․ «Որպեսզի շատ ժամանակ և գումար չվատնեք սոցիալական ցանցերում աշխատելիս…», պետք է նախապես մտածել։ Բյուջեն այն տեղն է, որտեղ որոշում եք այդ ժամանակն ու գումարը՝ գովազդ, բովանդակության արտադրություն, գործիքներ և մարդիկ (themarketingjuice), վճարովի և օրգանիկ աշխատանքի համար առանձին։ Ըստ հետազոտությունների՝ սոցիալական մեդիային բաժին է ընկնում շուկայավարման բյուջեի մոտ 13–22%-ը (ellipsismarketing, CMO Survey)։',
    ru: 'Исходная статья подытоживает: «Чтобы не тратить много времени и денег, работая в соцсетях…», нужно сначала подумать. Бюджет — это место, где вы решаете, сколько времени и денег уйдёт на рекламу, производство контента, инструменты и людей (themarketingjuice), отдельно на платную и органическую работу. По исследованиям, на соцсети приходится примерно 13–22% маркетингового бюджета (ellipsismarketing, CMO Survey).',
  },
  messages: {
    missing: {
      en: 'No budget: how much time and money will this take? Give a total or items by category.',
      hy: 'Բյուջե չկա․ որքա՞ն ժամանակ և գումար կպահանջի սա։ Նշեք ընդհանուր գումարը (total) կամ ծախսերն ըստ կատեգորիաների (items)։',
      ru: 'Нет бюджета: сколько времени и денег это потребует? Укажите общую сумму (total) или статьи расходов по категориям (items).',
    },
  },
  check({ doc }, report) {
    const section = requireSection(doc, 'budget', report, 'missing');
    if (!section) return;
    // `budget: 300000` states a budget in the wrong shape; the schema reports that more usefully.
    if (section.value.kind !== 'map') return;
    // `total: 0` is an answer ("no money, only our time"); a total or an item of the wrong type is
    // the schema's to report. `items: [{}]` and `items: []` have no item.
    if (filled(section.value, 'total') || filled(section.value, 'items')) return;
    // Only `currency` (or notes) so far: the budget says in what, not how much.
    report({ messageId: 'missing', node: section.key });
  },
});
