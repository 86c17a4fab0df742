import { keyText, type MapNode, type Node, type Pair, type ScalarNode, type SeqNode } from './ast';
import { parseYaml, type ParsedYaml, type SyntaxFinding } from './parse';
import { lineEnd, lineStarts } from '../text/lines';

/**
 * Re-parses only what an edit touched. A strategy is a block mapping of sections at column 0,
 * and most sections are lists of items, so the text splits into pieces (a section, or a
 * section's header and each of its list items) that parse on their own. Each piece's tree is
 * cached by its text: after a keystroke, only the edited piece is parsed again, and the pieces
 * after it are only moved by the edit's length. A file that does not have this simple shape
 * (directives, document markers, anchors and aliases, odd column-0 lines) is parsed whole.
 */
export class IncrementalParser {
  #pieces = new Map<string, CachedPiece>();

  parse(text: string): ParsedYaml {
    const plan = planPieces(text);
    if (!plan) return parseYaml(text);
    const next = new Map<string, CachedPiece>();
    const piece = (start: number, end: number) => this.#piece(text.slice(start, end), start, next);
    const pairs: Pair[] = [];
    const origins = new Map<Node, Node>();
    const findings: SyntaxFinding[] = [];
    const seen = new Set<string>();
    let end = 0;
    for (const section of plan) {
      const head = piece(section.start, section.items ? section.items[0]!.start : section.end);
      for (const f of head.findings) findings.push(f);
      const pair = head.root?.kind === 'map' && head.root.pairs.length === 1 ? head.root.pairs[0] : undefined;
      if (!pair) {
        // Not one `key: value` after all: let the whole-file parser report it faithfully.
        return parseYaml(text);
      }
      let value: Node = pair.value;
      if (section.items) {
        const parts = section.items.map((item) => piece(item.start, item.end));
        const items: Node[] = [];
        for (const part of parts) {
          if (part.root?.kind !== 'seq' || part.relative?.kind !== 'seq') return parseYaml(text);
          for (const f of part.findings) findings.push(f);
          part.root.items.forEach((node, i) => {
            items.push(node);
            origins.set(node, (part.relative as SeqNode).items[i]!);
          });
        }
        // Pieces are shared with earlier parses: the list is new, its items are reused as they are.
        value = { kind: 'seq', start: parts[0]!.root!.start, end: parts.at(-1)!.root!.end, items, flow: false } satisfies SeqNode;
      }
      const key = keyText(pair.key);
      if (seen.has(key)) findings.push({ code: 'DUPLICATE_KEY', start: pair.key.start, end: pair.key.end, severity: 'error', detail: 'Map keys must be unique' });
      else seen.add(key);
      pairs.push({ key: pair.key, value });
      end = Math.max(pair.key.end, value.end);
    }
    this.#pieces = next;
    const firstPair = pairs[0];
    if (!firstPair) return parseYaml(text);
    const root: MapNode = { kind: 'map', start: firstPair.key.start, end, pairs, flow: false };
    // Pieces are planned only for text without anchors, aliases and directives.
    return { root, findings, usable: !findings.some((f) => f.severity === 'error'), contextFree: true, origins };
  }

  #piece(source: string, start: number, next: Map<string, CachedPiece>): { root: Node | undefined; findings: readonly SyntaxFinding[]; relative: Node | undefined } {
    let cached = this.#pieces.get(source) ?? next.get(source);
    if (!cached) {
      const parsed = parseYaml(source);
      cached = { relative: parsed, placed: { start: 0, root: parsed.root, findings: parsed.findings } };
    }
    next.set(source, cached);
    if (cached.placed.start !== start) {
      cached.placed = {
        start,
        root: cached.relative.root && shiftTree(cached.relative.root, start),
        findings: cached.relative.findings.map((f) => ({ ...f, start: f.start + start, end: f.end + start })),
      };
    }
    return { ...cached.placed, relative: cached.relative.root };
  }
}

