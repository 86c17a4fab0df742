import { format, type Locale, type Localized } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import { SECTION_KEYS, type IdSection } from '../../model/sections';
import { enumAt, propertiesAt, requiredAt } from '../../schema/navigate';
import { pairOf, type MapNode, type Node, type Pair } from '../../syntax/ast';
import { lineEnd } from '../../text/lines';
import { columnOf, humanize, type YamlStyle } from '../skeletons';
import { skeletonBody } from '../snippets';
import { escapeSnippet, renderYaml, snippetToPlain } from '../snippetYaml';
import { newItemBody } from './newItem';
import type { Fix, FixEdit } from './types';
import { TITLES } from './titles';

/** Inserting a missing section skeleton, and creating a missing referenced item. */

type Placement = 'insert' | 'fill' | 'append' | 'complete';

export function sectionFix(doc: StrategyDocument, section: string, style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const body = skeletonBody(section, locale);
  if (body === undefined) return undefined;
  const placed = placeInSection(doc, section, body, style);
  if (!placed) return undefined;
  const titles: Record<Placement, Localized> = { insert: TITLES.insertSection, fill: TITLES.fillSection, append: TITLES.appendItem, complete: TITLES.completeSection };
  return {
    title: format(titles[placed.placement], locale, { section, keys: placed.keys.map((k) => `'${k}'`) }),
    kind: 'quickfix',
    edits: [placed.edit],
    isPreferred: preferred,
    safe: false,
  };
}

/**
 * A new item of `section` with the id a reference names. `referrer` is the item holding the
 * reference (a channel naming a missing audience), whose values can fill in the new one.
 */
export function createItemFix(doc: StrategyDocument, id: string, section: IdSection, style: YamlStyle, locale: Locale, preferred: boolean, referrer?: MapNode): Fix | undefined {
  const item = newItemBody(doc, section, id, locale, referrer) ?? requiredKeysBody(section, id);
  const placed = placeInSection(doc, section, [item], style);
  if (!placed || placed.placement === 'complete') return undefined;
  return {
    title: format(TITLES.createItem, locale, { id, section }),
    kind: 'quickfix',
    edits: [placed.edit],
    isPreferred: preferred,
    safe: false,
  };
}

/** An item with its id and a tab stop for each other key the schema requires. */
function requiredKeysBody(section: string, id: string): Record<string, string> {
  const item: Record<string, string> = { id: escapeSnippet(id) };
  const required = requiredAt([section, 0]);
  let stop = 1;
  for (const key of propertiesAt([section, 0]).keys()) {
    if (key === 'id' || !required.has(key)) continue;
    const values = enumAt([section, 0, key]).map((e) => e.value);
    item[key] = values.length > 0 ? `\${${stop++}|${values.join(',')}|}` : `\${${stop++}:${escapeSnippet(humanize(id))}}`;
  }
  return item;
}

/**
 * Where and how `body` (a section skeleton: a mapping, or a list of items) goes into the file:
 * - the section is absent: inserted whole after the nearest preceding section of the seed order
 *   (SECTION_KEYS), else after the last section;
 * - it is blank (`goals:`, `goals: []`, `value: {}`): the key is kept and filled in;
 * - it is a block list: the items are appended;
 * - it is a block mapping: the skeleton's keys it lacks are appended.
 */
function placeInSection(doc: StrategyDocument, section: string, body: unknown, style: YamlStyle): { placement: Placement; edit: FixEdit; keys: string[] } | undefined {
  const root = doc.root;
  if (root?.flow) return undefined;
  const isList = Array.isArray(body);
  const base = root?.pairs[0] ? columnOf(doc, root.pairs[0].key) : 0;
  const childColumn = (keyColumn: number) => keyColumn + (isList ? (style.indentSequences ? style.indent : 0) : style.indent);
  const pair = root ? pairOf(root, section) : undefined;

  if (!pair) {
    const lines = [`${' '.repeat(base)}${section}:`, ...renderYaml(body, childColumn(base), style)];
    const anchor = precedingSection(doc, section) ?? root?.pairs.at(-1);
    const afterLine = anchor ? lastLineOf(doc, anchor) : doc.lines.lineCount - 1;
    return { placement: 'insert', edit: insertLines(doc, afterLine, lines, style, style.blankLineBetweenSections), keys: [] };
  }

  const value = pair.value;
  const keyColumn = columnOf(doc, pair.key);
  if (isBlank(value)) {
    return { placement: 'fill', edit: fillKey(doc, pair, renderYaml(body, childColumn(keyColumn), style), style), keys: [] };
  }
  if (isList && value.kind === 'seq' && !value.flow) {
    const lines = renderYaml(body, columnOf(doc, value), style);
    return { placement: 'append', edit: insertLines(doc, lastLineOf(doc, pair), lines, style, false), keys: [] };
  }
  if (!isList && value.kind === 'map' && !value.flow && typeof body === 'object' && body !== null) {
    const missing = Object.entries(body).filter(([key]) => !pairOf(value, key));
    if (missing.length === 0) return undefined;
    const lines = renderYaml(Object.fromEntries(missing), columnOf(doc, value), style);
    return { placement: 'complete', edit: insertLines(doc, lastLineOf(doc, pair), lines, style, false), keys: missing.map(([key]) => key) };
  }
  return undefined;
}

