import { CST, Lexer } from 'yaml';

/** A quote, `[` or `{` that the text opens and never closes. */
export interface Unclosed {
  /** The opening character: `"`, `'`, `[` or `{`. */
  readonly opener: string;
  /** Offset of the opening character. */
  readonly start: number;
  /** Where the parser gave up on it: the end of the quoted text, or the token that broke the list. */
  readonly cut: number;
}

/**
 * The quotes and flow collections (`[a, b]`, `{ a: 1 }`) left open, found with the yaml library's
 * own lexer so that a `[` inside plain text or a quote inside a word (`don't`) is never taken for
 * an opener. The lexer ends an open collection when the indentation drops (a `flow-error-end`
 * token) and a quoted text at the first line that cannot continue it; both are where the parser
 * then reports a problem, often lines below the opener.
 */
export function findUnclosed(text: string): Unclosed[] {
  const found: Unclosed[] = [];
  const open: { opener: string; start: number }[] = [];
  let offset = 0;
  let plainScalarNext = false;
  for (const token of new Lexer().lex(text)) {
    // The lexer marks the start of a plain or block scalar with a zero-width token before its text.
    if (plainScalarNext) {
      plainScalarNext = false;
      offset += token.length;
      continue;
    }
    switch (CST.tokenType(token)) {
      case 'scalar':
        plainScalarNext = true;
        continue;
      case 'doc-mode':
        continue;
      case 'flow-error-end': {
        // Every collection still open here was cut off; the innermost is the one the user was writing.
        const innermost = open.at(-1);
        if (innermost) found.push({ ...innermost, cut: offset });
        open.length = 0;
        continue;
      }
      case 'flow-seq-start':
      case 'flow-map-start':
        open.push({ opener: token, start: offset });
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        open.pop();
        break;
      case 'double-quoted-scalar':
      case 'single-quoted-scalar':
        if (!isClosedQuote(token)) found.push({ opener: token[0]!, start: offset, cut: offset + token.length });
        break;
    }
    offset += token.length;
  }
  const innermost = open.at(-1);
  if (innermost) found.push({ ...innermost, cut: text.length });
  return withoutSwallowed(found);
}

/** `"…"` closed by an unescaped `"`; `'…'` by a `'` that is not half of a doubled `''`. */
function isClosedQuote(token: string): boolean {
  const quote = token[0]!;
  if (token.length < 2 || !token.endsWith(quote)) return false;
  if (quote === '"') {
    let backslashes = 0;
    while (token[token.length - 2 - backslashes] === '\\') backslashes++;
    return backslashes % 2 === 0;
  }
  // After the opening quote, quotes come in escaped pairs; an odd run at the end closes the text.
  let run = 0;
  while (run < token.length - 1 && token[token.length - 1 - run] === "'") run++;
  return run % 2 === 1;
}

/** A collection left open because an unclosed quote inside it swallowed its closing bracket. */
function withoutSwallowed(found: readonly Unclosed[]): Unclosed[] {
  const quotes = found.filter((u) => u.opener === '"' || u.opener === "'");
  return found.filter((u) => u.opener === '"' || u.opener === "'" || !quotes.some((q) => q.start > u.start && q.start < u.cut));
}
