import type { Position, Range } from '../problem';
import type { TextChange } from './change';
import { lineEnd, lineStarts } from './lines';

/**
 * Converts UTF-16 offsets to 0-based line/character positions and back. Line breaks are `\n`,
 * `\r\n` and a lone `\r`, the same set VS Code uses, so positions agree with the editor.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly #starts: readonly number[];
  readonly #length: number;
  readonly #text: string;

  constructor(text: string, starts: readonly number[] = lineStarts(text)) {
    this.#starts = starts;
    this.#length = text.length;
    this.#text = text;
  }

  /**
   * The index of `text`, which is this index's text after `change`: line starts before the change
   * are kept, those after it moved, and only the changed lines are read.
   */
  afterChange(text: string, change: TextChange): LineIndex {
    const old = this.#starts;
    // The last line start before the change: it and everything before it cannot have changed.
    const kept = this.positionAt(Math.max(0, change.start - 1)).line;
    const starts = old.slice(0, kept + 1);
    for (let p = old[kept]! + 1; p <= change.newEnd && p <= text.length; p++) {
      const c = text.charCodeAt(p - 1);
      if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(p) !== 10)) starts.push(p);
    }
    // A line start after the old change depends only on the text after it, which did not change.
    const delta = change.newEnd - change.oldEnd;
    for (let i = kept + 1; i < old.length; i++) if (old[i]! > change.oldEnd) starts.push(old[i]! + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  /** Offset where `line` starts; clamped to the text. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.#starts.length) return this.#length;
    return this.#starts[line] ?? this.#length;
  }

  /** The text of a 0-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    return this.#text.slice(start, lineEnd(this.#text, start));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (this.#starts[lo] ?? 0) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.#starts.length) return this.#length;
    const start = this.lineStart(position.line);
    const next = position.line + 1 < this.#starts.length ? this.lineStart(position.line + 1) : this.#length;
    return Math.max(start, Math.min(start + Math.max(0, position.character), next));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
