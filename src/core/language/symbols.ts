import type { Locale, Localized } from '../i18n/locale';
import type { StrategyDocument } from '../model/document';
import type { Range } from '../problem';
import { num, strings, text } from '../model/read';
import { isSectionKey, type IdSection, type SectionKey } from '../model/sections';
import { child, keyText, type MapNode, type Node, type Pair } from '../syntax/ast';

/**
 * The kinds of outline entries, named like VS Code's `SymbolKind` members so the adapter can map
 * them by name (`vscode.SymbolKind[kind]`). Only the kinds this module uses are listed.
 */
export type StrategySymbolKind =
  | 'Module' | 'Property' | 'Array' | 'Object' | 'Event' | 'Class' | 'Interface' | 'Struct' | 'Enum' | 'Field' | 'Number';

/**
 * One entry of the outline / breadcrumbs. Offsets are UTF-16 into the document text.
 * Invariant (VS Code rejects symbols that break it): `start <= selectionStart <= selectionEnd <= end`.
 */
export interface StrategySymbol {
  /** Never empty (VS Code rejects an empty symbol name). */
  readonly name: string;
  readonly detail: string;
  readonly kind: StrategySymbolKind;
  /** The whole span: the section's key and value, or the list item. */
  readonly start: number;
  readonly end: number;
  /** What is revealed and highlighted: the section key or the item's `id` value. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: readonly StrategySymbol[];
}

/** An outline entry as an editor takes it: with line/character ranges instead of offsets. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: StrategySymbolKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

/**
 * The document's outline with ranges from its own line index: made wherever the parse is (the
 * checker thread for a large file), the editor's adapter only has to copy it.
 */
export function outline(doc: StrategyDocument, locale: Locale): OutlineSymbol[] {
  const withRanges = (s: StrategySymbol): OutlineSymbol => ({
    name: s.name,
    detail: s.detail,
    kind: s.kind,
    range: doc.lines.rangeOf(s.start, s.end),
    selectionRange: doc.lines.rangeOf(s.selectionStart, s.selectionEnd),
    children: s.children.map(withRanges),
  });
  return documentSymbols(doc, locale).map(withRanges);
}

/** Human names of the top-level sections, shown next to the key in the outline. */
export const SECTION_LABELS: { readonly [K in SectionKey]: Localized } = {
  version: { en: 'Format version', hy: 'Ձևաչափի տարբերակ', ru: 'Версия формата' },
  locale: { en: 'Language', hy: 'Լեզու', ru: 'Язык' },
  phase: { en: 'Phase', hy: 'Փուլ', ru: 'Этап' },
  brand: { en: 'Brand', hy: 'Բրենդ', ru: 'Бренд' },
  period: { en: 'Period', hy: 'Ժամանակահատված', ru: 'Период' },
  goals: { en: 'Goals', hy: 'Նպատակներ', ru: 'Цели' },
  audiences: { en: 'Target audiences', hy: 'Թիրախային լսարաններ', ru: 'Целевые аудитории' },
  value: { en: 'Value', hy: 'Արժեք', ru: 'Ценность' },
  competitors: { en: 'Competitors', hy: 'Մրցակիցներ', ru: 'Конкуренты' },
  research: { en: 'Research', hy: 'Հետազոտություն', ru: 'Исследования' },
  channels: { en: 'Channels', hy: 'Ալիքներ', ru: 'Каналы' },
  content_pillars: { en: 'Content pillars', hy: 'Բովանդակային ուղղություններ', ru: 'Контентные рубрики' },
  calendar: { en: 'Content calendar', hy: 'Բովանդակության օրացույց', ru: 'Контент-календарь' },
  voice: { en: 'Brand voice', hy: 'Բրենդի ձայն', ru: 'Голос бренда' },
  community: { en: 'Community management', hy: 'Համայնքի կառավարում', ru: 'Работа с сообществом' },
  budget: { en: 'Budget', hy: 'Բյուջե', ru: 'Бюджет' },
  reporting: { en: 'Reporting', hy: 'Հաշվետվություն', ru: 'Отчётность' },
  team: { en: 'Team', hy: 'Թիմ', ru: 'Команда' },
};

/** Sections whose value is a single scalar: shown as properties, not as containers. */
const SCALAR_SECTIONS: ReadonlySet<string> = new Set(['version', 'locale', 'phase']);

/**
 * How the items of each id section are named and drawn. Goals are named by `title`, every other
 * section by `name`; the detail is the field a strategist scans for (goal type, network…).
 */
const ITEM_STYLE: { readonly [S in IdSection]: { readonly kind: StrategySymbolKind; readonly label: string; readonly detail: (item: MapNode) => string } } = {
  goals: { kind: 'Event', label: 'title', detail: (item) => text(item, 'type') ?? '' },
  audiences: { kind: 'Class', label: 'name', detail: () => '' },
  competitors: { kind: 'Struct', label: 'name', detail: (item) => text(item, 'kind') ?? '' },
  channels: { kind: 'Interface', label: 'name', detail: (item) => [text(item, 'network'), text(item, 'status')].filter(Boolean).join(' · ') },
  content_pillars: { kind: 'Enum', label: 'name', detail: pillarDetail },
  team: { kind: 'Object', label: 'name', detail: (item) => strings(item, 'roles').join(', ') },
};

/** Long titles are cut for the breadcrumbs; the full text is one click away. */
const MAX_LABEL = 80;

/**
 * The outline of a strategy: one symbol per top-level key (named by the key, with the section's
 * human label in `locale` as detail), and inside list sections one symbol per item, named
 * `id — title/name`. Goals list their KPIs, competitors their presence entries, and `calendar`,
 * `budget`, `research` and `community` their lists (key dates, entries, items, polls, escalation).
 *
 * Works on the partial tree of broken YAML (whatever was parsed is listed) and does linear work
 * in the size of the tree, so a 50,000-line file stays fast.
 *
 * @example documentSymbols(new StrategyDocument('goals:\n  - id: a\n    title: A\n'), 'ru')
 * // [{ name: 'goals', detail: 'Цели', kind: 'Module', children: [{ name: 'a — A', kind: 'Event', … }] }]
 */
export function documentSymbols(doc: StrategyDocument, locale: Locale): StrategySymbol[] {
  const root = doc.root;
  if (!root) return [];
  const sections: Pending[] = [];
  for (const pair of root.pairs) {
    const key = keyText(pair.key);
    // A key being typed (`:` alone) or a complex key has nothing to show.
    if (key.trim() === '') continue;
    const known = isSectionKey(key);
    sections.push(() => draft({
      name: key,
      detail: known ? SECTION_LABELS[key][locale] : '',
      kind: !known || SCALAR_SECTIONS.has(key) || (pair.value.kind === 'scalar' && !pair.value.empty) ? 'Property' : 'Module',
      span: pairSpan(pair),
      selection: pair.key,
      children: known ? () => sectionChildren(key, pair.value) : none,
    }));
  }
  return capped(sections, MAX_SYMBOLS).map((s) => trimEnd(s, doc.text));
}

/**
 * The most symbols an outline gets. Ten thousand goals make no readable outline, and each one is
 * copied to the editor's window on every edit: 5,000 (where yaml-language-server stops) took the
 * extension host 60-130 ms to send on a loaded machine.
 */
export const MAX_SYMBOLS = 2000;

/** A symbol still to be made: only those the outline keeps are. */
type Pending = () => Draft;

/** A symbol whose children are made only when the outline has room for them. */
interface Draft extends Omit<StrategySymbol, 'children'> {
  readonly children: () => readonly Pending[];
}

const none = (): readonly Pending[] => [];

/**
 * At most `limit` symbols, breadth first: every section, then their items (each section its share),
 * then what is in those. Only the symbols kept are made, so a list of 10,000 goals costs what the
 * outline shows of it.
 */
function capped(top: readonly Pending[], limit: number): StrategySymbol[] {
  let left = limit;
  const kept = new Map<Draft, readonly Draft[]>();
  const roots = top.slice(0, left).map((make) => make());
  left -= roots.length;
  for (let level: readonly Draft[] = roots; level.length > 0 && left > 0;) {
    const next: Draft[] = [];
    for (let i = 0; i < level.length; i++) {
      const parent = level[i]!;
      // A fair share of what is left, so one long list does not crowd out the sections after it.
      const children = parent.children().slice(0, Math.max(0, Math.ceil(left / (level.length - i)))).map((make) => make());
      left -= children.length;
      kept.set(parent, children);
      for (const child of children) next.push(child);
    }
    level = next;
  }
  const finish = (d: Draft): StrategySymbol => ({ ...d, children: (kept.get(d) ?? []).map(finish) });
  return roots.map(finish);
}

/**
 * Block collections end after their last line break; the outline ends at the last character, so
 * a cursor at the start of the next section is not also inside this one (breadcrumbs).
 */
function trimEnd(s: StrategySymbol, text: string): StrategySymbol {
  let end = s.end;
  while (end > s.selectionEnd && isSpace(text.charCodeAt(end - 1))) end--;
  return { ...s, end, children: s.children.map((c) => trimEnd(c, text)) };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function sectionChildren(key: SectionKey, value: Node): readonly Pending[] {
  switch (key) {
    case 'goals':
    case 'audiences':
    case 'competitors':
    case 'channels':
    case 'content_pillars':
    case 'team':
      return listItems(value, (item, index) => idItem(key, item, index));
    case 'calendar':
      return [
        subList(value, 'key_dates', 'Event', (item) => ({ name: joinText([text(item, 'date'), text(item, 'name')]), detail: text(item, 'pillar') ?? '' })),
        subList(value, 'entries', 'Event', (item) => ({
          name: joinText([text(item, 'date'), text(item, 'time'), text(item, 'title') ?? text(item, 'format')]),
          detail: [text(item, 'channel'), text(item, 'status')].filter(Boolean).join(' · '),
        })),
      ].flatMap((s) => (s ? [s] : []));
    case 'budget':
      return optional(subList(value, 'items', 'Field', (item) => ({
        name: joinText([text(item, 'category'), text(item, 'note')]),
        detail: [numberText(item, 'amount'), text(item, 'channel')].filter(Boolean).join(' · '),
      })));
    case 'research':
      return optional(subList(value, 'polls', 'Object', (item) => ({ name: clip(text(item, 'question') ?? ''), detail: text(item, 'network') ?? '' })));
    case 'community':
      return optional(subList(value, 'escalation', 'Field', (item) => ({
        name: joinText([numberText(item, 'level'), text(item, 'trigger')], ': '),
        detail: text(item, 'owner') ?? '',
      })));
    default:
      return [];
  }
}

/** An item of an id section: `id — title`, selecting the id value, with its nested lists. */
function idItem(section: IdSection, item: MapNode, index: number): Draft {
  const style = ITEM_STYLE[section];
  const idNode = child(item, 'id');
  const id = idNode?.kind === 'scalar' && idNode.value !== null && String(idNode.value).trim() !== '' ? String(idNode.value) : undefined;
  const label = text(item, style.label) ?? text(item, style.label === 'title' ? 'name' : 'title');
  const name = id && label ? `${id} — ${clip(label)}` : id ?? (label ? clip(label) : `#${index + 1}`);
  let children = none;
  if (section === 'goals') {
    children = () => listItems(child(item, 'kpis'), (kpi, i) => plainItem(kpi, i, 'Number', {
      name: text(kpi, 'metric') ?? '',
      detail: kpiDetail(kpi),
    }));
  } else if (section === 'competitors') {
    children = () => listItems(child(item, 'presence'), (p, i) => plainItem(p, i, 'Field', {
      name: text(p, 'network') ?? '',
      detail: [text(p, 'handle'), numberText(p, 'followers')].filter(Boolean).join(' · '),
    }));
  }
  return draft({
    name,
    detail: style.detail(item),
    kind: style.kind,
    span: item,
    // The id value is what the user recognises; an item still without one selects its first key.
    selection: id && idNode ? idNode : (item.pairs[0]?.key ?? item),
    children,
  });
}

interface Naming {
  readonly name: string;
  readonly detail: string;
}

/** A list item without an id (a KPI, a calendar entry): named by its fields, else by position. */
function plainItem(item: MapNode, index: number, kind: StrategySymbolKind, naming: Naming): Draft {
  return draft({
    name: naming.name.trim() === '' ? `#${index + 1}` : naming.name,
    detail: naming.detail,
    kind,
    span: item,
    selection: item.pairs[0]?.key ?? item,
    children: none,
  });
}

/** A list inside a mapping section (`calendar.entries`): a container named by its key. */
function subList(section: Node, key: string, kind: StrategySymbolKind, naming: (item: MapNode) => Naming): Pending | undefined {
  if (section.kind !== 'map') return undefined;
  const pair = section.pairs.find((p) => p.key.value === key);
  if (!pair) return undefined;
  return () => draft({
    name: key,
    detail: '',
    kind: 'Array',
    span: pairSpan(pair),
    selection: pair.key,
    children: () => listItems(pair.value, (item, i) => plainItem(item, i, kind, naming(item))),
  });
}

/** The mapping items of a list, to be made; scalars and half-typed `-` lines are skipped. */
function listItems(list: Node | undefined, make: (item: MapNode, index: number) => Draft): Pending[] {
  if (list?.kind !== 'seq') return [];
  const out: Pending[] = [];
  // No list keeps more than the outline's limit: the rest would be listed only to be dropped.
  for (let index = 0; index < list.items.length && out.length < MAX_SYMBOLS; index++) {
    const item = list.items[index]!;
    if (item.kind === 'map') out.push(() => make(item, index));
  }
  return out;
}

interface SymbolParts {
  readonly name: string;
  readonly detail: string;
  readonly kind: StrategySymbolKind;
  readonly span: { readonly start: number; readonly end: number };
  readonly selection: { readonly start: number; readonly end: number };
  readonly children: () => readonly Pending[];
}

/**
 * Builds a symbol whose full span contains its selection. Alias expansions keep their anchor's
 * spans, so a selection may lie outside the item; the full span then grows to contain it rather
 * than breaking VS Code's containment check.
 */
function draft(parts: SymbolParts): Draft {
  const { span, selection } = parts;
  return {
    name: parts.name,
    detail: parts.detail,
    kind: parts.kind,
    start: Math.min(span.start, selection.start),
    end: Math.max(span.end, selection.end),
    selectionStart: selection.start,
    selectionEnd: selection.end,
    children: parts.children,
  };
}

/** `key: value` as one span; an empty value sits at the key's end. */
function pairSpan(pair: Pair): { start: number; end: number } {
  return { start: pair.key.start, end: Math.max(pair.key.end, pair.value.end) };
}

function kpiDetail(kpi: MapNode): string {
  const baseline = numberText(kpi, 'baseline');
  const target = numberText(kpi, 'target');
  const unit = [text(kpi, 'unit'), text(kpi, 'per')].filter(Boolean).join('/');
  const values = baseline && target ? `${baseline} → ${target}` : target ? `→ ${target}` : baseline ?? '';
  return [values, unit, text(kpi, 'channel')].filter(Boolean).join(' · ');
}

function pillarDetail(item: MapNode): string {
  const share = numberText(item, 'share');
  return [text(item, 'kind'), share ? `${share}%` : undefined].filter(Boolean).join(' · ');
}

function numberText(node: MapNode, key: string): string | undefined {
  const n = num(node, key);
  return n === undefined ? undefined : String(n);
}

function joinText(parts: readonly (string | undefined)[], separator = ' '): string {
  return clip(parts.filter((p): p is string => p !== undefined && p.trim() !== '').join(separator));
}

/** One line, at most {@link MAX_LABEL} characters, cut at a word where possible. */
function clip(label: string): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_LABEL) return flat;
  let cut = flat.slice(0, MAX_LABEL - 1);
  const space = cut.lastIndexOf(' ');
  if (space > MAX_LABEL / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

function optional(pending: Pending | undefined): Pending[] {
  return pending ? [pending] : [];
}
