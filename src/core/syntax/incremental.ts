import { keyText, type MapNode, type Node, type Pair, type SeqNode } from './ast';
import { placeTree } from './placed';
import { byPlace, duplicateKey, parseYaml, type ItemEdit, type ParsedYaml, type SyntaxFinding } from './parse';
import { diffTexts, leftmost, type TextChange } from '../text/change';
import { lineEnd, lineStarts } from '../text/lines';

/**
 * Re-parses only what an edit touched. A strategy is a block mapping of sections at column 0,
 * and most sections are lists of items, so the text splits into pieces (a section, or a
 * section's header and each of its list items) that parse on their own. After a change inside
 * one list item, the item is parsed again and every other piece is reused as it was, found by
 * its place rather than by reading the text again; the pieces after it are only moved. Other
 * changes plan the pieces anew, still reusing every piece whose text is unchanged. A file that
 * does not have this simple shape (directives, document markers, anchors and aliases, odd
 * column-0 lines) is parsed whole.
 */
export class IncrementalParser {
  #last: { readonly text: string; readonly plan: readonly PlannedSection[] } | undefined;

  /**
   * Parses `text`. `since`, when the caller knows it, is the change from the text this parser saw
   * last (`before`, compared by identity) to `text`; it is worked out otherwise. It only decides
   * what can be reused, never what the result is.
   */
  parse(text: string, since?: { readonly before: string; readonly change: TextChange }): ParsedYaml {
    const previous = this.#last;
    this.#last = undefined;
    // Prepared for this very text (see `prepare`): the plan and its parses are ready.
    const change = previous && previous.text !== text ? (since?.before === previous.text ? since.change : diffTexts(previous.text, text)) : undefined;
    // The change as found, or the same change put further left, where it may lie inside one item.
    const replanned = previous && change && previous.text !== text
      ? replan(previous.text, previous.plan, text, change) ?? replan(previous.text, previous.plan, text, leftmost(previous.text, text, change))
      : undefined;
    let plan = previous?.text === text ? previous.plan : replanned?.plan;
    if (!plan) {
      const fresh = planPieces(text);
      if (!fresh) return parseYaml(text);
      plan = previous ? reuseByText(fresh, previous.text, previous.plan, text) : fresh;
    }
    const pairs: Pair[] = [];
    const origins = new Map<Node, Node>();
    const findings: SyntaxFinding[] = [];
    const seen = new Set<string>();
    let end = 0;
    const placed: PlannedSection[] = [];
    for (const section of plan) {
      const head = place(section.head, text);
      for (const f of head.findings) findings.push(f);
      const pair = head.root?.kind === 'map' && head.root.pairs.length === 1 ? head.root.pairs[0] : undefined;
      // Not one `key: value` after all: let the whole-file parser report it faithfully.
      if (!pair) return parseYaml(text);
      let value: Node = pair.value;
      let items: ResolvedPiece[] | undefined;
      if (section.items) {
        items = section.items.map((item) => place(item, text));
        const nodes: Node[] = [];
        for (const part of items) {
          const relative = part.cached.relative.root;
          if (part.root?.kind !== 'seq' || relative?.kind !== 'seq') return parseYaml(text);
          for (const f of part.findings) findings.push(f);
          part.root.items.forEach((node, i) => {
            nodes.push(node);
            origins.set(node, relative.items[i]!);
          });
        }
        // Pieces are shared with earlier parses: the list is new, its items are reused as they are.
        value = { kind: 'seq', start: items[0]!.root!.start, end: items.at(-1)!.root!.end, items: nodes, flow: false } satisfies SeqNode;
      }
      const key = keyText(pair.key);
      if (seen.has(key)) findings.push(duplicateKey(pair.key, text));
      else seen.add(key);
      pairs.push({ key: pair.key, value });
      end = Math.max(pair.key.end, value.end);
      placed.push(items ? { head: pieceOf(head), items: items.map(pieceOf) } : { head: pieceOf(head) });
    }
    const firstPair = pairs[0];
    if (!firstPair) return parseYaml(text);
    this.#last = { text, plan: placed };
    const root: MapNode = { kind: 'map', start: firstPair.key.start, end, pairs, flow: false };
    // In the order a whole-file parse gives them, so that both read the same.
    findings.sort(byPlace);
    const edited = replanned && previous && itemEdit(previous.text, replanned, pairs, placed);
    // Pieces are planned only for text without anchors, aliases and directives.
    return { root, findings, usable: !findings.some((f) => f.severity === 'error'), contextFree: true, origins, ...(edited ? { edited } : {}) };
  }

  /**
   * Parses pieces of `text` ahead of `parse(text)` while `more()` says there is time, so that a
   * long text can be parsed in slices between other work. Returns true when `parse(text)` has
   * nothing left to parse but the placing of the pieces, or when the text does not split into
   * pieces (`parse` then reads it whole).
   */
  prepare(text: string, more: () => boolean): boolean {
    const previous = this.#last;
    let plan = previous?.text === text ? previous.plan : undefined;
    if (!plan) {
      const fresh = planPieces(text);
      if (!fresh) return true;
      plan = previous ? reuseByText(fresh, previous.text, previous.plan, text) : fresh;
    }
    let done = true;
    const parsed = (piece: Piece): Piece => {
      if (piece.cached || !done) return piece;
      if (!more()) {
        done = false;
        return piece;
      }
      return { ...piece, cached: parsePiece(piece, text) };
    };
    this.#last = { text, plan: plan.map((section) => ({ head: parsed(section.head), ...(section.items ? { items: section.items.map(parsed) } : {}) })) };
    return done;
  }
}

