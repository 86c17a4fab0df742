import { PlacedMap } from './placed';

/**
 * The document tree the rules, completion and preview work on: a small, editor-independent copy of
 * the YAML tree in which every node knows its source span (UTF-16 offsets).
 *
 * Nodes are immutable values and hold no parent pointer: the incremental parser shares the trees
 * of unchanged pieces between successive documents, and an alias shares its anchor's tree, so a
 * node may sit in several trees at once. The way up is found from the root with `locate` and
 * `locateAt`, which return the ancestors and the data path.
 */
export type Node = MapNode | SeqNode | ScalarNode;
export type Path = readonly (string | number)[];
export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  /** Offset of the node's first character. */
  readonly start: number;
  /** Offset just after the node's last character (trailing comments and line breaks excluded). */
  readonly end: number;
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'scalar';
  readonly value: ScalarValue;
  /** True for `key:` with nothing after it: the span is empty and sits where a value would go. */
  readonly empty: boolean;
}

export interface SeqNode extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly Node[];
  readonly flow: boolean;
}

export interface Pair {
  readonly key: ScalarNode;
  readonly value: Node;
}

export interface MapNode extends NodeBase {
  readonly kind: 'map';
  readonly pairs: readonly Pair[];
  readonly flow: boolean;
}

/** The value under `key` of a mapping, or undefined when `node` is not a mapping or lacks it. */
export function child(node: Node | undefined, key: string | number): Node | undefined {
  if (!node) return undefined;
  if (node.kind === 'map') return pairOf(node, String(key))?.value;
  if (node.kind === 'seq' && typeof key === 'number') return node.items[key];
  return undefined;
}

/** The first pair with this key (YAML duplicates are reported separately as syntax problems). */
export function pairOf(node: MapNode, key: string): Pair | undefined {
  if (node instanceof PlacedMap) return node.pairOf(key);
  return node.pairs.find((p) => p.key.value === key);
}

/** The node at `path` below `root`. */
export function nodeAt(root: Node | undefined, path: Path): Node | undefined {
  let node = root;
  for (const segment of path) {
    node = child(node, segment);
    if (!node) return undefined;
  }
  return node;
}

/** The deepest existing node along `path`, with how many segments it consumed. */
export function nearestNode(root: Node | undefined, path: Path): { node: Node | undefined; depth: number } {
  let node = root;
  let depth = 0;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next;
    depth++;
  }
  return { node, depth };
}

/** A key as text; non-string keys (numbers, booleans) are shown as YAML would print them. */
export function keyText(key: ScalarNode): string {
  return key.value === null ? '' : String(key.value);
}

/** Converts a node to plain JSON-like data, the shape the schema validator expects. */
export function toPlain(node: Node | undefined): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const pair of node.pairs) {
        const key = keyText(pair.key);
        // First key wins, matching pairOf(); duplicates are already a syntax problem.
        if (!Object.prototype.hasOwnProperty.call(out, key)) {
          Object.defineProperty(out, key, { value: toPlain(pair.value), enumerable: true, writable: true, configurable: true });
        }
      }
      return out;
    }
  }
}

/** Visits every node depth-first, parents before children. */
export function walk(node: Node | undefined, visit: (node: Node) => void): void {
  if (!node) return;
  visit(node);
  if (node.kind === 'seq') node.items.forEach((item) => walk(item, visit));
  else if (node.kind === 'map') {
    for (const pair of node.pairs) {
      visit(pair.key);
      walk(pair.value, visit);
    }
  }
}

/** A node with the way to it from the root: what parent pointers would give. */
export interface Located<N extends Node = Node> {
  readonly node: N;
  /** The containers from the root down to the node's parent; empty for the root itself. */
  readonly ancestors: readonly (MapNode | SeqNode)[];
  /** The data path from the root: keys and list indexes (a key node has its own key last). */
  readonly path: Path;
  /** True when the node is a mapping's key, not a value. */
  readonly isKey: boolean;
}

/** The parent of a located node, if it has one. */
export function parentOf(located: Located): MapNode | SeqNode | undefined {
  return located.ancestors.at(-1);
}

/** The innermost node whose span contains `offset` (inclusive of the end, where typing happens). */
export function nodeAtOffset(root: Node | undefined, offset: number): Node | undefined {
  return locateAt(root, offset)?.node;
}

/** `nodeAtOffset`, with the node's ancestors and path: the first child holding the offset, level by level. */
export function locateAt(root: Node | undefined, offset: number): Located | undefined {
  const contains = (n: Node) => n.start <= offset && offset <= n.end;
  if (!root || !contains(root)) return undefined;
  const ancestors: (MapNode | SeqNode)[] = [];
  const path: (string | number)[] = [];
  let node: Node = root;
  let isKey = false;
  for (;;) {
    let next: { node: Node; segment: string | number; isKey: boolean } | undefined;
    if (node.kind === 'seq') {
      const i = node.items.findIndex(contains);
      if (i >= 0) next = { node: node.items[i]!, segment: i, isKey: false };
    } else if (node.kind === 'map') {
      for (const pair of node.pairs) {
        if (contains(pair.key)) next = { node: pair.key, segment: keyText(pair.key), isKey: true };
        else if (contains(pair.value)) next = { node: pair.value, segment: keyText(pair.key), isKey: false };
        if (next) break;
      }
    }
    if (!next) return { node, ancestors, path, isKey };
    ancestors.push(node as MapNode | SeqNode);
    path.push(next.segment);
    node = next.node;
    isKey = next.isKey;
  }
}

/**
 * Finds `node` (by identity) below `root`. Only children whose span holds the node's start are
 * searched, so the cost is about the depth times the width, not the size of the tree. A node that
 * an alias shares keeps its anchor's span and is found where the anchor defines it.
 */
export function locate<N extends Node>(root: Node | undefined, node: N): Located<N> | undefined {
  const contains = (n: Node) => n.start <= node.start && node.start <= n.end;
  const ancestors: (MapNode | SeqNode)[] = [];
  const path: (string | number)[] = [];
  const visit = (current: Node, isKey: boolean): Located<N> | undefined => {
    if (current === node) return { node, ancestors: [...ancestors], path: [...path], isKey };
    if (current.kind === 'scalar' || !contains(current)) return undefined;
    ancestors.push(current);
    try {
      if (current.kind === 'seq') {
        for (let i = 0; i < current.items.length; i++) {
          path.push(i);
          const hit = visit(current.items[i]!, false);
          path.pop();
          if (hit) return hit;
        }
      } else {
        for (const pair of current.pairs) {
          path.push(keyText(pair.key));
          const hit = visit(pair.key, true) ?? visit(pair.value, false);
          path.pop();
          if (hit) return hit;
        }
      }
      return undefined;
    } finally {
      ancestors.pop();
    }
  };
  return root ? visit(root, false) : undefined;
}
