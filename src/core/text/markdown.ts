/**
 * Escapes text for markdown: every ASCII punctuation character gets a backslash (CommonMark allows
 * it for all of them), which also breaks autolinks (`https\:`, `www\.`) and HTML (`\<`). Line
 * breaks become spaces so a value cannot start a heading or a list.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
