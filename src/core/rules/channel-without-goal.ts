import { child, type MapNode } from '../syntax/ast';
import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

/**
 * A retired channel is kept in the file as history (Hootsuite's audit: keep or deactivate); that
 * it serves no goal any more is the point of retiring it, not a gap in the plan.
 */
const EXEMPT_STATUSES: readonly string[] = ['retired'];

export const channelWithoutGoal = defineItemRule({
  id: 'channel-without-goal',
  severity: 'warning',
  seed: false,
  scope: { section: 'channels' },
  description: {
    en: 'Each channel names at least one goal it serves.',
    hy: 'Յուրաքանչյուր ալիք նշում է առնվազն մեկ նպատակ, որին ծառայում է։',
    ru: 'Для каждого канала указана хотя бы одна цель, которой он служит.',
  },
  rationale: {
    en: 'Hootsuite: a strategy should "list all of your existing and planned social media accounts along with goals specific to each platform", and its audit template gives every account a mission statement and KPIs. A channel that serves no goal is work without a reason.',
    hy: 'Hootsuite-ի խորհուրդը․ ռազմավարությունը պետք է «թվարկի սոցիալական ցանցերում ձեր բոլոր գործող և նախատեսված հաշիվները՝ յուրաքանչյուր հարթակի համար առանձին նպատակներով», իսկ նրա աուդիտի ձևանմուշում յուրաքանչյուր հաշիվ ունի առաքելություն և հիմնական ցուցանիշներ (KPI)։ Ոչ մի նպատակի չծառայող ալիքն աշխատանք է առանց պատճառի։',
    ru: 'Hootsuite: в стратегии нужно «перечислить все существующие и планируемые аккаунты в соцсетях вместе с целями для каждой платформы», а в шаблоне аудита у каждого аккаунта есть миссия и KPI. Канал, который не служит ни одной цели, — это работа без причины.',
  },
  messages: {
    noGoal: {
      en: "Channel '{id}' serves no goal. Add the goals it works for (goals).",
      hy: "'{id}' ալիքը ոչ մի նպատակի չի ծառայում։ Նշեք այն նպատակները, որոնց համար այն աշխատում է (goals)։",
      ru: "Канал '{id}' не служит ни одной цели. Укажите цели, на которые он работает (goals).",
    },
  },
  check(channel, report) {
    const status = text(channel, 'status');
    if (status !== undefined && EXEMPT_STATUSES.includes(status)) return;
    // `goals: reach` (a lone id) and `goals: [reach]` both name a goal; wrong ids are
    // unresolved-reference's business, wrong types the schema's.
    if (filled(channel, 'goals')) return;
    report({ messageId: 'noGoal', args: { id: label(channel) }, node: keyOf(channel, 'goals') ?? anchorOf(channel) });
  },
});

/** What to call the channel in the message: its id, else its network, so the reader can find it. */
function label(channel: MapNode): string {
  const id = child(channel, 'id');
  if (id?.kind === 'scalar' && id.value !== null && String(id.value).trim() !== '') return String(id.value);
  return text(channel, 'network') ?? '?';
}
