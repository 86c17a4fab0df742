import type { Locale, Localized } from './i18n/locale';

/** The URL other YAML tools resolve the schema from (the schema's `$id`). */
export const SCHEMA_URL = 'https://smm-strategy.dev/schemas/smm.schema.json';

const COMMENTS: Localized<Record<'intro' | 'goals' | 'audiences' | 'value' | 'competitors' | 'channels' | 'goalTitle' | 'audienceName', string>> = {
  en: {
    intro: 'Social media strategy. Answer why, for whom, where and what value before you post.',
    goals: 'Why: what do we want to achieve? Mark exactly one goal as primary.',
    audiences: 'For whom: socio-demographics, geography, psychographics, needs and expectations.',
    value: 'What value does our content bring?',
    competitors: 'Where are competitors present, with how many users and how much activity?',
    channels: 'Where: the networks our audience actually uses.',
    goalTitle: 'What we want to achieve',
    audienceName: 'Who they are',
  },
  hy: {
    intro: 'Սոցիալական մեդիայի ռազմավարություն։ Նախքան հրապարակելը պատասխանեք՝ ինչու, ում համար, որտեղ և ինչ արժեք։',
    goals: 'Ինչի՞ն ենք ուզում հասնել։ Նշեք ճիշտ մեկ առաջնային նպատակ։',
    audiences: 'Ո՞ւմ հետ ենք աշխատելու․ սոցիալ-ժողովրդագրական տվյալներ, աշխարհագրություն, հոգեբանություն, հարցումներ և սպասումներ։',
    value: 'Մատուցվող նյութի արժեքը։',
    competitors: 'Որ սոցիալական ցանցերում են մրցակիցները, որտեղ է օգտվողների ամենամեծ քանակը և ակտիվությունը։',
    channels: 'Այն սոցիալական ցանցերը, որոնցից օգտվում է մեր թիրախային լսարանը։',
    goalTitle: 'Ինչի՞ն ենք ուզում հասնել',
    audienceName: 'Ովքե՞ր են նրանք',
  },
  ru: {
    intro: 'Стратегия в соцсетях. Прежде чем публиковать, ответьте: зачем, для кого, где и какую ценность.',
    goals: 'Чего мы хотим достичь? Отметьте ровно одну цель как главную.',
    audiences: 'Для кого: социально-демографические данные, география, психография, запросы и ожидания.',
    value: 'Какую ценность несёт наш контент?',
    competitors: 'В каких соцсетях есть конкуренты, где больше всего пользователей и активности?',
    channels: 'Где: соцсети, которыми действительно пользуется наша аудитория.',
    goalTitle: 'Чего мы хотим достичь',
    audienceName: 'Кто они',
  },
};

/**
 * A new strategy file in the user's language: every pre-start question as a section to fill, with
 * the schema modeline so other YAML tools validate it too.
 */
export function newStrategyTemplate(locale: Locale, brandName = 'My brand'): string {
  const c = COMMENTS[locale];
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# ${c.intro}`,
    'version: 1',
    `locale: ${locale}`,
    'phase: planning',
    '',
    'brand:',
    `  name: ${JSON.stringify(brandName)}`,
    '',
    `# ${c.goals}`,
    'goals:',
    '  - id: main-goal',
    '    type: awareness',
    '    primary: true',
    `    title: ${JSON.stringify(c.goalTitle)}`,
    '    kpis:',
    '      - { metric: reach, target: 0, per: month }',
    '',
    `# ${c.audiences}`,
    'audiences:',
    '  - id: main-audience',
    `    name: ${JSON.stringify(c.audienceName)}`,
    '    demographics: { gender: [any], age: { min: 18, max: 65 }, marital_status: [any], occupation: [] }',
    '    geography: { countries: [], cities: [] }',
    '    psychographics: { lifestyle: [], values: [], preferences: [], hobbies: [] }',
    '    needs: []',
    '    expectations: []',
    '    platforms: []',
    '',
    `# ${c.value}`,
    'value: {}',
    '',
    `# ${c.competitors}`,
    'competitors: []',
    '',
    `# ${c.channels}`,
    'channels: []',
    '',
  ].join('\n');
}
