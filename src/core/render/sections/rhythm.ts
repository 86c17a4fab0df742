import { num, text } from '../../model/read';
import { child, type Node } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { dateValue, formatDate, formatNumber } from '../format';
import { TEXT } from '../labels';
import { md, type TableRow } from '../writer';

const DAYS_PER = { day: 1, week: 7, month: 365.25 / 12 } as const;
type Per = keyof typeof DAYS_PER;
const DAY_MS = 86_400_000;

/** A channel's `frequency` as a phrase (`4 posts a week`), or undefined when it is not stated. */
export function frequencyText(ctx: RenderContext, frequency: Node | undefined): string | undefined {
  const rate = rateOf(frequency);
  return rate ? ctx.count(TEXT.frequency[rate.per], rate.count) : undefined;
}

/** The publishing rhythm: posts per channel per week and over the strategy period, from each channel's `frequency` and `period`. */
export function writeRhythm(ctx: RenderContext): void {
  const channels = ctx.doc.items('channels');
  ctx.part(3, 'rhythm', ctx.t(TEXT.heading.rhythm), ctx.line(ctx.doc.sectionPair('channels')?.key));
  if (channels.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('channels')?.key));
  const days = periodDays(ctx.doc.section('period'));
  const header = [ctx.title(['channels', 0]), ctx.title(['channels', 0, 'frequency']), ctx.t(TEXT.postsPerWeek), ...(days ? [ctx.t(TEXT.postsOverPeriod)] : [])];
  let week = 0;
  let total = 0;
  const rows: TableRow[] = channels.map((channel, i) => {
    const frequency = child(channel, 'frequency');
    const rate = rateOf(frequency);
    const name = ctx.itemName('channels', channel) ?? ctx.t(TEXT.numbered, { n: i + 1 });
    if (!rate) return { cells: [name, `*${ctx.t(TEXT.notStated)}*`], line: ctx.line(channel), attrs: { class: 'smm-gap' } };
    const perDay = rate.count / DAYS_PER[rate.per];
    week += perDay * 7;
    total += perDay * (days ?? 0);
    return {
      cells: [name, frequencyText(ctx, frequency) ?? '', md(formatNumber(round(perDay * 7), ctx.locale)), ...(days ? [md(formatNumber(Math.round(perDay * days), ctx.locale))] : [])],
      line: ctx.line(frequency),
    };
  });
  rows.push({
    cells: [`**${ctx.t(TEXT.total)}**`, '', `**${md(formatNumber(round(week), ctx.locale))}**`, ...(days ? [`**${md(formatNumber(Math.round(total), ctx.locale))}**`] : [])],
    line: ctx.line(ctx.doc.sectionPair('channels')?.key),
    attrs: { class: 'smm-total' },
  });
  ctx.w.table(header, rows, ctx.line(ctx.doc.sectionPair('channels')?.key), { class: 'smm-rhythm' });
  const period = ctx.doc.section('period');
  if (days) {
    const start = text(period, 'start') ?? '';
    const end = text(period, 'end') ?? '';
    ctx.w.paragraph(ctx.t(TEXT.periodLength, { start: formatDate(start, ctx.locale), end: formatDate(end, ctx.locale), weeks: formatNumber(round(days / 7), ctx.locale) }), ctx.line(period), { class: 'smm-note' });
  } else {
    ctx.w.paragraph(ctx.t(TEXT.rhythmNoPeriod), ctx.line(period), { class: 'smm-note' });
  }
}

function rateOf(frequency: Node | undefined): { count: number; per: Per } | undefined {
  const count = num(frequency, 'count');
  const per = text(frequency, 'per');
  if (count === undefined || count <= 0 || per === undefined || !(per in DAYS_PER)) return undefined;
  return { count, per: per as Per };
}

/** Days in the strategy period, both ends included; undefined unless both dates are real and in order. */
function periodDays(period: Node | undefined): number | undefined {
  const start = dateValue(text(period, 'start') ?? '');
  const end = dateValue(text(period, 'end') ?? '');
  if (start === undefined || end === undefined || end < start) return undefined;
  return Math.round((end - start) / DAY_MS) + 1;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
