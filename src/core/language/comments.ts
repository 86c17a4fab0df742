import { RULES } from '../rules';
import type { StrategyDocument } from '../model/document';
import { SCHEMA_URL } from '../templates';
import type { CompletionEntry } from './completion';

/**
 * Completion for the comments the extension understands: suppression comments (with rule ids
 * after them) and the schema line other YAML tools read. Offered only where a comment can start or
 * already has, so these never crowd a value's suggestions (which a static snippets file would do:
 * VS Code shows those at every position).
 */
export function commentCompletions(doc: StrategyDocument, offset: number): { entries: CompletionEntry[]; inComment: boolean } | undefined {
  const lineStart = doc.lines.lineStart(doc.lines.positionAt(offset).line);
  const before = doc.text.slice(lineStart, offset);
  // A blank line: a comment may start here, besides whatever the schema allows.
  if (/^\s*$/.test(before)) return { entries: directives(doc, offset, offset, lineStart === 0), inComment: false };
  const comment = /^(\s*)(#.*)$/.exec(before);
  if (!comment) return undefined;
  const hash = lineStart + comment[1]!.length;
  const rules = /^#\s*smm-disable(?:-next-line)?\s+(?:[\w/*-]+\s*,\s*|[\w/*-]+\s+)*([\w/*-]*)$/.exec(comment[2]!);
  if (rules) return { entries: ruleIds(offset - rules[1]!.length, offset), inComment: true };
  // Inside any other comment, only the directives, replacing what was typed from `#` on.
  return { entries: /^#\s*[\w-]*$/.test(comment[2]!) ? directives(doc, hash, offset, hash === 0) : [], inComment: true };
}

function directives(doc: StrategyDocument, start: number, end: number, firstLine: boolean): CompletionEntry[] {
  const out: CompletionEntry[] = [
    {
      label: '# smm-disable-next-line',
      kind: 'snippet',
      detail: 'Silence a check on the next line',
      documentation: 'Silences the named checks for the next line only. Say why after `--`.',
      insertText: '# smm-disable-next-line ${1:rule-id} -- ${2:why}',
      snippet: true,
      sortText: 'zz1',
      filterText: '# smm-disable-next-line',
      start,
      end,
    },
    {
      label: '# smm-disable',
      kind: 'snippet',
      detail: 'Silence a check in this file',
      documentation: 'Silences the named checks in the whole file. Say why after `--`.',
      insertText: '# smm-disable ${1:rule-id} -- ${2:why}',
      snippet: true,
      sortText: 'zz2',
      filterText: '# smm-disable',
      start,
      end,
    },
  ];
  if (firstLine && !doc.text.includes('yaml-language-server: $schema=')) {
    out.unshift({
      label: '# yaml-language-server: $schema=…',
      kind: 'snippet',
      detail: 'Let other YAML tools validate this file',
      documentation: 'The first line of a strategy file: Red Hat\'s YAML extension and other yaml-language-server clients then check it against the strategy schema.',
      insertText: `# yaml-language-server: $schema=${SCHEMA_URL}`,
      snippet: false,
      sortText: 'zz0',
      filterText: '# yaml-language-server',
      start,
      end,
    });
  }
  return out;
}

/** Rule ids after `smm-disable`, with each rule's one-line description. `syntax` cannot be silenced. */
function ruleIds(start: number, end: number): CompletionEntry[] {
  const ids = [...RULES.map((r) => ({ id: r.id, detail: r.description.en })), { id: 'schema*', detail: 'Every schema check (unknown keys and values, types, dates, ids)' }];
  return ids.map((r, i) => ({
    label: r.id,
    kind: 'value' as const,
    detail: r.detail,
    insertText: r.id,
    snippet: false,
    sortText: String(i).padStart(3, '0'),
    start,
    end,
  }));
}
