import { child } from '../syntax/ast';
import { defineDocumentRule } from './rule';

/**
 * The rules that check the seed's pre-start questions (DOMAIN.md §5, rules 4–15: goals, audience,
 * value, networks), in catalogue order, which is also the order they are listed in the message.
 */
export const PRE_START_RULES = [
  'no-goals',
  'primary-goal-count',
  'goal-without-why',
  'no-audience',
  'audience-demographics-incomplete',
  'audience-geography-missing',
  'audience-psychographics-missing',
  'audience-needs-missing',
  'audience-platforms-unknown',
  'no-value-proposition',
  'no-channels',
  'channel-audience-fit',
] as const;

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
    en: 'The seed splits the work into two phases, "we think" and then "we work", and warns: most companies act differently, answering these questions directly in the course of the work, "making many mistakes and wasting precious time and money".',
    hy: 'Հոդվածն աշխատանքը բաժանում է երկու փուլի՝ «Մենք մտածում ենք» և «Մենք աշխատում ենք», և զգուշացնում է․ «Ընկերությունների մեծամասնությունը այլ կերպ է վարվում՝ պատասխանելով այս հարցերին ուղղակիորեն աշխատանքի ընթացքում, և, որպես արդյունք, շատ սխալներ թույլ տալով, վատնելով թանկարժեք ժամանակ և գումար»։',
    ru: 'Исходная статья делит работу на две фазы — «мы думаем» и «мы работаем» — и предупреждает: большинство компаний поступает иначе, отвечая на эти вопросы прямо в ходе работы, и в результате «допускает много ошибок, тратя драгоценное время и деньги».',
  },
  messages: {
    open: {
      en: "phase is 'execution', but the pre-start questions are not answered yet ({rules}). Answering them during the work wastes time and money.",
      hy: "phase-ի արժեքը 'execution' է, բայց այն հարցերը, որոնց պետք է պատասխանել նախքան աշխատանքը սկսելը, դեռ պատասխանված չեն ({rules})։ Դրանց աշխատանքի ընթացքում պատասխանելը վատնում է ժամանակ և գումար։",
      ru: "phase — 'execution', но вопросы, на которые нужно ответить до старта, ещё не закрыты ({rules}). Отвечать на них в ходе работы — значит тратить время и деньги.",
    },
  },
  check({ doc, fired }, report) {
    const phase = child(doc.root, 'phase');
    if (phase?.kind !== 'scalar' || phase.value !== 'execution') return;
    const open = PRE_START_RULES.filter((id) => fired.has(id));
    if (open.length === 0) return;
    // Going back to planning is one way out; answering the questions is the other.
    report({ messageId: 'open', args: { rules: open }, node: phase, data: { replacement: 'planning' } });
  },
});
