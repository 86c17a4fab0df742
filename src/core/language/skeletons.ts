import { walk, type Node } from '../syntax/ast';
import type { StrategyDocument } from '../model/document';
import { STRATEGY_SCHEMA, resolveRef } from '../schema/navigate';

/**
 * Section skeletons and the few pieces of YAML writing the quick fixes need: the file's own
 * indentation, a block-YAML renderer for snippet bodies, and snippet ⇄ plain text conversion.
 * Snippet syntax is VS Code's (TextMate): `$1`, `${1:default}`, `${1|a,b|}`, with `\` escaping
 * `$`, `}` and `\`.
 */

/** How a file writes its YAML, so inserted text looks like the user's own. */
export interface YamlStyle {
  /** Spaces per nesting level: 2 or 4. */
  readonly indent: 2 | 4;
  /** `goals:\n  - id` (true) or `goals:\n- id` (false, the dash flush with its key). */
  readonly indentSequences: boolean;
  /** The file's line break. */
  readonly eol: '\n' | '\r\n';
  /** Whether top-level sections are separated by a blank line. */
  readonly blankLineBetweenSections: boolean;
}

/**
 * Reads the file's indentation habits from its block collections: the most frequent step between
 * a key and its nested keys (2 or 4; 2 when the file has no nesting), and whether list dashes sit
 * under their key or one step in. Flow collections and lone items say nothing and are skipped.
 * @example detectStyle(new StrategyDocument('brand:\n    name: x')).indent // 4
 */
export function detectStyle(doc: StrategyDocument): YamlStyle {
  const steps = new Map<number, number>();
  let indented = 0;
  let flush = 0;
  walk(doc.root, (node) => {
    if (node.kind !== 'map' || node.flow) return;
    for (const { key, value } of node.pairs) {
      if (value.kind === 'scalar' || value.flow || doc.lines.positionAt(value.start).line === doc.lines.positionAt(key.start).line) continue;
      const step = column(doc, value.start) - column(doc, key.start);
      if (value.kind === 'seq') {
        if (step === 0) flush++;
        else indented++;
      }
      if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
    }
  });
  let best = 2;
  let count = 0;
  for (const [step, n] of steps) if (n > count || (n === count && step < best)) [best, count] = [step, n];
  return {
    indent: best >= 4 ? 4 : 2,
    indentSequences: indented >= flush,
    eol: doc.text.includes('\r\n') ? '\r\n' : '\n',
    blankLineBetweenSections: blankLinesBetweenSections(doc),
  };
}

function column(doc: StrategyDocument, offset: number): number {
  return doc.lines.positionAt(offset).character;
}

