import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

export const audiencePlatformsUnknown = defineItemRule({
  id: 'audience-platforms-unknown',
  severity: 'warning',
  seed: true,
  scope: { section: 'audiences' },
  description: {
    en: 'Each audience lists the social networks it uses (platforms).',
    hy: 'Յուրաքանչյուր լսարանի համար նշված են այն սոցիալական ցանցերը, որոնցից այն օգտվում է (platforms)։',
    ru: 'Для каждой аудитории перечислены соцсети, которыми она пользуется (platforms).',
  },
  rationale: {
    en: 'The article: "To work with the target audience, you need to know what social media they use." Networks are chosen by where the audience is, so the audience\'s platforms come first.',
    hy: 'Հոդվածից՝ թիրախային լսարանի հետ աշխատելու համար «անհրաժեշտ է իմանալ ինչ սոցիալական մեդիա են օգտագործում նրանք»։ Սոցիալական ցանցերն ընտրվում են ըստ այն բանի, թե որտեղ է լսարանը։',
    ru: 'Из исходной статьи: «Чтобы работать с целевой аудиторией, нужно знать, какими социальными медиа она пользуется». Соцсети выбирают по тому, где находится аудитория.',
  },
  messages: {
    unknown: {
      en: "Audience '{id}': which social networks does it use? List them under platforms.",
      hy: "Լսարան '{id}'․ ո՞ր սոցիալական ցանցերից է այն օգտվում։ Նշեք դրանք platforms դաշտում։",
      ru: "Аудитория '{id}': какими соцсетями она пользуется? Перечислите их в поле platforms.",
    },
  },
  check(audience, report) {
    if (filled(audience, 'platforms')) return;
    report({
      messageId: 'unknown',
      args: { id: text(audience, 'id') ?? '?' },
      data: { addKeys: ['platforms'] },
      node: keyOf(audience, 'platforms') ?? anchorOf(audience),
    });
  },
});