/** The nearest section before `section` in the seed order that the file has. */
function precedingSection(doc: StrategyDocument, section: string): Pair | undefined {
  const index = (SECTION_KEYS as readonly string[]).indexOf(section);
  for (let i = index - 1; i >= 0; i--) {
    const pair = doc.sectionPair(SECTION_KEYS[i]!);
    if (pair) return pair;
  }
  return undefined;
}

/**
 * The last line that belongs to a top-level pair: the last line of its value, then any indented
 * comment lines right below it (they are still inside the section, often commented-out items).
 */
function lastLineOf(doc: StrategyDocument, pair: Pair): number {
  let line = doc.lines.positionAt(Math.max(contentEnd(doc, pair.value), pair.key.end)).line;
  while (line + 1 < doc.lines.lineCount && /^[ \t]+#/.test(doc.lines.lineText(line + 1))) line++;
  return line;
}

/** A node's end without trailing whitespace and line breaks (block nodes may include them). */
export function contentEnd(doc: StrategyDocument, node: Node): number {
  let end = node.end;
  while (end > node.start && /\s/.test(doc.text[end - 1]!)) end--;
  return end;
}

/** `goals:`, `goals: []`, `value: {}`, `goals: ""`, or a list of blank dashes. */
function isBlank(node: Node): boolean {
  if (node.kind === 'scalar') return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
  if (node.kind === 'seq') return node.items.every((i) => i.kind === 'scalar' && i.value === null);
  return node.flow && node.pairs.length === 0;
}

/**
 * Whole lines (snippet text) inserted after line `after`, optionally with a blank line above
 * them. The edit starts at a line start; when `after` is the last line and has no line break,
 * that line is rewritten unchanged in front of the new ones to keep it so.
 */
function insertLines(doc: StrategyDocument, after: number, lines: readonly string[], style: YamlStyle, blankAbove: boolean): FixEdit {
  const { eol } = style;
  const body = lines.join(eol);
  const count = doc.lines.lineCount;
  const blank = blankAbove && after >= 0 && doc.lines.lineText(after).trim() !== '';
  if (after + 1 < count || doc.lines.lineText(after) === '') {
    const at = after + 1 < count ? doc.lines.lineStart(after + 1) : doc.text.length;
    // Keep sections apart on both sides when the file separates them with blank lines.
    const blankBelow = blankAbove && at < doc.text.length && doc.lines.lineText(after + 1).trim() !== '';
    return snippetEdit(at, at, `${blank ? eol : ''}${body}${eol}${blankBelow ? eol : ''}`, '');
  }
  const start = doc.lines.lineStart(after);
  return snippetEdit(start, doc.text.length, `${eol}${blank ? eol : ''}${body}`, doc.text.slice(start));
}

/**
 * Fills a blank key (`goals:`, `goals: []  # todo`) with block lines: the blank value goes, the
 * key and any comment on its line stay.
 */
function fillKey(doc: StrategyDocument, pair: Pair, lines: readonly string[], style: YamlStyle): FixEdit {
  const colon = doc.text.indexOf(':', pair.key.end);
  const keyLineEnd = lineEnd(doc.text, colon);
  const end = Math.max(keyLineEnd, lineEnd(doc.text, contentEnd(doc, pair.value)));
  const comment = /(\s+#.*)$/.exec(doc.text.slice(colon + 1, keyLineEnd))?.[1] ?? '';
  const lineStart = doc.lines.lineStart(doc.lines.positionAt(pair.key.start).line);
  return snippetEdit(lineStart, end, `${comment}${style.eol}${lines.join(style.eol)}`, doc.text.slice(lineStart, colon + 1));
}

/**
 * An edit whose new text is `kept` (literal text that was already there, rewritten unchanged so
 * the edit can start at a line start) followed by `snippet`. The snippet form is only attached
 * when it has tab stops.
 */
function snippetEdit(start: number, end: number, snippet: string, kept: string): FixEdit {
  const plain = snippetToPlain(snippet);
  const newText = kept + plain;
  return escapeSnippet(plain) === snippet ? { start, end, newText } : { start, end, newText, snippet: escapeSnippet(kept) + snippet };
}
