import { format, type Locale } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import { bool, text } from '../../model/read';
import { nodeAt, pairOf, type MapNode } from '../../syntax/ast';
import { lineEnd } from '../../text/lines';
import { columnOf, type YamlStyle } from '../skeletons';
import { contentEnd } from './sections';
import type { Fix, TextEdit } from './types';
import { TITLES } from './titles';

/**
 * Making the goal at `index` of `goals` the one primary goal: its `primary` set to true (or
 * added after its id), every other goal's `primary: true` turned to false.
 */
export function makePrimaryFix(doc: StrategyDocument, index: number, style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const goal = nodeAt(doc.parsed.root, ['goals', index]);
  if (goal?.kind !== 'map') return undefined;
  const edits: TextEdit[] = [];
  if (bool(goal, 'primary') !== true) {
    const own = markPrimary(doc, goal, style);
    if (!own) return undefined;
    edits.push(own);
  }
  for (const other of doc.items('goals')) {
    const value = pairOf(other, 'primary')?.value;
    if (other !== goal && value?.kind === 'scalar' && bool(other, 'primary') === true) edits.push({ start: value.start, end: value.end, newText: 'false' });
  }
  if (edits.length === 0) return undefined;
  const name = text(goal, 'id') ?? text(goal, 'title') ?? String(index + 1);
  return { title: format(TITLES.makePrimary, locale, { id: name }), kind: 'quickfix', edits: edits.sort((a, b) => a.start - b.start), isPreferred: preferred, safe: false };
}

function markPrimary(doc: StrategyDocument, goal: MapNode, style: YamlStyle): TextEdit | undefined {
  const pair = pairOf(goal, 'primary');
  if (pair) {
    if (pair.value.kind !== 'scalar') return undefined;
    if (pair.value.empty) {
      const colon = doc.text.indexOf(':', pair.key.end);
      return colon < 0 ? undefined : { start: colon + 1, end: colon + 1, newText: ' true' };
    }
    return { start: pair.value.start, end: pair.value.end, newText: 'true' };
  }
  // Next to the id, where the reader looks for what the goal is.
  const after = pairOf(goal, 'id') ?? goal.pairs[0];
  if (!after) return undefined;
  const end = contentEnd(doc, after.value.kind === 'scalar' && after.value.empty ? after.key : after.value);
  if (goal.flow) return { start: end, end, newText: ', primary: true' };
  const at = lineEnd(doc.text, end);
  return { start: at, end: at, newText: `${style.eol}${' '.repeat(columnOf(doc, after.key))}primary: true` };
}
