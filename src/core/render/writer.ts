import { markdownText } from '../text/markdown';

/** The block tokens of markdown-it that the renderer puts attributes on. */
export type BlockToken = 'heading_open' | 'paragraph_open' | 'bullet_list_open' | 'list_item_open' | 'table_open' | 'tr_open' | 'blockquote_open';

/** Extra attributes for the block tokens that open on one markdown line (classes, `data-problem`). */
export type BlockAttrs = Partial<Record<BlockToken, Readonly<Record<string, string>>>>;

/** Where one markdown line came from: the 0-based line of its YAML node, and attributes for its blocks. */
export interface SourceBlock {
  readonly line: number;
  readonly attrs?: BlockAttrs;
}

/** A piece of the plan's markdown with its own side table. */
export interface MarkdownChunk {
  readonly markdown: string;
  /** By line of `markdown`; blank lines have none. */
  readonly blocks: readonly (SourceBlock | undefined)[];
}

export interface ListItem {
  /** Markdown text of the item (escape user text with {@link md}). */
  readonly text: string;
  readonly line: number;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly children?: readonly ListItem[];
}

export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
  readonly attrs?: Readonly<Record<string, string>>;
}

/**
 * Plain text as markdown that shows exactly that text: no formatting, links, images or HTML can
 * come out of it (see `markdownText`), and it stays on one line.
 */
export function md(text: string): string {
  let escaped = escapes.get(text);
  if (escaped === undefined) {
    // The same names and labels recur all over a plan (a goal's title in every channel naming it).
    if (escapes.size >= MAX_ESCAPES) escapes.clear();
    escapes.set(text, (escaped = markdownText(text.trim())));
  }
  return escaped;
}

const escapes = new Map<string, string>();
const MAX_ESCAPES = 10_000;

/**
 * Writes the plan's markdown one line at a time, and beside it a side table from markdown line to
 * source line. markdown-it reports the markdown line each block starts on (`token.map`); the
 * engine looks it up here to stamp `data-line` and the block's attributes, the way VS Code's
 * markdown preview stamps its source lines.
 */
export class PlanWriter {
  readonly #lines: string[] = [];
  readonly #blocks: (SourceBlock | undefined)[] = [];
  #quote = false;
  /** Markdown lines where a new chunk starts (after the first, which starts at 0). */
  readonly #cuts: number[] = [0];
  /** Attributes for the blocks of the next line (the blockquote a card opens with). */
  #pending: BlockAttrs | undefined;
  /** Where the last list ended, and its bullet: a list right after another must not join it. */
  #lastList = { end: -1, bullet: '-' };

  /** The whole plan as a markdown file: the blank lines that close the last block dropped, one final line break. */
  get markdown(): string {
    let end = this.#lines.length;
    while (end > 0 && (this.#lines[end - 1] === '' || this.#lines[end - 1] === '>')) end--;
    return `${this.#lines.slice(0, end).join('\n')}\n`;
  }

  /**
   * The markdown cut into independent pieces at each heading outside the summary card, each with
   * its side table (by line within the piece). Every piece ends with a blank line, so rendering
   * them one by one gives what rendering the whole would, and an edit to one goal leaves the
   * other pieces' text unchanged (see `MarkdownRenderer`).
   */
  get chunks(): readonly MarkdownChunk[] {
    const cuts = [...this.#cuts, this.#lines.length];
    return cuts.slice(0, -1).map((start, i) => ({
      markdown: this.#lines.slice(start, cuts[i + 1]).join('\n'),
      blocks: this.#blocks.slice(start, cuts[i + 1]),
    }));
  }

  heading(level: 1 | 2 | 3 | 4, text: string, line: number, attrs?: Readonly<Record<string, string>>): void {
    if (!this.#quote && this.#lines.length > 0) this.#cuts.push(this.#lines.length);
    this.#line(`${'#'.repeat(level)} ${text}`, { line, ...(attrs ? { attrs: { heading_open: attrs } } : {}) });
    this.#blank();
  }

  paragraph(text: string, line: number, attrs?: Readonly<Record<string, string>>): void {
    this.#line(text, { line, ...(attrs ? { attrs: { paragraph_open: attrs } } : {}) });
    this.#blank();
  }

  list(items: readonly ListItem[], attrs?: Readonly<Record<string, string>>): void {
    if (items.length === 0) return;
    // Markdown joins two lists with only a blank line between them into one (a section's problems
    // and its fields would become one list); a different bullet starts a new one.
    const bullet = this.#lastList.end === this.#lines.length && this.#lastList.bullet === '-' ? '*' : '-';
    items.forEach((item, i) => this.#item(item, bullet, 0, i === 0 ? attrs : undefined));
    this.#blank();
    this.#lastList = { end: this.#lines.length, bullet };
  }

  /**
   * A table; `line` is the source line of its header row (the section or list it shows). Columns
   * empty in every row are left out (a KPI table whose KPIs name no channel has no Channel column).
   */
  table(header: readonly string[], rows: readonly TableRow[], line: number, attrs?: Readonly<Record<string, string>>): void {
    if (rows.length === 0) return;
    const shown = header.map((_, i) => i).filter((i) => i === 0 || rows.some((r) => (r.cells[i] ?? '') !== ''));
    this.#line(row(shown.map((i) => header[i]!)), { line, ...(attrs ? { attrs: { table_open: attrs } } : {}) });
    this.#line(row(shown.map(() => '---')), { line });
    for (const r of rows) {
      this.#line(row(shown.map((i) => r.cells[i] ?? '')), { line: r.line, ...(r.attrs ? { attrs: { tr_open: r.attrs } } : {}) });
    }
    this.#blank();
  }

  /** Writes `body` inside a blockquote (the one markdown container), used for the summary card. */
  quote(attrs: Readonly<Record<string, string>>, body: () => void): void {
    this.#quote = true;
    this.#pending = { blockquote_open: attrs };
    try {
      body();
    } finally {
      this.#quote = false;
      this.#pending = undefined;
    }
    this.#blank();
  }

  #item(item: ListItem, bullet: string, depth: number, listAttrs: Readonly<Record<string, string>> | undefined): void {
    const attrs: BlockAttrs = {
      ...(item.attrs ? { list_item_open: item.attrs } : {}),
      ...(listAttrs ? { bullet_list_open: listAttrs } : {}),
    };
    this.#line(`${'  '.repeat(depth)}${bullet} ${item.text}`, { line: item.line, ...(item.attrs || listAttrs ? { attrs } : {}) });
    item.children?.forEach((c, i) => this.#item(c, '-', depth + 1, i === 0 ? { class: 'smm-nested' } : undefined));
  }

  #line(text: string, block: SourceBlock): void {
    if (this.#pending) {
      block = { ...block, attrs: { ...this.#pending, ...block.attrs } };
      this.#pending = undefined;
    }
    this.#lines.push(this.#quote ? `> ${text}` : text);
    this.#blocks.push(block);
  }

  #blank(): void {
    this.#lines.push(this.#quote ? '>' : '');
    this.#blocks.push(undefined);
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}
