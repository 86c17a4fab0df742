import { requireSection } from './section';
import { defineDocumentRule } from './rule';

export const noAudience = defineDocumentRule({
  id: 'no-audience',
  severity: 'error',
  seed: true,
  scope: 'document',
  description: {
    en: 'The strategy defines at least one target audience.',
    hy: 'Ռազմավարությունը սահմանում է առնվազն մեկ թիրախային լսարան։',
    ru: 'В стратегии определена хотя бы одна целевая аудитория.',
  },
  rationale: {
    en: 'The article\'s second question before starting is "what audience we will work with". "The target audience is the people who are most likely to like your product or service"; defining it "will let you target the audience and hit the target itself".',
    hy: 'Հոդվածի երկրորդ հարցը նախքան աշխատանքը սկսելը՝ «Ինչ լսարանի հետ ենք աշխատելու»։ «Թիրախային լսարանը այն մարդիկ են, ովքեր մեծ հավանականությամբ հավանելու են ձեր ապրանքը կամ ծառայությունը», և դրա սահմանումը «թույլ կտա թիրախավորել լսարանը և «հարվածել հենց թիրախին»»։',
    ru: 'Второй вопрос исходной статьи перед началом работы — «с какой аудиторией мы будем работать». «Целевая аудитория — это люди, которым с наибольшей вероятностью понравится ваш продукт или услуга»; её определение «позволит нацелиться на аудиторию и „попасть точно в цель“».',
  },
  messages: {
    missing: {
      en: "No target audience. Define who you will work with, so you can 'hit the target'.",
      hy: "Թիրախային լսարան չկա։ Սահմանեք, թե ում հետ եք աշխատելու, որպեսզի «հարվածեք հենց թիրախին»։",
      ru: 'Нет целевой аудитории. Определите, с кем вы будете работать, чтобы «попасть точно в цель».',
    },
  },
  check({ doc }, report) {
    requireSection(doc, 'audiences', report, 'missing');
  },
});
