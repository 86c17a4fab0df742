import { anchorOf, filled, keyOf, strings, text } from '../model/read';
import { defineDocumentRule } from './rule';

export const audienceUnvalidated = defineDocumentRule({
  id: 'audience-unvalidated',
  severity: 'info',
  seed: true,
  scope: 'document',
  description: {
    en: 'When no polls are recorded, each audience rests on some evidence other than assumption.',
    hy: 'Երբ հարցումներ գրանցված չեն, յուրաքանչյուր լսարան հիմնված է ոչ միայն ենթադրությունների վրա։',
    ru: 'Если опросы не записаны, каждая аудитория опирается не только на предположения.',
  },
  rationale: {
    en: 'The article: "You can run polls on different social networks, for example: would your activity be of interest, in what form would it be preferable to receive information … In this way you will learn which social network your audience is on, and also get ideas for future publications."',
    hy: 'Հոդվածից՝ «Տարբեր սոցիալական ցանցերում կարող եք կատարել հարցումներ օրինակ՝ կհետաքրքրի արդյոք ձեր գործունեությունը, ինչ տեսքով ավելի նախընտրելի կլինի ստանալ ինֆորմացիան … Նման եղանակով դուք կիմանաք թե որ սոցիալական ցանցում է ձէր լսարանը, այլ նաև գաղափարներ ապագա հրատարակությունների համար»։',
    ru: 'Из исходной статьи: «В разных соцсетях можно провести опросы, например: будет ли интересна ваша деятельность, в каком виде предпочтительнее получать информацию … Так вы узнаете, в какой соцсети ваша аудитория, а также получите идеи для будущих публикаций».',
  },
  messages: {
    unvalidated: {
      en: "Audience '{id}' rests on assumptions only: run a poll (research.polls) or record what it is based on (evidence).",
      hy: "'{id}' լսարանը հիմնված է միայն ենթադրությունների վրա․ կատարեք հարցում (research.polls) կամ նշեք, թե ինչի վրա է այն հիմնված (evidence)։",
      ru: "Аудитория '{id}' основана только на предположениях: проведите опрос (research.polls) или укажите, на чём она основана (evidence).",
    },
  },
  check({ doc }, report) {
    // Any poll is evidence about the audiences as a whole (the seed polls networks, not segments).
    if (filled(doc.section('research'), 'polls')) return;
    for (const audience of doc.items('audiences')) {
      const evidence = strings(audience, 'evidence').map((e) => e.trim().toLowerCase());
      if (evidence.some((e) => e !== 'assumption')) continue;
      report({
        messageId: 'unvalidated',
        args: { id: text(audience, 'id') ?? '?' },
        node: keyOf(audience, 'evidence') ?? anchorOf(audience),
      });
    }
  },
});
