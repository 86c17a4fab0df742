import { keyText, locateAt, parentOf, type Node, type Path, type ScalarNode, type SeqNode } from '../syntax/ast';
import type { StrategyDocument } from '../model/document';
import { lineEnd } from '../text/lines';

/**
 * Where the cursor is in a strategy file, in terms completion understands: which mapping a key
 * typed here would belong to, which value or list item it is on, and what is already there.
 *
 * It must answer while the user types, when the YAML is momentarily invalid (`    netw`, an
 * unclosed `[a, `). So there are two analyses:
 * - when the YAML parses without errors and the cursor is on a node (a key, a value, inside a flow
 *   collection), the tree answers exactly;
 * - otherwise (whitespace in block context, half-typed or invalid text) an indentation scan of the
 *   lines answers: it tracks `key:` and `- ` markers by column, as a YAML reader would.
 */
export type CursorKind = 'key' | 'item' | 'value' | 'none';

export interface CursorContext {
  /**
   * - `key`: a mapping key goes here (on its own line, or in a `{ }`). In block context it may also
   *   be the first line of the still unwritten value of a `key:` above, which may be a list: then
   *   the caller offers `- item` entries (see `items`).
   * - `item`: a list item, after `- ` or inside `[ ]`.
   * - `value`: the value after `key: ` (or after `key: ` inside `{ }`).
   * - `none`: nowhere completion can help (a comment, a block scalar, a quoted key…).
   */
  readonly kind: CursorKind;
  /**
   * `key`: the path of the mapping the key belongs to. `item`: the path of the item (ending with
   * its index). `value`: the path of the value (ending with its key).
   */
  readonly path: Path;
  /** The span of the word under the cursor, which a completion replaces; empty on whitespace. */
  readonly start: number;
  readonly end: number;
  /** The text from `start` to the cursor: what the user typed so far. */
  readonly prefix: string;
  /** True inside `[ ]` or `{ }`: inserted text must stay on one line. */
  readonly flow: boolean;
  /** Column of the key or item content at the cursor; nested blocks go two columns deeper. */
  readonly indent: number;
  /** `key`: keys the mapping already has (the one under the cursor excluded). */
  readonly presentKeys: readonly string[];
  /** `item` and list-valued `key`: the scalar items the list already has (the one under the cursor excluded). */
  readonly siblings: readonly string[];
  /** `key`: how many `- ` items the value at `path` already has (0 when it is no list). */
  readonly items: number;
  /** `key`: the key under the cursor is already followed by `:`, so only its name may be replaced. */
  readonly hasColon: boolean;
}

/**
 * The cursor context at `offset` (a UTF-16 offset into `doc.text`). Never throws.
 * @example cursorContext(new StrategyDocument('channels:\n  - network: '), 23) // { kind: 'value', path: ['channels', 0, 'network'], … }
 */
export function cursorContext(doc: StrategyDocument, offset: number): CursorContext {
  const at = Math.max(0, Math.min(offset, doc.text.length));
  const parsedCleanly = !doc.parsed.findings.some((f) => f.severity === 'error');
  if (parsedCleanly) {
    const fromTree = treeContext(doc, at);
    if (fromTree) return fromTree;
  }
  return lineContext(doc, at);
}

function none(offset: number): CursorContext {
  return { kind: 'none', path: [], start: offset, end: offset, prefix: '', flow: false, indent: 0, presentKeys: [], siblings: [], items: 0, hasColon: false };
}

function context(doc: StrategyDocument, offset: number, c: Partial<CursorContext> & Pick<CursorContext, 'kind' | 'path' | 'start' | 'end'>): CursorContext {
  return {
    prefix: doc.text.slice(c.start, Math.max(c.start, offset)),
    flow: false,
    indent: 0,
    presentKeys: [],
    siblings: [],
    items: 0,
    hasColon: false,
    ...c,
  };
}

// ---------------------------------------------------------------------------------------------
// The tree: exact, used when the file parses and the cursor sits on a node.

