import { requireSection } from './section';
import { isFilledNode, pair } from '../model/read';
import { defineDocumentRule } from './rule';

export const noReportingCadence = defineDocumentRule({
  id: 'no-reporting-cadence',
  severity: 'warning',
  seed: false,
  scope: 'document',
  description: {
    en: 'The strategy says how often results are reported (reporting.cadence).',
    hy: 'Ռազմավարությունը նշում է, թե որքան հաճախ են ամփոփվում արդյունքները (reporting.cadence)։',
    ru: 'В стратегии указано, как часто подводятся итоги (reporting.cadence).',
  },
  rationale: {
    en: 'Hootsuite: a strategy should "define the roles and responsibilities within your team and outline your reporting cadence", and its steps end with "track and adjust" (SOSTAC\'s Control). Monthly reports are the standard, with a weekly quick check and a quarterly strategy review (socialk.it, gangulyconsulting, the Sidekick template). Without a fixed cadence the KPIs are never compared with their targets.',
    hy: 'Hootsuite-ի խորհուրդը․ ռազմավարությունը պետք է «սահմանի թիմի դերերն ու պարտականությունները և նշի հաշվետվությունների պարբերականությունը», իսկ նրա քայլերն ավարտվում են «հետևել և ճշգրտել» քայլով (SOSTAC-ում՝ «Վերահսկողություն»)։ Ընդունված է ամսական հաշվետվությունը, շաբաթական արագ ստուգմամբ և ռազմավարության եռամսյակային վերանայմամբ (socialk.it, gangulyconsulting, Sidekick-ի ձևանմուշ)։ Առանց հաստատուն պարբերականության հիմնական ցուցանիշները (KPI) երբեք չեն համեմատվում թիրախների հետ։',
    ru: 'Hootsuite: в стратегии нужно «распределить роли и обязанности в команде и определить периодичность отчётов», а его шаги заканчиваются этапом «отслеживать и корректировать» (в SOSTAC — «Контроль»). Стандарт — ежемесячный отчёт, с еженедельной быстрой проверкой и ежеквартальным пересмотром стратегии (socialk.it, gangulyconsulting, шаблон Sidekick). Без заданной периодичности KPI так и не сравнивают с целевыми значениями.',
  },
  messages: {
    missing: {
      en: 'No reporting cadence: how often will you report results? Set reporting.cadence to weekly, monthly or quarterly.',
      hy: 'Հաշվետվությունների պարբերականությունը նշված չէ․ որքա՞ն հաճախ եք ամփոփելու արդյունքները։ reporting.cadence-ում գրեք weekly, monthly կամ quarterly։',
      ru: 'Не указана периодичность отчётов: как часто вы будете подводить итоги? Укажите в reporting.cadence weekly, monthly или quarterly.',
    },
  },
  check({ doc }, report) {
    const section = requireSection(doc, 'reporting', report, 'missing');
    if (!section) return;
    // `reporting: monthly` is a cadence in the wrong place; the schema says the section is a mapping.
    if (section.value.kind !== 'map') return;
    const cadence = pair(section.value, 'cadence');
    // A value outside the enum (`biweekly`) is stated; the schema lists the allowed ones.
    if (isFilledNode(cadence?.value)) return;
    // `cadence:` with nothing after it is the precise place; else the section's key.
    report({ messageId: 'missing', node: cadence?.key ?? section.key });
  },
});
