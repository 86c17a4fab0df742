import type { Localized, MessageArgs } from '../i18n/locale';
import type { MapNode, Node } from '../syntax/ast';
import type { StrategyDocument } from '../model/document';
import type { SectionKey } from '../model/sections';
import type { ProblemData, Severity } from '../problem';

/** What a rule passes to `report`: where (a node, or an explicit span), which message, and fix data. */
export interface Report<M extends string> {
  readonly messageId: M;
  readonly args?: MessageArgs;
  readonly node?: Node;
  readonly span?: { readonly start: number; readonly end: number };
  readonly data?: ProblemData;
  readonly related?: readonly { readonly node: Node; readonly messageId: M; readonly args?: MessageArgs }[];
}

export type ReportFn<M extends string> = (report: Report<M>) => void;

interface RuleBase<M extends string> {
  /** Kebab-case id, as in DOMAIN.md §5; also the file name of the rule and of its docs page. */
  readonly id: string;
  readonly severity: Severity;
  /** True when the rule comes straight from the seed article. */
  readonly seed: boolean;
  /** One line on what the rule checks, in every locale (shown in hovers and the docs index). */
  readonly description: Localized;
  /**
   * Why the rule exists, for hovers on its problems: the seed article's own reasoning where the
   * rule comes from it (quoted in Armenian in the `hy` text), else the framework it rests on.
   */
  readonly rationale: Localized;
  readonly messages: { readonly [K in M]: Localized };
}

/**
 * A rule that looks at one item of a list section and nothing else. Its findings depend only on
 * the item's text, which is what lets the linter reuse them when an edit leaves the item alone.
 */
export interface ItemRule<M extends string = string> extends RuleBase<M> {
  readonly scope: { readonly section: SectionKey };
  check(item: MapNode, report: ReportFn<M>): void;
}

/** The view of the rest of the run a document rule gets. */
export interface DocumentContext {
  readonly doc: StrategyDocument;
  /** Ids of the rules that found something in this file so far (for rules about other rules). */
  readonly fired: ReadonlySet<string>;
}

/** A rule that needs the whole file: a missing section, or links between sections. */
export interface DocumentRule<M extends string = string> extends RuleBase<M> {
  readonly scope: 'document';
  /** Document rules with `late` run after all others and can read `fired`. */
  readonly late?: boolean;
  /**
   * Every field of list items the rule reads, by section: a key, or a path into one (`kpis.*.channel`,
   * the channel of each KPI; a field read in any other way is listed whole).
   * With it, an edit inside one list item that leaves those fields as they were only moves the
   * rule's findings: they are taken from the last run instead of walking every item of a large
   * file again. Without it, the rule runs on every lint.
   */
  readonly reads?: { readonly [section: string]: readonly string[] };
  /** Set when the rule's messages name a line: an edit that moves lines then runs it again. */
  readonly namesLines?: boolean;
  check(context: DocumentContext, report: ReportFn<M>): void;
}

export type Rule<M extends string = string> = ItemRule<M> | DocumentRule<M>;

/** Identity functions that let TypeScript check a rule's message ids against its catalogue. */
export function defineItemRule<M extends string>(rule: ItemRule<M>): ItemRule<M> {
  return rule;
}

export function defineDocumentRule<M extends string>(rule: DocumentRule<M>): DocumentRule<M> {
  return rule;
}
