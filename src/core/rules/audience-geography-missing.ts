import { child } from '../syntax/ast';
import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

/** The seed's geography attributes (country, city, region); one of them is enough. */
const ATTRIBUTES = ['countries', 'cities', 'regions'] as const;

export const audienceGeographyMissing = defineItemRule({
  id: 'audience-geography-missing',
  severity: 'warning',
  seed: true,
  scope: { section: 'audiences' },
  description: {
    en: 'Each audience states where it lives: at least one country, city or region.',
    hy: 'Յուրաքանչյուր լսարան նշում է իր աշխարհագրությունը՝ առնվազն մեկ երկիր, քաղաք կամ մարզ։',
    ru: 'Для каждой аудитории указана география: хотя бы одна страна, город или регион.',
  },
  rationale: {
    en: 'The article\'s second dimension of the target audience is geography: "Geography: country, city, region". Without it you cannot target the audience and "hit the target itself".',
    hy: 'Հոդվածում թիրախային լսարանի երկրորդ չափումը աշխարհագրությունն է՝ «Աշխարհագրություն. Երկիր, քաղաք, մարզ»։ Առանց դրա հնարավոր չէ թիրախավորել լսարանը և «հարվածել հենց թիրախին»։',
    ru: 'Второе измерение целевой аудитории в исходной статье — география: «География: страна, город, регион». Без неё нельзя нацелиться на аудиторию и «попасть точно в цель».',
  },
  messages: {
    missing: {
      en: "Audience '{id}': no geography (country, city or region).",
      hy: "Լսարան '{id}'․ աշխարհագրությունը նշված չէ (երկիր, քաղաք կամ մարզ)։",
      ru: "Аудитория '{id}': не указана география (страна, город или регион).",
    },
  },
  check(audience, report) {
    const geography = child(audience, 'geography');
    if (ATTRIBUTES.some((key) => filled(geography, key))) return;
    // `geography:` written but left empty (or filled with other keys): point at it, it is where the answer goes.
    report({
      messageId: 'missing',
      args: { id: text(audience, 'id') ?? '?' },
      data: { addKeys: ['geography'] },
      node: keyOf(audience, 'geography') ?? anchorOf(audience),
    });
  },
});