function treeContext(doc: StrategyDocument, offset: number): CursorContext | undefined {
  const located = locateAt(doc.parsed.root, offset);
  if (!located) return undefined;
  const { node, path } = located;
  const column = (at: number) => doc.lines.positionAt(at).character;
  if (node.kind === 'scalar') {
    const parent = parentOf(located);
    if (!parent) return undefined;
    const word = innerSpan(doc.text, node);
    if (offset < word.start || offset > word.end) return undefined;
    if (parent.kind === 'map') {
      const pair = parent.pairs.find((p) => p.key === node || p.value === node);
      if (!pair) return undefined;
      if (pair.key === node) {
        if (node.empty) return undefined;
        return context(doc, offset, {
          kind: 'key', path: path.slice(0, -1), ...word, flow: parent.flow, indent: column(node.start), hasColon: true,
          presentKeys: parent.pairs.filter((p) => p !== pair).map((p) => keyText(p.key)),
        });
      }
      // A multi-line value (block scalar, folded plain text) is free text: nothing to complete.
      if (doc.lines.positionAt(node.start).line !== doc.lines.positionAt(node.end).line) return none(offset);
      return context(doc, offset, { kind: 'value', path, ...word, flow: parent.flow, indent: column(pair.key.start) });
    }
    // `-|`: the marker still needs its space before an item can follow.
    if (!parent.flow && node.empty && doc.text[offset - 1] === '-') return none(offset);
    return context(doc, offset, {
      kind: 'item', path, ...word, flow: parent.flow, indent: column(node.start),
      siblings: scalarItems(parent, node),
    });
  }
  // Whitespace inside `[ ]` or `{ }` (between the brackets, not on them).
  if (!node.flow || offset <= node.start || offset >= node.end) return undefined;
  if (node.kind === 'seq') {
    const index = node.items.filter((item) => item.end <= offset).length;
    return context(doc, offset, { kind: 'item', path: [...path, index], start: offset, end: offset, flow: true, indent: column(offset), siblings: scalarItems(node) });
  }
  // `{ network: | }`: the empty value sits right after the colon, the cursor after the space.
  const pending = node.pairs.find((p) => p.value.kind === 'scalar' && p.value.empty && p.key.end <= offset && /^\s*:\s*$/.test(doc.text.slice(p.key.end, offset)));
  if (pending) {
    return context(doc, offset, { kind: 'value', path: [...path, keyText(pending.key)], start: offset, end: offset, flow: true, indent: column(pending.key.start) });
  }
  return context(doc, offset, { kind: 'key', path, start: offset, end: offset, flow: true, indent: column(offset), presentKeys: node.pairs.map((p) => keyText(p.key)) });
}

/** A scalar's span without its quotes, so a completion replaces the text inside them. */
function innerSpan(text: string, node: ScalarNode): { start: number; end: number } {
  const open = text[node.start];
  if ((open === '"' || open === "'") && node.end > node.start) {
    const closed = node.end - node.start >= 2 && text[node.end - 1] === open;
    return { start: node.start + 1, end: closed ? node.end - 1 : node.end };
  }
  return { start: node.start, end: node.end };
}

function scalarItems(seq: SeqNode, except?: Node): string[] {
  return seq.items.flatMap((item) => (item !== except && item.kind === 'scalar' && item.value !== null ? [String(item.value)] : []));
}

// ---------------------------------------------------------------------------------------------
// The lines: tolerant, used for whitespace in block context and for text that does not parse.

/** The shape of one line: its `- ` markers, its `key:` and the value after it, by column. */
interface LineShape {
  /** Column of the first non-blank character (the line length when blank). */
  readonly indent: number;
  /** Columns of the `- ` markers at the start of the line. */
  readonly dashes: readonly number[];
  /** Column where the content after the markers starts. */
  readonly content: number;
  /** `key:` on the line: the key's span (columns, quotes included), its text and the colon's column. */
  readonly key?: { readonly start: number; readonly end: number; readonly text: string; readonly colon: number };
  /** The value after `key: `, or the content after the markers when there is no key. */
  readonly value?: { readonly start: number; readonly end: number; readonly text: string; readonly open?: 'flow' | 'quote' };
  /** Column of a `#` comment. */
  readonly comment?: number;
}

