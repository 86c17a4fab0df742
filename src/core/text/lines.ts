/**
 * Plain-text helpers shared by the parser, the rules and the language features. Line breaks are
 * `\n`, `\r\n` and a lone `\r`, the set VS Code uses, so lines agree with the editor's.
 */

/** The offset of the first character of every line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The end of the line containing `offset`, excluding the line break. */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** A span cut to its first line: underlining a whole block hides the text instead of pointing at it. */
export function firstLineOf(text: string, span: { readonly start: number; readonly end: number }): { start: number; end: number } {
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, lineEnd(text, span.start))) };
}

/**
 * A span widened so that neither end falls between the two halves of a surrogate pair (an emoji,
 * say): a squiggle or a copied excerpt must never cut a character in half.
 */
export function codePointSpan(text: string, start: number, end: number): { start: number; end: number } {
  const inPair = (at: number) => isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
  const s = start > 0 && inPair(start) ? start - 1 : start;
  const e = end < text.length && inPair(end) ? end + 1 : end;
  return { start: s, end: Math.max(s, e) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
