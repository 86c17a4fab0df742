import { globMatches, SYNTAX_RULE } from './config';
import type { StrategyDocument } from './model/document';
import { nodeAtOffset } from './syntax/ast';

/**
 * In-file suppression comments, on a line of their own:
 *   `# smm-disable-next-line [rule, …]`  the next line
 *   `# smm-disable [rule, …]`            the whole file
 * Without rule names they silence every rule. Syntax errors cannot be silenced: a file that does
 * not parse has no meaning to check. Only real comments count: a line of a block scalar or a
 * multi-line string that reads `# smm-disable` is prose, and silences nothing.
 */
export interface Suppressions {
  isSuppressed(rule: string, line: number): boolean;
}

const COMMENT = /^[ \t]*#[ \t]*smm-disable(-next-line)?(?=$|[ \t,])(.*)$/;

export function parseSuppressions(doc: StrategyDocument): Suppressions {
  const { text, lines } = doc;
  const file: string[] = [];
  const byLine = new Map<number, string[]>();
  if (!text.includes('smm-disable')) return { isSuppressed: () => false };
  for (let line = 0; line < lines.lineCount; line++) {
    const match = COMMENT.exec(lines.lineText(line));
    if (!match || insideScalar(doc, lines.lineStart(line) + match[0].indexOf('#'))) continue;
    // `-- reason` after the rule list is a free-text explanation, as in ESLint.
    const names = (match[2] ?? '').split('--')[0]!.split(/[\s,]+/).filter(Boolean);
    const patterns = names.length > 0 ? names : ['*'];
    if (match[1]) byLine.set(line + 1, [...(byLine.get(line + 1) ?? []), ...patterns]);
    else for (const p of patterns) file.push(p);
  }
  const hit = (patterns: readonly string[] | undefined, rule: string) => !!patterns?.some((p) => globMatches(p, rule));
  return {
    isSuppressed: (rule, line) => rule !== SYNTAX_RULE && (hit(file, rule) || hit(byLine.get(line), rule)),
  };
}

/** Whether `offset` lies inside the text of a scalar (a block scalar or a multi-line string). */
function insideScalar(doc: StrategyDocument, offset: number): boolean {
  const node = nodeAtOffset(doc.parsed.root, offset);
  return node?.kind === 'scalar' && node.start < offset && offset < node.end;
}
