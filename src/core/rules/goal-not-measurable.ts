import { anchorOf, keyOf, maps, num, text } from '../model/read';
import { defineItemRule } from './rule';

export const goalNotMeasurable = defineItemRule({
  id: 'goal-not-measurable',
  severity: 'warning',
  seed: false,
  scope: { section: 'goals' },
  description: {
    en: 'Each goal has at least one KPI with a numeric target.',
    hy: 'Յուրաքանչյուր նպատակ ունի առնվազն մեկ հիմնական ցուցանիշ (KPI)՝ թվային թիրախով։',
    ru: 'У каждой цели есть хотя бы один KPI с числовым целевым значением.',
  },
  rationale: {
    en: 'SMART goals are Measurable. Sprout Social: "Your social media goals are what determine your metrics. For every goal, you need a related metric." Buffer: "Goals become strategy when they become KPIs." Without a number to reach, nobody can tell whether the goal was met.',
    hy: 'SMART նպատակները չափելի են (Measurable)։ Sprout Social-ը գրում է, որ սոցիալական մեդիայի նպատակներն են որոշում ցուցանիշները, և յուրաքանչյուր նպատակի համար անհրաժեշտ է համապատասխան ցուցանիշ։ Buffer-ը՝ «Նպատակները ռազմավարություն են դառնում, երբ դառնում են KPI»։ Առանց թվային թիրախի ոչ ոք չի կարող ասել՝ նպատակը կատարվե՞լ է, թե ոչ։',
    ru: 'SMART-цели измеримы (Measurable). Sprout Social: «Цели в соцсетях определяют ваши метрики. Для каждой цели нужна связанная с ней метрика». Buffer: «Цели становятся стратегией, когда превращаются в KPI». Без числа, к которому вы стремитесь, никто не сможет сказать, достигнута ли цель.',
  },
  messages: {
    missing: {
      en: "Goal '{id}' has no KPI with a numeric target (for example metric: reach, target: 60000).",
      hy: "'{id}' նպատակը չունի թվային թիրախով հիմնական ցուցանիշ (KPI) (օրինակ՝ metric: reach, target: 60000)։",
      ru: "У цели '{id}' нет KPI с числовым целевым значением (например, metric: reach, target: 60000).",
    },
  },
  check(goal, report) {
    // `target: "60 000"` or `target: a lot` is text, not a number the strategy can be checked against.
    if (maps(goal, 'kpis').some((kpi) => num(kpi, 'target') !== undefined)) return;
    report({
      messageId: 'missing',
      args: { id: text(goal, 'id') ?? text(goal, 'title') ?? '?' },
      // KPIs written without a usable target: point at them; no KPIs at all: at the goal's id.
      node: keyOf(goal, 'kpis') ?? anchorOf(goal),
    });
  },
});
