import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

export const audienceNeedsMissing = defineItemRule({
  id: 'audience-needs-missing',
  severity: 'warning',
  seed: true,
  scope: { section: 'audiences' },
  description: {
    en: 'Each audience states its needs (requests) or its expectations.',
    hy: 'Յուրաքանչյուր լսարան նշում է իր կարիքները (հարցումները) կամ սպասումները։',
    ru: 'Для каждой аудитории указаны её потребности (запросы) или ожидания.',
  },
  rationale: {
    en: 'The article closes its description of the target audience with "Requests and expectations": what the audience asks for and expects is what your content has to answer.',
    hy: 'Հոդվածը թիրախային լսարանի նկարագրությունն ավարտում է «Հարցումներ և սպասումներ» կետով․ այն, ինչ լսարանը խնդրում և սպասում է, հենց դա էլ պետք է պատասխանի ձեր կոնտենտը։',
    ru: 'Исходная статья завершает описание целевой аудитории пунктом «Запросы и ожидания»: на то, чего аудитория просит и ждёт, и должен отвечать ваш контент.',
  },
  messages: {
    missing: {
      en: "Audience '{id}': no needs (requests) or expectations.",
      hy: "Լսարան '{id}'․ նշված չեն կարիքները (հարցումները) կամ սպասումները։",
      ru: "Аудитория '{id}': не указаны потребности (запросы) или ожидания.",
    },
  },
  check(audience, report) {
    if (filled(audience, 'needs') || filled(audience, 'expectations')) return;
    report({
      messageId: 'missing',
      args: { id: text(audience, 'id') ?? '?' },
      data: { addKeys: ['needs'] },
      // An empty `needs:` (or `expectations:`) is where the user meant to write the answer.
      node: keyOf(audience, 'needs') ?? keyOf(audience, 'expectations') ?? anchorOf(audience),
    });
  },
});
