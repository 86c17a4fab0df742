/** A change of the text: replace `[start, end)` (UTF-16 offsets) with `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** The text after non-overlapping `edits`, all given in offsets of the original `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * An edit of a fix. When `snippet` is set, an editor that supports snippets inserts it instead of
 * `newText` (which is the same text with every tab stop at its default), so the user can tab
 * through the blanks. Snippet edits always start at the beginning of a line: editors re-indent the
 * lines of a snippet relative to the line it starts on, and there that indentation is empty.
 */
export interface FixEdit extends TextEdit {
  readonly snippet?: string;
}

/** A command to run instead of (or after) edits, e.g. opening a rule's documentation. */
export interface FixCommand {
  readonly id: string;
  readonly arguments: readonly unknown[];
}

export interface Fix {
  /** In the file's message language. */
  readonly title: string;
  readonly kind: 'quickfix';
  /** Sorted, non-overlapping; empty for a fix that only runs a command. */
  readonly edits: readonly FixEdit[];
  readonly command?: FixCommand;
  /** The one obvious fix of its problem (an editor may apply it with one keystroke). */
  readonly isPreferred: boolean;
  /**
   * Whether "fix all" may apply it without the user looking: a replacement by the unique nearest
   * valid value, or `any` for unstated attributes. Skeletons and suppressions need a human.
   */
  readonly safe: boolean;
}
