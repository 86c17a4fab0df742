import { child, type Node } from '../syntax/ast';
import { filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

/** The seed's three signs of activity; any one recorded is enough. */
const ACTIVITY = ['avg_likes', 'avg_comments', 'discussions'] as const;

export const competitorActivityMissing = defineItemRule({
  id: 'competitor-activity-missing',
  severity: 'info',
  seed: true,
  scope: { section: 'competitors' },
  description: {
    en: 'For each network a competitor is on, the number of users and some activity (likes, comments or discussions) are recorded.',
    hy: 'Մրցակցի յուրաքանչյուր սոցիալական ցանցի համար նշված են օգտվողների քանակը և ակտիվությունը (հավանումներ, մեկնաբանություններ կամ քննարկումներ)։',
    ru: 'Для каждой соцсети конкурента записаны число пользователей и активность (лайки, комментарии или обсуждения).',
  },
  rationale: {
    en: 'The article says what to look for on each network a competitor is on: where "is the largest number of users, and where is there activity, that is, likes, comments, discussions". A presence without these numbers cannot tell you which network your audience is on.',
    hy: 'Հոդվածը նշում է, թե ինչ պետք է դիտել մրցակցի յուրաքանչյուր սոցիալական ցանցում՝ «Որում օգտվողների ամենամեծ քանակն է և կա ակտիվություն, այսինքն ՝ հավանումներ, մեկնաբանություններ, քննարկումներ»։ Առանց այս տվյալների հնարավոր չէ հասկանալ, թե որ ցանցում է ձեր լսարանը։',
    ru: 'Исходная статья говорит, на что смотреть в каждой соцсети конкурента: где «больше всего пользователей и есть активность, то есть лайки, комментарии, обсуждения». Без этих данных нельзя понять, в какой соцсети ваша аудитория.',
  },
  messages: {
    both: {
      en: "Competitor '{id}' on {network}: record the number of users (followers) and the activity: likes, comments or discussions (avg_likes, avg_comments, discussions).",
      hy: "Մրցակից '{id}', {network}․ նշեք օգտվողների քանակը (followers) և ակտիվությունը՝ հավանումներ, մեկնաբանություններ կամ քննարկումներ (avg_likes, avg_comments, discussions)։",
      ru: "Конкурент '{id}' в {network}: укажите число пользователей (followers) и активность — лайки, комментарии или обсуждения (avg_likes, avg_comments, discussions).",
    },
    followers: {
      en: "Competitor '{id}' on {network}: record the number of users (followers).",
      hy: "Մրցակից '{id}', {network}․ նշեք օգտվողների քանակը (followers)։",
      ru: "Конкурент '{id}' в {network}: укажите число пользователей (followers).",
    },
    activity: {
      en: "Competitor '{id}' on {network}: record the activity: likes, comments or discussions (avg_likes, avg_comments, discussions).",
      hy: "Մրցակից '{id}', {network}․ նշեք ակտիվությունը՝ հավանումներ, մեկնաբանություններ կամ քննարկումներ (avg_likes, avg_comments, discussions)։",
      ru: "Конкурент '{id}' в {network}: укажите активность — лайки, комментарии или обсуждения (avg_likes, avg_comments, discussions).",
    },
  },
  check(competitor, report) {
    const id = text(competitor, 'id') ?? '?';
    const presence = child(competitor, 'presence');
    if (!presence) return;
    // A single mapping instead of a list is the wrong shape (the schema says so) but still one entry.
    const entries: readonly Node[] = presence.kind === 'seq' ? presence.items : [presence];
    for (const entry of entries) {
      if (entry.kind === 'scalar') {
        // `presence: [instagram]` names the network and nothing else.
        if (typeof entry.value !== 'string' || entry.value.trim() === '') continue;
        report({ messageId: 'both', args: { id, network: entry.value }, node: entry });
        continue;
      }
      if (entry.kind !== 'map') continue;
      const hasFollowers = filled(entry, 'followers');
      const hasActivity = ACTIVITY.some((key) => filled(entry, key));
      if (hasFollowers && hasActivity) continue;
      const network = child(entry, 'network');
      report({
        messageId: hasFollowers ? 'activity' : hasActivity ? 'followers' : 'both',
        args: { id, network: text(entry, 'network') ?? '?' },
        // The network names the row; without one, the entry's first key (or the empty `{}`).
        node: network?.kind === 'scalar' && !network.empty ? network : keyOf(entry, 'network') ?? entry.pairs[0]?.key ?? entry,
      });
    }
  },
});
