import { maps, num, text } from '../../model/read';
import { child } from '../../syntax/ast';
import type { RenderContext } from '../context';
import { formatNumber } from '../format';
import { TEXT } from '../labels';
import { SECTION_LABELS } from '../../language/symbols';
import { md, type TableRow } from '../writer';
import { writeRhythm } from './rhythm';

/** Content: the pillars, the calendar (key dates and planned publications), the publishing rhythm and the brand voice. */
export function writeContent(ctx: RenderContext): void {
  ctx.part(2, 'content', ctx.t(TEXT.heading.content), ctx.line(ctx.doc.sectionPair('content_pillars')?.key));
  writePillars(ctx);
  writeCalendar(ctx);
  writeRhythm(ctx);
  writeVoice(ctx);
}

function writePillars(ctx: RenderContext): void {
  ctx.section(3, 'content_pillars', md(SECTION_LABELS.content_pillars[ctx.locale]));
  const pillars = ctx.doc.items('content_pillars');
  if (pillars.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('content_pillars')?.key));
  const p = ['content_pillars', 0];
  const header = [ctx.title(p), ctx.title([...p, 'kind']), ctx.title([...p, 'share']), ctx.title([...p, 'goals']), ctx.title([...p, 'audiences']), ctx.title([...p, 'channels'])];
  let share = 0;
  const rows: TableRow[] = pillars.map((pillar, i) => {
    const path = ['content_pillars', i];
    const own = num(pillar, 'share');
    share += own ?? 0;
    const description = text(pillar, 'description');
    const name = ctx.itemName('content_pillars', pillar) ?? ctx.t(TEXT.numbered, { n: i + 1 });
    return {
      cells: [
        description ? `**${name}** — ${md(description)}` : `**${name}**`,
        ctx.value(pillar, [...path, 'kind'], 'enum') ?? '',
        own === undefined ? '' : md(`${formatNumber(own, ctx.locale)}%`),
        ctx.value(pillar, [...path, 'goals'], 'refs') ?? '',
        ctx.value(pillar, [...path, 'audiences'], 'refs') ?? '',
        ctx.value(pillar, [...path, 'channels'], 'refs') ?? '',
      ],
      line: ctx.line(pillar),
    };
  });
  if (share > 0) rows.push({ cells: [`**${ctx.t(TEXT.total)}**`, '', `**${md(`${formatNumber(share, ctx.locale)}%`)}**`], line: ctx.line(ctx.doc.sectionPair('content_pillars')?.key), attrs: { class: 'smm-total' } });
  ctx.w.table(header, rows, ctx.line(ctx.doc.sectionPair('content_pillars')?.key), { class: 'smm-pillars' });
}

function writeCalendar(ctx: RenderContext): void {
  const calendar = ctx.section(3, 'calendar', md(SECTION_LABELS.calendar[ctx.locale]));
  const keyDates = maps(calendar, 'key_dates');
  const entries = maps(calendar, 'entries');
  if (keyDates.length === 0 && entries.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('calendar')?.key));
  if (keyDates.length) {
    ctx.w.list([{
      text: `**${ctx.title(['calendar', 'key_dates'])}**`,
      line: ctx.line(child(calendar, 'key_dates')),
      children: keyDates.map((d, i) => {
        const path = ['calendar', 'key_dates', i];
        const pillar = ctx.value(d, [...path, 'pillar'], 'ref');
        const what = [ctx.value(d, [...path, 'date'], 'date'), ctx.value(d, [...path, 'name'], 'text')].filter(Boolean).join(' — ');
        return { text: pillar ? `${what} (${pillar})` : what || '…', line: ctx.line(d) };
      }),
    }], { class: 'smm-key-dates' });
  }
  const e = ['calendar', 'entries', 0];
  const header = ['date', 'time', 'channel', 'pillar', 'format', 'title', 'status', 'owner'].map((key) => ctx.title([...e, key]));
  ctx.w.table(header, entries.map((entry, i) => {
    const path = ['calendar', 'entries', i];
    return {
      cells: [
        ctx.value(entry, [...path, 'date'], 'date') ?? '', ctx.value(entry, [...path, 'time'], 'text') ?? '',
        ctx.value(entry, [...path, 'channel'], 'ref') ?? '', ctx.value(entry, [...path, 'pillar'], 'ref') ?? '',
        ctx.value(entry, [...path, 'format'], 'enum') ?? '', ctx.value(entry, [...path, 'title'], 'text') ?? '',
        ctx.value(entry, [...path, 'status'], 'enum') ?? '', ctx.value(entry, [...path, 'owner'], 'ref') ?? '',
      ],
      line: ctx.line(entry),
    };
  }), ctx.line(child(calendar, 'entries')), { class: 'smm-calendar' });
}

function writeVoice(ctx: RenderContext): void {
  const voice = ctx.section(3, 'voice', md(SECTION_LABELS.voice[ctx.locale]));
  const items = ctx.fields(voice, ['voice'], [['adjectives', 'texts'], ['formality', 'enum'], ['humor', 'enum'], ['do', 'texts'], ['dont', 'texts'], ['languages', 'languages']]);
  if (items.length === 0) return ctx.missing(ctx.line(ctx.doc.sectionPair('voice')?.key));
  ctx.w.list(items, { class: 'smm-facts' });
}
