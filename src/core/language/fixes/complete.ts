import { format, type Locale } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import { propertiesAt } from '../../schema/navigate';
import type { Problem } from '../../problem';
import { nodeAt, pairOf, type MapNode, type Node, type Pair } from '../../syntax/ast';
import { lineEnd } from '../../text/lines';
import { columnOf, type YamlStyle } from '../skeletons';
import { escapeSnippet, renderInline, renderYaml, snippetToPlain } from '../snippetYaml';
import { listItemAt } from './items';
import { audienceValue, TabStops } from './newItem';
import { contentEnd } from './sections';
import type { Fix, FixEdit } from './types';
import { TITLES } from './titles';

/**
 * Writing what an audience leaves unstated: `any` for the socio-demographic attributes where that
 * is the honest answer (safe: "fix all" may do it), and, where an answer is needed, the key with
 * a placeholder to fill in (the age range, geography, psychographics, needs, platforms).
 */

/** A key to write, with its value as snippet JSON (see `renderYaml`). */
interface Entry {
  readonly key: string;
  readonly value: unknown;
}

/** The attributes that live in an audience's `demographics`, not in the audience itself. */
const DEMOGRAPHICS = new Set(['gender', 'age', 'marital_status', 'occupation']);

export function addAnyFix(doc: StrategyDocument, problem: Problem, keys: readonly string[], style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const edits = completeEdits(doc, problem, keys.map((key) => ({ key, value: ['any'] })), style);
  if (!edits) return undefined;
  return { title: format(TITLES.addAny, locale, { keys: quoted(keys) }), kind: 'quickfix', edits, isPreferred: preferred, safe: true };
}

/** The keys added with placeholders (a tab stop each): for the user to fill in, never applied unseen. */
export function addKeysFix(doc: StrategyDocument, problem: Problem, keys: readonly string[], style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const stops = new TabStops();
  const edits = completeEdits(doc, problem, keys.map((key) => ({ key, value: audienceValue(doc, key, locale, stops) })), style);
  if (!edits) return undefined;
  return { title: format(TITLES.addKeys, locale, { keys: quoted(keys) }), kind: 'quickfix', edits, isPreferred: preferred, safe: false };
}

function quoted(keys: readonly string[]): string[] {
  return keys.map((k) => `'${k}'`);
}

/**
 * The edits that write `entries` into the audience the problem is about (demographic attributes
 * into its `demographics`, created when absent), as plain edits, or as one snippet edit when a
 * value has tab stops. Undefined when there is nowhere to write them.
 */
function completeEdits(doc: StrategyDocument, problem: Problem, entries: readonly Entry[], style: YamlStyle): FixEdit[] | undefined {
  const demographic = entries.filter((e) => DEMOGRAPHICS.has(e.key));
  const own = entries.filter((e) => !DEMOGRAPHICS.has(e.key));
  let edits: Insert[] = [];
  if (demographic.length > 0) {
    const found = demographicsEdits(doc, problem, demographic, style);
    if (!found) return undefined;
    edits = found;
  }
  if (own.length > 0) {
    const audience = listItemAt(doc, problem.start, 'audiences');
    if (!audience) return undefined;
    for (const entry of own) {
      const pair = pairOf(audience, entry.key);
      const found = pair ? fillBlank(doc, pair, entry, style) : insertInOrder(doc, audience, entry, style);
      if (!found) return undefined;
      edits = edits.concat(found);
    }
  }
  return edits.length === 0 ? undefined : finish(doc, edits);
}

/** An edit whose new text is snippet text (plain text with `$`, `}` and `\` escaped, or tab stops). */
type Insert = FixEdit;

function demographicsEdits(doc: StrategyDocument, problem: Problem, entries: readonly Entry[], style: YamlStyle): Insert[] | undefined {
  // The rule may name the mapping itself; otherwise it is the `demographics` of the audience the
  // problem sits in (the audience-demographics-incomplete rule points at that audience).
  const named = problem.data?.path ? nodeAt(doc.parsed.root, problem.data.path) : undefined;
  if (named?.kind === 'map') return addToMap(doc, named, entries, style);
  const audience = listItemAt(doc, problem.start, 'audiences');
  if (!audience) return undefined;
  const pair = pairOf(audience, 'demographics');
  const whole = { key: 'demographics', value: Object.fromEntries(entries.map((e) => [e.key, e.value])) };
  return pair ? fillBlank(doc, pair, whole, style) : insertInOrder(doc, audience, whole, style);
}

/** Each entry written into `map`: added when absent, written into its key when blank. */
function addToMap(doc: StrategyDocument, map: MapNode, entries: readonly Entry[], style: YamlStyle): Insert[] {
  const edits: Insert[] = [];
  const absent: Entry[] = [];
  for (const entry of entries) {
    const pair = pairOf(map, entry.key);
    if (!pair) absent.push(entry);
    else for (const edit of fillBlank(doc, pair, entry, style) ?? []) edits.push(edit);
  }
  if (absent.length === 0) return edits;
  if (map.flow) {
    const inline = absent.map(line);
    if (map.pairs.length > 0) {
      const at = lastValueEnd(doc, map);
      edits.push({ start: at, end: at, newText: inline.map((e) => `, ${e}`).join('') });
    } else {
      edits.push({ start: map.start + 1, end: map.start + 1, newText: inline.join(', ') });
    }
    return edits;
  }
  const column = columnOf(doc, map.pairs[0]?.key ?? map);
  edits.push(insertAfterLineEnd(doc, contentEnd(doc, map), absent.flatMap((e) => block(e, column, style)), style));
  return edits;
}