function lineShape(text: string): LineShape {
  let i = 0;
  while (i < text.length && isBlank(text[i])) i++;
  const indent = i;
  const dashes: number[] = [];
  while (text[i] === '-' && (i + 1 >= text.length || isBlank(text[i + 1]))) {
    dashes.push(i);
    i++;
    while (i < text.length && isBlank(text[i])) i++;
  }
  const content = i;
  if (i >= text.length) return { indent, dashes, content };
  if (text[i] === '#') return { indent, dashes, content, comment: i };
  const key = keyAt(text, i);
  let v = key ? key.colon + 1 : i;
  while (v < text.length && isBlank(text[v])) v++;
  if (v >= text.length) return { indent, dashes, content, ...(key ? { key } : {}) };
  if (text[v] === '#') return { indent, dashes, content, ...(key ? { key } : {}), comment: v };
  const value = valueAt(text, v);
  return { indent, dashes, content, ...(key ? { key } : {}), value: value.value, ...(value.comment !== undefined ? { comment: value.comment } : {}) };
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** A `key:` starting at column `i`: a quoted or plain key followed by `:` and a blank or the line end. */
function keyAt(text: string, i: number): LineShape['key'] {
  const c = text[i];
  if (c === '"' || c === "'") {
    const close = closingQuote(text, i);
    if (close < 0) return undefined;
    let j = close + 1;
    while (j < text.length && isBlank(text[j])) j++;
    if (text[j] !== ':' || !(j + 1 >= text.length || isBlank(text[j + 1]))) return undefined;
    return { start: i, end: close + 1, text: unquote(text.slice(i, close + 1)), colon: j };
  }
  // Indicators that start something other than a plain key (flow, block scalar, anchor, alias, tag…).
  if (c === undefined || '[]{},|>&*!%@`#'.includes(c)) return undefined;
  for (let j = i; j < text.length; j++) {
    if (text[j] === '#' && isBlank(text[j - 1])) return undefined;
    if (text[j] === ':' && (j + 1 >= text.length || isBlank(text[j + 1]))) {
      const raw = text.slice(i, j).trimEnd();
      return { start: i, end: i + raw.length, text: raw, colon: j };
    }
  }
  return undefined;
}

/** The value starting at column `v` (not blank): its span without a trailing comment, and whether it stays open. */
function valueAt(text: string, v: number): { value: NonNullable<LineShape['value']>; comment?: number } {
  const c = text[v];
  if (c === '"' || c === "'") {
    const close = closingQuote(text, v);
    if (close < 0) return { value: { start: v, end: text.length, text: text.slice(v), open: 'quote' } };
    const comment = commentAfter(text, close + 1);
    return { value: { start: v, end: close + 1, text: unquote(text.slice(v, close + 1)) }, ...(comment !== undefined ? { comment } : {}) };
  }
  if (c === '[' || c === '{') {
    const state = newFlowState();
    const end = advanceFlow(state, text, v);
    if (end < 0) return { value: { start: v, end: text.length, text: text.slice(v), open: state.quote ? 'quote' : 'flow' } };
    const comment = commentAfter(text, end);
    return { value: { start: v, end, text: text.slice(v, end) }, ...(comment !== undefined ? { comment } : {}) };
  }
  const comment = commentAfter(text, v);
  const raw = text.slice(v, comment ?? text.length).trimEnd();
  return { value: { start: v, end: v + raw.length, text: raw }, ...(comment !== undefined ? { comment } : {}) };
}

function commentAfter(text: string, from: number): number | undefined {
  for (let j = from; j < text.length; j++) if (text[j] === '#' && (j === 0 || isBlank(text[j - 1]))) return j;
  return undefined;
}

/** The index of the quote closing the one at `open`, or -1 when the line ends first. */
function closingQuote(text: string, open: number): number {
  const q = text[open];
  for (let j = open + 1; j < text.length; j++) {
    if (q === '"' && text[j] === '\\') j++;
    else if (text[j] === q) {
      if (q === "'" && text[j + 1] === "'") j++;
      else return j;
    }
  }
  return -1;
}

function unquote(raw: string): string {
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) return raw.slice(1, -1);
  return raw;
}

/** Bracket depth and quote state of a flow collection, carried from line to line. */
interface FlowState {
  depth: number;
  quote: string | undefined;
}

function newFlowState(): FlowState {
  return { depth: 0, quote: undefined };
}

/**
 * Advances `state` over `text` from `from`; returns the index just after the bracket that closes
 * the collection, or -1 when the text ends first (the collection continues on the next line).
 */
function advanceFlow(state: FlowState, text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (state.quote) {
      if (state.quote === '"' && c === '\\') j++;
      else if (c === state.quote) state.quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") state.quote = c;
    else if (c === '#' && (j === 0 || isBlank(text[j - 1]))) return -1;
    else if (c === '[' || c === '{') state.depth++;
    else if (c === ']' || c === '}') {
      state.depth--;
      if (state.depth <= 0) return j + 1;
    }
  }
  return -1;
}

