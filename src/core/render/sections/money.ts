import { SECTION_LABELS } from '../../language/symbols';
import { maps, num, text } from '../../model/read';
import { child } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { formatNumber } from '../format';
import { TEXT } from '../labels';
import { md, type TableRow } from '../writer';

/** Money and control: the budget (by category and by channel, with the total), reporting and the team. */
export function writeMoney(ctx: RenderContext): void {
  ctx.part(2, 'money', ctx.t(TEXT.heading.money), ctx.line(ctx.doc.sectionPair('budget')?.key));
  writeBudget(ctx);
  writeReporting(ctx);
  writeTeam(ctx);
}

function writeBudget(ctx: RenderContext): void {
  const budget = ctx.section(3, 'budget', md(SECTION_LABELS.budget[ctx.locale]));
  const currency = text(budget, 'currency')?.trim();
  const money = (n: number) => md(currency ? `${formatNumber(n, ctx.locale)} ${currency}` : formatNumber(n, ctx.locale));
  const total = num(budget, 'total');
  const items = maps(budget, 'items');
  const facts = ctx.fields(budget, ['budget'], [['per', 'enum']]);
  if (total !== undefined) facts.push({ text: `**${ctx.title(['budget', 'total'])}:** ${money(total)}`, line: ctx.line(child(budget, 'total')) });
  if (facts.length === 0 && items.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('budget')?.key));
  ctx.w.list(facts, { class: 'smm-facts' });

  const i0 = ['budget', 'items', 0];
  const itemsLine = ctx.line(child(budget, 'items'));
  const byCategory = new Map<string, { label: string; amount: number }>();
  const byChannel = new Map<string, { label: string; amount: number }>();
  let sum = 0;
  const rows: TableRow[] = items.map((item, i) => {
    const path = ['budget', 'items', i];
    const amount = num(item, 'amount') ?? 0;
    sum += amount;
    const category = ctx.value(item, [...path, 'category'], 'enum') ?? '';
    const channel = ctx.value(item, [...path, 'channel'], 'ref');
    add(byCategory, text(item, 'category') ?? '', category || ctx.t(TEXT.other), amount);
    add(byChannel, text(item, 'channel') ?? '', channel ?? ctx.t(TEXT.noChannel), amount);
    return {
      cells: [category, num(item, 'amount') === undefined ? '' : money(amount), channel ?? '', ctx.value(item, [...path, 'note'], 'text') ?? ''],
      line: ctx.line(item),
    };
  });
  if (items.length === 0) return;
  const totalRow = (cells: string[]): TableRow => ({ cells: [`**${ctx.t(TEXT.total)}**`, ...cells], line: itemsLine, attrs: { class: 'smm-total' } });
  ctx.w.table(['category', 'amount', 'channel', 'note'].map((key) => ctx.title([...i0, key])), [...rows, totalRow([`**${money(sum)}**`])], itemsLine, { class: 'smm-budget-items' });
  for (const [heading, groups] of [[TEXT.byCategory, byCategory], [TEXT.byChannel, byChannel]] as const) {
    ctx.w.table([ctx.t(heading), ctx.title([...i0, 'amount'])], [
      ...[...groups.values()].map((g) => ({ cells: [g.label, money(g.amount)], line: itemsLine })),
      totalRow([`**${money(sum)}**`]),
    ], itemsLine, { class: 'smm-budget-summary' });
  }
  if (total !== undefined && total !== sum) {
    ctx.w.paragraph(ctx.t(TEXT.budgetDiffers, { sum: `${formatNumber(sum, ctx.locale)}${currency ? ` ${currency}` : ''}`, total: `${formatNumber(total, ctx.locale)}${currency ? ` ${currency}` : ''}` }), ctx.line(child(budget, 'total')), { class: 'smm-note' });
  }
}

function add(groups: Map<string, { label: string; amount: number }>, key: string, label: string, amount: number): void {
  const group = groups.get(key);
  if (group) group.amount += amount;
  else groups.set(key, { label, amount });
}

function writeReporting(ctx: RenderContext): void {
  const reporting = ctx.section(3, 'reporting', md(SECTION_LABELS.reporting[ctx.locale]));
  const items = ctx.fields(reporting, ['reporting'], [['cadence', 'enum'], ['strategy_review', 'enum'], ['owner', 'ref'], ['tools', 'texts'], ['next_review', 'date']]);
  if (items.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('reporting')?.key));
  ctx.w.list(items, { class: 'smm-facts' });
}

function writeTeam(ctx: RenderContext): void {
  ctx.section(3, 'team', md(SECTION_LABELS.team[ctx.locale]));
  const team = ctx.doc.items('team');
  if (team.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('team')?.key));
  const t0 = ['team', 0];
  ctx.w.table([ctx.title([...t0, 'name']), ctx.title([...t0, 'roles'])], team.map((member, i) => ({
    cells: [ctx.itemName('team', member) ?? ctx.t(TEXT.numbered, { n: i + 1 }), ctx.value(member, ['team', i, 'roles'], 'enums') ?? ''],
    line: ctx.line(member),
  })), ctx.line(ctx.doc.sectionPair('team')?.key), { class: 'smm-team' });
}
