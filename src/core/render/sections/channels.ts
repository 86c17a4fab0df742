import { maps, scalars, text } from '../../model/read';
import { child } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { TEXT } from '../labels';
import { md, type ListItem, type TableRow } from '../writer';
import { frequencyText } from './rhythm';

/** The chosen networks, one entry per account, with who and what each one is for. */
export function writeChannels(ctx: RenderContext): void {
  ctx.section(2, 'channels', ctx.t(TEXT.heading.channels));
  const channels = ctx.doc.items('channels');
  if (channels.length === 0) ctx.missing(ctx.line(ctx.doc.sectionPair('channels')?.key));
  channels.forEach((channel, i) => {
    const path = ['channels', i];
    ctx.w.heading(3, ctx.itemName('channels', channel) ?? ctx.t(TEXT.numbered, { n: i + 1 }), ctx.line(channel), { class: 'smm-channel' });
    const frequency = frequencyText(ctx, child(channel, 'frequency'));
    ctx.w.list([
      ...ctx.fields(channel, path, [['status', 'enum'], ['priority', 'enum'], ['purpose', 'text'], ['audiences', 'refs'], ['goals', 'refs'], ['formats', 'enums']]),
      ...(frequency ? [{ text: `**${ctx.title([...path, 'frequency'])}:** ${frequency}`, line: ctx.line(child(channel, 'frequency')) }] : []),
      ...ctx.fields(channel, path, [['languages', 'languages'], ['paid', 'bool'], ['owner', 'ref'], ['url', 'url']]),
    ]);
  });
}

/** Competitor monitoring: which networks competitors are on, how many users they have, and how active those users are. */
export function writeCompetitors(ctx: RenderContext): void {
  ctx.section(3, 'competitors', ctx.t(TEXT.heading.competitors));
  const competitors = ctx.doc.items('competitors');
  if (competitors.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('competitors')?.key));
  const p = ['competitors', 0, 'presence', 0];
  const header = [
    ctx.title(['competitors', 0]), ctx.title([...p, 'network']), ctx.title([...p, 'followers']), ctx.title([...p, 'avg_likes']),
    ctx.title([...p, 'avg_comments']), ctx.title([...p, 'discussions']), ctx.title([...p, 'posts_per_week']), ctx.title([...p, 'checked']),
  ];
  const rows: TableRow[] = [];
  const notes: ListItem[] = [];
  competitors.forEach((competitor, i) => {
    const name = ctx.itemName('competitors', competitor) ?? ctx.t(TEXT.numbered, { n: i + 1 });
    const kind = ctx.value(competitor, ['competitors', i, 'kind'], 'enum');
    const label = kind ? `${name} (${kind})` : name;
    const presence = maps(competitor, 'presence');
    if (presence.length === 0) rows.push({ cells: [label, `*${ctx.t(TEXT.notStated)}*`], line: ctx.line(competitor), attrs: { class: 'smm-gap' } });
    presence.forEach((entry, j) => {
      const at = ['competitors', i, 'presence', j];
      const network = text(entry, 'network');
      const handle = ctx.value(entry, [...at, 'handle'], 'text') ?? ctx.value(entry, [...at, 'url'], 'url');
      rows.push({
        cells: [
          label,
          [network ? ctx.network(network) : '', handle ?? ''].filter(Boolean).join(' · '),
          ctx.value(entry, [...at, 'followers'], 'number') ?? '',
          ctx.value(entry, [...at, 'avg_likes'], 'number') ?? '',
          ctx.value(entry, [...at, 'avg_comments'], 'number') ?? '',
          ctx.value(entry, [...at, 'discussions'], 'enum') ?? '',
          ctx.value(entry, [...at, 'posts_per_week'], 'number') ?? '',
          ctx.value(entry, [...at, 'checked'], 'date') ?? '',
        ],
        line: ctx.line(entry),
      });
    });
    const note = text(competitor, 'notes');
    if (note) notes.push({ text: `**${name}:** ${md(note)}`, line: ctx.line(child(competitor, 'notes')) });
  });
  ctx.w.table(header, rows, ctx.line(ctx.doc.sectionPair('competitors')?.key), { class: 'smm-competitors' });
  ctx.w.list(notes);
}

/** The polls behind the choice of networks, and the ideas for future publications they gave. */
export function writeResearch(ctx: RenderContext): void {
  const research = ctx.section(3, 'research', ctx.t(TEXT.heading.polls));
  const polls = maps(research, 'polls');
  if (polls.length === 0) ctx.missing(ctx.line(child(research, 'polls'), ctx.line(ctx.doc.sectionPair('research')?.key)));
  ctx.w.list(polls.map((poll, i) => {
    const path = ['research', 'polls', i];
    return {
      text: `**${ctx.value(poll, [...path, 'question'], 'text') ?? ctx.t(TEXT.numbered, { n: i + 1 })}**`,
      line: ctx.line(poll),
      attrs: { class: 'smm-poll' },
      children: ctx.fields(poll, path, [['network', 'enum'], ['date', 'date'], ['responses', 'number'], ['findings', 'texts']]),
    };
  }));
  const ideas = scalars(research, 'content_ideas');
  if (ideas.length) {
    ctx.w.list([{
      text: `**${ctx.title(['research', 'content_ideas'])}**`,
      line: ctx.line(child(research, 'content_ideas')),
      children: ideas.map((idea) => ({ text: md(String(idea.value)), line: ctx.line(idea) })),
    }]);
  }
}
