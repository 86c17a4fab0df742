/**
 * Source line ↔ page offset, for scroll sync and the cursor's highlight. Pure arithmetic over a
 * list of blocks (no DOM), so it is tested with made-up lists.
 *
 * The plan does not follow the file's order, so `data-line` does not grow down the page: the
 * channels come before the competitor monitoring written above them, the matrix and the
 * publishing rhythm repeat the lines of goals and channels, the summary card at the end shows
 * lines from all over the file. So each line is mapped to its *home*: the first block on the page
 * that shows it (a goal's line to its goal, not to the matrix row or the summary item that repeat
 * it). Between homes that follow each other both on the page and in the file, positions are
 * interpolated; where the plan's order leaves the file's, scrolling jumps to the other part, as
 * the reader's place in the file demands.
 */

/** A block of the page: its source line and where its top is, in page pixels. */
export interface Block {
  readonly line: number;
  readonly top: number;
}

/**
 * The home of every line shown: the first block on the page (by position, then document order)
 * with that line. In page order; no two have the same line.
 * @example homeBlocks([{ line: 16, top: 0 }, { line: 4, top: 10 }, { line: 16, top: 20 }]) // lines 16 (top 0), 4
 */
export function homeBlocks<T extends Block>(blocks: readonly T[]): T[] {
  const seen = new Set<number>();
  const homes: T[] = [];
  const sorted = blocks.map((block, index) => ({ block, index })).sort((a, b) => a.block.top - b.block.top || a.index - b.index);
  for (const { block } of sorted) {
    if (seen.has(block.line)) continue;
    seen.add(block.line);
    homes.push(block);
  }
  return homes;
}

/**
 * The home block of source line `line` (`homes` from {@link homeBlocks}): its own, else that of
 * the nearest line above it that has one. This is the block highlighted for the editor's cursor.
 */
export function blockForLine<T extends Block>(homes: readonly T[], line: number): T | undefined {
  let best: T | undefined;
  for (const home of homes) if (home.line <= line && (!best || home.line > best.line)) best = home;
  return best;
}

/**
 * The page offset at which source line `line` (fractional) is at the top of the view: its home
 * block, moved towards the next home on the page when that one is further down the file. A line
 * above every home is the top of the page.
 */
export function offsetOfLine(homes: readonly Block[], line: number): number {
  const at = blockForLine(homes, line);
  if (!at) return 0;
  // The next home further down the page (not one beside `at` in a grid row).
  const next = homes.slice(homes.indexOf(at) + 1).find((home) => home.top > at.top);
  if (!next || next.line <= at.line) return at.top;
  return at.top + ((line - at.line) / (next.line - at.line)) * (next.top - at.top);
}

/**
 * The source line (fractional) at page offset `offset`, the top of the view: the line of the last
 * home at or above it, moved towards the next home on the page when that one is further down the
 * file. Above the first home, the page runs from line 0. The inverse of {@link offsetOfLine}.
 */
export function lineAtOffset(homes: readonly Block[], offset: number): number {
  const start: Block = { line: 0, top: 0 };
  let before = start;
  for (const home of homes) {
    if (home.top > offset) {
      if (home.line <= before.line || home.top <= before.top) return before.line;
      return before.line + ((offset - before.top) / (home.top - before.top)) * (home.line - before.line);
    }
    // Of blocks side by side (a grid's row), the first one is the line there.
    if (before === start || home.top > before.top) before = home;
  }
  return before.line;
}
