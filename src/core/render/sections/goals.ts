import { bool, maps, num, text } from '../../model/read';
import { child, type MapNode } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { formatNumber } from '../format';
import { TEXT } from '../labels';
import { md, type TableRow } from '../writer';

/** Goals with their KPIs (baseline → target, per, by), the primary goal marked. */
export function writeGoals(ctx: RenderContext): void {
  ctx.section(2, 'goals', ctx.t(TEXT.heading.goals));
  const goals = ctx.doc.items('goals');
  if (goals.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('goals')?.key));
  goals.forEach((goal, i) => writeGoal(ctx, goal, i));
}

function writeGoal(ctx: RenderContext, goal: MapNode, i: number): void {
  const path = ['goals', i];
  const primary = bool(goal, 'primary') === true;
  const name = ctx.itemName('goals', goal) ?? ctx.t(TEXT.numbered, { n: i + 1 });
  const heading = primary ? `★ ${name} · *${ctx.title([...path, 'primary'])}*` : name;
  ctx.w.heading(3, heading, ctx.line(goal), { class: primary ? 'smm-goal smm-primary' : 'smm-goal' });
  ctx.w.list(ctx.fields(goal, path, [['type', 'enum'], ['why', 'text'], ['deadline', 'date'], ['audiences', 'refs']]));

  const kpis = maps(goal, 'kpis');
  const kpiPath = [...path, 'kpis', 0];
  const rows: TableRow[] = kpis.map((kpi, j) => ({
    cells: [
      metric(ctx, kpi, [...path, 'kpis', j, 'metric']),
      change(ctx, kpi),
      ctx.value(kpi, [...path, 'kpis', j, 'per'], 'enum') ?? '',
      ctx.value(kpi, [...path, 'kpis', j, 'by'], 'date') ?? '',
      ctx.value(kpi, [...path, 'kpis', j, 'channel'], 'ref') ?? '',
      ctx.value(kpi, [...path, 'kpis', j, 'source'], 'text') ?? '',
    ],
    line: ctx.line(kpi),
  }));
  const header = [
    ctx.title([...kpiPath, 'metric']),
    `${ctx.title([...kpiPath, 'baseline'])} → ${ctx.title([...kpiPath, 'target'])}`,
    ctx.title([...kpiPath, 'per']),
    ctx.title([...kpiPath, 'by']),
    ctx.title([...kpiPath, 'channel']),
    ctx.title([...kpiPath, 'source']),
  ];
  ctx.w.table(header, rows, ctx.line(child(goal, 'kpis')), { class: 'smm-kpis' });
}

/** A catalogue metric by its label; `custom:<name>` by its name. */
function metric(ctx: RenderContext, kpi: MapNode, path: readonly (string | number)[]): string {
  const value = text(kpi, 'metric');
  if (value?.startsWith('custom:')) return md(value.slice('custom:'.length));
  return ctx.value(kpi, path, 'enum') ?? '';
}

/** `15 000 → 60 000`, each with its unit (`2% → 6%`, `9 h → 2 h`). */
function change(ctx: RenderContext, kpi: MapNode): string {
  const unit = text(kpi, 'unit');
  const show = (key: string) => {
    const n = num(kpi, key);
    if (n === undefined) return text(kpi, key) ?? '?';
    const value = formatNumber(n, ctx.locale);
    const suffix = unit === 'percent' || unit === 'hours' || unit === 'minutes' ? TEXT.unit[unit][ctx.locale] : unit === 'currency' ? currencyOf(ctx) : undefined;
    return suffix === undefined ? value : unit === 'percent' ? `${value}${suffix}` : `${value} ${suffix}`;
  };
  const baseline = child(kpi, 'baseline');
  return md(baseline ? `${show('baseline')} → ${show('target')}` : `→ ${show('target')}`);
}

function currencyOf(ctx: RenderContext): string | undefined {
  return text(ctx.doc.section('budget'), 'currency')?.trim();
}
