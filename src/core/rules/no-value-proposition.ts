import { isFilledNode, pair } from '../model/read';
import { defineDocumentRule } from './rule';

export const noValueProposition = defineDocumentRule({
  id: 'no-value-proposition',
  severity: 'error',
  seed: true,
  scope: 'document',
  description: {
    en: 'The strategy states the value of the material it will offer (value.proposition).',
    hy: 'Ռազմավարությունը նշում է մատուցվող նյութի արժեքը (value.proposition)։',
    ru: 'В стратегии указана ценность предлагаемого материала (value.proposition).',
  },
  rationale: {
    en: 'The value of the material offered is the third of the article\'s questions to answer before starting ("The value of the material being offered"); its first phase asks "what unique content we will present to our audience", and its summary ends with "the values that you would like to convey to potential customers".',
    hy: 'Մատուցվող նյութի արժեքը հոդվածի այն երրորդ հարցն է, որին պետք է պատասխանել նախքան աշխատանքը սկսելը՝ «Մատուցվող նյութի արժեքը»։ Առաջին փուլում մտածում ենք, թե «ինչ եզակի կոնտենտ ենք ներկայացնելու մեր լսարանի համար», իսկ ամփոփումը պահանջում է որոշել «այն արժեքները, որոնք դուք կցանկանաք փոխանցել պոտենցիալ հաճախորդներին»։',
    ru: 'Ценность предлагаемого материала — третий из вопросов, на которые исходная статья требует ответить до начала работы («Ценность предлагаемого материала»). На первом этапе мы думаем, «какой уникальный контент представим нашей аудитории», а итог статьи требует определить «ценности, которые вы хотели бы донести до потенциальных клиентов».',
  },
  messages: {
    missing: {
      en: 'No value stated (value.proposition): what is the value of the material you will offer, and what values should potential customers take away?',
      hy: 'Արժեքը նշված չէ (value.proposition)․ ո՞րն է ձեր մատուցվող նյութի արժեքը, և ի՞նչ արժեքներ եք ուզում փոխանցել պոտենցիալ հաճախորդներին։',
      ru: 'Ценность не указана (value.proposition): в чём ценность материала, который вы будете предлагать, и какие ценности вы хотите донести до потенциальных клиентов?',
    },
  },
  check({ doc }, report) {
    const section = doc.sectionPair('value');
    const proposition = pair(section?.value, 'proposition');
    // A number or a list is the wrong type but still an answer; the schema reports the type.
    if (isFilledNode(proposition?.value)) return;
    if (proposition) {
      // `proposition:` written and left empty: the cursor belongs right there.
      report({ messageId: 'missing', node: proposition.key });
    } else if (section && isFilledNode(section.value)) {
      // The section has other answers (unique_content, messages) but not the proposition itself.
      report({ messageId: 'missing', node: section.key });
    } else {
      // Missing, `value:` or `value: {}`: a skeleton can be inserted (or filled in) as a whole.
      report({ messageId: 'missing', node: section?.key, data: { section: 'value' } });
    }
  },
});
