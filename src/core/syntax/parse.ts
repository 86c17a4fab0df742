import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Alias, type Document, type YAMLError } from 'yaml';
import type { MessageArgs } from '../i18n/locale';
import type { TextChange } from '../text/change';
import { lineEnd } from '../text/lines';
import type { Node, Pair, ScalarNode, ScalarValue } from './ast';
import { diagnose } from './diagnose';

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

/** A syntax finding before localisation: a code (the yaml library's, or ours) and where it is. */
export interface SyntaxFinding {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly severity: 'error' | 'warning';
  /** The parser's own English text, for developers; messages never show it. */
  readonly detail: string;
  /** What the code's message needs (the key, the columns…). */
  readonly args?: MessageArgs;
}

export interface ParsedYaml {
  readonly root: Node | undefined;
  readonly findings: readonly SyntaxFinding[];
  /** False when the tree is unusable for schema checks and rules (a YAML error, or a limit hit). */
  readonly usable: boolean;
  /**
   * True when every part of the tree means the same wherever it stands: no anchors, aliases or
   * directives, which make the meaning of unchanged text depend on text elsewhere. Only then may
   * results be cached by the text of a part.
   */
  readonly contextFree: boolean;
  /**
   * For list items that were parsed as pieces of their own (see `IncrementalParser`): the piece's
   * tree, parsed at offset 0. It is the same object from one parse to the next while the item's
   * text is unchanged, wherever the item moved, so results about an item can be cached on it.
   */
  readonly origins?: ReadonlyMap<Node, Node>;
  /** Set when the text before this one differed only inside one list item (see `ItemEdit`). */
  readonly edited?: ItemEdit;
}

/**
 * What changed from the text parsed before (`before`) to this one, when the change lay inside one
 * list item of a section and left it one item: everything else was reused as it was, only moved.
 * Results about the rest of the file then only move with the change, unless they read that item.
 */
export interface ItemEdit {
  readonly before: string;
  readonly change: TextChange;
  /** The key of the item's section. */
  readonly section: string;
  /** The item as it was and as it is, each parsed on its own (offsets from its own start). */
  readonly was: Node | undefined;
  readonly is: Node | undefined;
}

/** A `%YAML` or `%TAG` directive line changes how everything after it reads. */
const DIRECTIVE = /^%/m;

/**
 * Parses YAML 1.2 text into the core's tree. Never throws: every failure is a finding.
 * The tree is built even when there are errors, because completion and symbols need the partial
 * tree while the user types; `usable` tells whether validation and rules may trust it.
 */
export function parseYaml(text: string): ParsedYaml {
  let doc: Document.Parsed;
  try {
    // The yaml library's duplicate-key check compares each key with every key before it, which
    // makes a mapping of 40,000 keys take minutes; the tree builder checks with a set instead.
    doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: false, uniqueKeys: false, strict: true });
  } catch (error) {
    return { root: undefined, findings: [internalFinding(text, error)], usable: false, contextFree: false };
  }
  const reported: SyntaxFinding[] = [];
  for (const e of doc.errors) reported.push(fromYamlError(text, e, 'error'));
  for (const e of doc.warnings) reported.push(fromYamlError(text, e, 'warning'));
  // The parser ran out of stack on absurd nesting: one problem says so, and no tree is worth building.
  const exhausted = reported.find((f) => f.code === 'TOO_DEEP');
  if (exhausted) return { root: undefined, findings: [exhausted], usable: false, contextFree: false };
  const findings = traced(text, reported);
  let root: Node | undefined;
  const builder = new TreeBuilder(text);
  try {
    root = builder.build(doc.contents, 0);
  } catch (error) {
    if (!(error instanceof LimitError)) throw error;
    findings.push({ code: error.code, start: error.start, end: error.end, severity: 'error', detail: error.message });
    root = undefined;
  }
  // An empty document is usable: it has no tree, and the schema says what it lacks.
  for (const f of builder.duplicates) findings.push(f);
  findings.sort(byPlace);
  const contextFree = !builder.sawAnchors && !DIRECTIVE.test(text);
  return { root, findings, usable: !findings.some((f) => f.severity === 'error'), contextFree };
}

