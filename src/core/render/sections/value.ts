import { scalars } from '../../model/read';
import { child } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { TEXT } from '../labels';
import { md } from '../writer';

/** The value of the content: the proposition, the unique content and the key messages. */
export function writeValue(ctx: RenderContext): void {
  const value = ctx.section(2, 'value', ctx.t(TEXT.heading.value));
  const items = ctx.fields(value, ['value'], [['proposition', 'text'], ['unique_content', 'text']]);
  const messages = scalars(value, 'messages');
  if (messages.length) {
    items.push({
      text: `**${ctx.title(['value', 'messages'])}**`,
      line: ctx.line(child(value, 'messages')),
      children: messages.map((m) => ({ text: md(String(m.value)), line: ctx.line(m) })),
    });
  }
  if (items.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('value')?.key));
  ctx.w.list(items, { class: 'smm-facts' });
}
