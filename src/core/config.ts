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

const SEVERITY_SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Accepts ESLint-style spellings (`warn`, `information`, `none`) so settings typed by hand work. */
export function parseSeveritySetting(value: unknown): SeveritySetting | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  const aliases: Record<string, SeveritySetting> = { warn: 'warning', information: 'info', hint: 'info', none: 'off', ignore: 'off' };
  if (SEVERITY_SETTINGS.includes(v)) return v as SeveritySetting;
  return aliases[v];
}

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

/** The effective severity of `rule`, given its default and the overrides. */
export function severityFor(rule: string, defaultSeverity: Severity, customizations: readonly RuleCustomization[]): SeveritySetting {
  let result: SeveritySetting = defaultSeverity;
  for (const c of customizations) if (globMatches(c.rule, rule)) result = c.severity;
  return result;
}

/** `*` matches any run of characters, including `/` (so `schema*` covers `schema/enum`). */
export function globMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(name);
}
