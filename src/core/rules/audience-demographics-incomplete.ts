import { child } from '../syntax/ast';
import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

/** The seed's socio-demographic attributes, in its order: sex, age, family status, occupation. */
const ATTRIBUTES = ['gender', 'age', 'marital_status', 'occupation'] as const;

export const audienceDemographicsIncomplete = defineItemRule({
  id: 'audience-demographics-incomplete',
  severity: 'warning',
  seed: true,
  scope: { section: 'audiences' },
  description: {
    en: "Each audience states gender, age, marital status and occupation (or 'any').",
    hy: "Յուրաքանչյուր լսարան նշում է սեռը, տարիքը, ընտանեկան դրությունը և զբաղմունքը (կամ 'any')։",
    ru: "Для каждой аудитории указаны пол, возраст, семейное положение и род занятий (или 'any').",
  },
  rationale: {
    en: 'The article defines the target audience first by socio-demographic data: "sex, age, family (marital) status, occupation". Knowing them lets you target the audience and "hit the target itself".',
    hy: 'Հոդվածը թիրախային լսարանը նախ սահմանում է սոցիալ-ժողովրդագրական տվյալներով՝ «Սեռ, տարիք, ընտանեկան դրություն, զբաղմունք»։ Դա թույլ է տալիս թիրախավորել լսարանը և «հարվածել հենց թիրախին»։',
    ru: 'Исходная статья определяет целевую аудиторию прежде всего социально-демографическими данными: «пол, возраст, семейное положение, род занятий». Это позволяет нацелиться на аудиторию и «попасть точно в цель».',
  },
  messages: {
    incomplete: {
      en: "Audience '{id}': socio-demographic data missing: {list} (write 'any' if it does not matter).",
      hy: "Լսարան '{id}'․ բացակայում են սոցիալ-ժողովրդագրական տվյալները՝ {list} (գրեք 'any', եթե դա նշանակություն չունի)։",
      ru: "Аудитория '{id}': не хватает социально-демографических данных: {list} (напишите 'any', если это неважно).",
    },
  },
  check(audience, report) {
    const demographics = child(audience, 'demographics');
    const missing = ATTRIBUTES.filter((key) => !filled(demographics, key));
    if (missing.length === 0) return;
    report({
      messageId: 'incomplete',
      args: { id: text(audience, 'id') ?? '?', list: missing },
      node: keyOf(audience, 'demographics') ?? anchorOf(audience),
      // `any` is an honest answer for all but the age, which needs a range to fill in.
      data: {
        addAny: missing.filter((key) => key !== 'age'),
        ...(missing.includes('age') ? { addKeys: missing } : {}),
      },
    });
  },
});
