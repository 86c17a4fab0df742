import { ID_GRAPH_FIELDS } from '../model/references';
import { defineDocumentRule } from './rule';

export const orphanGoal = defineDocumentRule({
  id: 'orphan-goal',
  severity: 'warning',
  seed: false,
  scope: 'document',
  reads: ID_GRAPH_FIELDS,
  description: {
    en: 'Every goal is served by at least one channel or content pillar.',
    hy: 'Յուրաքանչյուր նպատակի ծառայում է առնվազն մեկ ալիք կամ բովանդակային ուղղություն։',
    ru: 'Каждой цели служит хотя бы один канал или контентная рубрика.',
  },
  rationale: {
    en: 'Hootsuite defines a strategy as "a document outlining your social media goals, the tactics you will use to achieve them and the metrics you will track"; in SOSTAC, objectives are followed by the strategy and tactics that reach them. A goal that no channel and no content pillar works for has no tactics, so nobody will reach it.',
    hy: 'Hootsuite-ը ռազմավարությունը սահմանում է որպես «փաստաթուղթ, որը նկարագրում է սոցիալական մեդիայում ձեր նպատակները, դրանց հասնելու մարտավարությունը և այն ցուցանիշները, որոնց հետևելու եք», իսկ SOSTAC մոդելում նպատակներին հաջորդում են դրանց հասնելու ռազմավարությունն ու մարտավարությունը։ Նպատակը, որի համար չի աշխատում ոչ մի ալիք և ոչ մի բովանդակային ուղղություն, մարտավարություն չունի, և ոչ ոք դրան չի հասնի։',
    ru: 'Hootsuite определяет стратегию как «документ, в котором описаны ваши цели в соцсетях, тактика их достижения и метрики, которые вы будете отслеживать»; в модели SOSTAC за целями следуют стратегия и тактика их достижения. Цель, на которую не работает ни один канал и ни одна контентная рубрика, не имеет тактики, и её никто не достигнет.',
  },
  messages: {
    orphan: {
      en: "Goal '{id}' is served by no channel and no content pillar. Add it to the goals of a channel or pillar that works for it.",
      hy: "'{id}' նպատակին չի ծառայում ոչ մի ալիք և ոչ մի բովանդակային ուղղություն։ Ավելացրեք այն դրա համար աշխատող ալիքի կամ ուղղության goals ցուցակում։",
      ru: "Цели '{id}' не служит ни один канал и ни одна контентная рубрика. Добавьте её в goals канала или рубрики, которые на неё работают.",
    },
  },
  check({ doc }, report) {
    // With no channel and no pillar at all, no-channels and no-content-pillars already name the
    // cause; one more warning per goal would only bury them.
    if (doc.items('channels').length === 0 && doc.items('content_pillars').length === 0) return;
    // The reference table lists exactly two places that point at goals: channels[].goals and
    // content_pillars[].goals (a lone id, `goals: reach`, counts as well).
    const served = new Set(doc.references().filter((r) => r.target === 'goals').map((r) => r.id));
    for (const [id, nodes] of doc.definitions('goals')) {
      if (served.has(id)) continue;
      // A duplicated id is duplicate-id's problem; report the goal once, at its first definition.
      const first = nodes[0];
      if (first) report({ messageId: 'orphan', args: { id }, node: first });
    }
  },
});