interface CachedPiece {
  readonly relative: ParsedYaml;
  /** The tree placed at its last offset, reused while the piece does not move. */
  placed: { start: number; root: Node | undefined; findings: readonly SyntaxFinding[] };
}

interface PlannedSection {
  readonly start: number;
  readonly end: number;
  /** Set when the section's value is a block list split into items. */
  readonly items?: readonly { readonly start: number; readonly end: number }[];
}

/** A column-0 line that is a plain `key:` (the only kind of line that starts a section). */
const KEY_LINE = /^[A-Za-z_$][\w$.-]*[ \t]*:(?:[ \t]|$)/;
/** What a line may start with to be a safe continuation, comment or blank. */
const ALIAS_OR_ANCHOR = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

/** Splits the text into sections and list items, or returns undefined to parse it whole. */
export function planPieces(text: string): PlannedSection[] | undefined {
  if (ALIAS_OR_ANCHOR.test(text)) return undefined;
  const lines = lineStarts(text);
  const sectionStarts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!;
    const c = text[at];
    if (c === undefined || c === '\n' || c === '\r' || c === ' ' || c === '#') continue;
    if (c === '-' && (text[at + 1] === ' ' || text[at + 1] === '\n' || text[at + 1] === '\r' || at + 1 === text.length)) {
      if (sectionStarts.length === 0) return undefined; // a list at the root
      continue;
    }
    const line = text.slice(at, lineEnd(text, at));
    if (!KEY_LINE.test(line)) return undefined;
    sectionStarts.push(i);
  }
  if (sectionStarts.length === 0) return undefined;
  const sections: PlannedSection[] = [];
  for (let s = 0; s < sectionStarts.length; s++) {
    const firstLine = sectionStarts[s]!;
    const lastLine = s + 1 < sectionStarts.length ? sectionStarts[s + 1]! : lines.length;
    const start = s === 0 ? 0 : lines[firstLine]!;
    const end = lastLine < lines.length ? lines[lastLine]! : text.length;
    const items = splitItems(text, lines, firstLine, lastLine);
    sections.push(items ? { start, end, items } : { start, end });
  }
  return sections;
}

/**
 * The items of a block list that is a section's value (`goals:` then `  - …` lines), when the
 * section has at least two and every other line is indented deeper, blank or a comment.
 */
function splitItems(text: string, lines: readonly number[], headerLine: number, endLine: number): { start: number; end: number }[] | undefined {
  const header = text.slice(lines[headerLine]!, lineEnd(text, lines[headerLine]!));
  if (!/:[ \t]*(#.*)?$/.test(header)) return undefined; // the value is on the header line
  let indent = -1;
  const starts: number[] = [];
  for (let i = headerLine + 1; i < endLine; i++) {
    const at = lines[i]!;
    let n = 0;
    while (text[at + n] === ' ') n++;
    const c = text[at + n];
    if (c === undefined || c === '\n' || c === '\r' || c === '#') continue;
    if (indent < 0) {
      if (c !== '-') return undefined;
      indent = n;
    }
    if (n < indent || c === '\t') return undefined;
    if (n === indent) {
      const after = text[at + n + 1];
      if (c !== '-' || !(after === ' ' || after === '\n' || after === '\r' || after === undefined)) return undefined;
      starts.push(at);
    }
  }
  if (starts.length < 2) return undefined;
  const sectionEnd = endLine < lines.length ? lines[endLine]! : text.length;
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? sectionEnd }));
}

/** A copy of `node` moved by `by` characters. */
function shiftTree(node: Node, by: number): Node {
  switch (node.kind) {
    case 'scalar':
      return { ...node, start: node.start + by, end: node.end + by };
    case 'seq':
      return { ...node, start: node.start + by, end: node.end + by, items: node.items.map((item) => shiftTree(item, by)) };
    case 'map':
      return {
        ...node,
        start: node.start + by,
        end: node.end + by,
        pairs: node.pairs.map((pair) => ({ key: shiftTree(pair.key, by) as ScalarNode, value: shiftTree(pair.value, by) })),
      };
  }
}
