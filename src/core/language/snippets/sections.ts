import { LOCALES, type Localized } from '../../i18n/locale';
import type { SectionKey } from '../../model/sections';
import type { SnippetWriter } from './writer';

/**
 * The snippets of each top-level section, in every message language: what completion offers for
 * a section or one of its items, what a quick fix inserts for a missing section (the first
 * snippet), and, written in English with the editor's date variables, the schema's
 * `defaultSnippets` for other YAML tools (`scripts/generate-snippets.ts`). A list section's body
 * is a one-item list: the item.
 */
export interface SectionSnippet {
  readonly label: Localized;
  readonly description: Localized;
  readonly body: (w: SnippetWriter) => unknown;
}

/** A placeholder's default in each language. Ids, enum values and codes stay as they are. */
const T = {
  brandName: { en: 'Brand name', hy: 'Ապրանքանիշի անունը', ru: 'Название бренда' },
  brandDoes: { en: 'What the business does', hy: 'Ինչով է զբաղվում բիզնեսը', ru: 'Чем занимается бизнес' },
  city: { en: 'Yerevan', hy: 'Երևան', ru: 'Ереван' },
  goalTitle: { en: 'What we want to achieve', hy: 'Ինչի՞ն ենք ուզում հասնել', ru: 'Чего мы хотим достичь' },
  goalWhy: { en: 'Which business problem it solves', hy: 'Բիզնեսի ո՞ր խնդիրն է լուծում', ru: 'Какую задачу бизнеса это решает' },
  audienceName: { en: 'Audience name', hy: 'Լսարանի անվանումը', ru: 'Название аудитории' },
  occupation: { en: 'students', hy: 'ուսանողներ', ru: 'студенты' },
  lifestyle: { en: 'how they live', hy: 'ինչպես են ապրում', ru: 'как они живут' },
  values: { en: 'what matters to them', hy: 'ինչն է նրանց համար կարևոր', ru: 'что для них важно' },
  preferences: { en: 'what they like', hy: 'ինչ են սիրում', ru: 'что им нравится' },
  hobbies: { en: 'free time', hy: 'ազատ ժամանակը', ru: 'свободное время' },
  needs: { en: 'what they ask for', hy: 'ինչի կարիք ունեն', ru: 'что им нужно' },
  expectations: { en: 'what they expect from us', hy: 'ինչ են սպասում մեզնից', ru: 'чего они ждут от нас' },
  proposition: { en: 'What the audience gets from our content', hy: 'Ինչ է ստանում լսարանը մեր նյութից', ru: 'Что аудитория получает от нашего контента' },
  uniqueContent: { en: 'What only we can show', hy: 'Այն, ինչ միայն մենք կարող ենք ցույց տալ', ru: 'Что можем показать только мы' },
  message: { en: 'Key message', hy: 'Հիմնական ուղերձ', ru: 'Главная мысль' },
  competitorName: { en: 'Competitor name', hy: 'Մրցակցի անունը', ru: 'Название конкурента' },
  pollQuestion: { en: 'Would our content interest you?', hy: 'Կհետաքրքրի՞ ձեզ մեր նյութը', ru: 'Будет ли вам интересен наш контент?' },
  finding: { en: 'What we learned', hy: 'Ինչ իմացանք', ru: 'Что мы узнали' },
  idea: { en: 'Idea for a post', hy: 'Հրապարակման գաղափար', ru: 'Идея для публикации' },
  purpose: { en: 'What this channel is for', hy: 'Ինչի համար է այս ալիքը', ru: 'Зачем нужен этот канал' },
  pillarName: { en: 'Pillar name', hy: 'Ուղղության անվանումը', ru: 'Название рубрики' },
  holiday: { en: 'Holiday', hy: 'Տոն', ru: 'Праздник' },
  postTopic: { en: 'Post topic', hy: 'Հրապարակման թեման', ru: 'Тема публикации' },
  adjective: { en: 'warm', hy: 'ջերմ', ru: 'тёплый' },
  alwaysDo: { en: 'Always do', hy: 'Միշտ անել', ru: 'Всегда делать' },
  neverDo: { en: 'Never do', hy: 'Երբեք չանել', ru: 'Никогда не делать' },
  hide: { en: 'spam', hy: 'սպամ', ru: 'спам' },
  neverDelete: { en: 'negative reviews', hy: 'բացասական կարծիքներ', ru: 'негативные отзывы' },
  trigger: { en: 'ordinary question', hy: 'սովորական հարց', ru: 'обычный вопрос' },
  currency: { en: 'AMD', hy: 'AMD', ru: 'RUB' },
  budgetNote: { en: 'What it is for', hy: 'Ինչի համար է', ru: 'На что' },
  memberName: { en: 'Name (position)', hy: 'Անուն (պաշտոն)', ru: 'Имя (должность)' },
} satisfies Record<string, Localized>;

