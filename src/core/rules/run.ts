import type { StrategyDocument } from '../model/document';
import { pairOf, toPlain, type MapNode, type Node } from '../syntax/ast';
import type { ItemEdit } from '../syntax/parse';
import { firstLineOf } from '../text/lines';
import type { Finding } from '../problem';
import type { DocumentRule, ItemRule, Report, Rule } from './rule';

/** Runs a document rule over a parsed strategy. */
export function runDocumentRule(rule: DocumentRule, doc: StrategyDocument, fired: ReadonlySet<string> = new Set()): Finding[] {
  return collect(rule, doc, (report) => rule.check({ doc, fired }, report));
}

/**
 * Whether an edit inside one list item left every field `rule` reads of it as it was (see
 * `DocumentRule.reads`): then the rule's findings elsewhere are the same, only moved.
 */
export function readsUnchanged(rule: DocumentRule, edit: ItemEdit): boolean {
  if (!rule.reads) return false;
  const { was, is } = edit;
  // An item that stopped (or started) being a mapping leaves or joins every section's items.
  if (was?.kind !== 'map' || is?.kind !== 'map') return false;
  const fields = rule.reads[edit.section];
  return !fields || fieldsOf(was, fields) === fieldsOf(is, fields);
}

/** What the fields hold, as text: values and kinds (an absent field differs from an empty one). */
function fieldsOf(item: MapNode, fields: readonly string[]): string {
  return JSON.stringify(fields.map((field) => valuesAt(item, field.split('.'))));
}

/**
 * The nodes `path` reaches from `node`, as values: `*` stands for each item of a list, or for the
 * node itself when it is no list (a lone id where a list is expected still counts). Places the
 * path does not reach are left out, so a KPI added without a `channel` leaves `kpis.*.channel` as
 * it was.
 */
function valuesAt(node: Node, path: readonly string[]): unknown[] {
  const out: unknown[] = [];
  const visit = (at: Node, i: number): void => {
    const segment = path[i];
    if (segment === undefined) {
      out.push([at.kind, toPlain(at), at.kind === 'scalar' && at.empty]);
    } else if (segment === '*') {
      if (at.kind === 'seq') for (const item of at.items) visit(item, i + 1);
      else visit(at, i + 1);
    } else if (at.kind === 'map') {
      const value = pairOf(at, segment)?.value;
      if (value) visit(value, i + 1);
    }
  };
  visit(node, 0);
  return out;
}

/** Runs an item rule over one item of its section. */
export function runItemRule(rule: ItemRule, doc: StrategyDocument, item: MapNode): Finding[] {
  return collect(rule, doc, (report) => rule.check(item, report));
}

/** Runs any rule over the whole document (item rules over every item of their section). */
export function runRule(rule: Rule, doc: StrategyDocument, fired: ReadonlySet<string> = new Set()): Finding[] {
  if (rule.scope === 'document') return runDocumentRule(rule, doc, fired);
  return doc.items(rule.scope.section).flatMap((item) => runItemRule(rule, doc, item));
}

function collect<M extends string>(rule: Rule<M>, doc: StrategyDocument, body: (report: (r: Report<M>) => void) => void): Finding[] {
  const out: Finding[] = [];
  body((r) => {
    const span = r.span ?? (r.node ? spanOfNode(doc.text, r.node) : doc.fileAnchor());
    out.push({
      rule: rule.id,
      message: rule.messages[r.messageId],
      ...(r.args ? { args: r.args } : {}),
      start: span.start,
      end: span.end,
      ...(r.data ? { data: r.data } : {}),
      ...(r.related
        ? { related: r.related.map((x) => ({ ...spanOfNode(doc.text, x.node), message: rule.messages[x.messageId], ...(x.args ? { args: x.args } : {}) })) }
        : {}),
    });
  });
  return out;
}

/**
 * A rule's squiggle covers a scalar whole, and a block only on its first line: underlining a
 * whole audience hides the text instead of pointing at the problem.
 */
export function spanOfNode(text: string, node: Node): { start: number; end: number } {
  if (node.kind === 'scalar') return { start: node.start, end: node.end };
  return firstLineOf(text, node);
}
