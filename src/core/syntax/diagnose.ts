import { propertiesAt } from '../schema/navigate';
import { LineShapes, type LineShape } from './lineShapes';
import type { SyntaxFinding } from './parse';
import { findUnclosed, type Unclosed } from './unclosed';

/**
 * From the yaml library's errors to one problem per mistake, at the mistake. The parser reports
 * where it got stuck, which is often a line or many lines after the cause (a `[` never closed is
 * "bad indentation" on the next line), and one slip makes it report every line after it. So:
 * quotes and brackets left open are found first and explain the errors after them; every other
 * error is traced to the line that causes it (a missing space after a colon or a dash, a missing
 * colon, a line indented too far or not far enough, indented lines that belong to no key), and
 * the errors that follow from that cause are dropped. Findings carry codes of our own
 * (`UNCLOSED_QUOTE`, `MISALIGNED`…) with message arguments; what cannot be explained keeps the
 * parser's code.
 */
export function diagnose(text: string, findings: readonly SyntaxFinding[]): SyntaxFinding[] {
  const errors = findings.filter((f) => f.severity === 'error').sort((a, b) => a.start - b.start);
  if (errors.length === 0) return [...findings];
  const lines = new LineShapes(text);
  const out = findings.filter((f) => f.severity !== 'error');
  // Spans whose errors are explained, by start. Errors are visited in order and every cause found
  // on the way starts at or before the error it explains, so "is this error explained" is one
  // comparison with the furthest end seen so far, once the openers before it are counted in.
  const openers: Span[] = [];
  for (const unclosed of findUnclosed(text)) {
    const reach = { start: unclosed.start, end: endOfNextLine(lines, unclosed.cut) };
    // Only an opener that some error follows from: the parser is the judge of what is broken.
    if (!hasErrorWithin(errors, reach)) continue;
    out.push(unclosedFinding(lines, unclosed));
    openers.push(reach);
  }
  openers.sort((a, b) => a.start - b.start);
  let next = 0;
  let explainedUntil = -1;
  for (const error of errors) {
    for (; next < openers.length && openers[next]!.start <= error.start; next++) explainedUntil = Math.max(explainedUntil, openers[next]!.end);
    if (!FOLLOW_ON.has(error.code)) {
      out.push(error);
      continue;
    }
    if (error.start <= explainedUntil) continue;
    const cause = explain(lines, error) ?? { finding: error, reach: { start: error.start, end: lines.at(lines.lineOf(error.end)).end } };
    out.push(cause.finding);
    explainedUntil = Math.max(explainedUntil, cause.reach.end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether an error starts within `span` (`errors` sorted by start). */
function hasErrorWithin(errors: readonly SyntaxFinding[], span: Span): boolean {
  let lo = 0;
  let hi = errors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (errors[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < errors.length && errors[lo]!.start <= span.end;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Cause {
  readonly finding: SyntaxFinding;
  /** The text whose further errors are consequences of this one. */
  readonly reach: Span;
}

/**
 * Codes the parser reports both for a mistake and for the lines after one. Others (a duplicate
 * key, a tab, a bad alias) are always their own mistake.
 */
const FOLLOW_ON = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN']);

const UNCLOSED_CODES: Readonly<Record<string, string>> = { '"': 'UNCLOSED_QUOTE', "'": 'UNCLOSED_QUOTE', '[': 'UNCLOSED_LIST', '{': 'UNCLOSED_MAP' };

function unclosedFinding(lines: LineShapes, unclosed: Unclosed): SyntaxFinding {
  const line = lines.at(lines.lineOf(unclosed.start));
  // A quote swallows its line's comment too: underline to the end of the written text.
  const end = unclosed.opener === '[' || unclosed.opener === '{' ? line.end : lines.text.slice(0, lineEndOf(lines, line)).trimEnd().length;
  return syntax(UNCLOSED_CODES[unclosed.opener]!, unclosed.start, Math.max(unclosed.start + 1, end), { quote: unclosed.opener });
}

function explain(lines: LineShapes, error: SyntaxFinding): Cause | undefined {
  const at = lines.at(lines.lineOf(error.start));
  return missingSpaceAfterColon(lines, at, error)
    ?? missingSpaceAfterDash(lines, at, error)
    ?? colonInValue(lines, at, error)
    ?? missingColon(lines, at, error)
    ?? indentation(lines, at, error);
}

/** `title:Fill`: without a space the colon is part of the text, and the line is no key. */
function missingSpaceAfterColon(lines: LineShapes, line: LineShape, error: SyntaxFinding): Cause | undefined {
  if (line.empty || line.key !== undefined) return undefined;
  const match = /^([^\s:#'"[{][^\s:]*):(?=[^\s:/])/.exec(lines.text.slice(line.start + line.contentColumn, line.end));
  if (!match) return undefined;
  const start = line.start + line.contentColumn;
  return { finding: syntax('MISSING_SPACE_AFTER_COLON', start, start + match[0].length, { key: match[1]! }), reach: lineReach(lines, line, error) };
}

/** `-id: a` among `- id: b` items: without a space the dash is part of the key. */
function missingSpaceAfterDash(lines: LineShapes, line: LineShape, error: SyntaxFinding): Cause | undefined {
  const culprit = [line, lines.previousContent(line.index)].find((l) => l && !l.empty && l.indent <= line.indent && /^-[^\s-][^:]*:(?:\s|$)/.test(textOf(lines, l)));
  if (!culprit) return undefined;
  const start = culprit.start + culprit.indent;
  return { finding: syntax('MISSING_SPACE_AFTER_DASH', start, culprit.end, {}), reach: { start: Math.min(start, error.start), end: lineReach(lines, line, error).end } };
}

/** `name: Nush: coffee`: a second `: ` in a value starts a key inside it. */
function colonInValue(lines: LineShapes, line: LineShape, error: SyntaxFinding): Cause | undefined {
  if (line.key === undefined || line.valueStart === undefined || error.start < line.valueStart || error.start >= line.end) return undefined;
  const value = lines.text.slice(line.valueStart, line.end);
  if (!/: /.test(value) || /^["'[{]/.test(value)) return undefined;
  return { finding: syntax('COLON_IN_VALUE', line.valueStart, line.end, { key: line.key }), reach: lineReach(lines, line, error) };
}

/** `description shop` among keys: the line is text where a `key: value` belongs. */
function missingColon(lines: LineShapes, line: LineShape, error: SyntaxFinding): Cause | undefined {
  if (line.empty || line.key !== undefined || error.start > line.start + line.contentColumn) return undefined;
  const text = lines.text.slice(line.start + line.contentColumn, line.end);
  if (text === '' || text.includes(':') || /^["'[{|>&*!]/.test(text)) return undefined;
  // Only among keys: a line of plain text under a key would be that key's (multi-line) value.
  const before = lines.previousContent(line.index);
  if (!before || before.key === undefined || before.contentColumn !== line.contentColumn) return undefined;
  const word = text.split(/\s/, 1)[0]!;
  return { finding: syntax('MISSING_COLON', line.start + line.contentColumn, line.end, { word }), reach: lineReach(lines, line, error) };
}

/**
 * A line indented wrongly. The parser may report it on the line itself, or at the value of the
 * line above (which a deeper line turns into a key of a nested mapping), or on blank lines above it.
 */
function indentation(lines: LineShapes, at: LineShape, error: SyntaxFinding): Cause | undefined {
  const midLine = !at.empty && error.start > at.start + at.contentColumn;
  const culprit = lines.nextContent(midLine ? at.index + 1 : at.index);
  if (!culprit) return undefined;
  const above = lines.previousContent(culprit.index);
  if (!above) return undefined;
  const start = culprit.start + culprit.indent;
  // A list among keys (`name: X` then `- id: a` at the same column) is as lost as a deeper line.
  const listAmongKeys = culprit.dash && !above.dash && above.key !== undefined && culprit.indent === above.indent;
  if ((culprit.indent > above.contentColumn || listAmongKeys) && hasOwnValue(lines, above)) {
    // The line above already has its value, so nothing can be nested under it.
    const reach = { start: Math.min(error.start, culprit.start), end: blockEnd(lines, culprit, Math.min(above.contentColumn, culprit.indent - 1)) };
    if (culprit.dash || above.indent === 0 || lines.at(culprit.index - 1).empty) {
      // Only lines at a section's first level can be a section that lost its header.
      const topLevel = lines.openBlocksBefore(culprit.index).every((b) => b.column === 0 || b.column >= culprit.indent);
      const section = topLevel ? guessSection(lines, culprit) : undefined;
      const code = `${culprit.dash ? 'ORPHAN_LIST' : 'ORPHAN_BLOCK'}${section ? '' : '_UNNAMED'}`;
      return { finding: syntax(code, start, culprit.end, section ? { section } : {}), reach };
    }
    const code = above.key === undefined ? 'OVER_INDENTED_UNDER_VALUE' : 'OVER_INDENTED';
    return { finding: syntax(code, start, culprit.end, above.key === undefined ? {} : { key: above.key }), reach };
  }
  const expected = expectedColumn(lines, culprit);
  if (expected === undefined || expected === culprit.indent) return undefined;
  const reach = { start: Math.min(error.start, culprit.start), end: blockEnd(lines, culprit, culprit.indent - 1) };
  return { finding: syntax('MISALIGNED', start, culprit.end, { actual: culprit.indent, expected }), reach };
}

/** A line's value is written on it (and is not the header of a block text or a bare anchor). */
function hasOwnValue(lines: LineShapes, line: LineShape): boolean {
  if (line.key === undefined) return !line.dash || line.contentColumn < line.end - line.start;
  if (line.valueStart === undefined) return false;
  return !/^(?:[|>]|[&!]\S*\s*$)/.test(lines.text.slice(line.valueStart, line.end));
}

/**
 * The column a line should have: the nearest column where keys (or, for a dash line, list items)
 * of the blocks still open above it start; on a tie, the deeper one, the block the line is in.
 */
function expectedColumn(lines: LineShapes, line: LineShape): number | undefined {
  let best: number | undefined;
  for (const { column, dash } of lines.openBlocksBefore(line.index)) {
    if (dash !== line.dash) continue;
    if (best === undefined || Math.abs(column - line.indent) <= Math.abs(best - line.indent)) best = column;
  }
  return best;
}

/** The end of the block that starts at `line`: before the next line indented at most `column`. */
function blockEnd(lines: LineShapes, line: LineShape, column: number): number {
  for (let i = line.index + 1; i < lines.count; i++) {
    const l = lines.at(i);
    if (!l.empty && l.indent <= column) return l.start;
  }
  return lines.text.length;
}

/**
 * The section whose header a block of indented lines most likely lost: the one section (a list
 * of items for a list, a mapping otherwise) that has every key the block's first level uses.
 */
function guessSection(lines: LineShapes, first: LineShape): string | undefined {
  const keys = new Set<string>();
  const column = first.contentColumn;
  for (let i = first.index; i < lines.count; i++) {
    const l = lines.at(i);
    if (l.empty) continue;
    if (l.indent < first.indent || (i > first.index && first.dash && l.dash && l.indent === first.indent)) break;
    const keyColumn = l.dash ? l.contentColumn : l.indent;
    if (keyColumn === column && l.key !== undefined) keys.add(l.key);
  }
  if (keys.size === 0) return undefined;
  const fits = SECTIONS.filter((section) => {
    const properties = propertiesAt(first.dash ? [section, 0] : [section]);
    return [...keys].every((k) => properties.has(k));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

const SECTIONS = [...propertiesAt([]).keys()];

function lineReach(lines: LineShapes, line: LineShape, error: SyntaxFinding): Span {
  return { start: Math.min(line.start, error.start), end: Math.max(line.end, lines.at(lines.lineOf(error.end)).end) };
}

/** The end of the line after the one holding `offset`: the parser reports an opener's trouble there. */
function endOfNextLine(lines: LineShapes, offset: number): number {
  const index = lines.lineOf(offset);
  return lineEndOf(lines, lines.at(Math.min(index + 1, lines.count - 1)));
}

function lineEndOf(lines: LineShapes, line: LineShape): number {
  const next = line.index + 1 < lines.count ? lines.at(line.index + 1).start : lines.text.length;
  return lines.text.slice(line.start, next).replace(/\r?\n$|\r$/, '').length + line.start;
}

function textOf(lines: LineShapes, line: LineShape): string {
  return lines.text.slice(line.start + line.indent, line.end);
}

function syntax(code: string, start: number, end: number, args: Readonly<Record<string, string | number>>): SyntaxFinding {
  return { code, start, end, severity: 'error', detail: code, args };
}
