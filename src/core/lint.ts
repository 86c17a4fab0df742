import { format, type Locale } from './i18n/locale';
import { normaliseCustomizations, severityFor, type LintConfig, type RuleCustomization } from './config';
import { StrategyDocument } from './model/document';
import type { Finding, Problem, Severity } from './problem';
import { RULES } from './rules';
import type { DocumentRule, ItemRule, Rule } from './rules/rule';
import { readsUnchanged, runDocumentRule, runItemRule } from './rules/run';
import { validateSchema, type SchemaCache } from './schema/validate';
import { SYNTAX_FALLBACK, SYNTAX_MESSAGES } from './syntax/messages';
import { parseSuppressions } from './suppressions';
import { IncrementalParser } from './syntax/incremental';
import { diffTexts } from './text/change';
import { codePointSpan } from './text/lines';
import { firstMatch } from './text/scan';
import type { Node } from './syntax/ast';
import type { ItemEdit } from './syntax/parse';

export interface LintResult {
  readonly document: StrategyDocument;
  readonly locale: Locale;
  /** Sorted by position. */
  readonly problems: readonly Problem[];
  /** Rules that threw. A bug in one rule must not hide the others; callers log these. */
  readonly ruleErrors: readonly { readonly rule: string; readonly error: unknown }[];
}

type Relative = Omit<Finding, 'start' | 'end' | 'related'> & { start: number; end: number; related?: Finding['related'] };

/** The most text an edit may bring for `prepare` to leave it to `parse`. */
const SMALL_CHANGE = 10_000;

/** C0 controls other than tab, LF and CR (and DEL) never occur in a text file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** What a decoder leaves for bytes that were not valid UTF-8. */
const REPLACEMENT = /\uFFFD/;

/** A parsed text, with what changed since the one before and where it has unwanted characters. */
interface Parsed {
  readonly doc: StrategyDocument;
  /** The first control character, or -1: the text is then not parsed at all. */
  readonly control: number;
  /** The first replacement character, or -1. */
  readonly replacement: number;
}

/**
 * Runs syntax, schema and rule checks over a strategy text. Keep one instance per open document:
 * between runs it re-parses only the sections and list items an edit touched, and reuses the
 * item rules' findings for items whose text did not change.
 */
export class Linter {
  /**
   * Item rule findings, relative to the item, by the item's piece (see `ParsedYaml.origins`: the
   * same object while the item's text is unchanged) and rule id. Entries go with their pieces.
   */
  readonly #itemCache = new WeakMap<Node, Map<string, readonly Relative[]>>();
  /** Schema errors of list items, by piece and section, shared the same way. */
  readonly #schemaCache: SchemaCache = new WeakMap();
  readonly #parser = new IncrementalParser();
  /** The last parse, shared by `parse` and `lint` of the same text, and the base of the next. */
  #last: Parsed | undefined;
  /** The findings of the document rules that declare what they read, from the last lint and for its text. */
  #documentFindings: { readonly text: string; readonly byRule: ReadonlyMap<string, readonly Finding[]> } | undefined;

  constructor(private readonly rules: readonly Rule[] = RULES) {}

