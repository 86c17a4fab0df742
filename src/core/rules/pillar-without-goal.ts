import { child, type MapNode } from '../syntax/ast';
import { anchorOf, filled, keyOf, text } from '../model/read';
import { defineItemRule } from './rule';

export const pillarWithoutGoal = defineItemRule({
  id: 'pillar-without-goal',
  severity: 'warning',
  seed: false,
  scope: { section: 'content_pillars' },
  description: {
    en: 'Each content pillar names at least one goal it serves.',
    hy: 'Յուրաքանչյուր բովանդակային ուղղություն նշում է առնվազն մեկ նպատակ, որին ծառայում է։',
    ru: 'Для каждой контентной рубрики указана хотя бы одна цель, которой она служит.',
  },
  rationale: {
    en: 'Content-strategy templates tie every theme to a goal. The lukebaze template: fill it in "and every post ties back to a goal — not just filling a calendar slot"; the Sidekick master strategy template gives each pillar a Purpose column that names its goal. A pillar that serves no goal fills the calendar without moving the business.',
    hy: 'Բովանդակային ռազմավարության ձևանմուշները յուրաքանչյուր թեման կապում են նպատակի հետ։ lukebaze-ի ձևանմուշը․ լրացրեք այն, «և յուրաքանչյուր հրապարակում կկապվի որևէ նպատակի հետ, այլ ոչ թե պարզապես կլցնի օրացույցի դատարկ տեղը», իսկ Sidekick-ի ձևանմուշում յուրաքանչյուր ուղղություն ունի «Նպատակ» սյունակ։ Ոչ մի նպատակի չծառայող ուղղությունը լցնում է օրացույցը, բայց բիզնեսն առաջ չի տանում։',
    ru: 'Шаблоны контент-стратегии привязывают каждую тему к цели. Шаблон lukebaze: заполните его, «и каждый пост будет связан с целью, а не просто займёт место в календаре»; в шаблоне стратегии Sidekick у каждой рубрики есть столбец «Назначение» с её целью. Рубрика, которая не служит ни одной цели, заполняет календарь, но не двигает бизнес.',
  },
  messages: {
    noGoal: {
      en: "Content pillar '{id}' serves no goal. Add the goals it works for (goals).",
      hy: "'{id}' բովանդակային ուղղությունը ոչ մի նպատակի չի ծառայում։ Նշեք այն նպատակները, որոնց համար այն աշխատում է (goals)։",
      ru: "Рубрика '{id}' не служит ни одной цели. Укажите цели, на которые она работает (goals).",
    },
  },
  check(pillar, report) {
    // A lone id (`goals: reach`) names a goal too; wrong ids are unresolved-reference's business.
    if (filled(pillar, 'goals')) return;
    report({ messageId: 'noGoal', args: { id: label(pillar) }, node: keyOf(pillar, 'goals') ?? anchorOf(pillar) });
  },
});

/** What to call the pillar in the message: its id, else its name. */
function label(pillar: MapNode): string {
  const id = child(pillar, 'id');
  if (id?.kind === 'scalar' && id.value !== null && String(id.value).trim() !== '') return String(id.value);
  return text(pillar, 'name') ?? '?';
}
