import type { Localized } from '../../i18n/locale';
import { bool, text } from '../../model/read';
import type { SectionKey } from '../../model/sections';
import type { RenderContext } from '../context';
import { TEXT } from '../labels';
import type { IndexedProblem } from '../problems';
import { md, type ListItem } from '../writer';

/**
 * The article's closing checklist («Եկեք ամփոփենք»): analyse the goals, determine the audience,
 * the social networks and the values to convey. Each item is answered when none of the rules that
 * check it found anything; together they are exactly the pre-start questions that
 * `execution-before-answers` waits for (a test keeps the two lists equal).
 */
export const SUMMARY_CHECKLIST: readonly { readonly id: string; readonly section: SectionKey; readonly question: Localized; readonly rules: readonly string[] }[] = [
  { id: 'goals', section: 'goals', question: TEXT.checklist.goals, rules: ['no-goals', 'primary-goal-count', 'goal-without-why'] },
  {
    id: 'audience', section: 'audiences', question: TEXT.checklist.audience,
    rules: ['no-audience', 'audience-demographics-incomplete', 'audience-geography-missing', 'audience-psychographics-missing', 'audience-needs-missing'],
  },
  { id: 'networks', section: 'channels', question: TEXT.checklist.networks, rules: ['no-channels', 'audience-platforms-unknown', 'channel-audience-fit'] },
  { id: 'value', section: 'value', question: TEXT.checklist.value, rules: ['no-value-proposition'] },
];

type Status = 'answered' | 'open' | 'unchecked';
const MARK: Record<Status, string> = { answered: '✓', open: '○', unchecked: '?' };

/** The closing "Let's sum up" card: each checklist item answered or open, linking to the problems that say why. */
export function writeReadiness(ctx: RenderContext): void {
  const { doc } = ctx;
  const phase = doc.sectionPair('phase');
  const line = ctx.line(phase?.value);
  // Rules run only on a file that reads as YAML; an empty file (or a bare list) has no answers.
  const checked = doc.parsed.usable;
  const all = ctx.result.problems.map((problem, index): IndexedProblem => ({ index, problem }));
  const cause = all.find((p) => p.problem.severity === 'error');
  const items = SUMMARY_CHECKLIST.map((q) => {
    const open = all.filter((p) => q.rules.includes(p.problem.rule));
    const threw = ctx.result.ruleErrors.some((e) => q.rules.includes(e.rule));
    const status: Status = !checked || threw ? 'unchecked' : open.length || !doc.root ? 'open' : 'answered';
    return { q, open, status };
  });

  ctx.w.quote({ class: 'smm-readiness', 'data-section': 'readiness' }, () => {
    ctx.w.heading(2, ctx.t(TEXT.heading.readiness), line, { class: 'smm-section' });
    const openCount = items.filter((i) => i.status !== 'answered').length;
    const verdict = !checked ? TEXT.verdictUnchecked : openCount === 0 ? TEXT.verdictReady : TEXT.verdictOpen;
    const verdictLink: Record<string, string> = !checked && cause ? { 'data-problem': String(cause.index) } : {};
    ctx.w.paragraph(`**${ctx.t(verdict, { open: openCount, total: items.length })}**`, line, {
      class: `smm-verdict ${openCount === 0 ? 'smm-ready' : 'smm-not-ready'}`,
      ...verdictLink,
    });
    ctx.w.list(items.map(({ q, open, status }): ListItem => {
      const answer = status === 'answered' ? summary(ctx, q.id) : undefined;
      const state = status === 'answered' ? answer : ctx.t(status === 'open' ? TEXT.open : TEXT.unchecked);
      const link = status === 'open' ? open[0] ?? cause : status === 'unchecked' ? cause : undefined;
      return {
        text: `${MARK[status]} **${ctx.t(q.question)}**${state ? ` — ${state}` : ''}`,
        line: ctx.line(doc.sectionPair(q.section)?.key),
        attrs: { class: `smm-check smm-${status}`, ...(link ? { 'data-problem': String(link.index) } : {}) },
        children: status === 'open' ? open.map((p) => ctx.problemItem(p)) : [],
      };
    }), { class: 'smm-checklist' });
    const early = all.find((p) => p.problem.rule === 'execution-before-answers');
    if (early) ctx.w.paragraph(`⚠ ${md(early.problem.message)}`, early.problem.range.start.line, { class: 'smm-problem smm-warning', 'data-problem': String(early.index) });
  });
}

/** What an answered item says: how many goals and which is primary, who the audiences are, which channels, what value. */
function summary(ctx: RenderContext, id: string): string | undefined {
  switch (id) {
    case 'goals': {
      const goals = ctx.doc.items('goals');
      const primary = goals.find((g) => bool(g, 'primary') === true);
      const count = ctx.count(TEXT.goalCount, goals.length);
      return primary ? `${count}${ctx.t(TEXT.primaryIs)} ${ctx.itemName('goals', primary) ?? ''}` : count;
    }
    case 'audience':
      return names(ctx.doc.items('audiences').map((a) => ctx.itemName('audiences', a)));
    case 'networks':
      return names(ctx.doc.items('channels').map((c) => ctx.itemName('channels', c)));
    case 'value': {
      const proposition = text(ctx.doc.section('value'), 'proposition');
      return proposition ? md(proposition) : undefined;
    }
  }
  return undefined;
}

function names(list: readonly (string | undefined)[]): string | undefined {
  const shown = list.filter((n): n is string => !!n);
  return shown.length ? shown.join(', ') : undefined;
}