/** By section, best first. The order of a body's keys is the order they are written. */
export const SECTION_SNIPPETS: Readonly<Partial<Record<SectionKey, readonly SectionSnippet[]>>> = {
  version: [{
    label: { en: 'version: 1', hy: 'version: 1', ru: 'version: 1' },
    description: { en: 'Format version 1.', hy: 'Ֆորմատի 1-ին տարբերակը։', ru: 'Версия формата 1.' },
    body: () => 1,
  }],
  locale: [{
    label: { en: 'locale', hy: 'լեզու', ru: 'язык' },
    description: { en: 'Language of the file.', hy: 'Ֆայլի լեզուն։', ru: 'Язык файла.' },
    // The snippet's own language first.
    body: (w) => w.options([w.locale, ...LOCALES.filter((l) => l !== w.locale)]),
  }],
  phase: [{
    label: { en: 'phase', hy: 'փուլ', ru: 'фаза' },
    description: { en: 'Planning or execution.', hy: 'Պլանավորում կամ աշխատանք։', ru: 'Планирование или работа.' },
    body: (w) => w.choice(['phase']),
  }],
  brand: [{
    label: { en: 'brand', hy: 'ապրանքանիշ', ru: 'бренд' },
    description: {
      en: 'Name, description and location of the business.',
      hy: 'Բիզնեսի անունը, նկարագրությունը և գտնվելու վայրը։',
      ru: 'Название, описание и место бизнеса.',
    },
    body: (w) => ({
      name: w.tab(T.brandName),
      description: w.tab(T.brandDoes),
      location: { country: w.tab('AM'), city: w.tab(T.city) },
      languages: [w.tab(w.locale)],
    }),
  }],
  period: [{
    label: { en: 'period', hy: 'ժամանակահատված', ru: 'период' },
    description: { en: 'Start and end dates.', hy: 'Սկզբի և ավարտի ամսաթվերը։', ru: 'Даты начала и конца.' },
    body: (w) => ({ start: w.date('today'), end: w.date('horizon') }),
  }],
  goals: [{
    label: { en: 'goal', hy: 'նպատակ', ru: 'цель' },
    description: { en: 'A goal with a KPI.', hy: 'Նպատակ՝ հիմնական ցուցանիշով։', ru: 'Цель с ключевым показателем.' },
    body: (w) => [{
      id: w.tab('goal-id'),
      type: w.choice(['goals', 0, 'type']),
      primary: true,
      title: w.tab(T.goalTitle),
      why: w.tab(T.goalWhy),
      deadline: w.date('horizon'),
      kpis: [{ metric: w.tab('reach'), baseline: w.tab(0), target: w.tab(1000), unit: 'count', per: 'month' }],
    }],
  }],
  audiences: [{
    label: { en: 'audience', hy: 'լսարան', ru: 'аудитория' },
    description: {
      en: "An audience described in the article's four ways.",
      hy: 'Լսարան՝ նկարագրված հոդվածի չորս կողմերով։',
      ru: 'Аудитория, описанная четырьмя сторонами из статьи.',
    },
    body: (w) => [{
      id: w.tab('audience-id'),
      name: w.tab(T.audienceName),
      demographics: { gender: [w.tab('any')], age: { min: w.tab(18), max: w.tab(35) }, marital_status: [w.tab('any')], occupation: [w.tab(T.occupation)] },
      geography: { countries: [w.tab('AM')], cities: [w.tab(T.city)] },
      psychographics: { lifestyle: [w.tab(T.lifestyle)], values: [w.tab(T.values)], preferences: [w.tab(T.preferences)], hobbies: [w.tab(T.hobbies)] },
      needs: [w.tab(T.needs)],
      expectations: [w.tab(T.expectations)],
      platforms: [w.tab('instagram')],
      evidence: [w.tab('poll')],
    }],
  }],
  value: [{
    label: { en: 'value', hy: 'արժեք', ru: 'ценность' },
    description: {
      en: 'Value proposition, unique content and messages.',
      hy: 'Արժեքային առաջարկ, եզակի կոնտենտ և ուղերձներ։',
      ru: 'Ценностное предложение, уникальный контент и главные мысли.',
    },
    body: (w) => ({ proposition: w.tab(T.proposition), unique_content: w.tab(T.uniqueContent), messages: [w.tab(T.message)] }),
  }],
  competitors: [{
    label: { en: 'competitor', hy: 'մրցակից', ru: 'конкурент' },
    description: {
      en: 'A competitor with one network presence.',
      hy: 'Մրցակից և նրա էջը մեկ սոցիալական ցանցում։',
      ru: 'Конкурент и его страница в одной соцсети.',
    },
    body: (w) => [{
      id: w.tab('competitor-id'),
      name: w.tab(T.competitorName),
      kind: w.choice(['competitors', 0, 'kind']),
      presence: [{
        network: w.tab('instagram'),
        followers: w.tab(0),
        avg_likes: w.tab(0),
        avg_comments: w.tab(0),
        discussions: w.choice(['competitors', 0, 'presence', 0, 'discussions']),
        checked: w.date('today'),
      }],
    }],
  }],
  research: [{
    label: { en: 'research', hy: 'հետազոտություն', ru: 'исследование' },
    description: { en: 'A poll and content ideas.', hy: 'Հարցում և հրապարակումների գաղափարներ։', ru: 'Опрос и идеи для публикаций.' },
    body: (w) => ({
      polls: [{ network: w.tab('instagram'), date: w.date('today'), question: w.tab(T.pollQuestion), responses: w.tab(0), findings: [w.tab(T.finding)] }],
      content_ideas: [w.tab(T.idea)],
    }),
  }],
  channels: [{
    label: { en: 'channel', hy: 'ալիք', ru: 'канал' },
    description: {
      en: 'A channel linked to audiences and goals.',
      hy: 'Ալիք՝ կապված լսարանների և նպատակների հետ։',
      ru: 'Канал, связанный с аудиториями и целями.',
    },
    body: (w) => [{
      id: w.tab('channel-id'),
      network: w.tab('instagram'),
      handle: w.tab('account-name'),
      status: w.choice(['channels', 0, 'status']),
      priority: w.choice(['channels', 0, 'priority']),
      purpose: w.tab(T.purpose),
      audiences: [w.tab('audience-id')],
      goals: [w.tab('goal-id')],
      formats: [w.tab('short_video')],
      frequency: { count: w.tab(3), per: 'week' },
    }],
  }],
  content_pillars: [{
    label: { en: 'content pillar', hy: 'բովանդակային ուղղություն', ru: 'рубрика контента' },
    description: { en: 'A theme with its share and goals.', hy: 'Թեմա՝ իր բաժնով և նպատակներով։', ru: 'Тема с её долей и целями.' },
    body: (w) => [{
      id: w.tab('pillar-id'),
      name: w.tab(T.pillarName),
      kind: w.choice(['content_pillars', 0, 'kind']),
      share: w.tab(25),
      goals: [w.tab('goal-id')],
    }],
  }],
  calendar: [{
    label: { en: 'calendar', hy: 'օրացույց', ru: 'календарь' },
    description: { en: 'A key date and a calendar entry.', hy: 'Կարևոր ամսաթիվ և օրացույցի գրառում։', ru: 'Важная дата и запись в календаре.' },
    body: (w) => ({
      key_dates: [{ date: w.date('soon'), name: w.tab(T.holiday) }],
      entries: [{
        date: w.date('soon'),
        time: w.tab('12:00'),
        channel: w.tab('channel-id'),
        pillar: w.tab('pillar-id'),
        format: w.tab('image'),
        title: w.tab(T.postTopic),
        status: w.choice(['calendar', 'entries', 0, 'status']),
      }],
    }),
  }],
  voice: [{
    label: { en: 'voice', hy: 'ոճ', ru: 'голос бренда' },
    description: {
      en: "Adjectives, formality, humour, do and don't.",
      hy: 'Բնութագրիչներ, պաշտոնականություն, հումոր, ինչ անել և ինչ չանել։',
      ru: 'Характер, официальность, юмор, что делать и чего не делать.',
    },
    body: (w) => ({
      adjectives: [w.tab(T.adjective)],
      formality: w.choice(['voice', 'formality']),
      humor: w.choice(['voice', 'humor']),
      do: [w.tab(T.alwaysDo)],
      dont: [w.tab(T.neverDo)],
    }),
  }],
  community: [{
    label: { en: 'community', hy: 'համայնք', ru: 'сообщество' },
    description: {
      en: 'Response time, moderation and escalation.',
      hy: 'Արձագանքման ժամանակ, մոդերացիա և բարդ դեպքերի փոխանցում։',
      ru: 'Время ответа, модерация и передача сложных случаев.',
    },
    body: (w) => ({
      response_time_hours: w.tab(2),
      service_hours: w.tab('09:00-21:00 Asia/Yerevan'),
      moderation: { published_guidelines: true, hide: [w.tab(T.hide)], never_delete: [w.tab(T.neverDelete)] },
      escalation: [{ level: 1, trigger: w.tab(T.trigger), owner: w.tab('member-id'), respond_within_hours: w.tab(2) }],
    }),
  }],
  budget: [{
    label: { en: 'budget', hy: 'բյուջե', ru: 'бюджет' },
    description: { en: 'Currency, total and items.', hy: 'Արժույթ, ընդհանուր գումար և ծախսերի հոդվածներ։', ru: 'Валюта, общая сумма и статьи расходов.' },
    body: (w) => ({
      currency: w.tab(T.currency),
      per: w.choice(['budget', 'per']),
      total: w.tab(100000),
      items: [{ category: w.choice(['budget', 'items', 0, 'category']), amount: w.tab(50000), note: w.tab(T.budgetNote) }],
    }),
  }],
  reporting: [{
    label: { en: 'reporting', hy: 'հաշվետվություն', ru: 'отчётность' },
    description: { en: 'Cadence, review and owner.', hy: 'Հաճախականություն, վերանայում և պատասխանատու։', ru: 'Периодичность, пересмотр и ответственный.' },
    body: (w) => ({
      cadence: w.choice(['reporting', 'cadence']),
      strategy_review: w.choice(['reporting', 'strategy_review']),
      owner: w.tab('member-id'),
      tools: [w.tab('Instagram Insights')],
      next_review: w.date('soon'),
    }),
  }],
  team: [{
    label: { en: 'team member', hy: 'թիմի անդամ', ru: 'участник команды' },
    description: { en: 'A person with roles.', hy: 'Մարդ և նրա դերերը։', ru: 'Человек и его роли.' },
    body: (w) => [{ id: w.tab('member-id'), name: w.tab(T.memberName), roles: [w.choice(['team', 0, 'roles', 0])] }],
  }],
};
