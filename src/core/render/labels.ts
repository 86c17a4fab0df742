import type { Localized } from '../i18n/locale';
import type { PluralForms } from '../i18n/plural';

/**
 * The plan's own words (headings, labels, notes) in every language. Field titles and enum values
 * come from the schema's catalogues (`src/core/i18n/schemaText`); these are the rest. Headings
 * follow the article's questions (DOMAIN.md §7), with its Armenian wording.
 */
export const TEXT = {
  planTitle: { en: 'SMM strategy: {brand}', hy: '{brand}․ SMM ռազմավարություն', ru: 'SMM-стратегия: {brand}' },
  planTitleUntitled: { en: 'SMM strategy', hy: 'SMM ռազմավարություն', ru: 'SMM-стратегия' },
  heading: {
    goals: { en: 'Goals: what do we want to achieve?', hy: 'Նպատակներ․ ինչի՞ն ենք ուզում հասնել', ru: 'Цели: чего мы хотим достичь?' },
    audiences: { en: 'Target audience: whom will we work with?', hy: 'Թիրախային լսարան․ ո՞ւմ հետ ենք աշխատելու', ru: 'Целевая аудитория: с кем мы будем работать?' },
    value: { en: 'Value: what do we offer?', hy: 'Արժեք․ ի՞նչ ենք առաջարկում', ru: 'Ценность: что мы предлагаем?' },
    channels: { en: 'Social networks: where will we be?', hy: 'Ի՞նչ սոցիալական ցանցեր', ru: 'Соцсети: где мы будем?' },
    competitors: { en: 'Competitor monitoring', hy: 'Մրցակիցների մոնիտորինգ', ru: 'Мониторинг конкурентов' },
    polls: { en: 'Polls', hy: 'Հարցումներ', ru: 'Опросы' },
    matrix: { en: 'Who each channel serves, and for which goal', hy: 'Ո՞ր ալիքը ո՞ր նպատակին և ո՞ր լսարանին է ծառայում', ru: 'Какой канал какой цели и какой аудитории служит' },
    content: { en: 'Content', hy: 'Բովանդակություն', ru: 'Контент' },
    rhythm: { en: 'Publishing rhythm', hy: 'Հրապարակումների հաճախականություն', ru: 'Ритм публикаций' },
    community: { en: 'Caring for the community', hy: 'Համայնքի կառավարում', ru: 'Работа с сообществом' },
    money: { en: 'Money and control', hy: 'Գումար և վերահսկողություն', ru: 'Деньги и контроль' },
    readiness: { en: "Let's sum up", hy: 'Եկեք ամփոփենք', ru: 'Подведём итоги' },
  },
  severity: {
    error: {
      en: { one: '{count} error', other: '{count} errors' },
      hy: { other: '{count} սխալ' },
      ru: { one: '{count} ошибка', few: '{count} ошибки', many: '{count} ошибок', other: '{count} ошибки' },
    },
    warning: {
      en: { one: '{count} warning', other: '{count} warnings' },
      hy: { other: '{count} զգուշացում' },
      ru: { one: '{count} предупреждение', few: '{count} предупреждения', many: '{count} предупреждений', other: '{count} предупреждения' },
    },
    info: {
      en: { one: '{count} suggestion', other: '{count} suggestions' },
      hy: { other: '{count} խորհուրդ' },
      ru: { one: '{count} совет', few: '{count} совета', many: '{count} советов', other: '{count} совета' },
    },
  },
  frequency: {
    day: {
      en: { one: '{count} post a day', other: '{count} posts a day' },
      hy: { other: 'օրական {count} հրապարակում' },
      ru: { one: '{count} публикация в день', few: '{count} публикации в день', many: '{count} публикаций в день', other: '{count} публикации в день' },
    },
    week: {
      en: { one: '{count} post a week', other: '{count} posts a week' },
      hy: { other: 'շաբաթական {count} հրապարակում' },
      ru: { one: '{count} публикация в неделю', few: '{count} публикации в неделю', many: '{count} публикаций в неделю', other: '{count} публикации в неделю' },
    },
    month: {
      en: { one: '{count} post a month', other: '{count} posts a month' },
      hy: { other: 'ամսական {count} հրապարակում' },
      ru: { one: '{count} публикация в месяц', few: '{count} публикации в месяц', many: '{count} публикаций в месяц', other: '{count} публикации в месяц' },
    },
  },
  goalCount: {
    en: { one: '{count} goal', other: '{count} goals' },
    hy: { other: '{count} նպատակ' },
    ru: { one: '{count} цель', few: '{count} цели', many: '{count} целей', other: '{count} цели' },
  },
  unit: {
    percent: { en: '%', hy: '%', ru: '%' },
    hours: { en: 'h', hy: 'ժ', ru: 'ч' },
    minutes: { en: 'min', hy: 'ր', ru: 'мин' },
  },
  checklist: {
    goals: { en: "The company's goals and tasks in social media", hy: 'Ընկերության նպատակներն ու խնդիրները սոցիալական ցանցերում', ru: 'Цели и задачи компании в соцсетях' },
    audience: { en: 'The target audience', hy: 'Թիրախային լսարանը', ru: 'Целевая аудитория' },
    networks: { en: 'The social networks', hy: 'Սոցիալական ցանցերը', ru: 'Социальные сети' },
    value: { en: 'The values to convey to potential customers', hy: 'Արժեքները, որոնք ուզում ենք փոխանցել պոտենցիալ հաճախորդներին', ru: 'Ценности, которые мы хотим донести до потенциальных клиентов' },
  },
  verdictReady: {
    en: 'Ready to start: every question to answer before the work is answered.',
    hy: 'Պատրաստ է սկսելու․ աշխատանքից առաջ պատասխանելիք բոլոր հարցերին պատասխանված է։',
    ru: 'Можно начинать: на все вопросы, которые нужно решить до начала работы, есть ответы.',
  },
  verdictOpen: {
    en: 'Still open: {open} of {total}. Answer them before the work starts, so as not to waste time and money.',
    hy: 'Դեռ բաց է՝ {open}-ը {total}-ից։ Պատասխանեք դրանց նախքան աշխատանքը սկսելը, որպեսզի ժամանակ և գումար չվատնեք։',
    ru: 'Ещё открыто: {open} из {total}. Ответьте на эти вопросы до начала работы, чтобы не тратить время и деньги зря.',
  },
  verdictUnchecked: {
    en: 'The plan cannot be checked until the file reads correctly: fix the problems shown above first.',
    hy: 'Պլանը հնարավոր չէ ստուգել, քանի դեռ ֆայլը ճիշտ չի կարդացվում․ նախ ուղղեք վերևում նշված խնդիրները։',
    ru: 'План нельзя проверить, пока файл не читается правильно: сначала исправьте проблемы, показанные выше.',
  },
  open: { en: 'not answered yet', hy: 'դեռ պատասխանված չէ', ru: 'ответа пока нет' },
  unchecked: { en: 'could not be checked', hy: 'հնարավոր չեղավ ստուգել', ru: 'не удалось проверить' },
  primaryIs: { en: '; primary:', hy: '․ առաջնային՝', ru: '; главная:' },
  yes: { en: 'yes', hy: 'այո', ru: 'да' },
  no: { en: 'no', hy: 'ոչ', ru: 'нет' },
  lineNumber: { en: 'Line {line}', hy: 'Տող {line}', ru: 'Строка {line}' },
  notWritten: { en: 'Not written yet.', hy: 'Դեռ գրված չէ։', ru: 'Пока не заполнено.' },
  notStated: { en: 'not stated', hy: 'նշված չէ', ru: 'не указано' },
  numbered: { en: 'No. {n}', hy: 'Թիվ {n}', ru: '№ {n}' },
  needsAndExpectations: { en: 'Needs and expectations', hy: 'Կարիքներ և սպասումներ', ru: 'Запросы и ожидания' },
  networksUsed: { en: 'Where they are online', hy: 'Որտե՞ղ են նրանք առցանց', ru: 'Где они бывают в сети' },
  postsPerWeek: { en: 'Posts a week', hy: 'Հրապարակումներ շաբաթական', ru: 'Публикаций в неделю' },
  postsOverPeriod: { en: 'Posts over the period', hy: 'Հրապարակումներ ամբողջ ժամանակահատվածում', ru: 'Публикаций за период' },
  periodLength: {
    en: 'The period runs from {start} to {end}: about {weeks} weeks.',
    hy: 'Ժամանակահատվածը՝ {start}-ից մինչև {end}, մոտ {weeks} շաբաթ։',
    ru: 'Период: с {start} по {end}, около {weeks} нед.',
  },
  rhythmNoPeriod: {
    en: 'Set the period (start and end) to see how many posts that makes over the whole strategy.',
    hy: 'Նշեք ժամանակահատվածը (սկիզբ և ավարտ), որպեսզի տեսնեք, թե քանի հրապարակում է դա ամբողջ ռազմավարության ընթացքում։',
    ru: 'Укажите период (начало и конец), чтобы увидеть, сколько это публикаций за всю стратегию.',
  },
  partFailed: {
    en: 'This part of the plan could not be shown because of an error in the extension.',
    hy: 'Պլանի այս մասը հնարավոր չեղավ ցույց տալ ընդլայնման սխալի պատճառով։',
    ru: 'Эту часть плана не удалось показать из-за ошибки в расширении.',
  },
  total: { en: 'Total', hy: 'Ընդամենը', ru: 'Итого' },
  matrixGoal: { en: 'Goal', hy: 'Նպատակ', ru: 'Цель' },
  matrixAudience: { en: 'Audience', hy: 'Լսարան', ru: 'Аудитория' },
  gapGoal: { en: 'no channel serves this goal', hy: 'ոչ մի ալիք չի ծառայում այս նպատակին', ru: 'этой цели не служит ни один канал' },
  gapAudience: { en: 'no channel reaches this audience', hy: 'ոչ մի ալիք չի հասնում այս լսարանին', ru: 'эту аудиторию не охватывает ни один канал' },
  other: { en: 'Other', hy: 'Այլ', ru: 'Другое' },
  noChannel: { en: 'Not tied to a channel', hy: 'Կապված չէ որևէ ալիքի', ru: 'Без привязки к каналу' },
  byCategory: { en: 'By category', hy: 'Ըստ կատեգորիայի', ru: 'По категориям' },
  byChannel: { en: 'By channel', hy: 'Ըստ ալիքի', ru: 'По каналам' },
  budgetDiffers: {
    en: 'The items add up to {sum}, while the total is {total}.',
    hy: 'Հոդվածների գումարը {sum} է, իսկ ընդհանուր բյուջեն՝ {total}։',
    ru: 'Статьи в сумме дают {sum}, а общий бюджет — {total}.',
  },
} satisfies Record<string, Localized | Record<string, Localized> | Record<string, Localized<PluralForms>> | Localized<PluralForms>>;
