import { format, type Locale, type Localized } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import { isIdSection } from '../../model/sections';
import { SYNTAX_RULE, type LintConfig } from '../../config';
import { Linter } from '../../lint';
import { RULES } from '../../rules';
import type { Problem, Severity } from '../../problem';
import { styleOf } from '../skeletons';
import { applyTextEdits, type TextEdit, type Fix } from './types';
import { TITLES } from './titles';
import { replacementFix } from './replace';
import { sectionFix, createItemFix } from './sections';
import { addAnyFix, addKeysFix } from './complete';
import { listItemAt } from './items';
import { makePrimaryFix } from './primary';
import { disableLineFix, disableFileFix } from './suppress';

/**
 * Quick fixes for lint problems: each is a small set of text edits computed from the problem's
 * `data` hints and the parsed file, touching only the text that must change so comments and
 * formatting survive. Pure: offsets in, plain data out; the host turns a fix into a code action
 * and never writes to disk.
 */

export { applyTextEdits, type Fix, type FixEdit, type TextEdit } from './types';

/** The command that opens a rule's documentation page; its one argument is the rule id. */
export const SHOW_RULE_DOCS_COMMAND = 'smm.showRuleDocs';

/** Title of the action that applies every safe fix of a file at once. */
export const FIX_ALL_TITLE: Localized = {
  en: 'Fix all safe SMM problems',
  hy: 'Ուղղել SMM-ի բոլոր անվտանգ ուղղվող խնդիրները',
  ru: 'Исправить все безопасно исправимые проблемы SMM',
};

/**
 * The command that asks how a rule should be reported and writes the answer to the settings. Its
 * argument is the ids of the rules it may be about, the one under the cursor first: several
 * problems can share a place (those about the whole file all sit at its end), and the user picks.
 */
export const CHANGE_RULE_SEVERITY_COMMAND = 'smm.changeRuleSeverity';

/**
 * The fixes of one problem, best first: what its `data` makes possible (a replacement, a missing
 * item, a section skeleton, the answers an audience lacks). Never throws on a half-written file:
 * a fix whose place cannot be found is simply not offered.
 * @example fixesFor(doc, problem, 'en')[0]?.title // "Change 'instagarm' to 'instagram'"
 */
export function fixesFor(doc: StrategyDocument, problem: Problem, locale: Locale): Fix[] {
  return dataFixes(doc, problem, locale, false);
}

/**
 * The ways to live with a rule rather than fix a problem: silence it on the problem's line or in
 * the whole file, change how it is reported, read its documentation. `others` are the rules of
 * other problems at the same place, whose reporting can be changed from the same entry.
 */
export function ruleActions(doc: StrategyDocument, problem: Problem, locale: Locale, others: readonly string[] = []): Fix[] {
  const actions: Fix[] = [];
  // A file that does not parse has no meaning to check, so syntax errors cannot be silenced.
  if (problem.rule !== SYNTAX_RULE) {
    const style = styleOf(doc);
    // Silencing "this line" makes no sense for a problem about the whole file.
    const line = doc.isFileLevel(problem) ? undefined : disableLineFix(doc, problem, style, locale);
    if (line) actions.push(line);
    actions.push(disableFileFix(doc, problem.rule, style, locale));
    const rules = [...new Set([problem.rule, ...others.filter((r) => r !== SYNTAX_RULE)])];
    const title = rules.length === 1 ? format(TITLES.changeSeverity, locale, { rule: problem.rule }) : TITLES.changeSeverityOfOne[locale];
    actions.push({ title, kind: 'quickfix', edits: [], command: { id: CHANGE_RULE_SEVERITY_COMMAND, arguments: [rules] }, isPreferred: false, safe: false });
  }
  actions.push(commandFix(format(TITLES.showDocs, locale, { rule: problem.rule }), SHOW_RULE_DOCS_COMMAND, problem.rule));
  return actions;
}

function commandFix(title: string, id: string, rule: string): Fix {
  return { title, kind: 'quickfix', edits: [], command: { id, arguments: [rule] }, isPreferred: false, safe: false };
}

/** An entry of the quick-fix menu: a fix of `problem`, or, without one, an action on the rule under the cursor. */
export interface MenuEntry {
  readonly fix: Fix;
  readonly problem?: Problem;
}

/**
 * The quick-fix menu at `span` (the cursor, or a problem's own range when asked from the Problems
 * pane), kept short: the fixes of every problem there, each distinct fix once, then the actions
 * on one rule only, the one under the cursor (so a bare file offers one "Show documentation", not
 * one per missing section). An editor shows entries without a problem after the others.
 */
