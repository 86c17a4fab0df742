/**
 * Escapes text for markdown that only the editor renders (hovers and schema descriptions, beside
 * trusted command links), where nobody reads the source: every ASCII punctuation character gets a
 * backslash (CommonMark allows it for all of them), which also breaks autolinks (`https\:`,
 * `www\.`) and HTML (`\<`). Line breaks become spaces so a value cannot start a heading or a list.
 * Markdown that people read as text uses {@link markdownText}.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * Characters that start markdown wherever they stand: escapes, code spans, emphasis, links and
 * images, HTML and autolinks, table cells, strikethrough (GFM). The other ASCII punctuation only
 * means something in a few places, handled one by one below, so ordinary text (`40%`, `(15:00)`,
 * `food_and_beverage`, `#hashtag`, `@handle`) stays as it was written.
 */
const ALWAYS = /[\\`*[\]<|~]/;
/** Every character {@link needsEscape} may escape; the rest of the text is left alone. */
const CANDIDATES = /[\\`*[\]<|~_&:.#>+\-)]/g;
const WORD = /[\p{L}\p{N}]/u;
/** What CommonMark reads as an entity or a character reference: `&amp;`, `&#60;`, `&#x3c;`. */
const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

/**
 * Plain text as markdown that still reads as written, for markdown that people read as text (the
 * plan's `.md`). CommonMark and GitHub-flavoured renderers show exactly that text, on one line,
 * and nothing else: no formatting, links, images, HTML, headings, lists, quotes or tables can
 * come out of it, wherever on a line it is placed. Line breaks become spaces. A backslash goes
 * only where a character would start markdown:
 *
 * - `\ \` * [ ] < | ~` always;
 * - `_` unless inside a word (`a_b` is never emphasis);
 * - `&` when it starts an entity (`&amp;` would show as `&`);
 * - `:` before `//` and the dot of `www.`, which GFM turns into links;
 * - at the start (where the text may begin a line or a list item): `#` that would make a heading,
 *   `>`, `-` and `+` that would make a quote, a list or a rule, `1.` or `1)` that would number a
 *   list; and a closing run of `#` that a heading would drop.
 *
 * @example markdownText('*Sale* at 15:00 — see https://x.am') // '\\*Sale\\* at 15:00 — see https\\://x.am'
 */
export function markdownText(value: string): string {
  const text = value.replace(/\s+/g, ' ');
  const first = text.search(/\S/);
  return text.replace(CANDIDATES, (c, i: number) => (needsEscape(text, i, i === first) ? `\\${c}` : c));
}

function needsEscape(text: string, i: number, atStart: boolean): boolean {
  const c = text[i]!;
  if (ALWAYS.test(c)) return true;
  const next = text[i + 1] ?? '';
  switch (c) {
    case '_':
      return !(WORD.test(text[i - 1] ?? '') && WORD.test(next));
    case '&':
      return ENTITY.test(text.slice(i, i + 40));
    case ':':
      return text.startsWith('//', i + 1);
    case '.':
      return /(?:^|[^\p{L}\p{N}])www$/iu.test(text.slice(Math.max(0, i - 4), i)) || listNumber(text, i);
    case ')':
      return listNumber(text, i);
    case '#':
      return (atStart && /^#{1,6}(?: |$)/.test(text.slice(i, i + 8))) || (text[i - 1] === ' ' && /^#+ ?$/.test(text.slice(i)));
    case '>':
      return atStart;
    case '-':
    case '+':
      return atStart && (next === '' || next === ' ' || (c === '-' && next === '-'));
    default:
      return false;
  }
}

/** Whether the `.` or `)` at `i` follows the leading digits of `1. item` or `1) item`. */
function listNumber(text: string, i: number): boolean {
  const next = text[i + 1];
  return (next === undefined || next === ' ') && /^ ?\d{1,9}$/.test(text.slice(0, i));
}
