import { child, type Node } from '../../syntax/ast';
import { text } from '../../model/read';
import type { RenderContext } from '../context';
import { formatDate } from '../format';
import { TEXT } from '../labels';
import { md, type ListItem } from '../writer';
import { countryName } from '../format';

/** The plan's title (the brand), what the business is, where, the period and the phase, with the problems about the file as a whole. */
export function writeOverview(ctx: RenderContext): void {
  const brand = ctx.doc.section('brand');
  const nameNode = child(brand, 'name');
  const name = text(brand, 'name');
  const title = name ? ctx.t(TEXT.planTitle, { brand: name }) : ctx.t(TEXT.planTitleUntitled);
  ctx.w.heading(1, title, ctx.line(nameNode ?? brand), { class: 'smm-title', 'data-section': 'overview' });
  ctx.writeProblems('overview');

  const description = text(brand, 'description');
  if (description) ctx.w.paragraph(md(description), ctx.line(child(brand, 'description')), { class: 'smm-lead' });

  const items: ListItem[] = [
    ...ctx.fields(brand, ['brand'], [['industry', 'text']]),
    ...location(ctx, child(brand, 'location')),
    ...ctx.fields(brand, ['brand'], [['website', 'url'], ['languages', 'languages']]),
    ...period(ctx),
    ...ctx.fields(ctx.doc.root, [], [['phase', 'enum']]),
  ];
  ctx.w.list(items, { class: 'smm-facts' });
}

function location(ctx: RenderContext, node: Node | undefined): ListItem[] {
  const country = text(node, 'country');
  const parts = [text(node, 'city'), text(node, 'region'), country && countryName(country.trim(), ctx.locale)].filter((p): p is string => !!p);
  return parts.length ? [{ text: `**${ctx.title(['brand', 'location'])}:** ${md(parts.join(', '))}`, line: ctx.line(node) }] : [];
}

function period(ctx: RenderContext): ListItem[] {
  const node = ctx.doc.section('period');
  const start = text(node, 'start');
  const end = text(node, 'end');
  if (!start && !end) return [];
  const range = `${start ? formatDate(start, ctx.locale) : '…'} – ${end ? formatDate(end, ctx.locale) : '…'}`;
  return [{ text: `**${ctx.title(['period'])}:** ${md(range)}`, line: ctx.line(node) }];
}
