import { child, type MapNode } from '../syntax/ast';
import { anchorOf, filled, isFilledNode, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

/**
 * Statuses that excuse a missing frequency: a paused or retired channel is not publishing.
 * Everything else fires, including an unknown status (a typo the schema reports), so that fixing
 * the typo does not surface a warning that was hidden until then.
 */
const NOT_PUBLISHING: readonly string[] = ['paused', 'retired'];

export const channelWithoutFrequency = defineItemRule({
  id: 'channel-without-frequency',
  severity: 'warning',
  seed: false,
  scope: { section: 'channels' },
  description: {
    en: 'Each planned or active channel states how often you will publish on it.',
    hy: 'Յուրաքանչյուր նախատեսված կամ գործող ալիքի համար նշված է, թե որքան հաճախ եք հրապարակելու։',
    ru: 'Для каждого планируемого или активного канала указано, как часто вы будете публиковать.',
  },
  rationale: {
    en: 'Hootsuite\'s strategy checklist asks for the "frequency of publication for each platform", and strategy templates (Sidekick, lukebaze) keep a posting-frequency column per platform. "Consistency beats volume" (lukebaze), and you cannot be consistent without a number to keep to.',
    hy: 'Hootsuite-ի ռազմավարության ստուգաթերթը պահանջում է նշել «հրապարակումների հաճախականությունը յուրաքանչյուր հարթակի համար», իսկ ռազմավարության ձևանմուշներում (Sidekick, lukebaze) յուրաքանչյուր հարթակ ունի հաճախականության սյունակ։ «Կայունությունն ավելի կարևոր է, քան քանակը» (lukebaze), իսկ առանց որոշակի թվի կայուն լինել հնարավոր չէ։',
    ru: 'Чек-лист стратегии Hootsuite требует указать «частоту публикаций для каждой платформы», а в шаблонах стратегий (Sidekick, lukebaze) у каждой платформы есть столбец частоты. «Регулярность важнее объёма» (lukebaze), а быть регулярным без конкретного числа невозможно.',
  },
  messages: {
    noFrequency: {
      en: "Channel '{id}' has no posting frequency, e.g. frequency: { count: 3, per: week }.",
      hy: "'{id}' ալիքի համար նշված չէ հրապարակումների հաճախականությունը, օրինակ՝ frequency: { count: 3, per: week }։",
      ru: "Для канала '{id}' не указана частота публикаций, например: frequency: { count: 3, per: week }.",
    },
  },
  check(channel, report) {
    // No status means `planned` (the schema's default), which must say how often it will publish.
    const status = text(channel, 'status');
    if (status !== undefined && NOT_PUBLISHING.includes(status)) return;
    if (stated(channel)) return;
    report({ messageId: 'noFrequency', args: { id: label(channel) }, node: keyOf(channel, 'frequency') ?? anchorOf(channel) });
  },
});

/**
 * A frequency is stated when it has a count. `{ per: week }` alone says nothing about how often;
 * a count of the wrong type or size (`"3"`, `0`) and a frequency that is not a mapping
 * (`frequency: daily`) are stated in the wrong shape, which the schema reports with a better message.
 */
function stated(channel: MapNode): boolean {
  const frequency = child(channel, 'frequency');
  if (!isFilledNode(frequency)) return false;
  return frequency?.kind !== 'map' || filled(frequency, 'count');
}

/** What to call the channel in the message: its id, else its network, so the reader can find it. */
function label(channel: MapNode): string {
  const id = child(channel, 'id');
  if (id?.kind === 'scalar' && id.value !== null && String(id.value).trim() !== '') return String(id.value);
  return text(channel, 'network') ?? '?';
}
