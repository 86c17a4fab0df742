import type { Locale } from './i18n/locale';
import type { Severity } from './problem';

export type SeveritySetting = Severity | 'off';

/** One override, as in ESLint's `rules.customizations`: `rule` may use `*` wildcards. */
export interface RuleCustomization {
  readonly rule: string;
  readonly severity: SeveritySetting;
}

/**
 * The one configuration object, fed by the CLI flags and by VS Code settings alike.
 * @example { locale: 'hy', rules: [{ rule: 'audience-*', severity: 'info' }, { rule: 'no-budget', severity: 'off' }] }
 */
export interface LintConfig {
  /** Message language; when absent the file's `locale:` decides, then English. */
  readonly locale?: Locale;
  /** Message language for files that declare no `locale:` (the editor's display language, say). */
  readonly fallbackLocale?: Locale;
  /** Applied in order; a later match wins. A plain object `{ "no-budget": "off" }` is accepted too. */
  readonly rules?: readonly RuleCustomization[] | Readonly<Record<string, SeveritySetting>>;
}

/**
 * Every accepted spelling of a severity, the usual ones of other linters included (`warn`,
 * `information`, `none`) so settings typed by hand work. A Map, not an object literal: a setting
 * named `constructor` or `__proto__` must not find an inherited member.
 */
const SEVERITY_SPELLINGS: ReadonlyMap<string, SeveritySetting> = new Map([
  ['off', 'off'], ['info', 'info'], ['warning', 'warning'], ['error', 'error'],
  ['warn', 'warning'], ['information', 'info'], ['hint', 'info'], ['none', 'off'], ['ignore', 'off'],
]);

export function parseSeveritySetting(value: unknown): SeveritySetting | undefined {
  return typeof value === 'string' ? SEVERITY_SPELLINGS.get(value.trim().toLowerCase()) : undefined;
}

/** The rule of problems that the file is not readable YAML: it cannot be switched off or silenced. */
export const SYNTAX_RULE = 'syntax';

export function normaliseCustomizations(rules: LintConfig['rules']): RuleCustomization[] {
  if (!rules) return [];
  const list = Array.isArray(rules)
    ? (rules as readonly RuleCustomization[])
    : Object.entries(rules as Record<string, SeveritySetting>).map(([rule, severity]) => ({ rule, severity }));
  return list.flatMap((c) => {
    const severity = parseSeveritySetting(c?.severity);
    return typeof c?.rule === 'string' && severity ? [{ rule: c.rule.trim(), severity }] : [];
  });
}

/**
 * The effective severity of `rule`, given its default and the overrides. A file that does not
 * parse has no meaning to check, so `syntax` keeps its severity whatever the settings say.
 */
export function severityFor(rule: string, defaultSeverity: Severity, customizations: readonly RuleCustomization[]): SeveritySetting {
  if (rule === SYNTAX_RULE) return defaultSeverity;
  let result: SeveritySetting = defaultSeverity;
  for (const c of customizations) if (globMatches(c.rule, rule)) result = c.severity;
  return result;
}

/**
 * `*` matches any run of characters, including `/` (so `schema*` covers `schema/enum`).
 *
 * Patterns come from settings a repository can set, so no regular expression is built from them
 * (`a*a*a*…b` backtracks exponentially). With `*` the only wildcard, matching the pieces between
 * stars greedily, each at its leftmost place, is correct: if any match exists, the leftmost one
 * leaves the most room for the pieces after it. The cost is at most pattern × name.
 */
export function globMatches(pattern: string, name: string): boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return pattern === name;
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  if (first.length + last.length > name.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    const found = name.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/**
 * The customizations with `rule` set to `severity`: an earlier entry for exactly this rule is
 * dropped and the new one goes last, so it wins over patterns (`audience-*`) before it. Accepts
 * both spellings of the setting (a list, or an object of rule → severity) and keeps the one given.
 */
export function withRuleSeverity(current: unknown, rule: string, severity: SeveritySetting): RuleCustomization[] | Record<string, SeveritySetting> {
  if (current && typeof current === 'object' && !Array.isArray(current)) {
    const copy: Record<string, SeveritySetting> = {};
    for (const [key, value] of Object.entries(current as Record<string, SeveritySetting>)) if (key !== rule) copy[key] = value;
    copy[rule] = severity;
    return copy;
  }
  const list = Array.isArray(current) ? (current as unknown[]) : [];
  const kept = list.filter((c): c is RuleCustomization => !(c && typeof c === 'object' && (c as { rule?: unknown }).rule === rule)) as RuleCustomization[];
  return [...kept, { rule, severity }];
}
