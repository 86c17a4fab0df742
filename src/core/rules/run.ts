import type { StrategyDocument } from '../model/document';
import type { MapNode, Node } from '../syntax/ast';
import { firstLineOf } from '../text/lines';
import type { Finding } from '../problem';
import type { DocumentRule, ItemRule, Report, Rule } from './rule';

/** Runs a document rule over a parsed strategy. */
export function runDocumentRule(rule: DocumentRule, doc: StrategyDocument, fired: ReadonlySet<string> = new Set()): Finding[] {
  return collect(rule, doc, (report) => rule.check({ doc, fired }, report));
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
