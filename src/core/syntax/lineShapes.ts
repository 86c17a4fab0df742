import { lineEnd, lineStarts } from '../text/lines';

/**
 * What a line looks like to someone reading the indentation, without parsing: enough to say which
 * line a YAML error comes from when the parser's own position is a consequence further on.
 */
export interface LineShape {
  readonly index: number;
  readonly start: number;
  /** The end of the line's text, trailing spaces and comment excluded. */
  readonly end: number;
  /** Spaces before the first character. */
  readonly indent: number;
  /** Blank, or only a comment. */
  readonly empty: boolean;
  /** Starts with a list dash (`- `, or a lone `-`). */
  readonly dash: boolean;
  /** The column after the dashes and their spaces: where a list item's key starts. */
  readonly contentColumn: number;
  /** The key, when the line (after its dashes) reads `key:` followed by a space or the end. */
  readonly key?: string;
  /** Offset of the value after `key: `, when the line has one (not blank, not a comment). */
  readonly valueStart?: number;
}

/** A block of lines that starts at `column`: a list (its dashes) or a mapping (its keys). */
export interface OpenBlock {
  readonly column: number;
  readonly dash: boolean;
}

const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#'"[{][^:#]*?)):(?=\s|$)/;

/** Lines of a text, read lazily. */
export class LineShapes {
  readonly #starts: number[];
  readonly #shapes = new Map<number, LineShape>();

  constructor(readonly text: string) {
    this.#starts = lineStarts(text);
  }

  get count(): number {
    return this.#starts.length;
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  at(index: number): LineShape {
    let shape = this.#shapes.get(index);
    if (!shape) this.#shapes.set(index, (shape = this.#read(index)));
    return shape;
  }

  /**
   * The columns of the blocks still open just before line `index`, outermost first, as the
   * indentation of the lines above opens and closes them: for a `- key:` line both the dash's
   * column (a list) and the key's (its item). Read forward from the last call, so asking about
   * the lines of a text in order costs one pass.
   */
  openBlocksBefore(index: number): readonly OpenBlock[] {
    if (index < this.#openAt) {
      this.#openAt = 0;
      this.#open.length = 0;
    }
    for (; this.#openAt < index; this.#openAt++) {
      const l = this.at(this.#openAt);
      if (l.empty) continue;
      while (this.#open.length > 0 && this.#open.at(-1)!.column > l.indent) this.#open.pop();
      if (l.dash) {
        if (this.#open.at(-1)?.column !== l.indent) this.#open.push({ column: l.indent, dash: true });
        if (l.contentColumn < l.end - l.start) this.#open.push({ column: l.contentColumn, dash: false });
      } else if (this.#open.at(-1)?.column !== l.indent) {
        this.#open.push({ column: l.indent, dash: false });
      }
    }
    return this.#open;
  }

  readonly #open: OpenBlock[] = [];
  #openAt = 0;

  /** The first line at or after `index` with content, if any. */
  nextContent(index: number): LineShape | undefined {
    for (let i = index; i < this.count; i++) if (!this.at(i).empty) return this.at(i);
    return undefined;
  }

  /** The last line before `index` with content, if any. */
  previousContent(index: number): LineShape | undefined {
    for (let i = index - 1; i >= 0; i--) if (!this.at(i).empty) return this.at(i);
    return undefined;
  }

  #read(index: number): LineShape {
    const start = this.#starts[index]!;
    const text = this.text.slice(start, lineEnd(this.text, start));
    const indent = /^ */.exec(text)![0].length;
    const body = text.slice(indent);
    const empty = body.trim() === '' || body.startsWith('#');
    const dashes = /^(?:-(?:[ \t]+|$))*/.exec(body)![0].length;
    const dash = dashes > 0;
    const rest = body.slice(dashes);
    const contentColumn = indent + dashes;
    const end = start + indent + dashes + withoutComment(rest).trimEnd().length;
    const key = KEY.exec(rest);
    if (!key) return { index, start, end, indent, empty, dash, contentColumn };
    const afterColon = contentColumn + key[0].length + 1;
    const value = /^[ \t]*/.exec(text.slice(afterColon))![0].length + afterColon;
    const hasValue = value < text.length && text[value] !== '#';
    return { index, start, end, indent, empty, dash, contentColumn, key: key[1]!.trim(), ...(hasValue ? { valueStart: start + value } : {}) };
  }
}

/** A line's text before a ` #` comment (quotes are not tracked: a `#` in quotes is rare in keys). */
function withoutComment(text: string): string {
  const comment = /(^|[ \t])#/.exec(text);
  return comment ? text.slice(0, comment.index) : text;
}
