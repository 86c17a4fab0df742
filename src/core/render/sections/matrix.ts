import { strings, text } from '../../model/read';
import type { MapNode } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { TEXT } from '../labels';
import type { TableRow } from '../writer';

/**
 * The goal × channel × audience matrix: which channel serves which goal for whom (a cell names
 * the audiences; when the goal names its own audiences, only those), and which audiences each
 * channel reaches. A goal no channel serves and an audience no channel reaches are marked as gaps.
 */
export function writeMatrix(ctx: RenderContext): void {
  const channelsKey = ctx.doc.sectionPair('channels')?.key;
  ctx.part(3, 'matrix', ctx.t(TEXT.heading.matrix), ctx.line(channelsKey));
  const channels = ctx.doc.items('channels').map((channel, i) => ({
    name: ctx.itemName('channels', channel) ?? ctx.t(TEXT.numbered, { n: i + 1 }),
    goals: new Set(strings(channel, 'goals').map((s) => s.trim())),
    audiences: strings(channel, 'audiences').map((s) => s.trim()),
  }));
  if (channels.length === 0) return ctx.missing(ctx.line(channelsKey));
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

/** A row of the matrix, marked as a gap (in its class and in words) when no cell is filled. */
function gapRow(ctx: RenderContext, item: MapNode, name: string, cells: string[], gap: (typeof TEXT)['gapGoal']): TableRow {
  const isGap = cells.every((c) => c === '—');
  return {
    cells: [isGap ? `${name} — **⚠ ${ctx.t(gap)}**` : name, ...cells],
    line: ctx.line(item),
    attrs: { class: isGap ? 'smm-gap' : 'smm-covered' },
  };
}
