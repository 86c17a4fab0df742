import { ID_GRAPH_FIELDS } from '../model/references';
import type { IdSection } from '../model/sections';
import { nearest } from '../text/suggest';
import { defineDocumentRule } from './rule';

type MessageId =
  | 'goal' | 'goalTypo'
  | 'audience' | 'audienceTypo'
  | 'competitor' | 'competitorTypo'
  | 'channel' | 'channelTypo'
  | 'pillar' | 'pillarTypo'
  | 'member' | 'memberTypo';

/**
 * The message pair for each section a reference can point into: one names the missing item in
 * plain words, the other adds the likely intended id. Messages are per kind, not one message with
 * a `{kind}` argument, because the kind must be translated and inflected (Russian needs the
 * genitive: «цели», «аудитории»), which a language-neutral argument cannot do.
 */
const KIND: { readonly [S in IdSection]: { readonly plain: MessageId; readonly typo: MessageId } } = {
  goals: { plain: 'goal', typo: 'goalTypo' },
  audiences: { plain: 'audience', typo: 'audienceTypo' },
  competitors: { plain: 'competitor', typo: 'competitorTypo' },
  channels: { plain: 'channel', typo: 'channelTypo' },
  content_pillars: { plain: 'pillar', typo: 'pillarTypo' },
  team: { plain: 'member', typo: 'memberTypo' },
};

