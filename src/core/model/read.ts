import { child, pairOf, type MapNode, type Node, type Pair, type ScalarNode } from '../syntax/ast';

/**
 * Defensive readers for rules. A strategy may be half-written or of the wrong shape (the schema
 * reports that separately), so every reader accepts anything and answers "absent" for the wrong type.
 */

/** The pair for `key` when `node` is a mapping. */
export function pair(node: Node | undefined, key: string): Pair | undefined {
  return node?.kind === 'map' ? pairOf(node, key) : undefined;
}

/** A non-blank string at `key`. */
export function text(node: Node | undefined, key: string): string | undefined {
  const value = child(node, key);
  return value?.kind === 'scalar' && typeof value.value === 'string' && value.value.trim() !== '' ? value.value : undefined;
}

export function num(node: Node | undefined, key: string): number | undefined {
  const value = child(node, key);
  return value?.kind === 'scalar' && typeof value.value === 'number' && Number.isFinite(value.value) ? value.value : undefined;
}

export function bool(node: Node | undefined, key: string): boolean | undefined {
  const value = child(node, key);
  return value?.kind === 'scalar' && typeof value.value === 'boolean' ? value.value : undefined;
}

/** The scalar items of a list at `key` (a lone scalar counts as a one-item list). */
export function scalars(node: Node | undefined, key: string): ScalarNode[] {
  const value = child(node, key);
  if (!value) return [];
  if (value.kind === 'scalar') return isBlank(value) ? [] : [value];
  if (value.kind === 'seq') return value.items.filter((n): n is ScalarNode => n.kind === 'scalar' && !isBlank(n));
  return [];
}

/** The string values of a list at `key`. */
export function strings(node: Node | undefined, key: string): string[] {
  return scalars(node, key).flatMap((n) => (typeof n.value === 'string' ? [n.value] : n.value === null ? [] : [String(n.value)]));
}

/** The mapping items of a list at `key`. */
export function maps(node: Node | undefined, key: string): MapNode[] {
  const value = child(node, key);
  return value?.kind === 'seq' ? value.items.filter((n): n is MapNode => n.kind === 'map') : [];
}

/**
 * True when `key` holds something: a non-blank scalar, a list with a non-blank item, or a mapping
 * with a filled value. `gender: []` and `needs:` are not filled.
 */
export function filled(node: Node | undefined, key: string): boolean {
  return isFilledNode(child(node, key));
}

export function isFilledNode(node: Node | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return !isBlank(node);
  if (node.kind === 'seq') return node.items.some(isFilledNode);
  return node.pairs.some((p) => isFilledNode(p.value));
}

function isBlank(node: ScalarNode): boolean {
  return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
}

/**
 * Where to point at a list item as a whole: its `id` value when it has one (short, and what the
 * user recognises), else its first key.
 */
export function anchorOf(item: MapNode): Node {
  const id = pairOf(item, 'id')?.value;
  if (id && id.kind === 'scalar' && !id.empty) return id;
  return item.pairs[0]?.key ?? item;
}

/** The key node of `key` in `node`, for problems about a field as a whole. */
export function keyOf(node: Node | undefined, key: string): ScalarNode | undefined {
  return pair(node, key)?.key;
}
