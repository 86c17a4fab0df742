import { child, type MapNode, type ScalarNode } from '../syntax/ast';
import { bool, text } from '../model/read';
import { defineDocumentRule } from './rule';

/** Goals offered as the primary one when none is: a longer list would bury the menu. */
const MAX_CHOICES = 5;

export const primaryGoalCount = defineDocumentRule({
  id: 'primary-goal-count',
  severity: 'warning',
  seed: true,
  scope: 'document',
  reads: { goals: ['primary', 'id', 'title'] },
  description: {
    en: 'Exactly one goal is marked primary: true.',
    hy: 'Ճիշտ մեկ նպատակ է նշված որպես առաջնային (primary: true)։',
    ru: 'Ровно одна цель отмечена как основная (primary: true).',
  },
  rationale: {
    en: 'The article opens its list of goals with "The company\'s primary goal". One goal comes first: it decides what to do when goals compete for the same time and money.',
    hy: 'Հոդվածը նպատակների ցանկը սկսում է «Ընկերության առաջնային նպատակը» կետով։ Մեկ նպատակն առաջինն է․ այն է որոշում, թե ինչ անել, երբ նպատակները մրցում են նույն ժամանակի և գումարի համար։',
    ru: 'Исходная статья открывает список целей пунктом «Основная цель компании». Одна цель идёт первой: она решает, что делать, когда цели соперничают за одно и то же время и деньги.',
  },
  messages: {
    none: {
      en: "No goal is marked primary: true (found 0). Mark exactly one: the company's primary goal.",
      hy: 'Ոչ մի նպատակ նշված չէ որպես primary: true (գտնվել է 0)։ Նշեք ճիշտ մեկը՝ ընկերության առաջնային նպատակը։',
      ru: 'Ни одна цель не отмечена как primary: true (найдено 0). Отметьте ровно одну — основную цель компании.',
    },
    many: {
      en: "Mark exactly one goal as primary: true (found {n}); '{first}' is already primary.",
      hy: "Միայն մեկ նպատակ նշեք որպես primary: true (գտնվել է {n})․ արդեն առաջնային է '{first}' նպատակը։",
      ru: "Отметьте как primary: true ровно одну цель (найдено {n}); '{first}' уже основная.",
    },
    firstPrimary: {
      en: 'The first goal marked primary.',
      hy: 'Առաջին նպատակը, որը նշված է որպես առաջնային։',
      ru: 'Первая цель, отмеченная как основная.',
    },
  },
  check({ doc }, report) {
    const goals = doc.items('goals');
    // No goals at all is `no-goals`' finding; saying "none is primary" as well would be noise.
    if (goals.length === 0) return;
    const list = doc.section('goals');
    // Where each goal is in the list, for the fix that makes it the primary one.
    const indexOf = (goal: MapNode) => (list?.kind === 'seq' ? list.items.indexOf(goal) : -1);
    const primaries: { node: ScalarNode; id: string; index: number }[] = [];
    for (const goal of goals) {
      // Only a real boolean counts: `primary: "yes"` is a type error the schema reports.
      const value = child(goal, 'primary');
      if (bool(goal, 'primary') === true && value?.kind === 'scalar') {
        primaries.push({ node: value, id: text(goal, 'id') ?? text(goal, 'title') ?? '?', index: indexOf(goal) });
      }
    }
    if (primaries.length === 0) {
      // Which goal comes first is the user's call: each (of the first few) can be chosen.
      const choices = goals.map(indexOf).filter((i) => i >= 0).slice(0, MAX_CHOICES);
      report({ messageId: 'none', node: doc.sectionPair('goals')?.key, data: { primaryGoals: choices } });
      return;
    }
    const [first, ...extra] = primaries;
    if (!first) return;
    for (const { node, index } of extra) {
      report({
        messageId: 'many',
        args: { n: primaries.length, first: first.id },
        node,
        // Turning this flag off keeps the first primary goal; making this one the primary goal
        // turns the others off. Which goal stays primary is the user's call.
        data: { replacement: 'false', primaryGoals: [index] },
        related: [{ node: first.node, messageId: 'firstPrimary' }],
      });
    }
  },
});
