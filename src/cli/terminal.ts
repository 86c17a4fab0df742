/**
 * Characters a terminal may act on instead of showing, when they come from a file's text or name:
 * - C0 controls except tab: ESC starts CSI and OSC sequences (colours, clearing the screen,
 *   moving the cursor, hyperlinks, the window title), BEL rings, CR and backspace let later text
 *   overwrite earlier text, as in a fake "no problems" line;
 * - DEL, and the C1 controls U+0080–U+009F (U+009B is a one-character CSI on some terminals);
 * - the bidirectional embeddings, overrides and isolates, which reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_TERMINAL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The same, minus what JSON.stringify already escapes (C0), plus the JSON-legal line separators. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

/**
 * Text from a file, made safe to print on a terminal: each unsafe character is shown as an escape
 * (`\x1b`, `\u202e`, `\n`), visible and inert. Our own colours are added after this.
 * @example escapeForTerminal('a\u001b[2Jb') // "a\\x1b[2Jb"
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, (c) => NAMED[c] ?? hexEscape(c, 'x'));
}

/**
 * JSON text (from JSON.stringify) with the characters it leaves raw written as `\uXXXX` escapes:
 * the same JSON value, harmless when the output is shown on a terminal. They can only occur
 * inside strings, where the escape means the same character.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => hexEscape(c, 'u'));
}

function hexEscape(c: string, form: 'x' | 'u'): string {
  const code = c.charCodeAt(0);
  return form === 'x' && code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
