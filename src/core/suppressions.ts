import { globMatches } from './config';
import type { LineIndex } from './text/lineIndex';

/**
 * In-file suppression comments, on a line of their own:
 *   `# smm-disable-next-line [rule, …]`  the next line
 *   `# smm-disable [rule, …]`            the whole file
 * Without rule names they silence every rule. Syntax errors cannot be silenced: a file that does
 * not parse has no meaning to check.
 */
export interface Suppressions {
  isSuppressed(rule: string, line: number): boolean;
}

const COMMENT = /^[ \t]*#[ \t]*smm-disable(-next-line)?(?=$|[ \t,])(.*)$/;

export function parseSuppressions(text: string, lines: LineIndex): Suppressions {
  const file: string[] = [];
  const byLine = new Map<number, string[]>();
  if (!text.includes('smm-disable')) return { isSuppressed: () => false };
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    const match = COMMENT.exec(text.slice(start, end).replace(/[\r\n]+$/, ''));
    if (!match) continue;
    // `-- reason` after the rule list is a free-text explanation, as in ESLint.
    const names = (match[2] ?? '').split('--')[0]!.split(/[\s,]+/).filter(Boolean);
    const patterns = names.length > 0 ? names : ['*'];
    if (match[1]) byLine.set(line + 1, [...(byLine.get(line + 1) ?? []), ...patterns]);
    else for (const p of patterns) file.push(p);
  }
  const hit = (patterns: readonly string[] | undefined, rule: string) => !!patterns?.some((p) => globMatches(p, rule));
  return {
    isSuppressed: (rule, line) => rule !== 'syntax' && (hit(file, rule) || hit(byLine.get(line), rule)),
  };
}
