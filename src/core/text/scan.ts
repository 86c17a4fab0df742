import type { TextChange } from './change';

/**
 * Where `pattern` first matches in `text`, or -1. Given the previous text (in which it did not
 * match) and the change since, only the changed part and `reach` characters around it are read:
 * a match that was absent before can only be there now if the change made it.
 * `pattern` must not be global or sticky, and no match may be longer than `reach` + 1.
 */
export function firstMatch(pattern: RegExp, text: string, absentBefore: TextChange | undefined, reach = 0): number {
  if (!absentBefore) return text.search(pattern);
  const from = Math.max(0, absentBefore.start - reach);
  const found = text.slice(from, Math.min(text.length, absentBefore.newEnd + reach)).search(pattern);
  return found < 0 ? -1 : from + found;
}
