import * as fs from 'node:fs';
import * as path from 'node:path';
import { LOCALES, isLocale } from '../core/i18n/locale';
import { normaliseCustomizations, parseSeveritySetting, type LintConfig, type RuleCustomization } from '../core/config';
import { CliError, describeIoError, errorCode } from './errors';
import { cliText, untranslated } from './messages';

/** Looked up in the working directory when `--config` is not given. */
export const DEFAULT_CONFIG_FILE = 'smm.config.json';

export interface LoadedConfig {
  readonly config: LintConfig;
  /** The file it came from, if any (for messages). */
  readonly file?: string;
}

/**
 * Reads the lint configuration: `--config FILE` when given (it must exist), else
 * `./smm.config.json` when it exists, else nothing. The file is JSON:
 * `{ "locale"?: "en"|"hy"|"ru", "rules"?: [{ "rule", "severity" }] | { "<rule>": "<severity>" } }`.
 *
 * The core quietly drops malformed customizations (right for settings edited live in an editor);
 * the CLI runs in CI, where a typo in a config must fail loudly instead of linting with defaults,
 * so every field is checked here and any mistake is a `CliError`.
 */
export function loadConfig(configOption: string | undefined, cwd: string): LoadedConfig {
  const file = path.resolve(cwd, configOption ?? DEFAULT_CONFIG_FILE);
  const shown = configOption ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (configOption === undefined && errorCode(error) === 'ENOENT') return { config: {} };
    const reason = errorCode(error) === 'ENOENT' ? cliText('reasonNoFile') : describeIoError(error);
    throw new CliError(cliText('cannotReadConfig', { file: shown, reason }), errorCode(error) === 'ENOENT' ? 'usage' : 'io');
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(cliText('configNotJson', { file: shown, detail: error instanceof Error ? error.message : String(error) }));
  }
  return { config: parseConfig(json, shown), file };
}

/** Checks the parsed JSON of a config file; `source` names it in messages. */
export function parseConfig(json: unknown, source: string): LintConfig {
  function fail(what: string): never {
    throw new CliError(cliText('invalidConfig', { file: source, problem: untranslated(what) }));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('expected a JSON object');
  const object = json as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    // `$schema` lets editors validate the file; anything else unknown is most likely a typo.
    if (key !== 'locale' && key !== 'rules' && key !== '$schema') fail(`unknown key '${key}' (expected 'locale' or 'rules')`);
  }
  const config: { locale?: LintConfig['locale']; rules?: RuleCustomization[] } = {};
  if (object.locale !== undefined) {
    if (!isLocale(object.locale)) fail(`'locale' must be one of ${LOCALES.join(', ')}, not ${JSON.stringify(object.locale)}`);
    else config.locale = object.locale;
  }
  const rules = object.rules;
  if (rules !== undefined) {
    const entries: [string, unknown, string][] = [];
    if (Array.isArray(rules)) {
      rules.forEach((item: unknown, i) => {
        if (typeof item !== 'object' || item === null) fail(`rules[${i}] must be an object { "rule", "severity" }`);
        const { rule, severity } = item as { rule?: unknown; severity?: unknown };
        if (typeof rule !== 'string' || rule.trim() === '') fail(`rules[${i}].rule must be a rule id (wildcards '*' allowed)`);
        entries.push([String(rule), severity, `rules[${i}].severity`]);
      });
    } else if (typeof rules === 'object' && rules !== null) {
      for (const [rule, severity] of Object.entries(rules)) entries.push([rule, severity, `rules["${rule}"]`]);
    } else {
      fail(`'rules' must be a list of { "rule", "severity" } or an object { "<rule>": "<severity>" }`);
    }
    config.rules = entries.map(([rule, value, where]) => {
      const severity = parseSeveritySetting(value);
      if (!severity) fail(`${where} must be one of off, info, warning, error, not ${JSON.stringify(value)}`);
      return { rule: rule.trim(), severity };
    });
  }
  return config;
}

/**
 * Rule ids in the config that name no known rule: worth a warning (a typo disables nothing), not
 * a failure, since a config may be shared with a newer version that has more rules. Patterns with
 * `*`, `syntax` and `schema/…` ids (one per JSON Schema keyword) are not checked.
 */
export function unknownRuleIds(config: LintConfig, knownIds: readonly string[]): string[] {
  return normaliseCustomizations(config.rules)
    .map((c) => c.rule)
    .filter((id) => !id.includes('*') && id !== 'syntax' && id !== 'schema' && !id.startsWith('schema/') && !knownIds.includes(id));
}