  lint(text: string, config: LintConfig = {}): LintResult {
    const { doc, control, replacement } = this.#update(text);
    if (control >= 0) {
      // Binary junk: YAML errors about it would be dozens of meaningless lines.
      const locale = config.locale ?? config.fallbackLocale ?? 'en';
      const finding: Finding = { rule: 'syntax', message: SYNTAX_MESSAGES.NOT_TEXT!, start: control, end: control + 1 };
      return { document: doc, locale, problems: [this.#toProblem(doc, finding, 'error', locale)], ruleErrors: [] };
    }

    const locale = messageLocale(doc, config);
    const findings: Finding[] = doc.parsed.findings.map((f) => ({
      rule: 'syntax',
      message: SYNTAX_MESSAGES[f.code] ?? SYNTAX_FALLBACK,
      args: { detail: f.detail, ...f.args },
      start: f.start,
      end: f.end,
      severity: f.severity,
    }));
    if (replacement >= 0) {
      findings.push({ rule: 'syntax', message: SYNTAX_MESSAGES.NOT_UTF8!, start: replacement, end: replacement + 1, severity: 'warning' });
    }
    const ruleErrors: { rule: string; error: unknown }[] = [];
    const customizations = normaliseCustomizations(config.rules);
    if (doc.parsed.usable) {
      for (const f of validateSchema(doc, this.#schemaCache)) findings.push(f);
      // An empty file or a list at the root has one clear problem; rule findings would only bury it.
      if (doc.root) for (const f of this.#runRules(doc, ruleErrors, customizations)) findings.push(f);
    }

    const suppressions = parseSuppressions(doc);
    const defaults = new Map(this.rules.map((r) => [r.id, r.severity]));
    const problems: Problem[] = [];
    for (const f of findings) {
      const base: Severity = f.severity ?? defaults.get(f.rule) ?? 'error';
      const severity = severityFor(f.rule, base, customizations);
      if (severity === 'off') continue;
      if (suppressions.isSuppressed(f.rule, doc.lines.positionAt(f.start).line)) continue;
      problems.push(this.#toProblem(doc, f, severity, locale));
    }
    problems.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { document: doc, locale, problems, ruleErrors };
  }

  /**
   * The parsed document alone, without checks: what completion, symbols and navigation need on
   * every keystroke. Shares the incremental parser (and the result, for the same text) with `lint`.
   */
  parse(text: string): StrategyDocument {
    return this.#update(text).doc;
  }

  /**
   * Parses parts of `text` ahead of `parse` or `lint` while `more()` says there is time: a long
   * new text is then parsed in slices, between other work. True when little is left for them.
   */
  prepare(text: string, more: () => boolean): boolean {
    const last = this.#last?.doc.text;
    // A typed edit: `parse` finds what it changed and reads only that. A paste of a whole file
    // (into an empty editor, say) is worth preparing.
    if (last !== undefined) {
      const change = diffTexts(last, text);
      if (change.newEnd - change.start <= SMALL_CHANGE) return true;
    }
    return this.#parser.prepare(text, more);
  }

  /**
   * Parses `text`, reusing what the last text had: the change between them is found once and
   * serves the parser, the line index and the search for unwanted characters, which then reads
   * only the changed part when the last text had none.
   */
  #update(text: string): Parsed {
    const previous = this.#last;
    if (previous?.doc.text === text) return previous;
    const since = previous && { before: previous.doc.text, change: diffTexts(previous.doc.text, text) };
    const clean = previous && previous.control < 0 && previous.replacement < 0 ? since?.change : undefined;
    const control = firstMatch(CONTROL, text, clean);
    const replacement = firstMatch(REPLACEMENT, text, clean);
    const lines = since && previous.doc.lines.afterChange(text, since.change);
    const parsed = control >= 0 ? { root: undefined, findings: [], usable: false, contextFree: false } : this.#parser.parse(text, since);
    const next: Parsed = { doc: new StrategyDocument(text, parsed, lines), control, replacement };
    this.#last = next;
    return next;
  }

  #runRules(doc: StrategyDocument, ruleErrors: { rule: string; error: unknown }[], customizations: readonly RuleCustomization[]): Finding[] {
    const findings: Finding[] = [];
    const early = this.rules.filter((r) => r.scope !== 'document' || !r.late);
    const late = this.rules.filter((r): r is DocumentRule => r.scope === 'document' && !!r.late);
    const fired = new Set<string>();
    const moved = this.#movedSinceLastLint(doc);
    const kept = new Map<string, readonly Finding[]>();
    const documentFindings = (rule: DocumentRule): readonly Finding[] => {
      const reusable = moved && readsUnchanged(rule, moved.edit) && !(moved.linesMoved && rule.namesLines);
      const last = reusable ? this.#documentFindings?.byRule.get(rule.id) : undefined;
      const found = (last && moved?.all(last)) ?? runDocumentRule(rule, doc, fired);
      if (rule.reads) kept.set(rule.id, found);
      return found;
    };
    const run = (rule: Rule, body: () => void) => {
      try {
        body();
      } catch (error) {
        ruleErrors.push({ rule: rule.id, error });
      }
    };
    for (const rule of early) {
      run(rule, () => {
        const found = rule.scope === 'document' ? documentFindings(rule) : this.#checkItems(rule, doc);
        // A rule the user switched off is a question they chose not to ask: it does not count
        // as unanswered for rules that read `fired`.
        if (found.length > 0 && severityFor(rule.id, rule.severity, customizations) !== 'off') fired.add(rule.id);
        for (const f of found) findings.push(f);
      });
    }
    for (const rule of late) run(rule, () => {
      for (const f of runDocumentRule(rule, doc, fired)) findings.push(f);
    });
    this.#documentFindings = { text: doc.text, byRule: kept };
    return findings;
  }

  /**
   * When `doc` is the last linted text with an edit inside one list item (the common keystroke):
   * that edit, whether it moved lines, and how to move the last findings with it. A finding that
   * touches the changed text cannot be moved, and sends its rule to run again.
   */
  #movedSinceLastLint(doc: StrategyDocument): { readonly edit: ItemEdit; readonly linesMoved: boolean; all(findings: readonly Finding[]): Finding[] | undefined } | undefined {
    const edit = doc.parsed.edited;
    const last = this.#documentFindings;
    if (!edit || !last || last.text !== edit.before) return undefined;
    const { start, oldEnd, newEnd } = edit.change;
    const linesMoved = hasLineBreak(edit.before, start, oldEnd) || hasLineBreak(doc.text, start, newEnd);
    const delta = newEnd - oldEnd;
    const at = (offset: number) => (offset < start ? offset : offset > oldEnd ? offset + delta : undefined);
    const move = <T extends { readonly start: number; readonly end: number }>(span: T): T | undefined => {
      const from = at(span.start);
      const to = at(span.end);
      return from === undefined || to === undefined ? undefined : { ...span, start: from, end: to };
    };
    const all = (findings: readonly Finding[]): Finding[] | undefined => {
      const out: Finding[] = [];
      for (const f of findings) {
        const finding = move(f);
        if (!finding) return undefined;
        if (f.related) {
          const related = [];
          for (const r of f.related) {
            const place = move(r);
            if (!place) return undefined;
            related.push(place);
          }
          out.push({ ...finding, related });
        } else {
          out.push(finding);
        }
      }
      return out;
    };
    return { edit, linesMoved, all };
  }

  #checkItems(rule: ItemRule, doc: StrategyDocument): Finding[] {
    const out: Finding[] = [];
    const origins = doc.parsed.origins;
    for (const item of doc.items(rule.scope.section)) {
      const origin = origins?.get(item);
      let byRule = origin && this.#itemCache.get(origin);
      let relative = byRule?.get(rule.id);
      if (!relative) {
        const found = runItemRule(rule, doc, item);
        // Only an item parsed as a piece of its own, with findings inside it, can reuse them.
        const movable = found.every((f) => f.start >= item.start && f.end <= item.end && (f.related ?? []).every((r) => r.start >= item.start && r.end <= item.end));
        if (!origin || !movable) {
          for (const f of found) out.push(f);
          continue;
        }
        relative = found.map((f) => shift(f, -item.start));
        if (!byRule) this.#itemCache.set(origin, (byRule = new Map()));
        byRule.set(rule.id, relative);
      }
      for (const f of relative) out.push(shift(f, item.start));
    }
    return out;
  }

  #toProblem(doc: StrategyDocument, f: Finding, severity: Severity, locale: Locale): Problem {
    const related = f.related?.map((r) => {
      const { start, end } = codePointSpan(doc.text, r.start, r.end);
      return { start, end, range: doc.lines.rangeOf(start, end), message: format(r.message, locale, r.args) };
    });
    const { start, end } = codePointSpan(doc.text, f.start, f.end);
    return {
      rule: f.rule,
      severity,
      message: format(f.message, locale, f.args),
      start,
      end,
      range: doc.lines.rangeOf(start, end),
      ...(related ? { related } : {}),
      ...(f.data ? { data: f.data } : {}),
    };
  }
}

/** The language of messages: the caller's choice, else the file's `locale:`, else the fallback, else English. */
export function messageLocale(doc: StrategyDocument, config: LintConfig): Locale {
  return config.locale ?? doc.declaredLocale ?? config.fallbackLocale ?? 'en';
}

/** Lints one text with a fresh linter (no reuse between calls): the CLI's and tests' entry point. */
export function lintStrategy(text: string, config: LintConfig = {}): LintResult {
  return new Linter().lint(text, config);
}

function shift<T extends { start: number; end: number; related?: Finding['related'] }>(f: T, by: number): T {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    ...(f.related ? { related: f.related.map((r) => ({ ...r, start: r.start + by, end: r.end + by })) } : {}),
  };
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