/** A span of the text, with its parse when it is known to be unchanged since the last parse. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly cached?: CachedPiece;
}

interface ResolvedPiece extends Piece {
  readonly cached: CachedPiece;
  readonly root: Node | undefined;
  readonly findings: readonly SyntaxFinding[];
}

interface PlannedSection {
  /** The section's `key:` line, or the whole section when its value is not split into items. */
  readonly head: Piece;
  /** Set when the section's value is a block list split into items. */
  readonly items?: readonly Piece[];
}

interface CachedPiece {
  /** The piece parsed on its own, at offset 0. */
  readonly relative: ParsedYaml;
  /** The tree placed at its last offset, reused while the piece does not move. */
  placed: { start: number; root: Node | undefined; findings: readonly SyntaxFinding[] };
}

function pieceOf({ start, end, cached }: ResolvedPiece): Piece {
  return { start, end, cached };
}

/** The piece parsed on its own. */
function parsePiece(piece: Piece, text: string): CachedPiece {
  const parsed = parseYaml(text.slice(piece.start, piece.end));
  return { relative: parsed, placed: { start: 0, root: parsed.root, findings: parsed.findings } };
}

/** The piece's parse, placed at its offset in `text` (parsed now if it is new). */
function place(piece: Piece, text: string): ResolvedPiece {
  const cached = piece.cached ?? parsePiece(piece, text);
  const { start, end } = piece;
  if (cached.placed.start !== start) {
    const { root, findings } = cached.relative;
    cached.placed = {
      start,
      root: root && placeTree(root, start),
      findings: findings.length === 0 ? findings : findings.map((f) => ({ ...f, start: f.start + start, end: f.end + start })),
    };
  }
  return { start, end, cached, root: cached.placed.root, findings: cached.placed.findings };
}

/** The one list item a change was inside of, as `replan` found it. */
interface Replanned {
  readonly change: TextChange;
  readonly plan: PlannedSection[];
  readonly section: number;
  readonly item: number;
  /** The item's piece before the change. */
  readonly was: Piece;
}

/** What changed in the one edited item, from the pieces before and after the change. */
function itemEdit(before: string, { change, section, item, was }: Replanned, pairs: readonly Pair[], placed: readonly PlannedSection[]): ItemEdit | undefined {
  const pair = pairs[section];
  const is = placed[section]?.items?.[item]?.cached?.relative.root;
  const old = was.cached?.relative.root;
  if (!pair || is?.kind !== 'seq' || old?.kind !== 'seq') return undefined;
  return { before, change, section: keyText(pair.key), was: old.items[0], is: is.items[0] };
}

/**
 * The new plan when the change lies inside one list item and leaves it one item of the same
 * list: the other pieces keep their parses, those after it move by the change's length. Anything
 * else (a change touching a piece's first character or the next piece, a new or removed item, a
 * line that leaves the list, an anchor or alias) is undefined: plan anew.
 */
function replan(before: string, plan: readonly PlannedSection[], text: string, change: TextChange): Replanned | undefined {
  const delta = change.newEnd - change.oldEnd;
  for (let s = 0; s < plan.length; s++) {
    const items = plan[s]!.items;
    if (!items) continue;
    const j = items.findIndex((p) => p.start < change.start && change.oldEnd < p.end);
    if (j < 0) continue;
    const item = items[j]!;
    const changed: Piece = { start: item.start, end: item.end + delta };
    if (!isOneItem(text.slice(changed.start, changed.end), indentAt(before, item.start))) return undefined;
    const move = (p: Piece): Piece => ({ ...p, start: p.start + delta, end: p.end + delta });
    const next = plan.map((section, i) => {
      if (i < s) return section;
      if (i > s) return { head: move(section.head), ...(section.items ? { items: section.items.map(move) } : {}) };
      return { head: section.head, items: items.map((p, k) => (k < j ? p : k === j ? changed : move(p))) };
    });
    return { change, plan: next, section: s, item: j, was: item };
  }
  return undefined;
}

/** Spaces at the start of the line at `at`. */
function indentAt(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === ' ') n++;
  return n;
}

/**
 * Whether `source` is still exactly one item of a block list indented by `indent`, as
 * `splitItems` would cut it: a dash at that indent first, then only deeper lines, blank lines
 * and comments, and nothing that needs the rest of the file to be read (anchors, aliases).
 */
function isOneItem(source: string, indent: number): boolean {
  if (ALIAS_OR_ANCHOR.test(source)) return false;
  const starts = lineStarts(source);
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    const n = indentAt(source, at);
    const c = source[at + n];
    if (i === 0) {
      const after = source[at + n + 1];
      if (n !== indent || c !== '-' || !(after === ' ' || after === '\n' || after === '\r' || after === undefined)) return false;
      continue;
    }
    if (c === undefined || c === '\n' || c === '\r' || c === '#') continue;
    if (n <= indent || c === '\t') return false;
  }
  return true;
}

/** A fresh plan with the parses of pieces whose text did not change, whatever moved. */
function reuseByText(plan: readonly PlannedSection[], before: string, previous: readonly PlannedSection[], text: string): PlannedSection[] {
  const known = new Map<string, CachedPiece>();
  const remember = (p: Piece) => {
    if (p.cached) known.set(before.slice(p.start, p.end), p.cached);
  };
  for (const section of previous) {
    remember(section.head);
    section.items?.forEach(remember);
  }
  const reuse = (p: Piece): Piece => {
    const cached = known.get(text.slice(p.start, p.end));
    return cached ? { ...p, cached } : p;
  };
  return plan.map((section) => ({ head: reuse(section.head), ...(section.items ? { items: section.items.map(reuse) } : {}) }));
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
    sections.push(items ? { head: { start, end: items[0]!.start }, items } : { head: { start, end } });
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