/** A `key:` or `- ` of the block structure, found by the line scan. */
interface Frame {
  readonly kind: 'key' | 'dash';
  readonly col: number;
  readonly line: number;
  /** The key (key frames) or the list index (dash frames). */
  readonly segment: string | number;
  /** The value written on the frame's own line; undefined when its value is a block below. */
  readonly value: string | undefined;
  readonly parent: Frame | undefined;
  readonly children: Frame[];
  /** How many `- ` children it has so far: the index of the next one. */
  dashes: number;
}

interface Scan {
  /** The open frames when the cursor line starts (the root frame first). */
  readonly stack: readonly Frame[];
  /** The frames the cursor line itself opens. */
  readonly lineFrames: readonly Frame[];
  /** Set when the cursor line is inside a block scalar (`|`, `>`) owned by a node at this column. */
  readonly blockOwner: number | undefined;
  /** Set when the cursor line continues a flow collection or quoted text opened on an earlier line. */
  readonly continued: { readonly owner: Frame; readonly start: number; readonly quote: boolean } | undefined;
}

const ROOT_COLUMN = -1;

/**
 * A pass over the lines around the cursor, as a YAML reader tracks indentation: each `key:` or
 * `- ` closes the frames at its column or deeper and opens its own. Frames remember their
 * children, so the keys and items of a mapping are known on both sides of the cursor. The pass
 * reads the cursor's top-level section, or only its item when the section is a block list, so a
 * long file costs what that part of it costs.
 */
function scanLines(doc: StrategyDocument, cursorLine: number): Scan {
  const window = SCAN.windowed ? windowOf(doc, cursorLine) : { from: 0, to: doc.lines.lineCount };
  let scans = SCANS.get(doc);
  if (!scans) SCANS.set(doc, (scans = new Map()));
  let index = scans.get(window.from);
  if (!index) scans.set(window.from, (index = indexLines(doc, window)));
  const state = index[Math.min(cursorLine, window.to - 1) - window.from];
  if (!state) return { stack: [index.root], lineFrames: [], blockOwner: undefined, continued: undefined };
  // The open frames are the chain of parents of the innermost one.
  const stack: Frame[] = [];
  for (let f: Frame | undefined = state.top; f; f = f.parent) stack.unshift(f);
  return { stack, lineFrames: state.frames, blockOwner: state.blockOwner, continued: state.continued };
}

/** Whether a scan reads only the cursor's part of the file; the tests compare it with reading all of it. */
export const SCAN = { windowed: true };

/** The lines a scan reads: `[from, to)`, and for one item of a block list, its section's line and the item's index. */
interface ScanWindow {
  readonly from: number;
  readonly to: number;
  readonly section?: { readonly line: number; readonly itemIndex: number };
}

/**
 * The cursor's top-level section (from its `key:` at column 0 to the next one), or, when that
 * section's value is a block list whose items all start at one indentation, the cursor's item.
 */
function windowOf(doc: StrategyDocument, cursorLine: number): ScanWindow {
  const { lines, text } = doc;
  const count = lines.lineCount;
  const last = Math.min(cursorLine, count - 1);
  // A `key:` at column 0: it closes every frame, whatever came before (bare text there does not).
  const topLevel = (line: number) => {
    const c = text[lines.lineStart(line)];
    if (c === undefined || c === ' ' || c === '\t' || c === '#' || c === '-' || c === '\n' || c === '\r') return false;
    const shape = lineShape(lines.lineText(line));
    return shape.key?.start === 0 && shape.dashes.length === 0;
  };
  let start = last;
  while (start > 0 && !topLevel(start)) start--;
  let end = last + 1;
  while (end < count && !topLevel(end)) end++;
  if (!topLevel(start)) return { from: 0, to: end };
  const header = lineShape(lines.lineText(start));
  if (!header.key || header.value || header.dashes.length > 0 || last === start) return { from: start, to: end };
  // The section's items: every line at the list's indentation or less must start one. Read a
  // character at a time: this walks the whole section.
  let itemIndent: number | undefined;
  let itemStart: number | undefined;
  let itemIndex = -1;
  let itemEnd = end;
  for (let line = start + 1; line < end; line++) {
    const lineStart = lines.lineStart(line);
    let at = lineStart;
    while (text[at] === ' ') at++;
    const c = text[at];
    if (c === undefined || c === '\n' || c === '\r' || c === '#') continue;
    if (c === '\t') return { from: start, to: end };
    const indent = at - lineStart;
    itemIndent ??= indent;
    if (indent > itemIndent) continue;
    const after = text[at + 1];
    const dash = c === '-' && (after === undefined || after === ' ' || after === '\n' || after === '\r' || after === '\t');
    if (indent < itemIndent || !dash) return { from: start, to: end };
    if (line <= last) {
      itemStart = line;
      itemIndex++;
    } else if (itemEnd === end) {
      itemEnd = line;
    }
  }
  if (itemStart === undefined) return { from: start, to: end };
  return { from: itemStart, to: itemEnd, section: { line: start, itemIndex } };
}