class LimitError extends Error {
  constructor(readonly code: string, readonly start: number, readonly end: number, message: string) {
    super(message);
  }
}

/** How big a built subtree is once its aliases are expanded: what a walk over it will visit. */
interface Extent {
  readonly size: number;
  readonly height: number;
}

/**
 * Turns the yaml library's tree into ours in one pass over the source. Anchors are recorded as
 * they are met, so an alias resolves by one lookup (YAML: the latest anchor of that name before
 * it); the alias then shares the anchor's subtree instead of copying it. Expansion is budgeted
 * by the size of what aliases stand for, which every consumer walking the tree would pay.
 */
class TreeBuilder {
  #expanded = 0;
  readonly #anchors = new Map<string, unknown>();
  /** Our node for each yaml node with an anchor; absent while it is still being built (a cycle). */
  readonly #built = new Map<unknown, Node>();
  readonly #extents = new WeakMap<Node, Extent>();

  /** A key that its mapping already has: YAML forbids it (the first one counts). */
  readonly duplicates: SyntaxFinding[] = [];

  constructor(private readonly text: string) {}

  /** Whether any anchor or alias was met. */
  get sawAnchors(): boolean {
    return this.#anchors.size > 0 || this.#aliases > 0;
  }

  #aliases = 0;

  build(value: unknown, depth: number): Node | undefined {
    if (depth > LIMITS.depth) {
      const [start, end] = rangeOf(value);
      throw new LimitError('TOO_DEEP', start, end, `Nesting deeper than ${LIMITS.depth} levels`);
    }
    if (isAlias(value)) return this.#alias(value, depth);
    const anchor = (value as { anchor?: unknown } | null)?.anchor;
    if (typeof anchor === 'string') this.#anchors.set(anchor, value);
    const node = this.#node(value, depth);
    if (node && typeof anchor === 'string') this.#built.set(value, node);
    return node;
  }

  #node(value: unknown, depth: number): Node | undefined {
    if (isMap(value)) {
      const [start, end] = rangeOf(value);
      const pairs: Pair[] = [];
      const keys = new Set<ScalarValue>();
      let size = 1;
      let height = 0;
      for (const item of value.items) {
        if (!isPair(item)) continue;
        const key = this.#key(item.key);
        if (isScalar(item.key) || item.key === null) {
          if (keys.has(key.value)) this.duplicates.push(duplicateKey(key, this.text));
          else keys.add(key.value);
        }
        const built = this.build(item.value, depth + 1) ?? emptyScalar(key.end);
        pairs.push({ key, value: built });
        const extent = this.#extentOf(built);
        size += 1 + extent.size;
        height = Math.max(height, extent.height);
      }
      const last = pairs.at(-1);
      const contentEnd = value.flow || !last ? end : lastContentEnd(start, end, [last.key, last.value]);
      return this.#extent({ kind: 'map', start, end: contentEnd, pairs, flow: Boolean(value.flow) }, size, height + 1);
    }
    if (isSeq(value)) {
      const [start, end] = rangeOf(value);
      const items: Node[] = [];
      let size = 1;
      let height = 0;
      for (const item of value.items) {
        const built = this.build(item, depth + 1);
        if (!built) continue;
        items.push(built);
        const extent = this.#extentOf(built);
        size += extent.size;
        height = Math.max(height, extent.height);
      }
      const contentEnd = value.flow || items.length === 0 ? end : lastContentEnd(start, end, [items.at(-1)!]);
      return this.#extent({ kind: 'seq', start, end: contentEnd, items, flow: Boolean(value.flow) }, size, height + 1);
    }
    if (isScalar(value)) {
      const [start, end] = rangeOf(value);
      const empty = value.value === null && start === end;
      return { kind: 'scalar', start, end, value: scalarValue(value.value), empty } satisfies ScalarNode;
    }
    return undefined;
  }

  #alias(alias: Alias, depth: number): Node | undefined {
    this.#aliases++;
    const source = this.#anchors.get(alias.source);
    // An unknown anchor is the yaml library's error already; an anchor still being built is a cycle.
    const target = source === undefined ? undefined : this.#built.get(source);
    if (!target) return undefined;
    const extent = this.#extentOf(target);
    this.#expanded += extent.size;
    const [start, end] = rangeOf(alias);
    if (this.#expanded > LIMITS.aliasExpansion) throw new LimitError('ALIAS_EXPANSION', start, end, 'Aliases expand to too many nodes');
    if (depth + extent.height > LIMITS.depth) throw new LimitError('TOO_DEEP', start, end, `Nesting deeper than ${LIMITS.depth} levels`);
    // The expansion keeps the anchor's spans: a problem inside an alias points at its definition.
    return target;
  }

  #key(key: unknown): ScalarNode {
    const [start, end] = rangeOf(key);
    if (isScalar(key)) return { kind: 'scalar', start, end, value: scalarValue(key.value), empty: key.value === null };
    // Complex keys (`? [a, b]`) are legal YAML but meaningless here; keep their text so the schema
    // reports them as unknown keys.
    const text = key === null || key === undefined ? '' : String(key);
    return { kind: 'scalar', start, end, value: text, empty: text === '' };
  }

  #extent<N extends Node>(node: N, size: number, height: number): N {
    this.#extents.set(node, { size, height });
    return node;
  }

  #extentOf(node: Node): Extent {
    return this.#extents.get(node) ?? { size: 1, height: 0 };
  }
}