export const unresolvedReference = defineDocumentRule<MessageId>({
  id: 'unresolved-reference',
  severity: 'error',
  seed: false,
  scope: 'document',
  reads: ID_GRAPH_FIELDS,
  description: {
    en: 'Every id a strategy refers to (a goal, audience, channel, content pillar or team member) is defined.',
    hy: 'Ռազմավարության յուրաքանչյուր հղված id (նպատակ, լսարան, ալիք, բովանդակային ուղղություն կամ թիմի անդամ) սահմանված է։',
    ru: 'Каждый id, на который ссылается стратегия (цель, аудитория, канал, контентная рубрика или участник команды), определён.',
  },
  rationale: {
    en: 'A strategy is a graph: channels serve goals and audiences, KPIs and budget items belong to channels, calendar posts to channels and content pillars, and people own them. A reference to an id that does not exist is a broken link: the channel then serves nothing, or the task has no owner.',
    hy: 'Ռազմավարությունը կապերի ցանց է․ ալիքները ծառայում են նպատակներին և լսարաններին, հիմնական ցուցանիշներն ու բյուջեի տողերը պատկանում են ալիքներին, օրացույցի հրապարակումները՝ ալիքներին և բովանդակային ուղղություններին, իսկ դրանց պատասխանատուն թիմի անդամներն են։ Գոյություն չունեցող id-ին հղումը խզված կապ է․ ալիքն այդ դեպքում ոչնչի չի ծառայում, կամ առաջադրանքը պատասխանատու չունի։',
    ru: 'Стратегия — это граф: каналы служат целям и аудиториям, KPI и статьи бюджета относятся к каналам, публикации календаря — к каналам и рубрикам, а за всё это отвечают люди. Ссылка на несуществующий id — это разорванная связь: канал ничему не служит, или у задачи нет ответственного.',
  },
  messages: {
    goal: {
      en: "There is no goal with the id '{ref}'. Fix the spelling, or add this goal to goals.",
      hy: "'{ref}' id-ով նպատակ չկա։ Ուղղեք գրությունը կամ ավելացրեք այդ նպատակը goals բաժնում։",
      ru: "Цели с id '{ref}' нет. Исправьте написание или добавьте эту цель в goals.",
    },
    goalTypo: {
      en: "There is no goal with the id '{ref}'. Did you mean '{suggestion}'?",
      hy: "'{ref}' id-ով նպատակ չկա։ Գուցե նկատի ունեի՞ք '{suggestion}'։",
      ru: "Цели с id '{ref}' нет. Возможно, вы имели в виду '{suggestion}'?",
    },
    audience: {
      en: "There is no audience with the id '{ref}'. Fix the spelling, or add this audience to audiences.",
      hy: "'{ref}' id-ով լսարան չկա։ Ուղղեք գրությունը կամ ավելացրեք այդ լսարանը audiences բաժնում։",
      ru: "Аудитории с id '{ref}' нет. Исправьте написание или добавьте эту аудиторию в audiences.",
    },
    audienceTypo: {
      en: "There is no audience with the id '{ref}'. Did you mean '{suggestion}'?",
      hy: "'{ref}' id-ով լսարան չկա։ Գուցե նկատի ունեի՞ք '{suggestion}'։",
      ru: "Аудитории с id '{ref}' нет. Возможно, вы имели в виду '{suggestion}'?",
    },
    competitor: {
      en: "There is no competitor with the id '{ref}'. Fix the spelling, or add this competitor to competitors.",
      hy: "'{ref}' id-ով մրցակից չկա։ Ուղղեք գրությունը կամ ավելացրեք այդ մրցակցին competitors բաժնում։",
      ru: "Конкурента с id '{ref}' нет. Исправьте написание или добавьте этого конкурента в competitors.",
    },
    competitorTypo: {
      en: "There is no competitor with the id '{ref}'. Did you mean '{suggestion}'?",
      hy: "'{ref}' id-ով մրցակից չկա։ Գուցե նկատի ունեի՞ք '{suggestion}'։",
      ru: "Конкурента с id '{ref}' нет. Возможно, вы имели в виду '{suggestion}'?",
    },
    channel: {
      en: "There is no channel with the id '{ref}'. Fix the spelling, or add this channel to channels.",
      hy: "'{ref}' id-ով ալիք չկա։ Ուղղեք գրությունը կամ ավելացրեք այդ ալիքը channels բաժնում։",
      ru: "Канала с id '{ref}' нет. Исправьте написание или добавьте этот канал в channels.",
    },
    channelTypo: {
      en: "There is no channel with the id '{ref}'. Did you mean '{suggestion}'?",
      hy: "'{ref}' id-ով ալիք չկա։ Գուցե նկատի ունեի՞ք '{suggestion}'։",
      ru: "Канала с id '{ref}' нет. Возможно, вы имели в виду '{suggestion}'?",
    },
    pillar: {
      en: "There is no content pillar with the id '{ref}'. Fix the spelling, or add this pillar to content_pillars.",
      hy: "'{ref}' id-ով բովանդակային ուղղություն չկա։ Ուղղեք գրությունը կամ ավելացրեք այդ ուղղությունը content_pillars բաժնում։",
      ru: "Контентной рубрики с id '{ref}' нет. Исправьте написание или добавьте эту рубрику в content_pillars.",
    },
    pillarTypo: {
      en: "There is no content pillar with the id '{ref}'. Did you mean '{suggestion}'?",
      hy: "'{ref}' id-ով բովանդակային ուղղություն չկա։ Գուցե նկատի ունեի՞ք '{suggestion}'։",
      ru: "Контентной рубрики с id '{ref}' нет. Возможно, вы имели в виду '{suggestion}'?",
    },
    member: {
      en: "There is no team member with the id '{ref}'. Fix the spelling, or add this person to team.",
      hy: "'{ref}' id-ով թիմի անդամ չկա։ Ուղղեք գրությունը կամ ավելացրեք այդ մարդուն team բաժնում։",
      ru: "Участника команды с id '{ref}' нет. Исправьте написание или добавьте этого человека в team.",
    },
    memberTypo: {
      en: "There is no team member with the id '{ref}'. Did you mean '{suggestion}'?",
      hy: "'{ref}' id-ով թիմի անդամ չկա։ Գուցե նկատի ունեի՞ք '{suggestion}'։",
      ru: "Участника команды с id '{ref}' нет. Возможно, вы имели в виду '{suggestion}'?",
    },
  },
  check({ doc }, report) {
    for (const ref of doc.references()) {
      const defined = doc.definitions(ref.target);
      if (defined.has(ref.id)) continue;
      // Always reported, even when the target section is missing altogether (an owner with no
      // `team`): the quick fix then creates the section with the item in it.
      const suggestion = nearest(ref.id, [...defined.keys()]);
      const kind = KIND[ref.target];
      report({
        messageId: suggestion ? kind.typo : kind.plain,
        args: suggestion ? { ref: ref.id, suggestion } : { ref: ref.id },
        node: ref.node,
        data: {
          missingId: { id: ref.id, section: ref.target },
          ...(suggestion ? { replacement: suggestion } : {}),
        },
      });
    }
  },
});
