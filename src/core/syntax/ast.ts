/**
 * The document tree the rules, completion and preview work on: a small, editor-independent copy of
 * the YAML tree in which every node knows its source span (UTF-16 offsets) and its parent.
 * It is built once per parse (see `parse.ts`) and never mutated afterwards.
 */
export type Node = MapNode | SeqNode | ScalarNode;
export type Path = readonly (string | number)[];
export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  /** Offset of the node's first character. */
  readonly start: number;
  /** Offset just after the node's last character (trailing comments and line breaks excluded). */
  readonly end: number;
  parent: MapNode | SeqNode | undefined;
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'scalar';
  readonly value: ScalarValue;
  /** True for `key:` with nothing after it: the span is empty and sits where a value would go. */
  readonly empty: boolean;
}

export interface SeqNode extends NodeBase {
  readonly kind: 'seq';
  readonly items: Node[];
  readonly flow: boolean;
}

export interface Pair {
  readonly key: ScalarNode;
  readonly value: Node;
}

export interface MapNode extends NodeBase {
  readonly kind: 'map';
  readonly pairs: Pair[];
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

/** The path from the root to `node`. */
export function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  let current: Node = node;
  while (current.parent) {
    const parent: MapNode | SeqNode = current.parent;
    if (parent.kind === 'seq') {
      path.unshift(parent.items.indexOf(current));
    } else {
      const pair = parent.pairs.find((p) => p.value === current || p.key === current);
      path.unshift(pair ? keyText(pair.key) : '');
    }
    current = parent;
  }
  return path;
}

/** A key as text; non-string keys (numbers, booleans) are shown as YAML would print them. */
export function keyText(key: ScalarNode): string {
  return key.value === null ? '' : String(key.value);
}

/** The string value of a scalar node, or undefined for anything else (numbers included). */
export function stringValue(node: Node | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
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

/** The innermost node whose span contains `offset` (inclusive of the end, where typing happens). */
export function nodeAtOffset(root: Node | undefined, offset: number): Node | undefined {
  let node = root;
  if (!node || offset < node.start || offset > node.end) return undefined;
  for (;;) {
    const inner = innerAt(node, offset);
    if (!inner) return node;
    node = inner;
  }
}

function innerAt(node: Node, offset: number): Node | undefined {
  const contains = (n: Node) => n.start <= offset && offset <= n.end;
  if (node.kind === 'seq') return node.items.find(contains);
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      if (contains(pair.key)) return pair.key;
      if (contains(pair.value)) return pair.value;
    }
  }
  return undefined;
}