export function quickFixMenu(doc: StrategyDocument, problems: readonly Problem[], span: { readonly start: number; readonly end: number }, locale: Locale): MenuEntry[] {
  const menu: MenuEntry[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    for (const fix of fixesFor(doc, problem, locale)) {
      const key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      menu.push({ fix, problem });
    }
  }
  const focus = problemUnder(problems, span);
  if (focus) for (const fix of ruleActions(doc, focus, locale, problems.map((p) => p.rule))) menu.push({ fix });
  return menu;
}

/** What an editor's request for code actions needs, in plain data (it may cross to another thread). */
export interface CodeActionPlan {
  /** The quick-fix menu; `problem` is the index of the fixed problem in the problems asked about. */
  readonly menu: readonly { readonly fix: Fix; readonly problem?: number }[];
  /** How many of the problems shown "fix all" would fix; counted only when it is asked for or the menu holds a safe fix. */
  readonly fixable: number;
}

/**
 * The quick-fix menu at `span` for `problems` (those under the cursor), and the count of
 * `shown` problems (all the editor lists of the file) that "fix all" would fix.
 */
export function codeActionPlan(doc: StrategyDocument, problems: readonly Problem[], span: { readonly start: number; readonly end: number }, shown: readonly Problem[], options: { readonly locale: Locale; readonly fixAll: boolean }): CodeActionPlan {
  const index = new Map(problems.map((p, i) => [p, i]));
  const menu = quickFixMenu(doc, problems, span, options.locale).map(({ fix, problem }) => (problem ? { fix, problem: index.get(problem)! } : { fix }));
  const count = options.fixAll || menu.some(({ fix }) => fix.safe);
  return { menu, fixable: count ? safeFixes(doc, shown, options.locale).reduce((n, g) => n + g.problems.length, 0) : 0 };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The problem the user means: the one whose range is `span` (the Problems pane asks with it), else
 * the narrowest one holding its start, the most severe first.
 */
function problemUnder(problems: readonly Problem[], span: { readonly start: number; readonly end: number }): Problem | undefined {
  const exact = problems.filter((p) => p.start === span.start && p.end === span.end);
  const holding = problems.filter((p) => p.start <= span.start && span.start <= p.end);
  const candidates = exact.length > 0 ? exact : holding.length > 0 ? holding : problems;
  const order = (p: Problem) => {
    const i = RULES.findIndex((r) => r.id === p.rule);
    return i < 0 ? RULES.length : i;
  };
  // Of problems alike, the one the catalogue (the article's order) puts first: goals before audiences.
  return [...candidates].sort((a, b) => (a.end - a.start) - (b.end - b.start) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start || order(a) - order(b))[0];
}

/** The fixes a problem's `data` makes possible; with `safeOnly`, only the kinds that can be safe. */
function dataFixes(doc: StrategyDocument, problem: Problem, locale: Locale, safeOnly: boolean): Fix[] {
  const fixes: Fix[] = [];
  const style = styleOf(doc);
  const data = problem.data ?? {};
  // Only the first fix can be preferred, and a replacement only when it is safe: with a doubtful
  // replacement on offer there is no one obvious fix.
  if (data.replacement !== undefined) {
    const fix = replacementFix(doc, problem, data.replacement, locale);
    if (fix) fixes.push(fix);
  }
  if (data.missingId && isIdSection(data.missingId.section) && !safeOnly) {
    const fix = createItemFix(doc, data.missingId.id, data.missingId.section, style, locale, fixes.length === 0, listItemAt(doc, problem.start));
    if (fix) fixes.push(fix);
  }
  if (data.section && !safeOnly) {
    const fix = sectionFix(doc, data.section, style, locale, fixes.length === 0);
    if (fix) fixes.push(fix);
  }
  if (data.primaryGoals && !safeOnly) {
    for (const index of data.primaryGoals) {
      const fix = makePrimaryFix(doc, index, style, locale, fixes.length === 0);
      if (fix) fixes.push(fix);
    }
  }
  // Placeholders need the user; `any` alone is safe. One of the two, so the menu has one "add".
  if (data.addKeys && data.addKeys.length > 0 && !safeOnly) {
    const fix = addKeysFix(doc, problem, data.addKeys, style, locale, fixes.length === 0);
    if (fix) fixes.push(fix);
  } else if (data.addAny && data.addAny.length > 0) {
    const fix = addAnyFix(doc, problem, data.addAny, style, locale, fixes.length === 0);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** Safe fixes that go together: one fix's edits, and every problem that same edit fixes. */
export interface FixGroup {
  readonly edits: readonly TextEdit[];
  readonly problems: readonly Problem[];
}

/**
 * The safe fixes of the file, judged one by one against its text: sorted, without overlaps (of two
 * fixes touching the same text the earlier problem's wins; a fix applies whole or not at all), the
 * same edit for two problems counted once. Cheap: what an editor needs to decide whether to offer
 * "fix all". `fixAll` is what to apply.
 */
export function safeFixes(doc: StrategyDocument, problems: readonly Problem[], locale: Locale = 'en'): FixGroup[] {
  // Sorted by start; no two accepted edits conflict, so only the neighbours of a new edit can.
  const taken: TextEdit[] = [];
  const groups = new Map<string, { edits: TextEdit[]; problems: Problem[] }>();
  const firstAfter = (offset: number) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const conflicts = (e: TextEdit) => {
    const i = firstAfter(e.start);
    return [taken[i - 1], taken[i]].some((a) => a !== undefined && overlaps(a, e));
  };
  for (const problem of [...problems].sort((a, b) => a.start - b.start)) {
    const fix = dataFixes(doc, problem, locale, true).find((f) => f.safe && f.edits.length > 0);
    if (!fix) continue;
    const own = fix.edits.map(({ start, end, newText }) => ({ start, end, newText }));
    const key = JSON.stringify(own);
    // The same edit for two problems (two rules about one value) is applied once and fixes both.
    const same = groups.get(key);
    if (same) {
      same.problems.push(problem);
      continue;
    }
    if (own.some(conflicts)) continue;
    for (const e of own) taken.splice(firstAfter(e.start), 0, e);
    groups.set(key, { edits: own, problems: [problem] });
  }
  return [...groups.values()];
}

export interface FixAllOptions {
  readonly locale?: Locale;
  /** The settings the problems were found with: the result is checked under the same ones. */
  readonly config?: LintConfig;
  /** At most this many re-checks (each a lint of the whole text); fixes not yet judged are left out. */
  readonly maxChecks?: number;
}

/**
 * Every safe fix of the file as one consistent edit set, checked by linting the fixed text. Fixes
 * judged one by one can undo each other: a goal id `goal_a` made `goal-a` while a reference
 * `goal-a` is "fixed" to `goal_a` swaps the two and leaves the reference broken. So the safe fixes
 * are applied together and the result re-linted; if it is not strictly better (fewer problems, no
 * severity with more, no new syntax problem), the set is split in halves and each half is judged
 * on top of what was kept, down to single fixes. The outcome never raises a count and always parses.
 * @returns the edits (offsets of `doc.text`, sorted, non-overlapping) and the problems they fix
 */
export function fixAll(doc: StrategyDocument, problems: readonly Problem[], options: FixAllOptions = {}): { edits: TextEdit[]; fixed: Problem[] } {
  const groups = safeFixes(doc, problems, options.locale);
  if (groups.length === 0) return { edits: [], fixed: [] };
  const linter = new Linter();
  let checks = options.maxChecks ?? 64;
  const score = (kept: readonly FixGroup[]) => {
    checks--;
    return scoreOf(linter.lint(applyTextEdits(doc.text, kept.flatMap((g) => g.edits)), options.config).problems);
  };
  const kept: FixGroup[] = [];
  let current = score([]);
  const judge = (candidates: readonly FixGroup[]) => {
    if (candidates.length === 0 || checks <= 0) return;
    const trial = score([...kept, ...candidates]);
    if (isBetter(trial, current)) {
      for (const g of candidates) kept.push(g);
      current = trial;
      return;
    }
    if (candidates.length === 1) return;
    const half = candidates.length >> 1;
    judge(candidates.slice(0, half));
    judge(candidates.slice(half));
  };
  judge(groups);
  return {
    edits: kept.flatMap((g) => g.edits).sort((a, b) => a.start - b.start),
    fixed: kept.flatMap((g) => g.problems).sort((a, b) => a.start - b.start),
  };
}

interface Score {
  readonly total: number;
  readonly syntax: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

function scoreOf(problems: readonly Problem[]): Score {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  let syntax = 0;
  for (const p of problems) {
    bySeverity[p.severity]++;
    if (p.rule === SYNTAX_RULE) syntax++;
  }
  return { total: problems.length, syntax, bySeverity };
}

function isBetter(trial: Score, current: Score): boolean {
  return trial.total < current.total && trial.syntax <= current.syntax
    && (['error', 'warning', 'info'] as const).every((s) => trial.bySeverity[s] <= current.bySeverity[s]);
}

/** Two edits conflict when their ranges overlap, or when either inserts where the other starts or ends. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const touches = a.start === b.start || a.end === b.start || b.end === a.start;
  return touches && (a.start === a.end || b.start === b.end);
}
