import { filled, text } from '../../model/read';
import { child, type MapNode } from '../../syntax/ast';
import type { FieldSpec, RenderContext } from '../context';
import { TEXT } from '../labels';
import { md, type ListItem } from '../writer';

/** The article's four dimensions of an audience, in its order, then where the audience is online. */
const DIMENSIONS: readonly { readonly key: string; readonly fields: readonly FieldSpec[]; readonly nested: boolean }[] = [
  { key: 'demographics', nested: true, fields: [['gender', 'enums'], ['age', 'age'], ['marital_status', 'enums'], ['occupation', 'texts'], ['income', 'enum']] },
  { key: 'geography', nested: true, fields: [['countries', 'countries'], ['cities', 'texts'], ['regions', 'texts']] },
  { key: 'psychographics', nested: true, fields: [['lifestyle', 'texts'], ['values', 'texts'], ['preferences', 'texts'], ['hobbies', 'texts']] },
  { key: 'needs', nested: false, fields: [['needs', 'texts'], ['expectations', 'texts'], ['pain_points', 'texts']] },
  { key: 'platforms', nested: false, fields: [['platforms', 'enums'], ['evidence', 'enums']] },
];

/** Audiences with the four dimensions (socio-demographics, geography, psychographics, needs and expectations) and the networks they use. */
export function writeAudiences(ctx: RenderContext): void {
  ctx.section(2, 'audiences', ctx.t(TEXT.heading.audiences));
  const audiences = ctx.doc.items('audiences');
  if (audiences.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('audiences')?.key));
  audiences.forEach((audience, i) => {
    ctx.w.heading(3, ctx.itemName('audiences', audience) ?? ctx.t(TEXT.numbered, { n: i + 1 }), ctx.line(audience), { class: 'smm-audience' });
    const description = text(audience, 'description');
    if (description) ctx.w.paragraph(md(description), ctx.line(child(audience, 'description')));
    ctx.w.list(DIMENSIONS.map((d) => dimension(ctx, audience, i, d)), { class: 'smm-dimensions' });
  });
}

function dimension(ctx: RenderContext, audience: MapNode, i: number, d: (typeof DIMENSIONS)[number]): ListItem {
  const path = d.nested ? ['audiences', i, d.key] : ['audiences', i];
  const node = d.nested ? child(audience, d.key) : audience;
  const fields = ctx.fields(node, path, d.fields);
  const title = d.key === 'needs' ? ctx.t(TEXT.needsAndExpectations) : d.key === 'platforms' ? ctx.t(TEXT.networksUsed) : ctx.title(path);
  const answered = d.nested ? filled(audience, d.key) : d.fields.some(([key]) => filled(audience, key));
  const keyNode = d.nested ? child(audience, d.key) : d.fields.map(([key]) => child(audience, key)).find(Boolean);
  return {
    text: answered ? `**${title}**` : `**${title}:** *${ctx.t(TEXT.notStated)}*`,
    line: ctx.line(keyNode, ctx.line(audience)),
    attrs: { class: answered ? 'smm-dimension' : 'smm-dimension smm-gap' },
    children: fields,
  };
}
