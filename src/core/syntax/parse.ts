import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Alias, type Document, type YAMLError } from 'yaml';
import type { MapNode, Node, Pair, ScalarNode, ScalarValue, SeqNode } from './ast';

/**
 * Bounds that keep hostile input (alias bombs, absurd nesting) from hanging or crashing the core.
 * A legitimate strategy is a few thousand nodes; these are orders of magnitude above that.
 */
export const LIMITS = {
  /** Nodes an alias may add by expansion; the billion-laughs file needs ~10^9. */
  aliasExpansion: 100_000,
  /** Nesting depth of collections. */
  depth: 200,
} as const;

/** A syntax finding before localisation: the yaml error code and where it is. */
export interface SyntaxFinding {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly severity: 'error' | 'warning';
  /** The parser's own English text, used when we have no plain message for the code. */
  readonly detail: string;
}

export interface ParsedYaml {
  readonly root: Node | undefined;
  readonly findings: readonly SyntaxFinding[];
  /** False when the tree is unusable for schema checks and rules (a YAML error, or a limit hit). */
  readonly usable: boolean;
}

/**
 * Parses YAML 1.2 text into the core's tree. Never throws: every failure is a finding.
 * The tree is built even when there are errors, because completion and symbols need the partial
 * tree while the user types; `usable` tells whether validation and rules may trust it.
 */
export function parseYaml(text: string): ParsedYaml {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return { root: undefined, findings: [internalFinding(text, error)], usable: false };
  }
  const findings: SyntaxFinding[] = [
    ...doc.errors.map((e) => fromYamlError(text, e, 'error')),
    ...doc.warnings.map((e) => fromYamlError(text, e, 'warning')),
  ];
  const builder = new TreeBuilder(doc);
  let root: Node | undefined;
  try {
    root = builder.build(doc.contents, undefined, 0);
  } catch (error) {
    if (!(error instanceof LimitError)) throw error;
    findings.push({ code: error.code, start: error.start, end: error.end, severity: 'error', detail: error.message });
    root = undefined;
  }
  // An empty document is usable: it has no tree, and the schema says what it lacks.
  return { root, findings, usable: !findings.some((f) => f.severity === 'error') };
}

class LimitError extends Error {
  constructor(readonly code: string, readonly start: number, readonly end: number, message: string) {
    super(message);
  }
}

class TreeBuilder {
  #expanded = 0;
  readonly #aliasStack: unknown[] = [];

  constructor(private readonly doc: Document.Parsed) {}

  build(value: unknown, parent: MapNode | SeqNode | undefined, depth: number): Node | undefined {
    if (depth > LIMITS.depth) {
      const [start, end] = rangeOf(value);
      throw new LimitError('TOO_DEEP', start, end, `Nesting deeper than ${LIMITS.depth} levels`);
    }
    if (this.#aliasStack.length > 0 && ++this.#expanded > LIMITS.aliasExpansion) {
      const [start, end] = rangeOf(this.#aliasStack[0]);
      throw new LimitError('ALIAS_EXPANSION', start, end, 'Aliases expand to too many nodes');
    }
    if (isAlias(value)) return this.#alias(value, parent, depth);
    if (isMap(value)) {
      const [start, end] = rangeOf(value);
      const node: MapNode = { kind: 'map', start, end, parent, pairs: [], flow: Boolean(value.flow) };
      for (const item of value.items) {
        if (!isPair(item)) continue;
        const key = this.#key(item.key, node);
        const built = this.build(item.value, node, depth + 1) ?? emptyScalar(key.end, node);
        node.pairs.push({ key, value: built } satisfies Pair);
      }
      return node;
    }
    if (isSeq(value)) {
      const [start, end] = rangeOf(value);
      const node: SeqNode = { kind: 'seq', start, end, parent, items: [], flow: Boolean(value.flow) };
      for (const item of value.items) {
        const built = this.build(item, node, depth + 1);
        if (built) node.items.push(built);
      }
      return node;
    }
    if (isScalar(value)) {
      const [start, end] = rangeOf(value);
      const empty = value.value === null && start === end;
      return { kind: 'scalar', start, end, parent, value: scalarValue(value.value), empty } satisfies ScalarNode;
    }
    return undefined;
  }

  #alias(alias: Alias, parent: MapNode | SeqNode | undefined, depth: number): Node | undefined {
    const target = alias.resolve(this.doc);
    if (!target || this.#aliasStack.includes(target)) return undefined;
    this.#aliasStack.push(target);
    try {
      // The expansion keeps the anchor's spans: a problem inside an alias points at its definition.
      return this.build(target, parent, depth);
    } finally {
      this.#aliasStack.pop();
    }
  }

  #key(key: unknown, parent: MapNode): ScalarNode {
    const [start, end] = rangeOf(key);
    if (isScalar(key)) return { kind: 'scalar', start, end, parent, value: scalarValue(key.value), empty: key.value === null };
    // Complex keys (`? [a, b]`) are legal YAML but meaningless here; keep their text so the schema
    // reports them as unknown keys.
    const text = key === null || key === undefined ? '' : String(key);
    return { kind: 'scalar', start, end, parent, value: text, empty: text === '' };
  }
}

function emptyScalar(at: number, parent: MapNode): ScalarNode {
  return { kind: 'scalar', start: at, end: at, parent, value: null, empty: true };
}

function scalarValue(value: unknown): ScalarValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return value === undefined ? null : String(value);
}

function rangeOf(value: unknown): [number, number] {
  const range = (value as { range?: [number, number, number] } | null)?.range;
  if (!range) return [0, 0];
  return [range[0], Math.max(range[0], range[1])];
}

function fromYamlError(text: string, error: YAMLError, severity: 'error' | 'warning'): SyntaxFinding {
  const start = Math.max(0, Math.min(error.pos[0], text.length));
  let end = Math.max(start, Math.min(error.pos[1], text.length));
  // yaml marks a duplicate key by its first character; the whole key is what the user sees.
  if (error.code === 'DUPLICATE_KEY') end = keyEnd(text, start);
  if (end === start) end = lineEnd(text, start);
  return { code: error.code, start, end, severity, detail: error.message };
}

function internalFinding(text: string, error: unknown): SyntaxFinding {
  return { code: 'IMPOSSIBLE', start: 0, end: lineEnd(text, 0), severity: 'error', detail: String(error) };
}

/** The end of a plain key starting at `offset`: before `:` + space, or the line's end. */
function keyEnd(text: string, offset: number): number {
  const line = lineEnd(text, offset);
  const colon = /:(\s|$)/.exec(text.slice(offset, line));
  return colon ? offset + colon.index : line;
}

/** The end of the line containing `offset`, excluding the line break. */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