/**
 * Where a block collection's content ends: after its last child, not after the line breaks,
 * indentation and comments the yaml library counts in, which depend on what follows the
 * collection (so the same item would end elsewhere parsed alone, as the incremental parser does).
 * A child shared from an anchor elsewhere does not say where this collection ends: keep yaml's.
 */
function lastContentEnd(start: number, end: number, lastChildren: readonly Node[]): number {
  if (lastChildren.some((n) => n.start < start || n.end > end)) return end;
  let contentEnd = start;
  for (const n of lastChildren) contentEnd = Math.max(contentEnd, n.end);
  return contentEnd;
}

function emptyScalar(at: number): ScalarNode {
  return { kind: 'scalar', start: at, end: at, value: null, empty: true };
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
  // The parser catches its own stack overflow on absurd nesting; its text is for developers.
  if (error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)) {
    return { code: 'TOO_DEEP', start, end: lineEnd(text, start), severity, detail: `Nesting deeper than ${LIMITS.depth} levels` };
  }
  if (end === start) end = lineEnd(text, start);
  return { code: error.code, start, end, severity, detail: error.message };
}

/** Findings in text order: where they start, then where they end. */
export function byPlace(a: SyntaxFinding, b: SyntaxFinding): number {
  return a.start - b.start || a.end - b.end;
}

/** A key its mapping already has: YAML forbids it, and the first one counts. */
export function duplicateKey(key: Node, text: string): SyntaxFinding {
  const end = key.end > key.start ? key.end : lineEnd(text, key.start);
  return { code: 'DUPLICATE_KEY', start: key.start, end, severity: 'error', detail: 'Map keys must be unique' };
}

/**
 * The findings traced to their causes; should the tracing itself fail on some input, the parser's
 * own findings, which are still true, only less helpful.
 */
function traced(text: string, reported: SyntaxFinding[]): SyntaxFinding[] {
  try {
    return diagnose(text, reported);
  } catch {
    return reported;
  }
}

function internalFinding(text: string, error: unknown): SyntaxFinding {
  return { code: 'IMPOSSIBLE', start: 0, end: lineEnd(text, 0), severity: 'error', detail: String(error) };
}
