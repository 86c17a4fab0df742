import { requireSection } from './section';
import { defineDocumentRule } from './rule';

export const noContentPillars = defineDocumentRule({
  id: 'no-content-pillars',
  severity: 'warning',
  seed: false,
  scope: 'document',
  description: {
    en: 'The strategy names its content pillars: the 3–5 recurring themes you post about.',
    hy: 'Ռազմավարությունը նշում է բովանդակային ուղղությունները՝ այն 3–5 թեմաները, որոնց մասին պարբերաբար հրապարակում եք։',
    ru: 'В стратегии названы контентные рубрики — 3–5 постоянных тем, о которых вы публикуете.',
  },
  rationale: {
    en: 'The article\'s first phase asks "what unique content we will present to our audience", and the frameworks turn that answer into content pillars: Hootsuite\'s strategy checklist lists them, and templates ask to "define 3–5 core themes. Every post maps to one" (lukebaze; building-brands also recommends 3–5). Without pillars the content is decided post by post.',
    hy: 'Հոդվածի առաջին փուլում մտածում ենք, թե «ինչ եզակի կոնտենտ ենք ներկայացնելու մեր լսարանի համար», իսկ մեթոդաբանությունները այդ պատասխանը վերածում են բովանդակային ուղղությունների․ դրանք կան Hootsuite-ի ռազմավարության ստուգաթերթում, իսկ ձևանմուշները խորհուրդ են տալիս «սահմանել 3–5 հիմնական թեմա, և յուրաքանչյուր հրապարակում պատկանի դրանցից մեկին» (lukebaze, building-brands)։ Առանց ուղղությունների բովանդակությունը որոշվում է ամեն հրապարակման համար առանձին։',
    ru: 'В первой фазе исходной статьи мы думаем о том, «какой уникальный контент мы представим нашей аудитории», а методики превращают этот ответ в контентные рубрики: они есть в чек-листе стратегии Hootsuite, а шаблоны советуют «определить 3–5 основных тем, и каждый пост относится к одной из них» (lukebaze, building-brands). Без рубрик контент решается от поста к посту.',
  },
  messages: {
    missing: {
      en: 'No content pillars: name the 3–5 themes you will post about (content_pillars).',
      hy: 'Բովանդակային ուղղություններ չկան․ նշեք այն 3–5 թեմաները, որոնց մասին հրապարակելու եք (content_pillars)։',
      ru: 'Нет контентных рубрик: назовите 3–5 тем, о которых вы будете публиковать (content_pillars).',
    },
  },
  check({ doc }, report) {
    // Anything filled counts, even pillars of the wrong shape (`[Coffee, People]`): the schema
    // reports those with a precise message, and "no pillars" would be false.
    requireSection(doc, 'content_pillars', report, 'missing');
  },
});
