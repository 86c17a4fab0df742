import { child, type MapNode } from '../syntax/ast';
import { anchorOf, filled, keyOf, strings, text } from '../model/read';
import { canonicalNetwork } from '../model/sections';
import { defineDocumentRule } from './rule';

export const channelAudienceFit = defineDocumentRule({
  id: 'channel-audience-fit',
  severity: 'warning',
  seed: true,
  scope: 'document',
  reads: { audiences: ['id', 'platforms'], channels: ['id', 'audiences', 'network'] },
  description: {
    en: 'Each channel serves an audience, and is on a network that audience uses.',
    hy: 'Յուրաքանչյուր ալիք ծառայում է որևէ լսարանի և գտնվում է այն սոցիալական ցանցում, որից օգտվում է այդ լսարանը։',
    ru: 'Каждый канал обслуживает какую-то аудиторию и ведётся в соцсети, которой эта аудитория пользуется.',
  },
  rationale: {
    en: 'The article\'s principle for choosing networks: not "I am registered there", but which social network your target audience uses.',
    hy: 'Հոդվածի սկզբունքը սոցիալական ցանցերն ընտրելու համար՝ «ոչ թե «Ես այնտեղ գրանցված եմ», այլ որի սոցիալական ցանցից օգտվում է ձեր նպատակային լսարանը»։',
    ru: 'Принцип выбора соцсетей из исходной статьи: не «я там зарегистрирован», а какой соцсетью пользуется ваша целевая аудитория.',
  },
  messages: {
    notUsed: {
      en: "Channel '{id}' is on {network}, but none of its audiences uses it. Choose networks your audience uses, not those where you are registered.",
      hy: "Ալիք '{id}'․ {network} ցանցից նրա լսարաններից ոչ մեկը չի օգտվում։ Ընտրեք այն սոցիալական ցանցերը, որոնցից օգտվում է ձեր լսարանը, և ոչ թե նրանք, որտեղ դուք գրանցված եք։",
      ru: "Канал '{id}' ведётся в {network}, но ни одна из его аудиторий этой соцсетью не пользуется. Выбирайте соцсети, которыми пользуется ваша аудитория, а не те, где вы зарегистрированы.",
    },
    unlinked: {
      en: "Channel '{id}' is not linked to any audience (audiences).",
      hy: "Ալիք '{id}'․ կապված չէ որևէ լսարանի հետ (audiences)։",
      ru: "Канал '{id}' не связан ни с одной аудиторией (audiences).",
    },
    audiencePlatforms: {
      en: "Audience '{id}' uses: {platforms}.",
      hy: "Լսարան '{id}'․ օգտվում է՝ {platforms}։",
      ru: "Аудитория '{id}' пользуется: {platforms}.",
    },
  },
  check({ doc }, report) {
    // By id, first definition wins: a duplicate is `duplicate-id`'s to report, not ours to guess.
    const audiences = new Map<string, MapNode>();
    for (const audience of doc.items('audiences')) {
      const id = text(audience, 'id');
      if (id !== undefined && !audiences.has(id)) audiences.set(id, audience);
    }

    for (const channel of doc.items('channels')) {
      const id = text(channel, 'id') ?? '?';
      if (!filled(channel, 'audiences')) {
        report({ messageId: 'unlinked', args: { id }, node: keyOf(channel, 'audiences') ?? anchorOf(channel) });
        continue;
      }

      const networkNode = child(channel, 'network');
      const network = text(channel, 'network');
      if (network === undefined || !networkNode) continue;

      // Unknown ids are `unresolved-reference`'s; audiences without platforms are
      // `audience-platforms-unknown`'s. Neither is evidence that the network is wrong.
      const evidence = strings(channel, 'audiences')
        .flatMap((ref) => audiences.get(ref) ?? [])
        .filter((audience, i, all) => all.indexOf(audience) === i)
        .map((audience) => ({ audience, platforms: strings(audience, 'platforms') }))
        .filter((x) => x.platforms.length > 0);
      if (evidence.length === 0) continue;

      const wanted = normalise(network);
      if (evidence.some((x) => x.platforms.some((p) => normalise(p) === wanted))) continue;

      report({
        messageId: 'notUsed',
        args: { id, network },
        node: networkNode,
        related: evidence.map(({ audience, platforms }) => ({
          node: keyOf(audience, 'platforms') ?? anchorOf(audience),
          messageId: 'audiencePlatforms' as const,
          args: { id: text(audience, 'id') ?? '?', platforms },
        })),
      });
    }
  },
});

/** `Instagram ` and `twitter` name the same networks as `instagram` and `x`. */
function normalise(network: string): string {
  return canonicalNetwork(network.trim().toLowerCase());
}
