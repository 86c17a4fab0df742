import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, type Locale } from '../../src/core/i18n/locale';
import { StrategyDocument } from '../../src/core/model/document';
import { ruleById } from '../../src/core/rules';
import { runRule } from '../../src/core/rules/run';
import { lintStrategy } from '../../src/core/lint';
import type { Problem, ProblemData } from '../../src/core/problem';
import type { Node } from '../../src/core/syntax/ast';

/** Joins lines with `\n`, so test sources read like the YAML they stand for. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

export interface RuleProblem {
  readonly message: string;
  /** The exact source text the problem underlines. */
  readonly text: string;
  /** 0-based line and character of the start and end. */
  readonly range: readonly [number, number, number, number];
  readonly data?: ProblemData;
  readonly related?: readonly { readonly text: string; readonly message: string }[];
}

/**
 * Runs one rule alone over `source` (no schema, no other rules) and returns what it reports, in
 * source order, with the underlined text so tests can assert exact ranges readably.
 */
export function checkRule(ruleId: string, source: string, options: { locale?: Locale; fired?: readonly string[] } = {}): RuleProblem[] {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const doc = new StrategyDocument(source);
  const locale = options.locale ?? 'en';
  return runRule(rule, doc, new Set(options.fired ?? []))
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const s = doc.lines.positionAt(f.start);
      const e = doc.lines.positionAt(f.end);
      return {
        message: format(f.message, locale, f.args),
        text: source.slice(f.start, f.end),
        range: [s.line, s.character, e.line, e.character] as const,
        ...(f.data ? { data: f.data } : {}),
        ...(f.related ? { related: f.related.map((r) => ({ text: source.slice(r.start, r.end), message: format(r.message, locale, r.args) })) } : {}),
      };
    });
}

/**
 * Lints `source` as the editor does (syntax, schema and every rule) and returns the problems of
 * `rule` (all problems when absent) in the shape of `checkRule`, with the underlined text.
 */
export function lintProblems(source: string, options: { rule?: string; locale?: Locale } = {}): RuleProblem[] {
  return lintStrategy(source, options.locale ? { locale: options.locale } : {})
    .problems.filter((p) => options.rule === undefined || p.rule === options.rule)
    .map((p) => describeProblem(source, p));
}

/** A problem as a test compares it: message, underlined text, range, and fix data. */
export function describeProblem(source: string, p: Problem): RuleProblem {
  const { start, end } = p.range;
  return {
    message: p.message,
    text: source.slice(p.start, p.end),
    range: [start.line, start.character, end.line, end.character] as const,
    ...(p.data ? { data: p.data } : {}),
    ...(p.related ? { related: p.related.map((r) => ({ text: source.slice(r.start, r.end), message: r.message })) } : {}),
  };
}

/** A random edit for property tests: remove `remove` characters at `at` (taken modulo the length) and insert `insert`. */
export interface RandomEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Applies random edits one after the other, as typing would. */
export function applyEdits(text: string, edits: readonly RandomEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

/** The texts of every strategy in examples/ (the mistakes file included). */
export function exampleTexts(): string[] {
  const dir = join(__dirname, '../../examples');
  return readdirSync(dir).filter((f) => f.endsWith('.smm.yaml')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** A tree as plain data (kind, span, value or children), whatever objects hold it, for deep comparisons. */
export function plainTree(node: Node | undefined): unknown {
  if (!node) return node;
  switch (node.kind) {
    case 'scalar':
      return { kind: node.kind, start: node.start, end: node.end, value: node.value, empty: node.empty };
    case 'seq':
      return { kind: node.kind, start: node.start, end: node.end, flow: node.flow, items: node.items.map(plainTree) };
    case 'map':
      return { kind: node.kind, start: node.start, end: node.end, flow: node.flow, pairs: node.pairs.map((p) => ({ key: plainTree(p.key), value: plainTree(p.value) })) };
  }
}
