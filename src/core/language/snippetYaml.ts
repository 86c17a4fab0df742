import type { YamlStyle } from './skeletons';
import { isoDate } from './snippets/dates';

/**
 * Writing schema snippet bodies (JSON whose strings are snippet text) as YAML, for completion and
 * the quick fixes alike, and reading snippet text back as the plain text it inserts. Snippet
 * syntax is VS Code's (TextMate): `$1`, `${1:default}`, `${1|a,b|}`, with `\\` escaping `$`, `}`
 * and `\\`.
 */

/**
 * Renders a JSON-like value as block YAML lines starting at `column`: a mapping as `key: value`
 * lines, an array as `- ` items. Strings are snippet text and are written unquoted unless the
 * text they stand for needs quotes; lists of scalars are written in flow style (`[any]`).
 * @example renderYaml({ a: ['${1:x}'] }, 2, style) // ['  a: [${1:x}]']
 */
export function renderYaml(value: unknown, column: number, style: YamlStyle): string[] {
  const pad = ' '.repeat(column);
  const lines: string[] = [];
  const append = (more: readonly string[]) => {
    for (const line of more) lines.push(line);
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isMap(item) && Object.keys(item).length > 0) {
        const inner = renderYaml(item, column + 2, style);
        lines.push(`${pad}- ${(inner[0] ?? '').slice(column + 2)}`);
        append(inner.slice(1));
      } else {
        lines.push(`${pad}- ${inline(item, false)}`);
      }
    }
    return lines;
  }
  if (!isMap(value)) return [`${pad}${inline(value, false)}`];
  for (const [key, item] of Object.entries(value)) {
    if (isMap(item) && Object.keys(item).length > 0) {
      lines.push(`${pad}${key}:`);
      append(renderYaml(item, column + style.indent, style));
    } else if (Array.isArray(item) && item.some((i) => isMap(i) || Array.isArray(i))) {
      lines.push(`${pad}${key}:`);
      append(renderYaml(item, column + (style.indentSequences ? style.indent : 0), style));
    } else {
      lines.push(`${pad}${key}: ${inline(item, false)}`);
    }
  }
  return lines;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value written on one line, in flow style where it is a collection: `[any]`, `{ min: 18 }`. */
export function renderInline(value: unknown): string {
  return inline(value, false);
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
  // `12:00` is text in YAML 1.2 but a number (720) to YAML 1.1 readers: quote times.
  if (/^\d+(:\d+)+$/.test(text)) return false;
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
 * choices their first option, bare tab stops nothing, and the date variables (`$CURRENT_YEAR`,
 * `$CURRENT_MONTH`, `$CURRENT_DATE`) the date of `today`, as the editor fills them.
 * @example snippetToPlain('id: ${1:goal-id}\ntype: ${2|awareness,sales|}$0') // 'id: goal-id\ntype: awareness'
 */
export function snippetToPlain(snippet: string, today: Date = new Date()): string {
  return parseSnippet(snippet, 0, false, dateVariables(today)).text;
}

/** The editor's date variables this reader fills in; other variables insert nothing. */
function dateVariables(today: Date): ReadonlyMap<string, string> {
  const [year = '', month = '', day = ''] = isoDate(today).split('-');
  return new Map([['CURRENT_YEAR', year], ['CURRENT_MONTH', month], ['CURRENT_DATE', day]]);
}

/** A tiny recursive reader of TextMate snippet syntax; `inside` stops at the closing `}`. */
function parseSnippet(s: string, start: number, inside: boolean, variables: ReadonlyMap<string, string>): { text: string; end: number } {
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
        out += variables.get(bare[1]!) ?? '';
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
        const inner = parseSnippet(s, i, true, variables);
        // A known variable with a default (`${CURRENT_YEAR:2026}`) still inserts its value.
        out += variables.get(open[1]!) ?? inner.text;
        i = inner.end;
      } else if (open[2] === '|') {
        const close = s.indexOf('|}', i);
        const options = (close < 0 ? s.slice(i) : s.slice(i, close)).split(/(?<!\\),/);
        out += (options[0] ?? '').replace(/\\([,|\\$}])/g, '$1');
        i = close < 0 ? s.length : close + 2;
      } else {
        out += variables.get(open[1]!) ?? '';
      }
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, end: i };
}

/**
 * `renderYaml` as one text inserted at a cursor in column `column`: the first line starts at the
 * cursor, the others carry their full indentation.
 */
export function renderYamlAt(value: unknown, column: number, style: YamlStyle): string {
  const lines = renderYaml(value, column, style);
  if (lines.length > 0) lines[0] = lines[0]!.slice(column);
  return lines.join('\n');
}