/** The scan's state at the start of each line, and the frames the line opens. */
interface LineState {
  readonly top: Frame;
  readonly frames: readonly Frame[];
  readonly blockOwner: number | undefined;
  readonly continued: Scan['continued'];
}

/**
 * The scans of each document version, by the first line they read (documents are immutable and
 * cached per version by the host), so repeated requests cost a lookup.
 */
const SCANS = new WeakMap<StrategyDocument, Map<number, LineState[] & { root: Frame }>>();

function indexLines(doc: StrategyDocument, window: ScanWindow): LineState[] & { root: Frame } {
  const root: Frame = { kind: 'key', col: ROOT_COLUMN, line: -1, segment: '', value: undefined, parent: undefined, children: [], dashes: 0 };
  const states: LineState[] = [];
  const stack: Frame[] = [root];
  let blockOwner: number | undefined;
  let flow: { state: FlowState; owner: Frame; start: number } | undefined;
  const first = window.section?.line ?? window.from;
  // The top-level keys outside the window, in their order, so the root knows its keys on both sides.
  const topKey = (line: number) => {
    const c = doc.text[doc.lines.lineStart(line)];
    if (c === undefined || c === ' ' || c === '\t' || c === '-' || c === '#' || c === '\n' || c === '\r') return;
    const shape = lineShape(doc.lines.lineText(line));
    if (shape.key?.start !== 0) return;
    root.children.push({ kind: 'key', col: 0, line, segment: shape.key.text, value: shape.value?.text, parent: root, children: [], dashes: 0 });
  };
  for (let line = 0; line < first; line++) topKey(line);
  if (window.section) {
    const [section] = scanLine(window.section.line, doc.lines.lineText(window.section.line));
    // The items before the window are not read, but they count.
    if (section) section.dashes = window.section.itemIndex;
  }
  for (let line = window.from; line < window.to; line++) {
    const text = doc.lines.lineText(line);
    // Flow content must be indented more than its owner: a line that is not ends a collection
    // left unclosed while the user types, and is read as block structure again.
    if (flow && !continuesFlow(text, flow.owner.col)) flow = undefined;
    const before = {
      top: stack[stack.length - 1]!,
      blockOwner,
      continued: flow ? { owner: flow.owner, start: flow.start, quote: flow.state.quote !== undefined } : undefined,
    };
    states.push({ ...before, frames: scanLine(line, text) });
  }
  for (let line = window.to; line < doc.lines.lineCount; line++) topKey(line);
  return Object.assign(states, { root });

  /** Advances the scan over one line; returns the frames the line opens. */
  function scanLine(line: number, text: string): Frame[] {
    if (flow) {
      if (advanceFlow(flow.state, text, 0) >= 0) flow = undefined;
      return [];
    }
    const shape = lineShape(text);
    const blank = shape.dashes.length === 0 && shape.key === undefined && shape.value === undefined;
    if (blockOwner !== undefined) {
      if (blank || shape.indent > blockOwner) return [];
      blockOwner = undefined;
    }
    // Blank lines, comments and lines of bare text (a folded value, a key still being typed).
    if (blank || (shape.dashes.length === 0 && shape.key === undefined)) return [];

    popTo(stack, shape.dashes.length > 0 ? 'dash' : 'key', shape.dashes[0] ?? shape.key!.start);
    const marks: { kind: 'dash' | 'key'; col: number }[] = shape.dashes.map((col) => ({ kind: 'dash' as const, col }));
    if (shape.key) marks.push({ kind: 'key', col: shape.key.start });
    const made = marks.map((mark, i) => {
      const parent = stack[stack.length - 1]!;
      const frame: Frame = {
        kind: mark.kind,
        col: mark.col,
        line,
        segment: mark.kind === 'key' ? shape.key!.text : parent.dashes++,
        // The line's value belongs to its last marker (`- id: x`: to `id`).
        value: i === marks.length - 1 ? shape.value?.text : undefined,
        parent,
        children: [],
        dashes: 0,
      };
      parent.children.push(frame);
      stack.push(frame);
      return frame;
    });
    const owner = made[made.length - 1]!;
    if (shape.value?.open) {
      const state = newFlowState();
      if (shape.value.open === 'quote') state.quote = shape.value.text[0];
      else advanceFlow(state, text, shape.value.start);
      flow = { state, owner, start: doc.lines.lineStart(line) + shape.value.start };
    } else if (shape.value && /^[|>][-+0-9]*$/.test(shape.value.text)) {
      blockOwner = owner.col;
    }
    return made;
  }
}

