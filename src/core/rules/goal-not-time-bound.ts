import { child } from '../syntax/ast';
import { anchorOf, filled, keyOf, maps, text } from '../model/read';
import { isCalendarDate } from './invalid-range';
import { defineDocumentRule } from './rule';

export const goalNotTimeBound = defineDocumentRule({
  id: 'goal-not-time-bound',
  severity: 'warning',
  seed: false,
  // A document rule, not an item rule: whether a goal is time-bound depends on `period`.
  scope: 'document',
  reads: { goals: ['id', 'title', 'deadline', 'kpis.*.by'] },
  description: {
    en: "Each goal has a deadline (its own, a KPI's 'by' date, or the strategy period end), and no deadline falls after the period ends.",
    hy: "Յուրաքանչյուր նպատակ ունի վերջնաժամկետ (իր սեփականը, KPI-ի 'by' ամսաթիվը կամ ռազմավարության ժամանակահատվածի ավարտը), և ոչ մի վերջնաժամկետ չի ընկնում ժամանակահատվածի ավարտից հետո։",
    ru: "У каждой цели есть срок (свой, дата 'by' у KPI или конец периода стратегии), и ни один срок не выходит за конец периода.",
  },
  rationale: {
    en: 'SMART goals are Time-bound: Buffer explains the T as a deadline, and Hootsuite\'s SMART goals and strategy checklist ask for one too. A goal without a date can always be postponed, and a deadline after the strategy ends is never reviewed within it.',
    hy: 'SMART նպատակները ժամկետային են (Time-bound)․ Buffer-ը T տառը բացատրում է որպես վերջնաժամկետ, և Hootsuite-ի SMART նպատակներն ու ռազմավարության ստուգաթերթը նույնպես պահանջում են այն։ Առանց ամսաթվի նպատակը միշտ կարելի է հետաձգել, իսկ ռազմավարության ավարտից հետո ընկնող վերջնաժամկետը դրա շրջանակում երբեք չի ստուգվում։',
    ru: 'SMART-цели ограничены во времени (Time-bound): Buffer объясняет букву T как срок, и SMART-цели и чек-лист стратегии Hootsuite тоже его требуют. Цель без даты всегда можно отложить, а срок после окончания стратегии в её рамках никогда не проверяется.',
  },
  messages: {
    none: {
      en: "Goal '{id}' has no deadline, and the strategy has no period end. Add deadline: YYYY-MM-DD to the goal, or period.end to the strategy.",
      hy: "'{id}' նպատակը վերջնաժամկետ չունի, և ռազմավարության ժամանակահատվածն ավարտ չունի։ Նպատակին ավելացրեք deadline: YYYY-MM-DD, կամ ռազմավարությանը՝ period.end։",
      ru: "У цели '{id}' нет срока, а у периода стратегии нет даты окончания. Добавьте цели deadline: YYYY-MM-DD или стратегии period.end.",
    },
    afterPeriod: {
      en: "Goal '{id}' deadline {d} is after the strategy period ends ({end}).",
      hy: "'{id}' նպատակի վերջնաժամկետը՝ {d}, ռազմավարության ժամանակահատվածի ավարտից ({end}) հետո է։",
      ru: "Срок цели '{id}' ({d}) позже окончания периода стратегии ({end}).",
    },
    kpiAfterPeriod: {
      en: "Goal '{id}': the KPI deadline (by) {d} is after the strategy period ends ({end}).",
      hy: "Նպատակ '{id}'․ KPI-ի վերջնաժամկետը (by)՝ {d}, ռազմավարության ժամանակահատվածի ավարտից ({end}) հետո է։",
      ru: "Цель '{id}': срок KPI (by) {d} позже окончания периода стратегии ({end}).",
    },
    periodEnd: {
      en: 'The strategy period ends here.',
      hy: 'Ռազմավարության ժամանակահատվածն ավարտվում է այստեղ։',
      ru: 'Период стратегии заканчивается здесь.',
    },
  },
  check({ doc }, report) {
    const period = doc.section('period');
    const endNode = child(period, 'end');
    const end = text(period, 'end');
    // Only an end bounds a goal in time; a period with just a start does not.
    const periodBounds = filled(period, 'end');
    // Only a sound end date can be compared with (a malformed one is the schema's finding).
    const comparableEnd = end !== undefined && isCalendarDate(end) ? end : undefined;

    for (const goal of doc.items('goals')) {
      const id = text(goal, 'id') ?? text(goal, 'title') ?? '?';
      const kpis = maps(goal, 'kpis');
      const hasDeadline = filled(goal, 'deadline') || kpis.some((kpi) => filled(kpi, 'by'));
      if (!hasDeadline && !periodBounds) {
        report({
          messageId: 'none',
          args: { id },
          node: keyOf(goal, 'deadline') ?? anchorOf(goal),
          // Inserting a period skeleton fixes every goal at once; only when there is no `period:` to extend.
          ...(doc.sectionPair('period') ? {} : { data: { section: 'period' } }),
        });
        continue;
      }
      if (!comparableEnd || !endNode) continue;
      const related = [{ node: endNode, messageId: 'periodEnd' as const }];
      const deadline = child(goal, 'deadline');
      const d = text(goal, 'deadline');
      // ISO dates of the same shape compare correctly as strings.
      if (deadline && d && isCalendarDate(d) && d > comparableEnd) {
        report({ messageId: 'afterPeriod', args: { id, d, end: comparableEnd }, node: deadline, related });
      }
      for (const kpi of kpis) {
        const byNode = child(kpi, 'by');
        const by = text(kpi, 'by');
        if (byNode && by && isCalendarDate(by) && by > comparableEnd) {
          report({ messageId: 'kpiAfterPeriod', args: { id, d: by, end: comparableEnd }, node: byNode, related });
        }
      }
    }
  },
});
