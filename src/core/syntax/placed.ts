import type { MapNode, Node, Pair, ScalarNode, ScalarValue, SeqNode } from './ast';

/**
 * A tree parsed on its own at offset 0, seen where it stands in a file: what the incremental
 * parser makes of a piece that moved because text before it changed. The nodes are views made
 * when first reached, so after a keystroke the pieces after it cost nothing until something reads
 * them, and then only what is read (a rule looking at two fields of an item pays for those two,
 * not for a copy of the item). Views are immutable like the nodes they show; each is made once.
 */
export function placeTree(node: Node, by: number): Node {
  if (by === 0) return node;
  if (node instanceof Placed) return placeTree(node.original, node.by + by);
  switch (node.kind) {
    case 'scalar':
      return new PlacedScalar(node, by);
    case 'seq':
      return new PlacedSeq(node, by);
    case 'map':
      return new PlacedMap(node, by);
  }
}

abstract class Placed<N extends Node> {
  constructor(readonly original: N, readonly by: number) {}

  get start(): number {
    return this.original.start + this.by;
  }

  get end(): number {
    return this.original.end + this.by;
  }
}

class PlacedScalar extends Placed<ScalarNode> implements ScalarNode {
  readonly kind = 'scalar';

  get value(): ScalarValue {
    return this.original.value;
  }

  get empty(): boolean {
    return this.original.empty;
  }
}

class PlacedSeq extends Placed<SeqNode> implements SeqNode {
  readonly kind = 'seq';
  #items: readonly Node[] | undefined;

  get items(): readonly Node[] {
    return (this.#items ??= this.original.items.map((item) => placeTree(item, this.by)));
  }

  get flow(): boolean {
    return this.original.flow;
  }
}

export class PlacedMap extends Placed<MapNode> implements MapNode {
  readonly kind = 'map';
  /** Pairs made so far, by index: looking one key up makes one pair, not all of them. */
  readonly #made: (Pair | undefined)[] = [];
  #all: readonly Pair[] | undefined;

  get pairs(): readonly Pair[] {
    return (this.#all ??= this.original.pairs.map((_, i) => this.#pair(i)));
  }

  /** The first pair with this key, as `pairOf` finds it, made alone. */
  pairOf(key: string): Pair | undefined {
    const i = this.original.pairs.findIndex((p) => p.key.value === key);
    return i < 0 ? undefined : this.#pair(i);
  }

  #pair(i: number): Pair {
    let pair = this.#made[i];
    if (!pair) {
      const original = this.original.pairs[i]!;
      this.#made[i] = pair = { key: placeTree(original.key, this.by) as ScalarNode, value: placeTree(original.value, this.by) };
    }
    return pair;
  }

  get flow(): boolean {
    return this.original.flow;
  }
}