/**
 * Closes the frames a new `kind` marker at column `col` ends: everything at its column or deeper,
 * except a `key:` at the same column whose block value is this `- ` list (YAML allows
 * `goals:\n- id: a` with the dash under the key).
 */
function popTo(stack: Frame[], kind: 'key' | 'dash', col: number): void {
  for (;;) {
    const top = stack[stack.length - 1]!;
    if (top.col === ROOT_COLUMN || top.col < col) return;
    if (top.col === col && kind === 'dash' && top.kind === 'key' && top.value === undefined) return;
    stack.pop();
  }
}

function framePath(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f && f.col !== ROOT_COLUMN; f = f.parent) path.unshift(f.segment);
  return path;
}

function lineContext(doc: StrategyDocument, offset: number): CursorContext {
  const { line, character: col } = doc.lines.positionAt(offset);
  const lineStart = doc.lines.lineStart(line);
  const scan = scanLines(doc, line);
  const text = doc.lines.lineText(line);
  const shape = lineShape(text);
  const abs = (column: number) => lineStart + column;

  if (scan.continued) {
    if (scan.continued.quote) return none(offset);
    return flowContext(doc, offset, scan.continued.owner, scan.continued.start) ?? none(offset);
  }
  const blankLine = shape.dashes.length === 0 && shape.key === undefined && shape.value === undefined;
  if (scan.blockOwner !== undefined) {
    const column = blankLine ? col : shape.indent;
    if (column > scan.blockOwner) return none(offset);
  }
  if (shape.comment !== undefined && col > shape.comment) return none(offset);
  // Only whitespace (or a comment after the cursor): a new key, or list item, at the cursor's column.
  if (blankLine) return blockKey(doc, offset, scan, col, { start: offset, end: offset }, false);
  if (col < shape.indent) return none(offset);

  const dashes = scan.lineFrames.filter((f) => f.kind === 'dash');
  const dash = [...dashes].reverse().find((f) => f.col + 2 <= col);
  if (dashes.length > 0 && col < shape.content) {
    // Between the `- ` markers: only a marker with nothing after it (but spaces) takes an item here.
    return dash && !shape.key && !shape.value ? valueAtCursor(doc, offset, shape, dash, abs, col, 'item') : none(offset);
  }
  if (shape.key && col <= shape.key.end) {
    if (col < shape.key.start || text[shape.key.start] === '"' || text[shape.key.start] === "'") return none(offset);
    return blockKey(doc, offset, scan, shape.key.start, { start: abs(shape.key.start), end: abs(shape.key.end) }, true);
  }
  if (shape.key) {
    if (col <= shape.key.colon) return none(offset);
    const keyFrame = scan.lineFrames.find((f) => f.kind === 'key' && f.col === shape.key!.start);
    return keyFrame ? valueAtCursor(doc, offset, shape, keyFrame, abs, col, 'value') : none(offset);
  }
  // Content without `key:` — after `- ` an item, else a key still being typed (`    netw`).
  const last = dashes[dashes.length - 1];
  if (last) return last.col + 2 <= col ? valueAtCursor(doc, offset, shape, last, abs, col, 'item') : none(offset);
  if (shape.value?.open || /^[[{"'|>&*!]/.test(shape.value?.text ?? '')) return none(offset);
  const end = shape.value ? Math.max(shape.value.end, col) : col;
  return blockKey(doc, offset, scan, shape.content, { start: abs(shape.content), end: abs(end) }, false);
}

/** The value (or item) written after `key: ` or `- ` on the cursor line. */
function valueAtCursor(
  doc: StrategyDocument, offset: number, shape: LineShape, frame: Frame, abs: (c: number) => number, col: number, kind: 'value' | 'item',
): CursorContext {
  const path = framePath(frame);
  const indent = kind === 'item' ? shape.content : frame.col;
  const siblings = kind === 'item' ? (frame.parent?.children ?? []).filter((f) => f !== frame && f.kind === 'dash' && f.value !== undefined).map((f) => unquote(f.value!)) : [];
  const value = shape.value;
  if (!value || col < value.start) {
    return context(doc, offset, { kind, path, start: offset, end: offset, indent, siblings });
  }
  if (value.text.startsWith('[') || value.text.startsWith('{')) {
    return flowContext(doc, offset, frame, abs(value.start)) ?? none(offset);
  }
  if (/^[|>]/.test(value.text) || value.text.startsWith('&') || value.text.startsWith('*') || value.text.startsWith('!')) return none(offset);
  const quoted = value.text !== '' && (doc.text[abs(value.start)] === '"' || doc.text[abs(value.start)] === "'");
  const start = abs(value.start) + (quoted ? 1 : 0);
  const closed = quoted && !value.open;
  const end = Math.max(abs(value.end) - (closed ? 1 : 0), start);
  if (offset < start || offset > Math.max(end, start)) return none(offset);
  return context(doc, offset, { kind, path, start, end, indent, siblings });
}

/**
 * A key at column `col` on the cursor line (or, under a `key:` whose value is a list, an item):
 * the mapping is the innermost frame left open at a smaller column.
 */
function blockKey(doc: StrategyDocument, offset: number, scan: Scan, col: number, word: { start: number; end: number }, hasColon: boolean): CursorContext {
  const stack = [...scan.stack];
  const first = scan.lineFrames[0];
  popTo(stack, first?.kind ?? 'key', first?.col ?? col);
  for (const f of scan.lineFrames) if (f.col < col) stack.push(f);
  const container = stack[stack.length - 1]!;
  // A key deeper than a `key: value` (or `- value`) would continue that scalar: nothing to offer.
  if (container.col !== ROOT_COLUMN && container.value !== undefined) return none(offset);
  const own = (f: Frame) => f.line === doc.lines.positionAt(offset).line && f.col === col;
  const keys = container.children.filter((f) => f.kind === 'key' && !own(f)).map((f) => String(f.segment));
  const dashes = container.children.filter((f) => f.kind === 'dash' && !own(f));
  return context(doc, offset, {
    kind: 'key',
    path: framePath(container),
    ...word,
    indent: col,
    hasColon,
    presentKeys: keys,
    items: dashes.length,
    siblings: dashes.filter((f) => f.value !== undefined).map((f) => unquote(f.value!)),
  });
}

/** One open `[ ]` or `{ }` while reading a flow collection. */
interface FlowLevel {
  readonly type: 'seq' | 'map';
  /** Seq: the index of the item being read. */
  index: number;
  /** Map: the key of the pair being read, once its `:` was seen. */
  key: string | undefined;
  state: 'key' | 'value';
  /** Map: the pair being read is the one under the cursor (its key must not count as present). */
  current: boolean;
  readonly keys: string[];
  readonly items: string[];
}

/** Stop reading an unclosed flow collection this far past the cursor. */
const FLOW_LOOKAHEAD = 10_000;

/**
 * Reads the flow collection starting at `start` (its `[` or `{`) up to the cursor and on to the
 * end of the innermost collection around it, to learn where the cursor is inside it and which items
 * or keys it already has. Returns undefined when the cursor is after the collection, in a quoted
 * string or in a comment.
 */
function flowContext(doc: StrategyDocument, offset: number, owner: Frame, start: number): CursorContext | undefined {
  const text = doc.text;
  const levels: FlowLevel[] = [];
  let token: { start: number; end: number } | undefined;
  let at: { level: FlowLevel; state: 'key' | 'value'; path: (string | number)[]; tokenStart: number | undefined } | undefined;
  let wordEnd: number | undefined;
  let hasColon = false;
  const isCurrent = (level: FlowLevel) => at !== undefined && level === at.level && token !== undefined && token.start === at.tokenStart;

  const capture = () => {
    const level = levels[levels.length - 1];
    if (!level) return;
    const path: (string | number)[] = [];
    for (const l of levels) {
      if (l.type === 'seq') path.push(l.index);
      else if (l.state === 'value') path.push(l.key ?? '');
    }
    const tokenStart = token && token.end === offset ? token.start : undefined;
    at = { level, state: level.state, path, tokenStart };
    // The key being typed is not "present": the pair it starts must not count.
    if (level.type === 'map' && level.state === 'key' && tokenStart !== undefined) level.current = true;
  };

  const finish = (level: FlowLevel) => {
    const current = isCurrent(level);
    if (current) wordEnd = token!.end;
    const value = token ? unquote(text.slice(token.start, token.end)) : undefined;
    if (level.type === 'seq') {
      if (value !== undefined && !current) level.items.push(value);
    } else if (level.state === 'value') {
      if (level.key !== undefined && !level.current) level.keys.push(level.key);
    } else if (value !== undefined && !current && !level.current) {
      level.keys.push(value); // `{ a, b }`: keys without values
    }
    token = undefined;
  };

  let i = start;
  for (; i < text.length; i++) {
    if (i === offset) capture();
    if (at && i > offset + FLOW_LOOKAHEAD) break;
    const c = text[i]!;
    const level = levels[levels.length - 1];
    if (c === '"' || c === "'") {
      const close = closingQuote(text, i);
      const end = close < 0 ? text.length : close + 1;
      if (offset > i && offset < end + (close < 0 ? 1 : 0)) return undefined; // inside quotes: free text
      token = { start: i, end };
      i = end - 1;
      continue;
    }
    if (c === '#' && isSpace(text[i - 1])) {
      const n = text.indexOf('\n', i);
      if (offset > i && (n < 0 || offset <= n)) return undefined;
      if (n < 0) break;
      i = n - 1;
      continue;
    }
    if (c === '[' || c === '{') {
      levels.push({ type: c === '[' ? 'seq' : 'map', index: 0, key: undefined, state: 'key', current: false, keys: [], items: [] });
      token = undefined;
      continue;
    }
    if (!level) break;
    if (c === ',') {
      finish(level);
      level.index++;
      level.state = 'key';
      level.key = undefined;
      level.current = false;
      continue;
    }
    if (c === ']' || c === '}') {
      finish(level);
      levels.pop();
      if (levels.length === 0 || (at && level === at.level)) break;
      token = undefined;
      continue;
    }
    if (c === ':' && level.type === 'map' && level.state === 'key' && /[\s,\]}]/.test(text[i + 1] ?? ' ')) {
      if (isCurrent(level)) {
        wordEnd = token!.end;
        hasColon = true;
      }
      level.key = token ? unquote(text.slice(token.start, token.end)) : '';
      level.state = 'value';
      token = undefined;
      continue;
    }
    if (c === '\n' || c === '\r') {
      // The same rule as the line scan: a line not indented past the owner ends the collection.
      const next = lineEnd(text, i + 1);
      if (!continuesFlow(text.slice(i + 1, next), owner.col)) break;
      continue;
    }
    if (isSpace(c)) continue;
    // Plain scalars may contain spaces (`[New York]`): extend the token over them, not over lines.
    token = token && !/[\n\r]/.test(text.slice(token.end, i)) ? { start: token.start, end: i + 1 } : { start: i, end: i + 1 };
  }
  if (!at && i === offset) capture();
  if (!at) return undefined;
  if (wordEnd === undefined && at.tokenStart !== undefined) wordEnd = token && token.start === at.tokenStart ? token.end : offset;

  const lineStop = lineEnd(text, offset);
  const wordStart = at.tokenStart ?? offset;
  const end = at.tokenStart === undefined ? offset : Math.max(offset, Math.min(wordEnd ?? offset, lineStop));
  const path = [...framePath(owner), ...at.path];
  const indent = doc.lines.positionAt(wordStart).character;
  const base = { start: wordStart, end, flow: true, indent };
  if (at.level.type === 'seq') return context(doc, offset, { kind: 'item', path, ...base, siblings: at.level.items });
  if (at.state === 'key') {
    return context(doc, offset, { kind: 'key', path, ...base, presentKeys: at.level.keys, hasColon });
  }
  return context(doc, offset, { kind: 'value', path, ...base });
}

/** Whether a line can continue a flow collection whose owner (`key:` or `- `) sits at `ownerCol`. */
function continuesFlow(line: string, ownerCol: number): boolean {
  const indent = line.length - line.trimStart().length;
  return line.trim() === '' || line.trimStart().startsWith('#') || indent > ownerCol || /^\s*[\]}]/.test(line);
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