/** True when most top-level keys after the first have a blank line above them (comments skipped). */
function blankLinesBetweenSections(doc: StrategyDocument): boolean {
  const pairs = doc.root && !doc.root.flow ? doc.root.pairs.slice(1) : [];
  if (pairs.length === 0) return false;
  let blank = 0;
  for (const pair of pairs) {
    let line = doc.lines.positionAt(pair.key.start).line - 1;
    while (line >= 0 && /^[ \t]*#/.test(lineText(doc, line))) line--;
    if (line >= 0 && lineText(doc, line).trim() === '') blank++;
  }
  return blank * 2 >= pairs.length;
}

/** The text of a 0-based line, without its line break. */
export function lineText(doc: StrategyDocument, line: number): string {
  const start = doc.lines.lineStart(line);
  const end = line + 1 < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : doc.text.length;
  return doc.text.slice(start, end).replace(/[\r\n]+$/, '');
}

/**
 * The body of a section's skeleton: the schema's first `defaultSnippets` entry for it (the same
 * snippets completion offers), so the fix and completion cannot disagree. Values are snippet
 * strings (`"${1:goal-id}"`); list sections give a one-item array.
 */
export function skeletonBody(section: string): unknown {
  const schema = resolveRef(STRATEGY_SCHEMA.properties?.[section]);
  return schema?.defaultSnippets?.[0]?.body;
}

/**
 * Renders a JSON-like value as block YAML lines starting at `column`: a mapping as `key: value`
 * lines, an array as `- ` items. Strings are snippet text and are written unquoted unless the
 * text they stand for needs quotes; lists of scalars are written in flow style (`[any]`).
 * @example renderYaml({ a: ['${1:x}'] }, 2, style) // ['  a: [${1:x}]']
 */
export function renderYaml(value: unknown, column: number, style: YamlStyle): string[] {
  const pad = ' '.repeat(column);
  if (Array.isArray(value)) {
    const lines: string[] = [];
    for (const item of value) {
      if (isMap(item) && Object.keys(item).length > 0) {
        const inner = renderYaml(item, column + 2, style);
        lines.push(`${pad}- ${(inner[0] ?? '').slice(column + 2)}`, ...inner.slice(1));
      } else {
        lines.push(`${pad}- ${inline(item, false)}`);
      }
    }
    return lines;
  }
  if (!isMap(value)) return [`${pad}${inline(value, false)}`];
  const lines: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (isMap(item) && Object.keys(item).length > 0) {
      lines.push(`${pad}${key}:`, ...renderYaml(item, column + style.indent, style));
    } else if (Array.isArray(item) && item.some((i) => isMap(i) || Array.isArray(i))) {
      lines.push(`${pad}${key}:`, ...renderYaml(item, column + (style.indentSequences ? style.indent : 0), style));
    } else {
      lines.push(`${pad}${key}: ${inline(item, false)}`);
    }
  }
  return lines;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar, an empty collection or a list of scalars on one line. */
function inline(value: unknown, inFlow: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => inline(v, true)).join(', ')}]`;
  if (isMap(value)) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${inline(v, true)}`).join(', ')} }`.replace('{  }', '{}');
  if (typeof value === 'string') return snippetScalar(value, inFlow);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A snippet string as a YAML scalar: plain when the text it produces reads back as the same
 * string (or as the number or boolean the snippet means, like `${4:18}`), single-quoted otherwise.
 */
export function snippetScalar(snippet: string, inFlow = false): string {
  const plain = snippetToPlain(snippet);
  if (isSafePlain(plain, inFlow)) return snippet;
  return `'${snippet.replace(/'/g, "''")}'`;
}

/** Whether `text` can be written as a plain (unquoted) YAML scalar and read back as text. */
export function isSafePlain(text: string, inFlow = false): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/^-?\d/.test(text)) return false;
  if (/: |:$| #|[\r\n\t]/.test(text)) return false;
  if (inFlow && /[,[\]{}]/.test(text)) return false;
  // YAML 1.2 reads these as null or booleans; a string that looks like one must be quoted.
  return !/^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(text);
}

/** Escapes literal text for use inside a snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * The text a snippet inserts when nobody edits its tab stops: placeholders become their default,
 * choices their first option, bare tab stops nothing.
 * @example snippetToPlain('id: ${1:goal-id}\ntype: ${2|awareness,sales|}$0') // 'id: goal-id\ntype: awareness'
 */
export function snippetToPlain(snippet: string): string {
  return parseSnippet(snippet, 0, false).text;
}

/** A tiny recursive reader of TextMate snippet syntax; `inside` stops at the closing `}`. */
function parseSnippet(s: string, start: number, inside: boolean): { text: string; end: number } {
  let out = '';
  let i = start;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && '\\$}'.includes(s[i + 1]!)) {
      out += s[i + 1];
      i += 2;
    } else if (c === '}' && inside) {
      return { text: out, end: i + 1 };
    } else if (c === '$') {
      const bare = /^\$(\d+|[A-Za-z_]\w*)/.exec(s.slice(i));
      if (bare) {
        i += bare[0].length;
        continue;
      }
      const open = /^\$\{(\d+|[A-Za-z_]\w*)(:|\||\})?/.exec(s.slice(i));
      if (!open) {
        out += c;
        i++;
        continue;
      }
      i += open[0].length;
      if (open[2] === ':') {
        const inner = parseSnippet(s, i, true);
        out += inner.text;
        i = inner.end;
      } else if (open[2] === '|') {
        const close = s.indexOf('|}', i);
        const options = (close < 0 ? s.slice(i) : s.slice(i, close)).split(/(?<!\\),/);
        out += (options[0] ?? '').replace(/\\([,|\\$}])/g, '$1');
        i = close < 0 ? s.length : close + 2;
      }
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, end: i };
}

/** `young-parents` → `Young parents`: a readable default for a name made from an id. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The column (0-based character) of a node's first character. */
export function columnOf(doc: StrategyDocument, node: Node): number {
  return column(doc, node.start);
}
