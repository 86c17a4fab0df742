import { strings, text } from '../../model/read';
import type { MapNode } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { TEXT } from '../labels';
import type { ListItem, TableRow } from '../writer';

/**
 * A table wider than this is unreadable, and its size would grow with goals × channels: past it,
 * each row lists only the channels that serve it, which is linear in what the file says.
 */
const MAX_TABLE_CHANNELS = 10;

/**
 * The goal × channel × audience matrix: which channel serves which goal for whom (a cell names
 * the audiences; when the goal names its own audiences, only those), and which audiences each
 * channel reaches. A goal no channel serves and an audience no channel reaches are marked as gaps.
 */
export function writeMatrix(ctx: RenderContext): void {
  const channelsKey = ctx.doc.sectionPair('channels')?.key;
  ctx.part(3, 'matrix', ctx.t(TEXT.heading.matrix), ctx.line(channelsKey));
  const channels: Channel[] = ctx.doc.items('channels').map((channel, i) => ({
    name: ctx.itemName('channels', channel) ?? ctx.t(TEXT.numbered, { n: i + 1 }),
    goals: new Set(strings(channel, 'goals').map((s) => s.trim())),
    audiences: strings(channel, 'audiences').map((s) => s.trim()),
  }));
  if (channels.length === 0) return ctx.missing(ctx.line(channelsKey));
  if (channels.length > MAX_TABLE_CHANNELS) return writeMatrixLists(ctx, channels);
  const names = channels.map((c) => c.name);

  const goalRows: TableRow[] = ctx.doc.items('goals').map((goal, i) => {
    const id = text(goal, 'id')?.trim();
    const own = new Set(strings(goal, 'audiences').map((s) => s.trim()));
    const cells = channels.map((c) => {
      if (id === undefined || !c.goals.has(id)) return '—';
      const whom = own.size ? c.audiences.filter((a) => own.has(a)) : c.audiences;
      return whom.length ? whom.map((a) => ctx.nameOf('audiences', a)).join(', ') : '✓';
    });
    return gapRow(ctx, goal, ctx.itemName('goals', goal) ?? ctx.t(TEXT.numbered, { n: i + 1 }), cells, TEXT.gapGoal);
  });
  ctx.w.table([ctx.t(TEXT.matrixGoal), ...names], goalRows, ctx.line(channelsKey), { class: 'smm-matrix smm-matrix-goals' });

  const audienceRows: TableRow[] = ctx.doc.items('audiences').map((audience, i) => {
    const id = text(audience, 'id')?.trim();
    const cells = channels.map((c) => (id !== undefined && c.audiences.includes(id) ? '✓' : '—'));
    return gapRow(ctx, audience, ctx.itemName('audiences', audience) ?? ctx.t(TEXT.numbered, { n: i + 1 }), cells, TEXT.gapAudience);
  });
  ctx.w.table([ctx.t(TEXT.matrixAudience), ...names], audienceRows, ctx.line(channelsKey), { class: 'smm-matrix smm-matrix-audiences' });
}

/** The matrix as lists, one item per goal and per audience, naming what serves it. */
function writeMatrixLists(ctx: RenderContext, channels: readonly Channel[]): void {
  const byGoal = new Map<string, Channel[]>();
  const byAudience = new Map<string, Channel[]>();
  const add = (index: Map<string, Channel[]>, id: string, channel: Channel) => {
    const list = index.get(id);
    if (list) list.push(channel);
    else index.set(id, [channel]);
  };
  for (const c of channels) {
    for (const goal of c.goals) add(byGoal, goal, c);
    for (const audience of new Set(c.audiences)) add(byAudience, audience, c);
  }
  const goalItems = ctx.doc.items('goals').map((goal, i) => {
    const id = text(goal, 'id')?.trim();
    const own = new Set(strings(goal, 'audiences').map((s) => s.trim()));
    const cells = (id === undefined ? [] : byGoal.get(id) ?? []).map((c) => {
      const whom = own.size ? c.audiences.filter((a) => own.has(a)) : c.audiences;
      return whom.length ? `${c.name} (${whom.map((a) => ctx.nameOf('audiences', a)).join(', ')})` : c.name;
    });
    return gapItem(ctx, goal, ctx.itemName('goals', goal) ?? ctx.t(TEXT.numbered, { n: i + 1 }), cells, TEXT.gapGoal);
  });
  ctx.w.list(goalItems, { class: 'smm-matrix smm-matrix-goals' });
  const audienceItems = ctx.doc.items('audiences').map((audience, i) => {
    const id = text(audience, 'id')?.trim();
    const cells = (id === undefined ? [] : byAudience.get(id) ?? []).map((c) => c.name);
    return gapItem(ctx, audience, ctx.itemName('audiences', audience) ?? ctx.t(TEXT.numbered, { n: i + 1 }), cells, TEXT.gapAudience);
  });
  ctx.w.list(audienceItems, { class: 'smm-matrix smm-matrix-audiences' });
}

interface Channel {
  readonly name: string;
  readonly goals: ReadonlySet<string>;
  readonly audiences: readonly string[];
}

/** A list entry of the matrix: the row's name, then what serves it, or the gap in words. */
function gapItem(ctx: RenderContext, item: MapNode, name: string, served: readonly string[], gap: (typeof TEXT)['gapGoal']): ListItem {
  const isGap = served.length === 0;
  return {
    text: isGap ? `${name} — **⚠ ${ctx.t(gap)}**` : `${name}: ${served.join(', ')}`,
    line: ctx.line(item),
    attrs: { class: isGap ? 'smm-gap' : 'smm-covered' },
  };
}

/** A row of the matrix, marked as a gap (in its class and in words) when no cell is filled. */
function gapRow(ctx: RenderContext, item: MapNode, name: string, cells: string[], gap: (typeof TEXT)['gapGoal']): TableRow {
  const isGap = cells.every((c) => c === '—');
  return {
    cells: [isGap ? `${name} — **⚠ ${ctx.t(gap)}**` : name, ...cells],
    line: ctx.line(item),
    attrs: { class: isGap ? 'smm-gap' : 'smm-covered' },
  };
}
