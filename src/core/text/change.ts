/**
 * The one change that turns a text into the next: `[start, oldEnd)` of the old text became
 * `[start, newEnd)` of the new one, the rest is the same. Consecutive keystrokes are such changes,
 * and what did not change need not be looked at again.
 */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Blocks of this many characters are compared at once before the exact place is sought. */
const BLOCK = 4096;

/**
 * The change from `before` to `after`: everything between their common start and common end.
 * Comparing blocks as strings lets the engine compare memory, so a typed character in a 2 MB text
 * costs well under a millisecond.
 */
export function diffTexts(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const room = max - start;
  while (tail + BLOCK <= room && before.slice(before.length - tail - BLOCK, before.length - tail) === after.slice(after.length - tail - BLOCK, after.length - tail)) tail += BLOCK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** How far `leftmost` looks: a line of a strategy is far shorter. */
const MAX_SLIDE = 1000;

/**
 * The same change, described as far to the left as the text allows. `diffTexts` puts a change as
 * late as it can: a KPI line added after `target: 5 }` reads as inserted after the next line's
 * indentation, as `    - { … }\n  `, which no longer lies inside one list item; moved left, it is
 * `\n      - { … }` right after the `}`, inside the item it was typed into.
 */
export function leftmost(before: string, after: string, change: TextChange): TextChange {
  let { start, oldEnd, newEnd } = change;
  for (let steps = 0; steps < MAX_SLIDE && start > 0 && (oldEnd > start || newEnd > start); steps++) {
    const c = before.charCodeAt(start - 1);
    if (oldEnd > start && before.charCodeAt(oldEnd - 1) !== c) break;
    if (newEnd > start && after.charCodeAt(newEnd - 1) !== c) break;
    start--;
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}
