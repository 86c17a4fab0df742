import { walk, type Node } from '../syntax/ast';
import type { StrategyDocument } from '../model/document';

/**
 * How the file writes its YAML, so that text the quick fixes and completion insert looks like the
 * user's own. What they insert is `snippets/`; writing snippet bodies as YAML is `snippetYaml.ts`.
 */

/** How a file writes its YAML, so inserted text looks like the user's own. */
export interface YamlStyle {
  /** Spaces per nesting level: 2 or 4. */
  readonly indent: 2 | 4;
  /** `goals:\n  - id` (true) or `goals:\n- id` (false, the dash flush with its key). */
  readonly indentSequences: boolean;
  /** The file's line break. */
  readonly eol: '\n' | '\r\n';
  /** Whether top-level sections are separated by a blank line. */
  readonly blankLineBetweenSections: boolean;
}

/**
 * Reads the file's indentation habits from its block collections: the most frequent step between
 * a key and its nested keys (2 or 4; 2 when the file has no nesting), and whether list dashes sit
 * under their key or one step in. Flow collections and lone items say nothing and are skipped.
 * @example detectStyle(new StrategyDocument('brand:\n    name: x')).indent // 4
 */
export function detectStyle(doc: StrategyDocument): YamlStyle {
  const steps = new Map<number, number>();
  let indented = 0;
  let flush = 0;
  walk(doc.root, (node) => {
    if (node.kind !== 'map' || node.flow) return;
    for (const { key, value } of node.pairs) {
      if (value.kind === 'scalar' || value.flow || doc.lines.positionAt(value.start).line === doc.lines.positionAt(key.start).line) continue;
      const step = column(doc, value.start) - column(doc, key.start);
      if (value.kind === 'seq') {
        if (step === 0) flush++;
        else indented++;
      }
      if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
    }
  });
  let best = 2;
  let count = 0;
  for (const [step, n] of steps) if (n > count || (n === count && step < best)) [best, count] = [step, n];
  return {
    indent: best >= 4 ? 4 : 2,
    indentSequences: indented >= flush,
    eol: doc.text.includes('\r\n') ? '\r\n' : '\n',
    blankLineBetweenSections: blankLinesBetweenSections(doc),
  };
}

/** The style of text written into a file that has none yet: two spaces, dashes indented. */
export const DEFAULT_STYLE: YamlStyle = { indent: 2, indentSequences: true, eol: '\n', blankLineBetweenSections: true };

const styles = new WeakMap<StrategyDocument, YamlStyle>();

/** `detectStyle`, once per document (a document is immutable, so the answer cannot change). */
export function styleOf(doc: StrategyDocument): YamlStyle {
  let style = styles.get(doc);
  if (!style) styles.set(doc, (style = detectStyle(doc)));
  return style;
}

function column(doc: StrategyDocument, offset: number): number {
  return doc.lines.positionAt(offset).character;
}

/** True when most top-level keys after the first have a blank line above them (comments skipped). */
function blankLinesBetweenSections(doc: StrategyDocument): boolean {
  const pairs = doc.root && !doc.root.flow ? doc.root.pairs.slice(1) : [];
  if (pairs.length === 0) return false;
  let blank = 0;
  for (const pair of pairs) {
    let line = doc.lines.positionAt(pair.key.start).line - 1;
    while (line >= 0 && /^[ \t]*#/.test(doc.lines.lineText(line))) line--;
    if (line >= 0 && doc.lines.lineText(line).trim() === '') blank++;
  }
  return blank * 2 >= pairs.length;
}

/** `young-parents` → `Young parents`: a readable default for a name made from an id. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The column (0-based character) of a node's first character. */
export function columnOf(doc: StrategyDocument, node: Node): number {
  return column(doc, node.start);
}
