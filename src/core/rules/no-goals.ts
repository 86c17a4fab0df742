import { requireSection } from './section';
import { defineDocumentRule } from './rule';

export const noGoals = defineDocumentRule({
  id: 'no-goals',
  severity: 'error',
  seed: true,
  scope: 'document',
  description: {
    en: 'The strategy states at least one goal.',
    hy: 'Ռազմավարությունը նշում է առնվազն մեկ նպատակ։',
    ru: 'В стратегии указана хотя бы одна цель.',
  },
  rationale: {
    en: 'The article: "Without a clear understanding of why you started all this, there is a high probability of getting unsatisfactory results." Social media must solve your business\'s problems.',
    hy: 'Հոդվածից՝ «Առանց հստակ հասկանալու, թե ինչու եք սկսել այս ամենը, մեծ հավանականություն ոչ բավարար արդյունքներ ստանալու»։ Սոցիալական մեդիան պետք է լուծի ձեր բիզնեսի խնդիրները։',
    ru: 'Из исходной статьи: «Без чёткого понимания, зачем вы всё это начали, велика вероятность неудовлетворительных результатов». Социальные сети должны решать задачи вашего бизнеса.',
  },
  messages: {
    missing: {
      en: 'No goals. Decide why the company is going into social networks before you start; without it unsatisfactory results are likely.',
      hy: 'Նպատակներ չկան։ Նախքան սկսելը որոշեք, թե ինչու է ընկերությունը մտնում սոցիալական ցանցեր․ առանց դրա մեծ է ոչ բավարար արդյունքներ ստանալու հավանականությունը։',
      ru: 'Нет целей. Прежде чем начинать, решите, зачем компания идёт в социальные сети: без этого велика вероятность неудовлетворительных результатов.',
    },
  },
  check({ doc }, report) {
    requireSection(doc, 'goals', report, 'missing');
  },
});