/**
 * A key written into an item where the schema lists it: after the item's keys the schema puts
 * before it (id, name…), else last.
 */
function insertInOrder(doc: StrategyDocument, item: MapNode, entry: Entry, style: YamlStyle): Insert[] | undefined {
  if (item.flow) {
    const at = lastValueEnd(doc, item);
    return [{ start: at, end: at, newText: `, ${line(entry)}` }];
  }
  const order = [...propertiesAt(['audiences', 0]).keys()];
  const rank = (key: string) => order.indexOf(key);
  const before = item.pairs.filter((p) => rank(String(p.key.value)) >= 0 && rank(String(p.key.value)) < rank(entry.key));
  const anchor = before.at(-1) ?? item.pairs.at(-1);
  if (!anchor) return undefined;
  const column = columnOf(doc, item.pairs[0]!.key);
  return [insertAfterLineEnd(doc, contentEnd(doc, anchor.value.start === anchor.value.end ? anchor.key : anchor.value), block(entry, column, style), style)];
}

/**
 * A key left blank filled in: `gender:` → `gender: [any]`; `[]`, `""`, `{}` or blank dashes
 * replaced; a mapping that lacks some of the entry's keys completed. Undefined when it holds
 * something already.
 */
function fillBlank(doc: StrategyDocument, pair: Pair, entry: Entry, style: YamlStyle): Insert[] | undefined {
  const value = pair.value;
  const inline = renderInline(entry.value);
  if (value.kind === 'scalar') {
    if (value.value === null && value.start === value.end) {
      const colon = doc.text.indexOf(':', pair.key.end);
      if (colon < 0) return undefined;
      if (isFlat(entry.value)) return [{ start: colon + 1, end: colon + 1, newText: ` ${inline}` }];
      const lines = renderYaml(entry.value, columnOf(doc, pair.key) + style.indent, style);
      return [insertAfterLineEnd(doc, colon, lines, style)];
    }
    if (typeof value.value === 'string' && value.value.trim() === '' && /^["']/.test(doc.text.slice(value.start, value.end))) {
      return [{ start: value.start, end: value.end, newText: inline }];
    }
    return undefined;
  }
  if (value.kind === 'seq' && value.items.every(isBlankScalar)) {
    const items = Array.isArray(entry.value) ? entry.value : [entry.value];
    return [{ start: value.start, end: contentEnd(doc, value), newText: value.flow ? inline : `- ${renderInline(items[0])}` }];
  }
  if (value.kind === 'map' && isRecord(entry.value)) {
    const edits = addToMap(doc, value, Object.entries(entry.value).map(([key, v]) => ({ key, value: v })), style);
    return edits.length > 0 ? edits : undefined;
  }
  return undefined;
}

function isBlankScalar(node: Node): boolean {
  return node.kind === 'scalar' && (node.value === null || (typeof node.value === 'string' && node.value.trim() === ''));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that reads well on one line: a scalar, a list of scalars, or a mapping of those. */
function isFlat(value: unknown): boolean {
  const scalar = (v: unknown) => typeof v !== 'object' || v === null;
  if (Array.isArray(value)) return value.every(scalar);
  if (isRecord(value)) return Object.values(value).every(scalar);
  return true;
}

function line(entry: Entry): string {
  return `${entry.key}: ${renderInline(entry.value)}`;
}

/** An entry as block lines at `column`: on one line when it is flat (`age: { min: 18, max: 65 }`). */
function block(entry: Entry, column: number, style: YamlStyle): string[] {
  if (isFlat(entry.value)) return [`${' '.repeat(column)}${line(entry)}`];
  return renderYaml({ [entry.key]: entry.value }, column, style);
}

/** Lines inserted at the end of the line holding `offset` (keeping a comment there in place). */
function insertAfterLineEnd(doc: StrategyDocument, offset: number, lines: readonly string[], style: YamlStyle): Insert {
  const at = lineEnd(doc.text, offset);
  return { start: at, end: at, newText: lines.map((l) => `${style.eol}${l}`).join('') };
}

/** Just after the last value of a flow mapping, where `, key: value` goes. */
function lastValueEnd(doc: StrategyDocument, map: MapNode): number {
  const last = map.pairs.at(-1);
  return last ? contentEnd(doc, last.value.start === last.value.end ? last.key : last.value) : map.start + 1;
}

/**
 * The inserts as the fix's edits: plain, sorted edits when no value has a tab stop; otherwise one
 * snippet edit from the start of the first insert's line to the end of the last insert, the text
 * in between rewritten unchanged (editors run one snippet per edit, and re-indent its lines
 * relative to the line it starts on, which must therefore start it).
 */
function finish(doc: StrategyDocument, inserts: readonly Insert[]): FixEdit[] {
  const sorted = [...inserts].sort((a, b) => a.start - b.start);
  const plain = sorted.map((e) => ({ start: e.start, end: e.end, newText: snippetToPlain(e.newText) }));
  if (sorted.every((e, i) => escapeSnippet(plain[i]!.newText) === e.newText)) return plain;
  const start = doc.lines.lineStart(doc.lines.positionAt(sorted[0]!.start).line);
  let snippet = '';
  let text = '';
  let at = start;
  for (const [i, e] of sorted.entries()) {
    const kept = doc.text.slice(at, e.start);
    snippet += escapeSnippet(kept) + e.newText;
    text += kept + plain[i]!.newText;
    at = e.end;
  }
  return [{ start, end: at, newText: text, snippet }];
}
