import { child, type Node } from '../syntax/ast';
import { isFilledNode, pair, text } from '../model/read';
import { defineDocumentRule } from './rule';

export const customerCareWithoutSla = defineDocumentRule({
  id: 'customer-care-without-sla',
  severity: 'warning',
  seed: false,
  scope: 'document',
  description: {
    en: 'A strategy with a customer-care goal sets a target response time (community.response_time_hours).',
    hy: 'Եթե ռազմավարությունն ունի հաճախորդների սպասարկման նպատակ, այն նշում է արձագանքման նպատակային ժամանակը (community.response_time_hours)։',
    ru: 'Если в стратегии есть цель по поддержке клиентов, в ней задано целевое время ответа (community.response_time_hours).',
  },
  rationale: {
    en: 'The article\'s example goal 5 is "receiving and processing responses (feedback) in messages about products/services and the company\'s service". Customers judge that by speed: 79% expect a reply to a social media post within 24 hours and about 40% within the first hour (HubSpot, Sprout Social), and Sprinklr measures care by an SLA such as replying to every message within two hours. Without a target time there is nothing to measure the goal against.',
    hy: 'Հոդվածի օրինակ 5-րդ նպատակն է «Ապրանքների / ծառայությունների, ընկերության ծառայության վերաբերյալ հաղորդագրությունների արձագանքների ստացում, մշակում»։ Հաճախորդներն այն գնահատում են արագությամբ․ 79%-ը սոցիալական ցանցում գրառմանը պատասխան է սպասում 24 ժամվա ընթացքում, շուրջ 40%-ը՝ առաջին ժամում (HubSpot, Sprout Social), իսկ Sprinklr-ը սպասարկումը չափում է SLA-ով, օրինակ՝ բոլոր հաղորդագրություններին պատասխանել երկու ժամվա ընթացքում։ Առանց նպատակային ժամանակի նպատակը չափելու բան չկա։',
    ru: 'Пример цели 5 в исходной статье — «получение и обработка откликов (обратной связи) в сообщениях о товарах/услугах и обслуживании компании». Клиенты судят об этом по скорости: 79% ждут ответа на пост в соцсетях в течение 24 часов, около 40% — в течение первого часа (HubSpot, Sprout Social), а Sprinklr измеряет поддержку по SLA, например: отвечать на все сообщения в течение двух часов. Без целевого времени цель не с чем сравнить.',
  },
  messages: {
    noSla: {
      en: "Goal '{id}' is about customer care, but there is no target response time: set community.response_time_hours (most customers expect a reply within 24 hours).",
      hy: "'{id}' նպատակը հաճախորդների սպասարկման մասին է, բայց արձագանքման նպատակային ժամանակ նշված չէ․ լրացրեք community.response_time_hours (հաճախորդների մեծ մասը պատասխան է սպասում 24 ժամվա ընթացքում)։",
      ru: "Цель '{id}' касается поддержки клиентов, но целевое время ответа не задано: укажите community.response_time_hours (большинство клиентов ждут ответа в течение 24 часов).",
    },
    careGoal: {
      en: "The customer-care goal '{id}'.",
      hy: "Հաճախորդների սպասարկման '{id}' նպատակը։",
      ru: "Цель по поддержке клиентов '{id}'.",
    },
  },
  check({ doc }, report) {
    // The first customer-care goal stands for all of them: one response time serves every one.
    const goal = doc.items('goals').find((g) => text(g, 'type') === 'customer_care');
    const type = child(goal, 'type');
    if (!goal || !type) return;
    const id = goalLabel(child(goal, 'id'));
    const section = doc.sectionPair('community');

    // No community section (or a blank one): nothing in the file to point at but the goal that
    // needs it, so the squiggle sits on `customer_care` and the fix inserts the section.
    if (!section || !isFilledNode(section.value)) {
      report({
        messageId: 'noSla',
        args: { id },
        node: section?.key ?? type,
        data: { section: 'community' },
        ...(section ? { related: [{ node: type, messageId: 'careGoal' as const, args: { id } }] } : {}),
      });
      return;
    }
    // `community: 2` is a section of the wrong type; the schema says so, and a second message
    // saying "no response time" about a number that may well be one would be noise.
    if (section.value.kind !== 'map') return;
    const hours = pair(section.value, 'response_time_hours');
    // A value of the wrong type or size (`"2h"`, `0`) is stated; the schema reports its shape.
    if (isFilledNode(hours?.value)) return;
    report({
      messageId: 'noSla',
      args: { id },
      node: hours?.key ?? section.key,
      related: [{ node: type, messageId: 'careGoal', args: { id } }],
    });
  },
});

/** The goal's id as the message shows it (a number id is still recognisable), else '?'. */
function goalLabel(node: Node | undefined): string {
  return node?.kind === 'scalar' && node.value !== null && String(node.value).trim() !== '' ? String(node.value) : '?';
}
