import { format, type Locale } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import type { Problem } from '../../problem';
import { nodeAtOffset } from '../../syntax/ast';
import type { YamlStyle } from '../skeletons';
import type { TextEdit, Fix } from './types';
import { TITLES } from './titles';

/** Suppression comments for one line or the whole file. */

// The rule list ends where the free-text `-- reason` begins (rule names never start with `-`).
const NEXT_LINE = /^([ \t]*#[ \t]*smm-disable-next-line)((?:[ \t,]+[^\s,-][^\s,]*)*)/;
const WHOLE_FILE = /^([ \t]*#[ \t]*smm-disable)((?:[ \t,]+[^\s,-][^\s,]*)*)/;

export function disableLineFix(doc: StrategyDocument, problem: Problem, style: YamlStyle, locale: Locale): Fix | undefined {
  const line = doc.lines.positionAt(problem.start).line;
  const start = doc.lines.lineStart(line);
  // A comment line inside a multi-line string would become part of the text.
  const inside = nodeAtOffset(doc.parsed.root, start);
  if (inside?.kind === 'scalar' && inside.start < start && start < inside.end) return undefined;
  const title = format(TITLES.disableLine, locale, { rule: problem.rule });
  const above = line > 0 ? appendToComment(doc, line - 1, NEXT_LINE, problem.rule) : undefined;
  if (above) return { title, kind: 'quickfix', edits: [above], isPreferred: false, safe: false };
  const indent = /^[ \t]*/.exec(doc.lines.lineText(line))?.[0] ?? '';
  return {
    title,
    kind: 'quickfix',
    edits: [{ start, end: start, newText: `${indent}# smm-disable-next-line ${problem.rule}${style.eol}` }],
    isPreferred: false,
    safe: false,
  };
}

export function disableFileFix(doc: StrategyDocument, rule: string, style: YamlStyle, locale: Locale): Fix {
  const title = format(TITLES.disableFile, locale, { rule });
  const fix = (edit: TextEdit): Fix => ({ title, kind: 'quickfix', edits: [edit], isPreferred: false, safe: false });
  const scan = doc.text.includes('smm-disable') ? doc.lines.lineCount : 0;
  for (let line = 0; line < scan; line++) {
    if (NEXT_LINE.test(doc.lines.lineText(line))) continue;
    const edit = appendToComment(doc, line, WHOLE_FILE, rule);
    if (edit) return fix(edit);
  }
  // Below the leading comments (the schema modeline, a title), above the first key.
  let line = 0;
  while (line < doc.lines.lineCount && /^[ \t]*#/.test(doc.lines.lineText(line))) line++;
  const comment = `# smm-disable ${rule}`;
  if (line < doc.lines.lineCount) {
    const at = doc.lines.lineStart(line);
    return fix({ start: at, end: at, newText: `${comment}${style.eol}` });
  }
  const at = doc.text.length;
  return fix({ start: at, end: at, newText: `${/[\r\n]$/.test(doc.text) || at === 0 ? '' : style.eol}${comment}${style.eol}` });
}

/** `, rule` appended to the rule list of a suppression comment on `line`, when it has one. */
function appendToComment(doc: StrategyDocument, line: number, pattern: RegExp, rule: string): TextEdit | undefined {
  const text = doc.lines.lineText(line);
  const match = pattern.exec(text);
  // Without rule names the comment silences every rule already.
  if (!match || !match[2]?.trim()) return undefined;
  const rest = text.slice(match[0].length);
  if (rest !== '' && !/^\s*(--|$)/.test(rest)) return undefined;
  const at = doc.lines.lineStart(line) + match[0].length;
  return { start: at, end: at, newText: `, ${rule}` };
}
