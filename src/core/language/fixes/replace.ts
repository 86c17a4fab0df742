import { format, type Locale } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import { isIdSection } from '../../model/sections';
import type { Problem } from '../../problem';
import { enumAt, propertiesAt } from '../../schema/navigate';
import { locateAt, pairOf, parentOf, type Located, type ScalarNode } from '../../syntax/ast';
import { editDistance, nearest, normalise, toKebabId } from '../../text/suggest';
import { isSafePlain } from '../snippetYaml';
import type { Fix } from './types';
import { TITLES } from './titles';

/** Replacing a mistyped value or key with the nearest valid one. */

export function replacementFix(doc: StrategyDocument, problem: Problem, replacement: string, locale: Locale): Fix | undefined {
  const located = locateAt(doc.parsed.root, problem.start);
  const node = located?.node;
  if (!located || node?.kind !== 'scalar' || node.empty || node.start !== problem.start) return undefined;
  const original = doc.text.slice(node.start, node.end);
  // Block scalars (`|`, `>`) are prose, never an enum value or an id.
  if (/^[|>]/.test(original)) return undefined;
  const parent = parentOf(located);
  // Renaming a key to one the mapping already has would make a duplicate key.
  if (located.isKey && parent?.kind === 'map' && pairOf(parent, replacement)) return undefined;
  const newText = quoted(replacement, original, located.ancestors.some((a) => a.flow), typeof node.value === 'string');
  if (newText === original) return undefined;
  const from = String(node.value);
  const safe = isSafeReplacement(doc, problem, located as Located<ScalarNode>, from, replacement);
  return {
    title: format(TITLES.replace, locale, { from, to: replacement }),
    kind: 'quickfix',
    edits: [{ start: node.start, end: node.end, newText }],
    isPreferred: safe,
    safe,
  };
}

/**
 * `value` written the way `original` was: in the same quotes, or plain when that reads back as
 * the same kind of value (a boolean or number stays one: `primary: true` → `false`).
 */
function quoted(value: string, original: string, flow: boolean, wasString: boolean): string {
  if (original.startsWith('"')) return JSON.stringify(value);
  if (original.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (!wasString && /^[\w.+-]+$/.test(value)) return value;
  return isSafePlain(value, flow) && !/^[\d.+-]/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

/**
 * A replacement is safe for "fix all" when it is the one nearest valid value: no other candidate
 * is as close (`instagarm` → `instagram`, `twitter` → `x`), or it is the kebab-case form of a
 * non-kebab id that does not collide with another item's id.
 */
function isSafeReplacement(doc: StrategyDocument, problem: Problem, located: Located<ScalarNode>, from: string, to: string): boolean {
  const path = problem.data?.path ?? located.path;
  if (problem.rule === 'schema/pattern') {
    if (toKebabId(from) !== to) return false;
    const itemPath = located.path;
    const section = itemPath[0];
    const isDefinition = itemPath.length === 3 && itemPath[2] === 'id' && typeof section === 'string' && isIdSection(section);
    return !(isDefinition && doc.definitions(section).has(to));
  }
  let candidates: string[];
  if (problem.rule === 'schema/additionalProperties') candidates = [...propertiesAt(path.slice(0, -1)).keys()];
  else if (problem.data?.missingId && isIdSection(problem.data.missingId.section)) candidates = [...doc.definitions(problem.data.missingId.section).keys()];
  else candidates = enumAt(path).map((e) => e.value);
  return isUniqueNearest(from, to, candidates);
}

function isUniqueNearest(value: string, replacement: string, all: readonly string[]): boolean {
  // The value itself may be valid but discouraged (`twitter`, an alias of `x`): it is no rival.
  const candidates = all.filter((c) => c !== value);
  if (!candidates.includes(replacement) || nearest(value, candidates) !== replacement) return false;
  const second = nearest(value, candidates.filter((c) => c !== replacement));
  if (second === undefined) return true;
  const distance = (c: string) => editDistance(normalise(value), normalise(c));
  return distance(second) > distance(replacement);
}
