import { child, type Node } from '../syntax/ast';
import { isFilledNode } from '../model/read';
import { defineDocumentRule } from './rule';

export const noCompetitorMonitoring = defineDocumentRule({
  id: 'no-competitor-monitoring',
  severity: 'warning',
  seed: true,
  scope: 'document',
  description: {
    en: 'At least one competitor has a recorded presence on a social network.',
    hy: 'Առնվազն մեկ մրցակցի համար նշված է, թե որ սոցիալական ցանցերում է այն ներկա։',
    ru: 'Хотя бы для одного конкурента записано, в каких соцсетях он присутствует.',
  },
  rationale: {
    en: 'To learn which networks the target audience uses, the article says to monitor competitors: "See which social networks your competitors are on. In which of them is the largest number of users, and where is there activity, that is, likes, comments, discussions." Hootsuite and Sprout Social make competitive analysis a step of every strategy.',
    hy: 'Որպեսզի իմանաք, թե որ սոցիալական ցանցերից է օգտվում ձեր լսարանը, հոդվածը խորհուրդ է տալիս մոնիտորինգ անցկացնել՝ «Տեսեք, թե որ սոցիալական ցանցերում են ձեր մրցակիցները: Որում օգտվողների ամենամեծ քանակն է և կա ակտիվություն, այսինքն ՝ հավանումներ, մեկնաբանություններ, քննարկումներ»։',
    ru: 'Чтобы понять, какими соцсетями пользуется ваша аудитория, исходная статья советует провести мониторинг: «Посмотрите, в каких соцсетях присутствуют ваши конкуренты. В какой из них больше всего пользователей и есть активность, то есть лайки, комментарии, обсуждения». Hootsuite и Sprout Social тоже делают анализ конкурентов обязательным шагом стратегии.',
  },
  messages: {
    missing: {
      en: 'No competitor monitoring: which networks are your competitors on, where are the most users and the most activity?',
      hy: 'Մրցակիցների մոնիտորինգ չկա․ ո՞ր սոցիալական ցանցերում են ձեր մրցակիցները, որտե՞ղ է օգտվողների ամենամեծ քանակը և ամենաշատ ակտիվությունը։',
      ru: 'Нет мониторинга конкурентов: в каких соцсетях присутствуют ваши конкуренты, где больше всего пользователей и активности?',
    },
  },
  check({ doc }, report) {
    if (doc.items('competitors').some((competitor) => hasPresence(child(competitor, 'presence')))) return;
    const section = doc.sectionPair('competitors');
    report({
      messageId: 'missing',
      node: section?.key,
      // Competitors listed without presence get no skeleton: the section is there to be completed.
      ...(isFilledNode(section?.value) ? {} : { data: { section: 'competitors' } }),
    });
  },
});

/**
 * True when `presence` records at least one network. The schema wants a list of mappings, but a
 * bare `presence: [instagram]` or a single mapping still says where the competitor is; the schema
 * reports the shape, and this rule should not also claim that nothing was monitored.
 */
function hasPresence(presence: Node | undefined): boolean {
  if (!presence) return false;
  const entries = presence.kind === 'seq' ? presence.items : [presence];
  return entries.some((entry) =>
    entry.kind === 'map' ? isFilledNode(entry) : entry.kind === 'scalar' && typeof entry.value === 'string' && entry.value.trim() !== '');
}
