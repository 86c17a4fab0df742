import { maps } from '../../model/read';
import { child } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { TEXT } from '../labels';

/** Community management: response time, service hours, moderation, escalation and the crisis plan. */
export function writeCommunity(ctx: RenderContext): void {
  const community = ctx.section(2, 'community', ctx.t(TEXT.heading.community));
  const moderation = child(community, 'moderation');
  const crisis = child(community, 'crisis');
  const items = [
    ...ctx.fields(community, ['community'], [['response_time_hours', 'number'], ['service_hours', 'text']]),
    ...nested(ctx, moderation, ['community', 'moderation'], ctx.fields(moderation, ['community', 'moderation'], [['published_guidelines', 'bool'], ['hide', 'texts'], ['never_delete', 'texts']])),
    ...nested(ctx, crisis, ['community', 'crisis'], ctx.fields(crisis, ['community', 'crisis'], [['contact', 'ref'], ['holding_statement', 'text']])),
  ];
  const steps = maps(community, 'escalation');
  if (items.length === 0 && steps.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('community')?.key));
  ctx.w.list(items, { class: 'smm-facts' });
  const e = ['community', 'escalation', 0];
  ctx.w.table(['level', 'trigger', 'owner', 'respond_within_hours'].map((key) => ctx.title([...e, key])), steps.map((step, i) => {
    const path = ['community', 'escalation', i];
    return {
      cells: [
        ctx.value(step, [...path, 'level'], 'number') ?? '', ctx.value(step, [...path, 'trigger'], 'text') ?? '',
        ctx.value(step, [...path, 'owner'], 'ref') ?? '', ctx.value(step, [...path, 'respond_within_hours'], 'number') ?? '',
      ],
      line: ctx.line(step),
    };
  }), ctx.line(child(community, 'escalation')), { class: 'smm-escalation' });
}

/** A sub-mapping as one item titled by the schema, with its fields inside; nothing when it has none. */
function nested(ctx: RenderContext, node: ReturnType<typeof child>, path: readonly string[], fields: ReturnType<RenderContext['fields']>) {
  return fields.length ? [{ text: `**${ctx.title(path)}**`, line: ctx.line(node), children: fields }] : [];
}
