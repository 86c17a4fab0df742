import { child } from '../syntax/ast';
import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

/** The seed's "psychology" attributes: lifestyle, values, preferences, hobbies; one is enough. */
const ATTRIBUTES = ['lifestyle', 'values', 'preferences', 'hobbies'] as const;

export const audiencePsychographicsMissing = defineItemRule({
  id: 'audience-psychographics-missing',
  severity: 'warning',
  seed: true,
  scope: { section: 'audiences' },
  description: {
    en: 'Each audience states at least one psychographic trait: lifestyle, values, preferences or hobbies.',
    hy: 'Յուրաքանչյուր լսարան նշում է առնվազն մեկ հոգեբանական հատկանիշ՝ կենսակերպ, արժեքներ, նախասիրություններ կամ հոբբիներ։',
    ru: 'Для каждой аудитории указана хотя бы одна психографическая черта: образ жизни, ценности, предпочтения или хобби.',
  },
  rationale: {
    en: 'The article\'s third dimension of the target audience is psychology (psychographics): "lifestyle, values and preferences, hobbies". Demographics say who people are; psychographics say what will appeal to them.',
    hy: 'Հոդվածում թիրախային լսարանի երրորդ չափումը հոգեբանությունն է՝ «Հոգեբանություն. Կենսակերպ, արժեքներ և նախասիրություններ, հոբբիներ»։ Ժողովրդագրական տվյալները ասում են, թե ովքեր են մարդիկ, իսկ հոգեբանությունը՝ ինչը նրանց կհետաքրքրի։',
    ru: 'Третье измерение целевой аудитории в исходной статье — психология (психография): «образ жизни, ценности и предпочтения, хобби». Демография говорит, кто эти люди, а психография — что их привлечёт.',
  },
  messages: {
    missing: {
      en: "Audience '{id}': no psychographics (lifestyle, values, preferences, hobbies).",
      hy: "Լսարան '{id}'․ հոգեբանական տվյալները նշված չեն (կենսակերպ, արժեքներ, նախասիրություններ, հոբբիներ)։",
      ru: "Аудитория '{id}': не указана психография (образ жизни, ценности, предпочтения, хобби).",
    },
  },
  check(audience, report) {
    const psychographics = child(audience, 'psychographics');
    if (ATTRIBUTES.some((key) => filled(psychographics, key))) return;
    report({
      messageId: 'missing',
      args: { id: text(audience, 'id') ?? '?' },
      data: { addKeys: ['psychographics'] },
      node: keyOf(audience, 'psychographics') ?? anchorOf(audience),
    });
  },
});
