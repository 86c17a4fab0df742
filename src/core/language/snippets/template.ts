import type { Localized } from '../../i18n/locale';
import type { SnippetWriter } from './writer';

/** The URL other YAML tools resolve the schema from (the schema's `$id`). */
export const SCHEMA_URL = 'https://smm-strategy.dev/schemas/smm.schema.json';

/**
 * A new strategy file, as top-level sections with the comments above them. It asks the article's
 * four questions in its order (why, for whom, where, what value), each an empty section whose
 * check is the one open problem about it, so a fresh file lists exactly those four, in order,
 * each with a quick fix that writes the section. The checks of what comes later (competitors,
 * content themes, budget, reporting) wait behind one comment line the user deletes when ready:
 * four problems to start with, not a wall of them.
 */
export interface TemplateSection {
  /** Comments above the key, without `# `; a blank line precedes them. */
  readonly comments?: readonly string[];
  readonly key: string;
  readonly value: unknown;
}

export interface StrategyTemplate {
  /** The first line's comment, for other YAML tools: never wrapped. */
  readonly modeline: string;
  /** Comments at the top of the file, without `# `. */
  readonly header: readonly string[];
  readonly sections: readonly TemplateSection[];
  /** Comments at the end of the file, without `# `, after a blank line. */
  readonly footer: readonly string[];
  /** The last line's suppression comment, without `# `: never wrapped. */
  readonly directive: string;
}

/** The rules whose checks wait until the four questions are answered. */
const LATER_RULES = ['no-competitor-monitoring', 'no-content-pillars', 'no-budget', 'no-reporting-cadence'] as const;

const C = {
  intro: {
    en: "A social media strategy. Answer the article's four questions below, in order: the ones still open are listed in the Problems pane.",
    hy: 'Սոցիալական մեդիայի ռազմավարություն։ Հերթով պատասխանեք ստորև բերված հոդվածի չորս հարցերին․ դեռ բաց հարցերը երևում են Problems վահանակում։',
    ru: 'Стратегия в соцсетях. Ответьте по порядку на четыре вопроса статьи ниже: ещё открытые вопросы видны на панели «Проблемы».',
  },
  keys: {
    en: 'Ctrl+Space suggests what can be written where; Ctrl+. on a question fills in its section.',
    hy: 'Ctrl+Space-ը ցույց է տալիս, թե ինչ կարելի է գրել տվյալ տեղում, իսկ Ctrl+.-ը հարցի տողում լրացնում է դրա բաժինը։',
    ru: 'Ctrl+Space подсказывает, что можно написать в этом месте; Ctrl+. на строке вопроса заполняет его раздел.',
  },
  why: {
    en: '1. Why: what do we want to achieve? Mark exactly one goal as primary.',
    hy: '1. Ինչու․ ինչի՞ն ենք ուզում հասնել։ Նշեք ճիշտ մեկ առաջնային նպատակ։',
    ru: '1. Зачем: чего мы хотим достичь? Отметьте ровно одну цель как главную.',
  },
  forWhom: {
    en: '2. For whom: who is our target audience? Socio-demographics, geography, psychographics, needs and expectations.',
    hy: '2. Ում համար․ ո՞վ է մեր թիրախային լսարանը։ Սոցիալ-ժողովրդագրական տվյալներ, աշխարհագրություն, հոգեբանություն, կարիքներ և սպասումներ։',
    ru: '2. Для кого: кто наша целевая аудитория? Социально-демографические данные, география, психография, запросы и ожидания.',
  },
  where: {
    en: '3. Where: which social networks does our audience actually use?',
    hy: '3. Որտեղ․ ո՞ր սոցիալական ցանցերից է իրականում օգտվում մեր լսարանը։',
    ru: '3. Где: какими соцсетями на самом деле пользуется наша аудитория?',
  },
  value: {
    en: '4. What value: what does our content give the audience?',
    hy: '4. Ինչ արժեք․ ի՞նչ է տալիս մեր նյութը լսարանին։',
    ru: '4. Какая ценность: что наш контент даёт аудитории?',
  },
  later: {
    en: 'Later: competitors, content themes, budget and reporting. Their checks wait until you delete the next line.',
    hy: 'Հետո՝ մրցակիցներ, բովանդակային ուղղություններ, բյուջե և հաշվետվություն։ Դրանց ստուգումները սպասում են, մինչև ջնջեք հաջորդ տողը։',
    ru: 'Потом: конкуренты, рубрики контента, бюджет и отчётность. Их проверки ждут, пока вы не удалите следующую строку.',
  },
  laterReason: { en: 'after the four questions', hy: 'չորս հարցերից հետո', ru: 'после четырёх вопросов' },
} satisfies Record<string, Localized>;

/**
 * The template, written by `w` (its language and dates). `brand` is the brand name's snippet
 * text: a literal the user typed, or a tab stop.
 */
export function strategyTemplate(w: SnippetWriter, brand: string): StrategyTemplate {
  return {
    modeline: w.text(`yaml-language-server: $schema=${SCHEMA_URL}`),
    header: [w.text(C.intro), w.text(C.keys)],
    sections: [
      { key: 'version', value: 1 },
      { key: 'locale', value: w.locale },
      { key: 'phase', value: 'planning' },
      { key: 'brand', value: { name: brand } },
      { key: 'period', value: { start: w.date('today'), end: w.date('horizon') } },
      { comments: [w.text(C.why)], key: 'goals', value: [] },
      { comments: [w.text(C.forWhom)], key: 'audiences', value: [] },
      { comments: [w.text(C.where)], key: 'channels', value: [] },
      { comments: [w.text(C.value)], key: 'value', value: {} },
    ],
    footer: [w.text(C.later)],
    directive: `smm-disable ${LATER_RULES.join(', ')} -- ${w.text(C.laterReason)}`,
  };
}
