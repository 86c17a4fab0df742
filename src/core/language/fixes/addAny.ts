import { format, type Locale } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import { propertiesAt } from '../../schema/navigate';
import type { Problem } from '../../problem';
import { locateAt, nodeAt, pairOf, type MapNode, type Pair } from '../../syntax/ast';
import { lineEnd } from '../../text/lines';
import { columnOf, type YamlStyle } from '../skeletons';
import { contentEnd } from './sections';
import type { Fix, TextEdit } from './types';
import { TITLES } from './titles';

/** `any` for the audience attributes a strategy leaves unstated. */

export function addAnyFix(doc: StrategyDocument, problem: Problem, keys: readonly string[], style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const edits = addAnyEdits(doc, problem, keys, style);
  if (!edits || edits.length === 0) return undefined;
  return {
    title: format(TITLES.addAny, locale, { keys: keys.map((k) => `'${k}'`) }),
    kind: 'quickfix',
    edits: edits.sort((a, b) => a.start - b.start),
    isPreferred: preferred,
    safe: true,
  };
}

function addAnyEdits(doc: StrategyDocument, problem: Problem, keys: readonly string[], style: YamlStyle): TextEdit[] | undefined {
  const root = doc.parsed.root;
  // The rule may name the mapping itself; otherwise it is the `demographics` of the audience the
  // problem sits in (the audience-demographics-incomplete rule points at that audience).
  const named = problem.data?.path ? nodeAt(root, problem.data.path) : undefined;
  if (named?.kind === 'map') return addToMap(doc, named, keys, style);
  const audience = listItemAt(doc, problem.start, 'audiences');
  if (!audience) return undefined;
  const pair = pairOf(audience, 'demographics');
  const value = pair?.value;
  if (value?.kind === 'map') return addToMap(doc, value, keys, style);
  const entries = keys.map((k) => `${k}: [any]`);
  if (!pair) {
    if (audience.flow) return [{ start: lastValueEnd(doc, audience), end: lastValueEnd(doc, audience), newText: `, demographics: { ${entries.join(', ')} }` }];
    // After the pairs the schema lists before `demographics` (id, name, description), else last.
    const order = [...propertiesAt(['audiences', 0]).keys()];
    const before = audience.pairs.filter((p) => order.indexOf(String(p.key.value)) >= 0 && order.indexOf(String(p.key.value)) < order.indexOf('demographics'));
    const anchor = before.at(-1) ?? audience.pairs.at(-1);
    if (!anchor) return undefined;
    const column = columnOf(doc, audience.pairs[0]!.key);
    const lines = [`${' '.repeat(column)}demographics:`, ...entries.map((e) => `${' '.repeat(column + style.indent)}${e}`)];
    return [insertAfterLineEnd(doc, contentEnd(doc, anchor.value), lines, style)];
  }
  if (value?.kind === 'scalar' && value.value === null) {
    const column = columnOf(doc, pair.key) + style.indent;
    return [insertAfterLineEnd(doc, pair.key.end, entries.map((e) => `${' '.repeat(column)}${e}`), style)];
  }
  return undefined;
}

/** `[any]` for each key: added to the mapping when absent, written into the key when blank. */
function addToMap(doc: StrategyDocument, map: MapNode, keys: readonly string[], style: YamlStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  const absent: string[] = [];
  for (const key of keys) {
    const pair = pairOf(map, key);
    if (!pair) {
      absent.push(key);
      continue;
    }
    const edit = fillWithAny(doc, pair);
    if (edit) edits.push(edit);
  }
  if (absent.length === 0) return edits;
  const entries = absent.map((k) => `${k}: [any]`);
  if (map.flow) {
    if (map.pairs.length > 0) {
      const at = lastValueEnd(doc, map);
      edits.push({ start: at, end: at, newText: entries.map((e) => `, ${e}`).join('') });
    } else {
      const at = map.start + 1;
      edits.push({ start: at, end: at, newText: entries.join(', ') });
    }
    return edits;
  }
  const column = columnOf(doc, map.pairs[0]?.key ?? map);
  edits.push(insertAfterLineEnd(doc, contentEnd(doc, map), entries.map((e) => `${' '.repeat(column)}${e}`), style));
  return edits;
}

/** `gender:` → `gender: [any]`; `gender: []`, `gender: ""` or a blank dash → `[any]` / `- any`. */
function fillWithAny(doc: StrategyDocument, pair: Pair): TextEdit | undefined {
  const value = pair.value;
  if (value.kind === 'scalar') {
    if (value.value === null && value.start === value.end) {
      const colon = doc.text.indexOf(':', pair.key.end);
      return colon < 0 ? undefined : { start: colon + 1, end: colon + 1, newText: ' [any]' };
    }
    if (typeof value.value === 'string' && value.value.trim() === '' && /^["']/.test(doc.text.slice(value.start, value.end))) {
      return { start: value.start, end: value.end, newText: '[any]' };
    }
    return undefined;
  }
  if (value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar' && (i.value === null || (typeof i.value === 'string' && i.value.trim() === '')))) {
    return { start: value.start, end: contentEnd(doc, value), newText: value.flow ? '[any]' : '- any' };
  }
  return undefined;
}

/** Plain lines inserted at the end of the line holding `offset` (keeping a comment there in place). */
function insertAfterLineEnd(doc: StrategyDocument, offset: number, lines: readonly string[], style: YamlStyle): TextEdit {
  const at = lineEnd(doc.text, offset);
  return { start: at, end: at, newText: lines.map((l) => `${style.eol}${l}`).join('') };
}

/** Just after the last value of a flow mapping, where `, key: value` goes. */
function lastValueEnd(doc: StrategyDocument, map: MapNode): number {
  const last = map.pairs.at(-1);
  return last ? contentEnd(doc, last.value.start === last.value.end ? last.key : last.value) : map.start + 1;
}

/** The item of the list section `section` that contains `offset`. */
function listItemAt(doc: StrategyDocument, offset: number, section: string): MapNode | undefined {
  const located = locateAt(doc.parsed.root, offset);
  const item = located && (located.path.length === 2 ? located.node : located.ancestors[2]);
  return located?.path[0] === section && item?.kind === 'map' ? item : undefined;
}
