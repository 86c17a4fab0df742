import { child } from '../syntax/ast';
import type { Locale, Localized } from '../i18n/locale';
import { defineDocumentRule } from './rule';

/**
 * The article's pre-start questions, in its order (why, for whom, where, what value), and the
 * rules that check each (DOMAIN.md §5, rules 4–15). The message names the questions, not the
 * rules: the rules' own problems say the rest.
 */
const QUESTIONS: readonly { readonly rules: readonly string[]; readonly name: Localized }[] = [
  { rules: ['no-goals', 'primary-goal-count', 'goal-without-why'], name: { en: 'why (goals)', hy: 'ինչու (նպատակներ)', ru: 'зачем (цели)' } },
  {
    rules: ['no-audience', 'audience-demographics-incomplete', 'audience-geography-missing', 'audience-psychographics-missing', 'audience-needs-missing'],
    name: { en: 'for whom (audience)', hy: 'ում համար (լսարան)', ru: 'для кого (аудитория)' },
  },
  // Which networks an audience uses is how the networks are chosen: it answers "where".
  { rules: ['no-channels', 'audience-platforms-unknown', 'channel-audience-fit'], name: { en: 'where (social networks)', hy: 'որտեղ (սոցիալական ցանցեր)', ru: 'где (соцсети)' } },
  { rules: ['no-value-proposition'], name: { en: 'what value', hy: 'ինչ արժեք', ru: 'какая ценность' } },
];

/** The rules that check the pre-start questions. */
export const PRE_START_RULES: readonly string[] = QUESTIONS.flatMap((q) => q.rules);

export const executionBeforeAnswers = defineDocumentRule({
  id: 'execution-before-answers',
  severity: 'warning',
  seed: true,
  scope: 'document',
  // Runs after every other rule, because it is about which of them found something.
  late: true,
  description: {
    en: "The strategy is not in phase 'execution' while pre-start questions (goals, audience, value, social networks) are still open.",
    hy: "Ռազմավարությունը 'execution' փուլում չէ, քանի դեռ նախնական հարցերը (նպատակներ, լսարան, արժեք, սոցիալական ցանցեր) բաց են։",
    ru: "Стратегия не находится в фазе 'execution', пока вопросы до старта (цели, аудитория, ценность, соцсети) остаются открытыми.",
  },
  rationale: {
    en: 'The article splits the work into two phases, "we think" and then "we work", and warns: most companies act differently, answering these questions directly in the course of the work, "making many mistakes and wasting precious time and money".',
    hy: 'Հոդվածն աշխատանքը բաժանում է երկու փուլի՝ «Մենք մտածում ենք» և «Մենք աշխատում ենք», և զգուշացնում է․ «Ընկերությունների մեծամասնությունը այլ կերպ է վարվում՝ պատասխանելով այս հարցերին ուղղակիորեն աշխատանքի ընթացքում, և, որպես արդյունք, շատ սխալներ թույլ տալով, վատնելով թանկարժեք ժամանակ և գումար»։',
    ru: 'Исходная статья делит работу на две фазы — «мы думаем» и «мы работаем» — и предупреждает: большинство компаний поступает иначе, отвечая на эти вопросы прямо в ходе работы, и в результате «допускает много ошибок, тратя драгоценное время и деньги».',
  },
  messages: {
    open: {
      en: "phase is 'execution', but questions to answer before starting are still open: {questions}. Answering them during the work wastes time and money.",
      hy: "phase-ի արժեքը 'execution' է, բայց նախքան աշխատանքը սկսելը պատասխանելու հարցերը դեռ բաց են՝ {questions}։ Դրանց աշխատանքի ընթացքում պատասխանելը վատնում է ժամանակ և գումար։",
      ru: "phase — 'execution', но вопросы, на которые нужно ответить до старта, ещё открыты: {questions}. Отвечать на них в ходе работы — значит тратить время и деньги.",
    },
  },
  check({ doc, fired }, report) {
    const phase = child(doc.root, 'phase');
    if (phase?.kind !== 'scalar' || phase.value !== 'execution') return;
    const open = QUESTIONS.filter((q) => q.rules.some((id) => fired.has(id)));
    if (open.length === 0) return;
    const names = (locale: Locale) => open.map((q) => q.name[locale]);
    // Going back to planning is one way out; answering the questions is the other.
    report({ messageId: 'open', args: { questions: { en: names('en'), hy: names('hy'), ru: names('ru') } }, node: phase, data: { replacement: 'planning' } });
  },
});
